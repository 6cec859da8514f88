import { defineRecordKind, via } from '../../common/record-kind';
import { ActionPlan } from './action-plan.entity';

/** A plan serves the commitments it holds (see exercise.kind.ts). */
export const actionPlanKind = defineRecordKind({
  table: 'action_plan',
  entity: ActionPlan,
  reach: { record: [via('exercise_id', 'exercise')] },
  exercise: (a) => `${a}.exercise_id`,
  commitments: (a) => `SELECT c.id FROM commitment c WHERE c.plan_id = ${a}.id`,
  optionalColumns: ['publishedIn', 'methodology'],
});
