import * as G from '../generated/graphql';
import { define, orderBy, pageOf, str } from '../providers/resourceSpec';

/** How the data provider lists and reads sourceDocuments (read-only) (see providers/resourceSpec.ts). */
export default define({
  list: G.ListSourceDocumentsDocument,
  listVars: (a) => ({
    ...pageOf(a),
    filter: { search: str(a.filter.q) },
    orderBy: orderBy(a.sort, { key: 'KEY', title: 'TITLE' }),
  }),
  one: G.GetSourceDocumentDocument,
});
