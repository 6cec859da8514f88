import Icon from '@mui/icons-material/LocationCity';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, pageOf, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';

/** How the data provider lists and reads municipalities (read-only) (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListMunicipalitiesDocument,
  listVars: (a) => ({
    ...pageOf(a),
    filter: {
      search: str(a.filter.q),
      stateId: str(a.filter.stateId),
      stateCode: str(a.filter.stateCode),
      regionId: str(a.filter.regionId),
      timeZone: str(a.filter.timeZone),
    },
    orderBy: orderBy(a.sort, { cvegeo: 'CVEGEO', name: 'NAME' }),
  }),
  one: G.GetMunicipalityDocument,
});

/** INEGI's municipalities: reference data, read-only. */
const views = {
  list: lazy(() => import('./MunicipalityList')),
  show: lazy(() => import('./MunicipalityShow')),
  icon: Icon,
  recordRepresentation: (record: { name: string; cvegeo: string }) => `${record.name} (${record.cvegeo})`,
};

export default defineResource({
  name: 'municipalities',
  menu: { group: 'catalogs', position: 4 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Municipio |||| Municipios',
      empty: 'No hay municipios con estos filtros.',
      fields: {
        name: 'Nombre',
        cvegeo: 'Clave INEGI (CVEGEO)',
        inegiKey: 'Clave municipal',
        timeZone: 'Zona horaria',
        region: 'Región',
        state: 'Estado',
        q: 'Buscar por nombre',
        stateId: 'Estado',
      },
    },
    en: {
      name: 'Municipality |||| Municipalities',
      empty: 'No municipalities match these filters.',
      fields: {
        name: 'Name',
        cvegeo: 'INEGI key (CVEGEO)',
        inegiKey: 'Municipal key',
        timeZone: 'Time zone',
        region: 'Region',
        state: 'State',
        q: 'Search by name',
        stateId: 'State',
      },
    },
  },
});
