import 'reflect-metadata';
// The record kinds first: resolvers and loaders build their SQL from the kinds' declarations as they load.
import { KINDS } from './db/entities';
import { abilityResolvers, RecordAbilitiesResolver } from './common/abilities';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from './modules/account/account.resolver';
import {
  AgreementResolver,
  EventAgreementsResolver,
  SessionAgreementsResolver,
} from './modules/agreement/agreement.resolver';
import { AgreementWriteResolver } from './modules/agreement/agreement.write';
import { AuditEntryResolver, AuditResolver } from './modules/audit/audit.resolver';
import { TrashResolver } from './modules/audit/trash.resolver';
import { CommitmentWriteResolver } from './modules/commitment/commitment.write';
import {
  EvaluationCriterionWriteResolver,
  EvaluationScoreWriteResolver,
  EvaluationWriteResolver,
  RecommendationWriteResolver,
} from './modules/evaluation/evaluation.write';
import { EventWriteResolver } from './modules/event/event.write';
import { ExerciseWriteResolver } from './modules/exercise/exercise.write';
import {
  InformationDeliveryWriteResolver,
  InformationRequestWriteResolver,
} from './modules/information/information.write';
import { MilestoneReviewResolver } from './modules/milestone/milestone-review.resolver';
import { MilestoneWriteResolver } from './modules/milestone/milestone.write';
import { OrganizationWriteResolver, PersonWriteResolver } from './modules/organization/organization.write';
import { RegionWriteResolver, VenueWriteResolver } from './modules/place/place.write';
import { ActionPlanWriteResolver } from './modules/plan/plan.write';
import {
  MembershipWriteResolver,
  PostWriteResolver,
  SecretariatWriteResolver,
} from './modules/secretariat/secretariat.write';
import { SessionWriteResolver } from './modules/session/session.write';
import { SessionAttendanceWriteResolver } from './modules/session/session-attendance.write';
import { SessionAttendanceResolver } from './modules/session/session-attendance.resolver';
import { ThemeWriteResolver } from './modules/theme/theme.write';
import {
  ActionPlanCommitmentsResolver,
  CommitmentResolver,
  OrganizationCommitmentsResolver,
} from './modules/commitment/commitment.resolver';
import {
  ActionPlanEvaluationsResolver,
  CommitmentScoresResolver,
  CriterionScoreResolver,
  EvaluationCriterionResolver,
  EvaluationResolver,
  ExerciseRecommendationsResolver,
  RecommendationResolver,
} from './modules/evaluation/evaluation.resolver';
import { CommitmentMeetingsResolver, EventParticipationResolver, EventResolver } from './modules/event/event.resolver';
import { ExerciseResolver, StateExercisesResolver } from './modules/exercise/exercise.resolver';
import {
  ActionPlanPagesResolver,
  CommitmentInformationResolver,
  ExercisePagesResolver,
  InformationDeliveryResolver,
  InformationRequestResolver,
  OrganizationDeliveriesResolver,
} from './modules/information/information.resolver';
import { CommitmentMilestonesResolver, MilestoneResolver } from './modules/milestone/milestone.resolver';
import { OrganizationResolver, PersonResolver } from './modules/organization/organization.resolver';
import { MunicipalityResolver, RegionResolver, StateResolver, VenueResolver } from './modules/place/place.resolver';
import { ActionPlanResolver, ExerciseActionPlansResolver } from './modules/plan/plan.resolver';
import {
  ExerciseSecretariatResolver,
  MembershipResolver,
  PersonMembershipsResolver,
  PostResolver,
  SecretariatResolver,
} from './modules/secretariat/secretariat.resolver';
import { PostHolderResolver, SecretariatSessionsResolver, SessionResolver } from './modules/session/session.resolver';
import { SourceDocumentResolver } from './modules/source/source-document.resolver';
import { SourceReferenceResolver, SourcedResolver } from './modules/source/source.resolver';
import { ExerciseThemesResolver, ThemeResolver } from './modules/theme/theme.resolver';
import { DOCUMENT_RESOLVERS } from './modules/document/document.resolver';
import { DocumentWriteResolver } from './modules/document/document.write';
import { ComparisonResolver } from './modules/comparison/comparison.resolver';
import { CommitmentChangeFeedResolver, ExerciseOpenDataResolver } from './modules/opendata/opendata.resolver';
import { ExerciseStatisticsResolver } from './modules/statistics/statistics.resolver';

