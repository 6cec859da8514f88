import { defineRecordKind, via } from '../../common/record-kind';
import { Theme } from './theme.entity';

export const themeKind = defineRecordKind({
  table: 'theme',
  entity: Theme,
  reach: { record: [via('exercise_id', 'exercise')] },
  exercise: (a) => `${a}.exercise_id`,
  agencyNames: 'readable',
});
