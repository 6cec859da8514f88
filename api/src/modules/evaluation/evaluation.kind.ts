import { defineRecordKind, exerciseVia, via } from '../../common/record-kind';
import { underCommitment } from '../commitment/commitment.kind';
import { Evaluation, EvaluationCriterion, EvaluationScore } from './evaluation.entity';
import { Recommendation } from './recommendation.entity';

/** The national evaluator writes evaluations, their rubric and scores, and its own recommendations. */
export const evaluationKind = defineRecordKind({
  table: 'evaluation',
  entity: Evaluation,
  // An evaluation shows its evaluator: it must be public too.
  reach: { record: [via('plan_id', 'action_plan'), via('evaluator_id', 'organization')] },
  exercise: exerciseVia('plan_id', 'action_plan'),
  writers: { evaluator: true },
  optionalColumns: ['scoresNote'],
});

export const evaluationCriterionKind = defineRecordKind({
  table: 'evaluation_criterion',
  entity: EvaluationCriterion,
  reach: { record: [via('evaluation_id', 'evaluation')] },
  exercise: exerciseVia('evaluation_id', 'evaluation'),
  writers: { evaluator: true },
  label: (a) => `concat_ws(' · ', ${a}.code, ${a}.label)`,
  optionalColumns: ['question'],
});

export const evaluationScoreKind = defineRecordKind({
  table: 'evaluation_score',
  entity: EvaluationScore,
  ...underCommitment,
  reach: { record: [via('criterion_id', 'evaluation_criterion'), ...underCommitment.reach.record] },
  writers: { evaluator: true },
  label: (a) =>
    `(SELECT concat_ws(' · ', k.code, c.number) FROM evaluation_criterion k, commitment c WHERE k.id = ${a}.criterion_id AND c.id = ${a}.commitment_id)`,
});

export const recommendationKind = defineRecordKind({
  table: 'recommendation',
  entity: Recommendation,
  reach: { record: [via('exercise_id', 'exercise')] },
  exercise: (a) => `${a}.exercise_id`,
  writers: { evaluator: (a) => `${a}.kind = 'EVALUATOR_RECOMMENDATION'` },
});
