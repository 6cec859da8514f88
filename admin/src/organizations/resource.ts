import Icon from '@mui/icons-material/Category';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, list, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes organizations (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListOrganizationsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      search: str(a.filter.q),
      kinds: list<G.OrganizationKind>(a.filter.kinds),
      exerciseId: str(a.filter.exerciseId),
      parentId: str(a.filter.parentId),
    },
    orderBy: orderBy(a.sort, { name: 'NAME', kind: 'KIND' }),
  }),
  one: G.GetOrganizationDocument,
  create: G.CreateOrganizationDocument,
  update: G.UpdateOrganizationDocument,
  remove: G.DeleteOrganizationDocument,
  kind: 'Organization',
  restore: G.RestoreOrganizationDocument,
  // The API does not expose an organisation's state: known only for municipal bodies.
  input: {
    ...sourced,
    slug: (r) => r.slug,
    name: (r) => r.name,
    abbreviation: (r) => r.abbreviation,
    kind: (r) => r.kind,
    parentId: (r) => r.parent?.id ?? null,
    municipalityId: (r) => r.municipality?.id ?? null,
    stateId: () => undefined,
    foundingDate: (r) => r.foundingDate,
    dissolutionDate: (r) => r.dissolutionDate,
  },
});

const views = {
  list: lazy(() => import('./OrganizationList')),
  show: lazy(() => import('./OrganizationShow')),
  create: lazy(() => import('./OrganizationForm').then((m) => ({ default: m.OrganizationCreate }))),
  edit: lazy(() => import('./OrganizationForm').then((m) => ({ default: m.OrganizationEdit }))),
  icon: Icon,
  recordRepresentation: (record: { name: string; abbreviation: string | null }) =>
    record.abbreviation ? `${record.abbreviation} — ${record.name}` : record.name,
};

export default defineResource({
  name: 'organizations',
  menu: { group: 'catalogs', position: 1 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Organización |||| Organizaciones',
      empty: 'No hay organizaciones con estos filtros.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        slug: 'Clave',
        name: 'Nombre',
        abbreviation: 'Siglas',
        kind: 'Tipo',
        kinds: 'Tipos',
        parentId: 'Forma parte de',
        parent: 'Forma parte de',
        municipalityId: 'Municipio',
        municipality: 'Municipio',
        stateId: 'Estado (vacío si es nacional)',
        foundingDate: 'Creación',
        dissolutionDate: 'Extinción',
        pagesDelivered: 'Fojas entregadas por sí sola',
        responsibleFor: 'Responsable de',
        follows: 'Da seguimiento a',
        q: 'Buscar por nombre o siglas',
        exerciseId: 'Ejercicio',
      },
    },
    en: {
      name: 'Organisation |||| Organisations',
      empty: 'No organisations match these filters.',
      fields: {
        ...SOURCED_FIELDS.en,
        slug: 'Key',
        name: 'Name',
        abbreviation: 'Abbreviation',
        kind: 'Kind',
        kinds: 'Kinds',
        parentId: 'Part of',
        parent: 'Part of',
        municipalityId: 'Municipality',
        municipality: 'Municipality',
        stateId: 'State (empty for national bodies)',
        foundingDate: 'Founded',
        dissolutionDate: 'Dissolved',
        pagesDelivered: 'Pages delivered on its own',
        responsibleFor: 'Responsible for',
        follows: 'Follows',
        q: 'Search name or abbreviation',
        exerciseId: 'Exercise',
      },
    },
  },
});
