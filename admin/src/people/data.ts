import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes people (see providers/resourceSpec.ts). */
export default define({
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
