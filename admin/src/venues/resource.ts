import Icon from '@mui/icons-material/Place';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes venues (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListVenuesDocument,
  listVars: (a) => ({
    ...page(a),
    filter: { search: str(a.filter.q), municipalityId: str(a.filter.municipalityId) },
    orderBy: orderBy(a.sort, { name: 'NAME' }),
  }),
  one: G.GetVenueDocument,
  create: G.CreateVenueDocument,
  update: G.UpdateVenueDocument,
  remove: G.DeleteVenueDocument,
  kind: 'Venue',
  restore: G.RestoreVenueDocument,
  input: { ...sourced, municipalityId: (r) => r.municipality.id, name: (r) => r.name },
});

const views = {
  list: lazy(() => import('./VenueList')),
  show: lazy(() => import('./VenueShow')),
  create: lazy(() => import('./VenueForm').then((m) => ({ default: m.VenueCreate }))),
  edit: lazy(() => import('./VenueForm').then((m) => ({ default: m.VenueEdit }))),
  icon: Icon,
  recordRepresentation: 'name',
};

export default defineResource({
  name: 'venues',
  menu: { group: 'catalogs', position: 3 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Sede |||| Sedes',
      empty: 'No hay sedes con estos filtros.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        municipalityId: 'Municipio',
        municipality: 'Municipio',
        name: 'Nombre',
        q: 'Buscar por nombre',
      },
    },
    en: {
      name: 'Venue |||| Venues',
      empty: 'No venues match these filters.',
      fields: {
        ...SOURCED_FIELDS.en,
        municipalityId: 'Municipality',
        municipality: 'Municipality',
        name: 'Name',
        q: 'Search by name',
      },
    },
  },
});
