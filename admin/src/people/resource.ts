import Icon from '@mui/icons-material/Person';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes people (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListPeopleDocument,
  listVars: (a) => ({
    ...page(a),
    filter: { search: str(a.filter.q), secretariatId: str(a.filter.secretariatId) },
    orderBy: orderBy(a.sort, { name: 'NAME' }),
  }),
  one: G.GetPersonDocument,
  create: G.CreatePersonDocument,
  update: G.UpdatePersonDocument,
  remove: G.DeletePersonDocument,
  kind: 'Person',
  restore: G.RestorePersonDocument,
  input: { ...sourced, name: (r) => r.name, honorificPrefix: (r) => r.honorificPrefix, stateId: () => undefined },
});

const views = {
  list: lazy(() => import('./PersonList')),
  show: lazy(() => import('./PersonShow')),
  create: lazy(() => import('./PersonForm').then((m) => ({ default: m.PersonCreate }))),
  edit: lazy(() => import('./PersonForm').then((m) => ({ default: m.PersonEdit }))),
  icon: Icon,
  recordRepresentation: (record: { name: string; honorificPrefix: string | null }) =>
    [record.honorificPrefix, record.name].filter(Boolean).join(' '),
};

export default defineResource({
  name: 'people',
  menu: { group: 'secretariat', position: 5 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Persona |||| Personas',
      empty: 'No hay personas con estos filtros.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        name: 'Nombre completo',
        honorificPrefix: 'Tratamiento (Lic., Ing., C.)',
        stateId: 'Estado',
        memberships: 'Lugares que ocupó',
        q: 'Buscar por nombre',
        secretariatId: 'Secretariado',
      },
    },
    en: {
      name: 'Person |||| People',
      empty: 'No people match these filters.',
      fields: {
        ...SOURCED_FIELDS.en,
        name: 'Full name',
        honorificPrefix: 'Honorific (Lic., Ing., C.)',
        stateId: 'State',
        memberships: 'Seats held',
        q: 'Search by name',
        secretariatId: 'Secretariat',
      },
    },
  },
});
