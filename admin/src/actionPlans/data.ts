import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes actionPlans (see providers/resourceSpec.ts). */
export default define({
  list: G.ListActionPlansDocument,
  listVars: (a) => ({
    ...page(a),
    filter: { exerciseId: str(a.filter.exerciseId) },
    orderBy: orderBy(a.sort, { startYear: 'START_YEAR', title: 'TITLE' }),
  }),
  one: G.GetActionPlanDocument,
  create: G.CreateActionPlanDocument,
  update: G.UpdateActionPlanDocument,
  remove: G.DeleteActionPlanDocument,
  kind: 'ActionPlan',
  restore: G.RestoreActionPlanDocument,
  input: {
    ...sourced,
    exerciseId: (r) => r.exercise.id,
    title: (r) => r.title,
    startYear: (r) => r.startYear,
    endYear: (r) => r.endYear,
    agreedOn: (r) => r.agreedOn,
    agreedAtSessionId: (r) => r.agreedAtSession?.id ?? null,
    signedOn: (r) => r.signedOn,
    publishedOn: (r) => r.publishedOn,
    publishedIn: (r) => r.publishedIn,
    workStartOn: (r) => r.workStartOn,
    methodology: (r) => r.methodology,
  },
});
