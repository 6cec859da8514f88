import * as G from '../generated/graphql';
import type { TypedDocumentString } from '../generated/graphql';
import type { ResourceName } from '../resourceNames';

type Restore = TypedDocumentString<{ record: { id: string } }, { id: string | number }>;

/**
 * Every kind of record the API deletes softly and restores (`restore<Kind>`), with the resource
 * that shows it; evaluation scores have none of their own (they are kept on the rubric page).
 */
export const RESTORABLE: Record<string, { resource: ResourceName | null; restore: Restore }> = {
  ActionPlan: { resource: 'actionPlans', restore: G.RestoreActionPlanDocument },
  Agreement: { resource: 'agreements', restore: G.RestoreAgreementDocument },
  Commitment: { resource: 'commitments', restore: G.RestoreCommitmentDocument },
  Evaluation: { resource: 'evaluations', restore: G.RestoreEvaluationDocument },
  EvaluationCriterion: { resource: 'evaluationCriteria', restore: G.RestoreEvaluationCriterionDocument },
  EvaluationScore: { resource: null, restore: G.RestoreEvaluationScoreDocument },
  Event: { resource: 'events', restore: G.RestoreEventDocument },
  Exercise: { resource: 'exercises', restore: G.RestoreExerciseDocument },
  InformationDelivery: { resource: 'informationDeliveries', restore: G.RestoreInformationDeliveryDocument },
  InformationRequest: { resource: 'informationRequests', restore: G.RestoreInformationRequestDocument },
  Membership: { resource: 'memberships', restore: G.RestoreMembershipDocument },
  Milestone: { resource: 'milestones', restore: G.RestoreMilestoneDocument },
  Organization: { resource: 'organizations', restore: G.RestoreOrganizationDocument },
  Person: { resource: 'people', restore: G.RestorePersonDocument },
  Post: { resource: 'posts', restore: G.RestorePostDocument },
  Recommendation: { resource: 'recommendations', restore: G.RestoreRecommendationDocument },
  Region: { resource: 'regions', restore: G.RestoreRegionDocument },
  Secretariat: { resource: 'secretariats', restore: G.RestoreSecretariatDocument },
  Session: { resource: 'sessions', restore: G.RestoreSessionDocument },
  SessionAttendance: { resource: 'sessionAttendance', restore: G.RestoreSessionAttendanceDocument },
  Theme: { resource: 'themes', restore: G.RestoreThemeDocument },
  Venue: { resource: 'venues', restore: G.RestoreVenueDocument },
};

/** The kind of record a resource shows, as the wastebasket names it (`Commitment`), if it has one. */
export const trashKindOf = (resource: string) =>
  Object.keys(RESTORABLE).find((kind) => RESTORABLE[kind].resource === resource);
