import { Ctx, Field, FieldResolver, ID, InputType, Resolver, Root, registerEnumType } from 'type-graphql';
import { ExerciseSlugField, whereExercise } from '../../common/exercise-filter';
import type { Context } from '../../common/context';
import { whereEquals, whereId } from '../../common/filters';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Event } from '../event/event.entity';
import { eventById } from '../event/event.loaders';
import { Exercise } from '../exercise/exercise.entity';
import { exerciseById } from '../exercise/exercise.loaders';
import { Organization } from '../organization/organization.entity';
import { organizationById, personById } from '../organization/organization.loaders';
import { Person } from '../organization/person.entity';
import { ActionPlan } from '../plan/action-plan.entity';
import { actionPlanById } from '../plan/plan.loaders';
import { Evaluation, EvaluationCriterion, EvaluationScore } from './evaluation.entity';
import { CriterionDimension, RecommendationKind } from './evaluation.enums';
import { evaluationKind, recommendationKind } from './evaluation.kind';
import {
  criteriaByEvaluation,
  evaluationById,
  evaluationCriterionById,
  evaluationScoreById,
  recommendationById,
  recommendationsByEvaluation,
  scoresByCommitment,
} from './evaluation.loaders';
import { CriterionScore } from './evaluation.types';
import { Recommendation } from './recommendation.entity';
import { evaluationsByPlan, recommendationsByExercise } from './evaluation.loaders';
import { Commitment } from '../commitment/commitment.entity';

