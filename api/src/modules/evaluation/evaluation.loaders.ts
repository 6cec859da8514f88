import DataLoader from 'dataloader';
import { byId, manyBy, type LoaderFactory } from '../../common/loaders';
import type { CriterionScore } from './evaluation.types';
import { positional } from '../../common/prepared';
import { readableBy } from '../../common/scope';
import { Evaluation, EvaluationCriterion, EvaluationScore } from './evaluation.entity';
import { Recommendation } from './recommendation.entity';

export const evaluationById = byId(Evaluation);
export const evaluationCriterionById = byId(EvaluationCriterion);
export const recommendationById = byId(Recommendation);
export const evaluationScoreById = byId(EvaluationScore);
export const evaluationsByPlan = manyBy(Evaluation, 'planId', { presentedOn: 'ASC' });
export const criteriaByEvaluation = manyBy(EvaluationCriterion, 'evaluationId', { position: 'ASC' });
export const recommendationsByExercise = manyBy(Recommendation, 'exerciseId', { kind: 'ASC', position: 'ASC' });
export const recommendationsByEvaluation = manyBy(Recommendation, 'evaluationId', { position: 'ASC' });

/**
 * Every criterion of every evaluation of a commitment's plan the viewer may see (the public:
 * published ones), with the commitment's score where one is stored and visible: an unknown score
 * is listed, as null, rather than left out. Staff in scope also see drafts, so the evaluator can
 * enter and correct scores before publishing them.
 */
export const scoresByCommitment: LoaderFactory<string, CriterionScore[]> = (manager, viewer) => {
  // Each table's condition in positional form, numbered after the keys ($1) and each other.
  const values: unknown[] = [];
  const [evaluation, criterion, score] = (['evaluation', 'evaluation_criterion', 'evaluation_score'] as const).map(
    (table, i) => {
      const condition = positional(readableBy(viewer, table, ['e', 'cr', 's'][i]), 1 + values.length);
      values.push(...condition.values);
      return condition.sql;
    },
  );
  return new DataLoader(async (commitmentIds) => {
    const rows: { key: string; criterion_id: string; score: string | null; score_id: string | null }[] =
      await manager.query(
        `SELECT c.id AS key, cr.id AS criterion_id, s.score, s.id AS score_id
         FROM commitment c
         JOIN evaluation e ON e.plan_id = c.plan_id AND ${evaluation}
         JOIN evaluation_criterion cr ON cr.evaluation_id = e.id AND ${criterion}
         LEFT JOIN evaluation_score s ON s.criterion_id = cr.id AND s.commitment_id = c.id AND ${score}
        WHERE c.id = ANY($1)
        ORDER BY e.presented_on, cr.position`,
        [commitmentIds, ...values],
      );
    const groups = new Map<string, CriterionScore[]>(commitmentIds.map((id) => [id, []]));
    for (const row of rows)
      groups.get(row.key)?.push({
        criterionId: row.criterion_id,
        scoreId: row.score_id,
        score: row.score === null ? null : Number(row.score),
      });
    return commitmentIds.map((id) => groups.get(id) ?? []);
  });
};
