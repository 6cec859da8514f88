import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgreementResolver } from './modules/agreement/agreement.resolver';
import { CommitmentResolver } from './modules/commitment/commitment.resolver';
import { CriterionScoreResolver, EvaluationCriterionResolver, EvaluationResolver, RecommendationResolver } from './modules/evaluation/evaluation.resolver';
import { EventParticipationResolver, EventResolver } from './modules/event/event.resolver';
import { ExerciseResolver } from './modules/exercise/exercise.resolver';
import { InformationDeliveryResolver, InformationRequestResolver } from './modules/information/information.resolver';
import { MilestoneResolver } from './modules/milestone/milestone.resolver';
import { OrganizationResolver, PersonResolver } from './modules/organization/organization.resolver';
import { MunicipalityResolver, RegionResolver, StateResolver, VenueResolver } from './modules/place/place.resolver';
import { ActionPlanResolver } from './modules/plan/plan.resolver';
import { MembershipResolver, PostResolver, SecretariatResolver } from './modules/secretariat/secretariat.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import { SourceDocumentResolver } from './modules/source/source-document.resolver';
import { SourceReferenceResolver, SourcedResolver } from './modules/source/source.resolver';
import { ThemeResolver } from './modules/theme/theme.resolver';

const RESOLVERS = [
  ExerciseResolver, StateResolver, RegionResolver, MunicipalityResolver, VenueResolver,
  OrganizationResolver, PersonResolver, SecretariatResolver, PostResolver, MembershipResolver,
  SessionResolver, AgreementResolver, EventResolver, EventParticipationResolver, ThemeResolver,
  ActionPlanResolver, CommitmentResolver, MilestoneResolver, InformationRequestResolver, InformationDeliveryResolver,
  EvaluationResolver, EvaluationCriterionResolver, CriterionScoreResolver, RecommendationResolver, SourceDocumentResolver, SourcedResolver, SourceReferenceResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The one schema the server, the tests and `npm run schema` use. Built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false }).then(describeRoot);
  return schema;
}

/** type-graphql cannot describe the root type; the schema is the API's documentation, so it is described here. */
function describeRoot(built: GraphQLSchema): GraphQLSchema {
  const config = built.toConfig();
  if (!config.query) return built;
  const query = new GraphQLObjectType({
    ...config.query.toConfig(),
    description:
      "Public reads of every state's local Open Government exercises: records by id, paginated lists with filters and totals, and computed figures.",
  });
  return new GraphQLSchema({ ...config, query, types: config.types.map((type) => (type.name === 'Query' ? query : type)) });
}

/** The schema as SDL, as committed in schema.graphql. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
