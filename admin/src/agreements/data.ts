import * as G from '../generated/graphql';
import { define, ids, list, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes agreements (see providers/resourceSpec.ts). */
export default define({
  list: G.ListAgreementsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      exerciseId: str(a.filter.exerciseId),
      sessionId: str(a.filter.sessionId),
      eventId: str(a.filter.eventId),
      commitmentId: str(a.filter.commitmentId),
      responsibleId: str(a.filter.responsibleId),
      statuses: list<G.AgreementStatus>(a.filter.statuses),
    },
    orderBy: orderBy(a.sort, { position: 'POSITION', status: 'STATUS' }),
  }),
  one: G.GetAgreementDocument,
  create: G.CreateAgreementDocument,
  update: G.UpdateAgreementDocument,
  remove: G.DeleteAgreementDocument,
  kind: 'Agreement',
  restore: G.RestoreAgreementDocument,
  input: {
    ...sourced,
    sessionId: (r) => r.session?.id ?? null,
    eventId: (r) => r.event?.id ?? null,
    position: (r) => r.position,
    text: (r) => r.text,
    status: (r) => r.status,
    statusNote: (r) => r.statusNote,
    responsibleIds: (r) => ids(r.responsible),
  },
});
