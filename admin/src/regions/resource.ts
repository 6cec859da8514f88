import Icon from '@mui/icons-material/Map';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes regions (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListRegionsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: { stateId: str(a.filter.stateId), stateCode: str(a.filter.stateCode) },
    orderBy: orderBy(a.sort, { name: 'NAME' }),
  }),
  one: G.GetRegionDocument,
  create: G.CreateRegionDocument,
  update: G.UpdateRegionDocument,
  remove: G.DeleteRegionDocument,
  kind: 'Region',
  restore: G.RestoreRegionDocument,
  input: {
    ...sourced,
    stateId: (r) => r.state.id,
    name: (r) => r.name,
    seatMunicipalityId: (r) => r.seat?.id ?? null,
  },
});

const views = {
  list: lazy(() => import('./RegionList')),
  show: lazy(() => import('./RegionShow')),
  create: lazy(() => import('./RegionForm').then((m) => ({ default: m.RegionCreate }))),
  edit: lazy(() => import('./RegionForm').then((m) => ({ default: m.RegionEdit }))),
  icon: Icon,
  recordRepresentation: 'name',
};

export default defineResource({
  name: 'regions',
  menu: { group: 'catalogs', position: 2 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Región |||| Regiones',
      empty: 'Aún no hay regiones.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        stateId: 'Estado',
        state: 'Estado',
        name: 'Nombre',
        seatMunicipalityId: 'Municipio sede',
        seat: 'Sede',
        municipalities: 'Municipios',
      },
    },
    en: {
      name: 'Region |||| Regions',
      empty: 'No regions yet.',
      fields: {
        ...SOURCED_FIELDS.en,
        stateId: 'State',
        state: 'State',
        name: 'Name',
        seatMunicipalityId: 'Seat municipality',
        seat: 'Seat',
        municipalities: 'Municipalities',
      },
    },
  },
});
