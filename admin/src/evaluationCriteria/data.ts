import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes evaluationCriteria (see providers/resourceSpec.ts). */
export default define({
  list: G.ListEvaluationCriteriaDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      evaluationId: str(a.filter.evaluationId),
      dimension: str(a.filter.dimension) as G.CriterionDimension | undefined,
    },
    orderBy: orderBy(a.sort, { position: 'POSITION', code: 'CODE' }),
  }),
  one: G.GetEvaluationCriterionDocument,
  create: G.CreateEvaluationCriterionDocument,
  update: G.UpdateEvaluationCriterionDocument,
  remove: G.DeleteEvaluationCriterionDocument,
  kind: 'EvaluationCriterion',
  restore: G.RestoreEvaluationCriterionDocument,
  input: {
    ...sourced,
    evaluationId: (r) => r.evaluation.id,
    code: (r) => r.code,
    label: (r) => r.label,
    dimension: (r) => r.dimension,
    position: (r) => r.position,
    question: (r) => r.question,
  },
});
