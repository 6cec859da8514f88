import DataLoader from 'dataloader';
import { byId, manyBy, type LoaderFactory } from '../../common/loaders';
import type { CriterionScore } from './evaluation.types';
import { publicCondition } from '../../common/public-reach';
import { Evaluation, EvaluationCriterion } from './evaluation.entity';
import { Recommendation } from './recommendation.entity';

export const evaluationById = byId(Evaluation);
export const evaluationCriterionById = byId(EvaluationCriterion);
export const recommendationById = byId(Recommendation);
export const evaluationsByPlan = manyBy(Evaluation, 'planId', { presentedOn: 'ASC' });
export const criteriaByEvaluation = manyBy(EvaluationCriterion, 'evaluationId', { position: 'ASC' });
export const recommendationsByExercise = manyBy(Recommendation, 'exerciseId', { kind: 'ASC', position: 'ASC' });
export const recommendationsByEvaluation = manyBy(Recommendation, 'evaluationId', { position: 'ASC' });

/**
 * Every published criterion of every published evaluation of a commitment's plan, with the
 * commitment's published score where one is stored: an unknown score is listed, as null, rather than left out.
 */
export const scoresByCommitment: LoaderFactory<string, CriterionScore[]> = (manager) =>
  new DataLoader(async (commitmentIds) => {
    const rows: { key: string; criterion_id: string; score: string | null }[] = await manager.query(
      `SELECT c.id AS key, cr.id AS criterion_id, s.score
         FROM commitment c
         JOIN evaluation e ON e.plan_id = c.plan_id AND ${publicCondition('evaluation', 'e')}
         JOIN evaluation_criterion cr ON cr.evaluation_id = e.id AND ${publicCondition('evaluation_criterion', 'cr')}
         LEFT JOIN evaluation_score s ON s.criterion_id = cr.id AND s.commitment_id = c.id AND ${publicCondition('evaluation_score', 's')}
        WHERE c.id = ANY($1)
        ORDER BY e.presented_on, cr.position`,
      [commitmentIds],
    );
    const groups = new Map<string, CriterionScore[]>(commitmentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.key)?.push({ criterionId: row.criterion_id, score: row.score === null ? null : Number(row.score) });
    return commitmentIds.map((id) => groups.get(id) ?? []);
  });
