import * as G from '../generated/graphql';
import { bool, define, ids, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes commitments (see providers/resourceSpec.ts). */
export default define({
  list: G.ListCommitmentsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      search: str(a.filter.q),
      exerciseId: str(a.filter.exerciseId),
      planId: str(a.filter.planId),
      themeId: str(a.filter.themeId),
      organizationId: str(a.filter.organizationId),
      organizationRole: str(a.filter.organizationRole) as G.CommitmentOrganizationRole | undefined,
      isProactive: bool(a.filter.isProactive),
    },
    orderBy: orderBy(a.sort, { number: 'NUMBER', title: 'TITLE' }),
  }),
  one: G.GetCommitmentDocument,
  create: G.CreateCommitmentDocument,
  update: G.UpdateCommitmentDocument,
  remove: G.DeleteCommitmentDocument,
  kind: 'Commitment',
  restore: G.RestoreCommitmentDocument,
  input: {
    ...sourced,
    planId: (r) => r.plan.id,
    number: (r) => r.number,
    title: (r) => r.title,
    objective: (r) => r.objective,
    isProactive: (r) => r.isProactive,
    activationCondition: (r) => r.activationCondition,
    responsibleAgencyIds: (r) => ids(r.responsibleAgencies),
    responsibleAgenciesInferred: (r) => r.responsibleAgenciesInferred,
    participatingAgencyIds: (r) => ids(r.participatingAgencies),
    followerIds: (r) => ids(r.followers),
    themeIds: (r) => ids(r.themes),
  },
});