const RESOLVERS = [
  RecordAbilitiesResolver,
  AccountResolver,
  AuditResolver,
  AuditEntryResolver,
  TrashResolver,
  MilestoneReviewResolver,
  RegionWriteResolver,
  VenueWriteResolver,
  OrganizationWriteResolver,
  PersonWriteResolver,
  ExerciseWriteResolver,
  ThemeWriteResolver,
  SecretariatWriteResolver,
  PostWriteResolver,
  MembershipWriteResolver,
  SessionWriteResolver,
  SessionAttendanceWriteResolver,
  AgreementWriteResolver,
  EventWriteResolver,
  ActionPlanWriteResolver,
  CommitmentWriteResolver,
  MilestoneWriteResolver,
  InformationRequestWriteResolver,
  InformationDeliveryWriteResolver,
  EvaluationWriteResolver,
  EvaluationCriterionWriteResolver,
  EvaluationScoreWriteResolver,
  RecommendationWriteResolver,
  ExerciseResolver,
  StateResolver,
  RegionResolver,
  MunicipalityResolver,
  VenueResolver,
  OrganizationResolver,
  PersonResolver,
  SecretariatResolver,
  PostResolver,
  MembershipResolver,
  SessionResolver,
  SessionAttendanceResolver,
  AgreementResolver,
  EventResolver,
  EventParticipationResolver,
  ThemeResolver,
  ActionPlanResolver,
  CommitmentResolver,
  MilestoneResolver,
  InformationRequestResolver,
  InformationDeliveryResolver,
  EvaluationResolver,
  EvaluationCriterionResolver,
  CriterionScoreResolver,
  RecommendationResolver,
  SourceDocumentResolver,
  SourcedResolver,
  SourceReferenceResolver,
  ComparisonResolver,
  ExerciseOpenDataResolver,
  CommitmentChangeFeedResolver,
  // Relation fields, each in the module of the records it returns (so modules import their parents only).
  ExerciseActionPlansResolver,
  ExerciseSecretariatResolver,
  PersonMembershipsResolver,
  ExerciseThemesResolver,
  ExerciseRecommendationsResolver,
  ActionPlanEvaluationsResolver,
  CommitmentScoresResolver,
  ExercisePagesResolver,
  ActionPlanPagesResolver,
  CommitmentInformationResolver,
  OrganizationDeliveriesResolver,
  StateExercisesResolver,
  ActionPlanCommitmentsResolver,
  OrganizationCommitmentsResolver,
  CommitmentMilestonesResolver,
  CommitmentMeetingsResolver,
  EventAgreementsResolver,
  SessionAgreementsResolver,
  SecretariatSessionsResolver,
  PostHolderResolver,
  ExerciseStatisticsResolver,
  DocumentWriteResolver,
  ...DOCUMENT_RESOLVERS,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The one schema the server, the tests and `npm run schema` use. Built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [...RESOLVERS, ...abilityResolvers(KINDS)] as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
  }).then(describeRoot);
  return schema;
}

/** type-graphql cannot describe the root type; the schema is the API's documentation, so it is described here. */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "Public reads of every state's local Open Government exercises: records by id, paginated lists with filters and totals, and computed figures. Signed-in staff also see drafts in their scope.",
  Mutation:
    "Staff writes, each within the account's scope, validated, versioned and recorded in the audit trail; and signing in and out.",
};

function describeRoot(built: GraphQLSchema): GraphQLSchema {
  const config = built.toConfig();
  const described = (type: GraphQLObjectType | null | undefined) =>
    type && new GraphQLObjectType({ ...type.toConfig(), description: ROOT_DESCRIPTIONS[type.name] });
  const query = described(config.query);
  const mutation = described(config.mutation);
  const replaced = new Map([query, mutation].filter((t): t is GraphQLObjectType => Boolean(t)).map((t) => [t.name, t]));
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.map((type) => replaced.get(type.name) ?? type),
  });
}

/** The schema as SDL, as committed in schema.graphql. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
