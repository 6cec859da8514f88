import * as G from '../generated/graphql';
import { define, orderBy, pageOf, str } from '../providers/resourceSpec';

/** How the data provider lists and reads states (read-only) (see providers/resourceSpec.ts). */
export default define({
  list: G.ListStatesDocument,
  listVars: (a) => ({
    ...pageOf(a),
    filter: { search: str(a.filter.q) },
    orderBy: orderBy(a.sort, { inegiKey: 'INEGI_KEY', code: 'CODE', name: 'NAME' }),
  }),
  one: G.GetStateDocument,
});
