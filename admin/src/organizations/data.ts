import * as G from '../generated/graphql';
import { define, list, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes organizations (see providers/resourceSpec.ts). */
export default define({
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
