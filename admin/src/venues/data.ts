import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes venues (see providers/resourceSpec.ts). */
export default define({
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
