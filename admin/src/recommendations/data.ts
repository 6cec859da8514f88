import * as G from '../generated/graphql';
import { define, list, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes recommendations (see providers/resourceSpec.ts). */
export default define({
  list: G.ListRecommendationsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      exerciseId: str(a.filter.exerciseId),
      evaluationId: str(a.filter.evaluationId),
      kinds: list<G.RecommendationKind>(a.filter.kinds),
    },
    orderBy: orderBy(a.sort, { position: 'POSITION', kind: 'KIND' }),
  }),
  one: G.GetRecommendationDocument,
  create: G.CreateRecommendationDocument,
  update: G.UpdateRecommendationDocument,
  remove: G.DeleteRecommendationDocument,
  kind: 'Recommendation',
  restore: G.RestoreRecommendationDocument,
  input: {
    ...sourced,
    exerciseId: (r) => r.exercise.id,
    evaluationId: (r) => r.evaluation?.id ?? null,
    kind: (r) => r.kind,
    position: (r) => r.position,
    text: (r) => r.text,
    issuedOn: (r) => r.issuedOn,
    issuedById: (r) => r.issuedBy?.id ?? null,
    issuedByPersonId: (r) => r.issuedByPerson?.id ?? null,
  },
});
