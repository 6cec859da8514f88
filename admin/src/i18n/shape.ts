import type englishMessages from 'ra-language-english';
import type * as G from '../generated/graphql';
import type { ResourceName } from '../resourceNames';

/** The same keys as T, every leaf a string: what a translation of T must provide. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every message react-admin itself uses (ra-language-english 5.15 has 164 keys). */
export type RaMessages = Shape<(typeof englishMessages)['ra']>;

/** Labels of a resource: its name (singular |||| plural), every input field and the extra fields its pages show. */
type Fields<Input, Extra extends string = never> = Record<
  Exclude<keyof Input, never> | Extra | 'publication' | 'version' | 'updatedAt' | 'source',
  string
>;
interface Resource<Input, Extra extends string = never> {
  name: string;
  fields: Fields<Input, Extra>;
  /** What the empty list says to do next. */
  empty: string;
}
type ReadOnly<Keys extends string> = { name: string; fields: Record<Keys, string>; empty: string };

/**
 * Labels per resource (react-admin reads resources.<name>.fields.<field>): every field of each
 * write input must be there, so a form input without a label fails to compile, and so does a
 * resource (resourceNames.ts) without labels.
 */
export interface ResourceMessages extends Record<ResourceName, { name: string }> {
  exercises: Resource<
    G.ExerciseInput,
    'state' | 'statistics' | 'pagesDelivered' | 'isSynthetic' | 'q' | 'evaluator' | 'guarantor' | 'localAuthority'
  >;
  actionPlans: Resource<G.ActionPlanInput, 'exercise' | 'commitments' | 'pagesDelivered' | 'period'>;
  commitments: Resource<
    G.CommitmentInput,
    | 'plan'
    | 'progress'
    | 'pagesDelivered'
    | 'responsibleAgencies'
    | 'followers'
    | 'themes'
    | 'exerciseId'
    | 'organizationId'
    | 'organizationRole'
    | 'q'
    | 'themeId'
  >;
  milestones: Resource<G.MilestoneInput, 'commitment' | 'reviews' | 'statuses' | 'dueFrom' | 'dueTo' | 'evidence'>;
  informationRequests: Resource<
    G.InformationRequestInput,
    'commitment' | 'recipient' | 'responses' | 'deliveries' | 'exerciseId'
  >;
  informationDeliveries: Resource<
    G.InformationDeliveryInput,
    'commitment' | 'deliveredBy' | 'request' | 'hasPageCount' | 'exerciseId' | 'dateFrom' | 'dateTo'
  >;
  events: Resource<
    G.EventInput,
    | 'exercise'
    | 'municipality'
    | 'commitments'
    | 'kinds'
    | 'agreements'
    | 'organizations'
    | 'children'
    | 'attendance'
    | 'dateFrom'
    | 'dateTo'
    | 'venue'
    | 'region'
    | 'parent'
    | 'commitmentId'
    | 'organizationId'
    | 'topLevel'
  >;
  agreements: Resource<
    G.AgreementInput,
    'session' | 'event' | 'responsible' | 'statuses' | 'takenAt' | 'exerciseId' | 'responsibleId' | 'commitmentId'
  >;
  secretariats: Resource<G.SecretariatInput, 'exercise' | 'timeline' | 'sector' | 'seats'>;
  posts: Resource<G.PostInput, 'secretariat' | 'region' | 'memberships'>;
  memberships: Resource<
    G.MembershipInput,
    'post' | 'person' | 'onBehalfOf' | 'secretariatId' | 'heldOn' | 'secretariat'
  >;
  sessionAttendance: Resource<G.SessionAttendanceInput, 'session' | 'post' | 'organization' | 'person'>;
  sessions: Resource<
    G.SessionInput,
    | 'secretariat'
    | 'municipality'
    | 'venue'
    | 'agreements'
    | 'seatHolders'
    | 'exerciseId'
    | 'dateFrom'
    | 'dateTo'
    | 'regionId'
  >;
  organizations: Resource<
    G.OrganizationInput,
    'municipality' | 'parent' | 'kinds' | 'pagesDelivered' | 'responsibleFor' | 'follows' | 'q' | 'exerciseId'
  >;
  people: Resource<G.PersonInput, 'memberships' | 'q' | 'secretariatId'>;
  themes: Resource<G.ThemeInput, 'exercise'>;
  regions: Resource<G.RegionInput, 'state' | 'seat' | 'municipalities'>;
  venues: Resource<G.VenueInput, 'municipality' | 'q'>;
  evaluations: Resource<
    G.EvaluationInput,
    'plan' | 'evaluator' | 'criteria' | 'recommendations' | 'presentedAt' | 'rubric' | 'exerciseId'
  >;
  evaluationCriteria: Resource<G.EvaluationCriterionInput, 'evaluation'>;
  recommendations: Resource<G.RecommendationInput, 'exercise' | 'evaluation' | 'issuedBy' | 'issuedByPerson' | 'kinds'>;
  staffAccounts: ReadOnly<
    | 'email'
    | 'displayName'
    | 'role'
    | 'organizationId'
    | 'stateId'
    | 'password'
    | 'passwordChoice'
    | 'invitationPending'
    | 'disabledAt'
    | 'createdAt'
    | 'organization'
    | 'state'
    | 'q'
  >;
  municipalities: ReadOnly<'name' | 'cvegeo' | 'inegiKey' | 'timeZone' | 'region' | 'state' | 'q' | 'stateId'>;
  states: ReadOnly<'code' | 'name' | 'inegiKey' | 'ocdId' | 'regions' | 'exercises' | 'q'>;
  sourceDocuments: ReadOnly<'key' | 'title' | 'url' | 'publishedOn' | 'publishedBy' | 'q'>;
}

/** Labels of every value of the API's enums. */
export interface EnumMessages {
  Publication: Record<G.Publication, string>;
  MilestoneStatus: Record<G.MilestoneStatus, string>;
  AgreementStatus: Record<G.AgreementStatus, string>;
  RequestResponse: Record<G.RequestResponse, string>;
  CountQualifier: Record<G.CountQualifier, string>;
  EventKind: Record<G.EventKind, string>;
  OrganizationKind: Record<G.OrganizationKind, string>;
  SeatRole: Record<G.SeatRole, string>;
  Sector: Record<G.Sector, string>;
  ExerciseStage: Record<G.ExerciseStage, string>;
  SessionType: Record<G.SessionType, string>;
  CriterionDimension: Record<G.CriterionDimension, string>;
  RecommendationKind: Record<G.RecommendationKind, string>;
  ReviewVerdict: Record<G.ReviewVerdict, string>;
  StaffRole: Record<G.StaffRole, string>;
  ProgressUnknownReason: Record<G.ProgressUnknownReason, string>;
  AuditAction: Record<G.AuditAction, string>;
  CommitmentOrganizationRole: Record<G.CommitmentOrganizationRole, string>;
  EventOrganizationRole: Record<G.EventOrganizationRole, string>;
  DocumentKind: Record<G.DocumentKind, string>;
}
