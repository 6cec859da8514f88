import * as G from '../generated/graphql';
import { define, list, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes milestones (see providers/resourceSpec.ts). */
export default define({
  list: G.ListMilestonesDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      commitmentId: str(a.filter.commitmentId),
      planId: str(a.filter.planId),
      statuses: list<G.MilestoneStatus>(a.filter.statuses),
      dueFrom: str(a.filter.dueFrom),
      dueTo: str(a.filter.dueTo),
    },
    orderBy: orderBy(a.sort, { position: 'POSITION', dueDate: 'DUE_DATE', status: 'STATUS' }),
  }),
  one: G.GetMilestoneDocument,
  create: G.CreateMilestoneDocument,
  update: G.UpdateMilestoneDocument,
  remove: G.DeleteMilestoneDocument,
  kind: 'Milestone',
  restore: G.RestoreMilestoneDocument,
  input: {
    ...sourced,
    commitmentId: (r) => r.commitment.id,
    position: (r) => r.position,
    title: (r) => r.title,
    description: (r) => r.description,
    startDate: (r) => r.startDate,
    dueDate: (r) => r.dueDate,
    completedOn: (r) => r.completedOn,
    status: (r) => r.status,
    weight: (r) => r.weight,
    evidenceUrl: (r) => r.evidenceUrl,
    evidenceDescription: (r) => r.evidenceDescription,
  },
});
