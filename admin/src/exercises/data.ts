import * as G from '../generated/graphql';
import { bool, define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes exercises (see providers/resourceSpec.ts). */
export default define({
  list: G.ListExercisesDocument,
  listVars: (a) => ({
    ...page(a),
    filter: { search: str(a.filter.q), stateId: str(a.filter.stateId), isDemo: bool(a.filter.isDemo) },
    orderBy: orderBy(a.sort, { startDate: 'START_DATE', title: 'TITLE' }),
  }),
  one: G.GetExerciseDocument,
  create: G.CreateExerciseDocument,
  update: G.UpdateExerciseDocument,
  remove: G.DeleteExerciseDocument,
  kind: 'Exercise',
  restore: G.RestoreExerciseDocument,
  input: {
    ...sourced,
    slug: (r) => r.slug,
    title: (r) => r.title,
    description: (r) => r.description,
    stateId: (r) => r.state.id,
    startDate: (r) => r.startDate,
    endDate: (r) => r.endDate,
    jointDeclarationOn: (r) => r.jointDeclarationOn,
    reportedStatus: (r) => r.reportedStatus,
    isDemo: (r) => r.isDemo,
    evaluatorId: (r) => r.evaluator?.id ?? null,
    guarantorId: (r) => r.guarantor?.id ?? null,
    localAuthorityId: (r) => r.localAuthority?.id ?? null,
  },
});