@InputType({ description: 'Conditions on evaluations.' })
export class EvaluationFilter {
  @Field(() => ID, { nullable: true, description: 'Only evaluations of this plan.' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only evaluations of plans of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('evaluations of plans')
  exerciseSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only evaluations by this evaluator.' })
  evaluatorId?: string | null;
}

export enum EvaluationOrderField {
  PRESENTED_ON = 'PRESENTED_ON',
}
registerEnumType(EvaluationOrderField, {
  name: 'EvaluationOrderField',
  description: 'Fields evaluations can be sorted by.',
  valuesConfig: { PRESENTED_ON: { description: 'Presentation date.' } },
});

@Resolver(() => Evaluation)
export class EvaluationResolver extends createReadResolver({
  type: Evaluation,
  name: 'Evaluation',
  single: 'evaluation',
  plural: 'evaluations',
  listDescription: 'Evaluations of plans by the national evaluator.',
  byId: evaluationById,
  filter: EvaluationFilter,
  applyFilter: (qb, filter: EvaluationFilter) => {
    whereId(qb, 'r.planId', filter.planId, 'filter.planId');
    whereId(qb, 'r.evaluatorId', filter.evaluatorId, 'filter.evaluatorId');
    whereExercise(qb, filter, evaluationKind);
  },
  orderFields: EvaluationOrderField,
  orderColumns: { PRESENTED_ON: 'r.presentedOn' },
  defaultOrder: EvaluationOrderField.PRESENTED_ON,
}) {
  @FieldResolver(() => ActionPlan, { description: 'The plan evaluated.' })
  plan(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.get(actionPlanById).load(evaluation.planId);
  }

  @FieldResolver(() => Organization, { description: 'The evaluator.' })
  evaluator(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.get(organizationById).load(evaluation.evaluatorId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where the results were presented.' })
  presentedAt(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, eventById, evaluation.presentedAtEventId);
  }

  @FieldResolver(() => [EvaluationCriterion], { description: 'The rubric: quality criteria, then relevance criteria.' })
  criteria(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.get(criteriaByEvaluation).load(evaluation.id);
  }

  @FieldResolver(() => [Recommendation], { description: 'Recommendations that arose from the evaluation.' })
  recommendations(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return ctx.loaders.get(recommendationsByEvaluation).load(evaluation.id);
  }
}

@InputType({ description: 'Conditions on evaluation criteria.' })
export class EvaluationCriterionFilter {
  @Field(() => ID, { nullable: true, description: 'Only criteria of this evaluation.' })
  evaluationId?: string | null;

  @Field(() => CriterionDimension, { nullable: true, description: 'Only quality or only relevance criteria.' })
  dimension?: CriterionDimension | null;
}

export enum EvaluationCriterionOrderField {
  POSITION = 'POSITION',
  CODE = 'CODE',
}
registerEnumType(EvaluationCriterionOrderField, {
  name: 'EvaluationCriterionOrderField',
  description: 'Fields criteria can be sorted by.',
  valuesConfig: { POSITION: { description: 'Order within the rubric.' }, CODE: { description: 'Code.' } },
});

@Resolver(() => EvaluationCriterion)
export class EvaluationCriterionResolver extends createReadResolver({
  type: EvaluationCriterion,
  name: 'EvaluationCriterion',
  single: 'evaluationCriterion',
  plural: 'evaluationCriteria',
  listDescription: 'Criteria of the evaluation rubrics.',
  byId: evaluationCriterionById,
  filter: EvaluationCriterionFilter,
  applyFilter: (qb, filter: EvaluationCriterionFilter) => {
    whereId(qb, 'r.evaluationId', filter.evaluationId, 'filter.evaluationId');
    whereEquals(qb, 'r.dimension', filter.dimension, 'filter.dimension');
  },
  orderFields: EvaluationCriterionOrderField,
  orderColumns: { POSITION: 'r.position', CODE: 'r.code' },
  defaultOrder: EvaluationCriterionOrderField.POSITION,
}) {
  @FieldResolver(() => Evaluation, { description: 'The evaluation whose rubric it belongs to.' })
  evaluation(@Root() criterion: EvaluationCriterion, @Ctx() ctx: Context) {
    return ctx.loaders.get(evaluationById).load(criterion.evaluationId);
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  @FieldResolver(() => EvaluationCriterion, { description: 'The criterion scored.' })
  criterion(@Root() score: CriterionScore, @Ctx() ctx: Context) {
    return ctx.loaders.get(evaluationCriterionById).load(score.criterionId);
  }

  @FieldResolver(() => EvaluationScore, {
    nullable: true,
    description:
      'The stored score (its id and version, to change or delete it); null when no score was entered, which is different from a score of 0.',
  })
  record(@Root() score: CriterionScore, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, evaluationScoreById, score.scoreId);
  }
}

@InputType({ description: 'Conditions on recommendations.' })
export class RecommendationFilter {
  @Field(() => ID, { nullable: true, description: 'Only recommendations for this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('recommendations')
  exerciseSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only recommendations from this evaluation.' })
  evaluationId?: string | null;

  @Field(() => [RecommendationKind], { nullable: true, description: 'Only recommendations of these kinds.' })
  kinds?: RecommendationKind[] | null;
}

export enum RecommendationOrderField {
  POSITION = 'POSITION',
  KIND = 'KIND',
}
registerEnumType(RecommendationOrderField, {
  name: 'RecommendationOrderField',
  description: 'Fields recommendations can be sorted by.',
  valuesConfig: { POSITION: { description: 'Order within their kind.' }, KIND: { description: 'Kind.' } },
});

@Resolver(() => Recommendation)
export class RecommendationResolver extends createReadResolver({
  type: Recommendation,
  name: 'Recommendation',
  single: 'recommendation',
  plural: 'recommendations',
  listDescription: "Evaluators' recommendations and exercises' areas of opportunity.",
  byId: recommendationById,
  filter: RecommendationFilter,
  applyFilter: (qb, filter: RecommendationFilter) => {
    whereExercise(qb, filter, recommendationKind);
    whereId(qb, 'r.evaluationId', filter.evaluationId, 'filter.evaluationId');
    if (filter.kinds?.length) qb.andWhere('r.kind IN (:...kinds)', { kinds: filter.kinds });
  },
  orderFields: RecommendationOrderField,
  orderColumns: { POSITION: 'r.position', KIND: 'r.kind' },
  defaultOrder: RecommendationOrderField.POSITION,
}) {
  @FieldResolver(() => Exercise, { description: 'The exercise.' })
  exercise(@Root() recommendation: Recommendation, @Ctx() ctx: Context) {
    return ctx.loaders.get(exerciseById).load(recommendation.exerciseId);
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: 'The evaluation it arose from.' })
  evaluation(@Root() recommendation: Recommendation, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, evaluationById, recommendation.evaluationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that made it.' })
  issuedBy(@Root() recommendation: Recommendation, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, recommendation.issuedById);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person who made it, when the source names one.' })
  issuedByPerson(@Root() recommendation: Recommendation, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, personById, recommendation.issuedByPersonId);
  }
}

@Resolver(() => Exercise)
export class ExerciseRecommendationsResolver {
  @FieldResolver(() => [Recommendation], {
    description: "The evaluator's recommendations and the exercise's areas of opportunity.",
  })
  recommendations(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(recommendationsByExercise).load(exercise.id);
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanEvaluationsResolver {
  @FieldResolver(() => [Evaluation], { description: 'Evaluations of the plan.' })
  evaluations(@Root() plan: ActionPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(evaluationsByPlan).load(plan.id);
  }
}

@Resolver(() => Commitment)
export class CommitmentScoresResolver {
  @FieldResolver(() => [CriterionScore], {
    description: "Its score on each criterion of its plan's evaluations; score null where unknown.",
  })
  evaluationScores(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(scoresByCommitment).load(commitment.id);
  }
}
