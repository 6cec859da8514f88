import { Matches, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, Resolver } from 'type-graphql';
import { RecordInput } from '../../common/record-input';
import { CODE, LONG_TEXT, SHORT_TEXT } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { Evaluation, EvaluationCriterion, EvaluationScore } from './evaluation.entity';
import { CriterionDimension, RecommendationKind } from './evaluation.enums';
import { Recommendation } from './recommendation.entity';

@InputType({ description: 'An evaluation of a plan.' })
export class EvaluationInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The plan (required on create).' })
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'The evaluator (required on create).' })
  evaluatorId?: string;

  @Field({ nullable: true, description: 'Title (required on create).' })
  @MaxLength(SHORT_TEXT)
  title?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the results were presented.' })
  presentedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where they were presented.' })
  presentedAtEventId?: string | null;

  @Field(() => String, { nullable: true, description: 'What is known of the scores.' })
  @MaxLength(LONG_TEXT)
  scoresNote?: string | null;
}

@Resolver(() => Evaluation)
export class EvaluationWriteResolver extends createWriteResolver(
  { entity: Evaluation, name: 'Evaluation', required: ['planId', 'evaluatorId', 'title'] },
  EvaluationInput,
  { create: 'createEvaluation', update: 'updateEvaluation', delete: 'deleteEvaluation', restore: 'restoreEvaluation' },
) {}

@InputType({ description: 'A criterion of an evaluation rubric.' })
export class EvaluationCriterionInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The evaluation (required on create).' })
  evaluationId?: string;

  @Field({ nullable: true, description: 'Code, upper case (required on create).' })
  @Matches(CODE, { message: 'must be upper-case letters, digits and underscores' })
  code?: string;

  @Field(() => CriterionDimension, { nullable: true, description: 'Quality or relevance (required on create).' })
  dimension?: CriterionDimension;

  @Field(() => Int, { nullable: true, description: 'Order in the rubric (required on create).' })
  @Min(1)
  position?: number;

  @Field({ nullable: true, description: 'Label (required on create).' })
  @MaxLength(SHORT_TEXT)
  label?: string;

  @Field(() => String, { nullable: true, description: 'The question asked.' })
  @MaxLength(LONG_TEXT)
  question?: string | null;
}

@Resolver(() => EvaluationCriterion)
export class EvaluationCriterionWriteResolver extends createWriteResolver(
  {
    entity: EvaluationCriterion,
    name: 'EvaluationCriterion',
    required: ['evaluationId', 'code', 'dimension', 'position', 'label'],
  },
  EvaluationCriterionInput,
  {
    create: 'createEvaluationCriterion',
    update: 'updateEvaluationCriterion',
    delete: 'deleteEvaluationCriterion',
    restore: 'restoreEvaluationCriterion',
  },
) {}

@InputType({ description: "A commitment's score on a criterion; one per commitment and criterion." })
export class EvaluationScoreInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The criterion (required on create).' })
  criterionId?: string;

  @Field(() => ID, { nullable: true, description: 'The commitment (required on create).' })
  commitmentId?: string;

  @Field(() => Float, { nullable: true, description: 'The score; empty when unknown.' })
  @Min(0)
  score?: number | null;
}

@Resolver(() => EvaluationScore)
export class EvaluationScoreWriteResolver extends createWriteResolver(
  { entity: EvaluationScore, name: 'EvaluationScore', required: ['criterionId', 'commitmentId'] },
  EvaluationScoreInput,
  {
    create: 'createEvaluationScore',
    update: 'updateEvaluationScore',
    delete: 'deleteEvaluationScore',
    restore: 'restoreEvaluationScore',
  },
) {}

@InputType({ description: 'A recommendation or area of opportunity.' })
export class RecommendationInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The exercise (required on create).' })
  exerciseId?: string;

  @Field(() => ID, { nullable: true, description: 'The evaluation it arose from.' })
  evaluationId?: string | null;

  @Field(() => RecommendationKind, { nullable: true, description: 'Kind (required on create).' })
  kind?: RecommendationKind;

  @Field(() => Int, { nullable: true, description: 'Order within its kind (required on create).' })
  @Min(1)
  position?: number;

  @Field({ nullable: true, description: 'The recommendation (required on create).' })
  @MaxLength(LONG_TEXT)
  text?: string;

  @Field(() => ID, { nullable: true, description: 'The organisation that made it.' })
  issuedById?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who made it.' })
  issuedByPersonId?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When.' })
  issuedOn?: string | null;
}

@Resolver(() => Recommendation)
export class RecommendationWriteResolver extends createWriteResolver(
  { entity: Recommendation, name: 'Recommendation', required: ['exerciseId', 'kind', 'position', 'text'] },
  RecommendationInput,
  {
    create: 'createRecommendation',
    update: 'updateRecommendation',
    delete: 'deleteRecommendation',
    restore: 'restoreRecommendation',
  },
) {}
