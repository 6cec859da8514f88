import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes regions (see providers/resourceSpec.ts). */
export default define({
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
