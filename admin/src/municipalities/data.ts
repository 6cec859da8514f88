import * as G from '../generated/graphql';
import { define, orderBy, pageOf, str } from '../providers/resourceSpec';

/** How the data provider lists and reads municipalities (read-only) (see providers/resourceSpec.ts). */
export default define({
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
