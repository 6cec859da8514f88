import { defineRecordKind } from '../../common/record-kind';
import { Exercise } from './exercise.entity';

/**
 * An exercise serves the commitments it holds: staff who keep a draft commitment reach the draft
 * plan and exercise above it (its non-null parents), and nothing else of them.
 */
export const exerciseKind = defineRecordKind({
  table: 'exercise',
  entity: Exercise,
  reach: { record: [] },
  exercise: (a) => `${a}.id`,
  state: (a) => `${a}.state_id`,
  commitments: (a) =>
    `SELECT c.id FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE p.exercise_id = ${a}.id`,
  agencyNames: 'readable',
  optionalColumns: ['description'],
});
