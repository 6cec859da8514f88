import * as G from '../generated/graphql';
import { define, list, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes informationRequests (see providers/resourceSpec.ts). */
export default define({
  list: G.ListInformationRequestsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      commitmentId: str(a.filter.commitmentId),
      exerciseId: str(a.filter.exerciseId),
      planId: str(a.filter.planId),
      recipientId: str(a.filter.recipientId),
      responses: list<G.RequestResponse>(a.filter.responses),
    },
    orderBy: orderBy(a.sort, { requestedOn: 'REQUESTED_ON', subject: 'SUBJECT' }),
  }),
  one: G.GetInformationRequestDocument,
  create: G.CreateInformationRequestDocument,
  update: G.UpdateInformationRequestDocument,
  remove: G.DeleteInformationRequestDocument,
  kind: 'InformationRequest',
  restore: G.RestoreInformationRequestDocument,
  input: {
    ...sourced,
    commitmentId: (r) => r.commitment.id,
    subject: (r) => r.subject,
    requestedOn: (r) => r.requestedOn,
    recipientId: (r) => r.recipient?.id ?? null,
    recipientDescription: (r) => r.recipientDescription,
    recipientCount: (r) => r.recipientCount,
    respondedCount: (r) => r.respondedCount,
    response: (r) => r.response,
    responseNote: (r) => r.responseNote,
  },
});
