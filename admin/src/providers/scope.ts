import type * as G from '../generated/graphql';
import type { Scope } from './permissions';
import { ids } from './resourceSpec';

/** Scopes: the state and the commitments a record belongs to (see permissions.ts). */
export const exerciseScope = (exercise: G.ExerciseScopeFragment, extra: Partial<Scope> = {}): Scope => ({
  stateId: exercise.state.id,
  responsibleIds: [],
  followerIds: [],
  ...extra,
});
export const commitmentsScope = (
  commitments: G.CommitmentScopeFragment[],
  stateId: string | null | undefined,
  extra: Partial<Scope> = {},
): Scope => ({
  stateId: stateId ?? commitments[0]?.plan.exercise.state.id ?? null,
  // A record shared by several commitments is kept by an organisation responsible for every one of them (README, "Shared records").
  responsibleIds: commitments.length
    ? commitments
        .map((c) => ids(c.responsibleAgencies))
        .reduce((common, each) => common.filter((id) => each.includes(id)))
    : [],
  followerIds: commitments.flatMap((c) => ids(c.followers)),
  ...extra,
});
export const commitmentScope = (commitment: G.CommitmentScopeFragment) =>
  commitmentsScope([commitment], commitment.plan.exercise.state.id);
