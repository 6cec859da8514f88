import Icon from '@mui/icons-material/Public';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, pageOf, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';

/** How the data provider lists and reads states (read-only) (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListStatesDocument,
  listVars: (a) => ({
    ...pageOf(a),
    filter: { search: str(a.filter.q) },
    orderBy: orderBy(a.sort, { inegiKey: 'INEGI_KEY', code: 'CODE', name: 'NAME' }),
  }),
  one: G.GetStateDocument,
});

/** Mexico's states, by ISO 3166-2 and INEGI keys: reference data, read-only. */
const views = {
  list: lazy(() => import('./StateList')),
  show: lazy(() => import('./StateShow')),
  icon: Icon,
  recordRepresentation: 'name',
};

export default defineResource({
  name: 'states',
  menu: { group: 'catalogs', position: 5 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Estado |||| Estados',
      empty: 'No hay estados con estos filtros.',
      fields: {
        code: 'Clave ISO 3166-2',
        name: 'Nombre',
        inegiKey: 'Clave INEGI',
        ocdId: 'OCD-ID',
        regions: 'Regiones',
        exercises: 'Ejercicios',
        q: 'Buscar por nombre',
      },
    },
    en: {
      name: 'State |||| States',
      empty: 'No states match these filters.',
      fields: {
        code: 'ISO 3166-2 code',
        name: 'Name',
        inegiKey: 'INEGI key',
        ocdId: 'OCD-ID',
        regions: 'Regions',
        exercises: 'Exercises',
        q: 'Search by name',
      },
    },
  },
});
