import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes evaluations (see providers/resourceSpec.ts). */
export default define({
  list: G.ListEvaluationsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      exerciseId: str(a.filter.exerciseId),
      planId: str(a.filter.planId),
      evaluatorId: str(a.filter.evaluatorId),
    },
    orderBy: orderBy(a.sort, { presentedOn: 'PRESENTED_ON' }),
  }),
  one: G.GetEvaluationDocument,
  create: G.CreateEvaluationDocument,
  update: G.UpdateEvaluationDocument,
  remove: G.DeleteEvaluationDocument,
  kind: 'Evaluation',
  restore: G.RestoreEvaluationDocument,
  input: {
    ...sourced,
    planId: (r) => r.plan.id,
    evaluatorId: (r) => r.evaluator.id,
    title: (r) => r.title,
    presentedOn: (r) => r.presentedOn,
    presentedAtEventId: (r) => r.presentedAt?.id ?? null,
    scoresNote: (r) => r.scoresNote,
  },
});
