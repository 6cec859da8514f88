import { byId, manyBy, manyThrough } from '../../common/loaders';
import { CommitmentTheme } from '../commitment/commitment-links.entity';
import { EventTheme } from '../event/event-links.entity';
import { Theme } from './theme.entity';

export const themeById = byId(Theme);
export const themesByExercise = manyBy(Theme, 'exerciseId', { name: 'ASC' });
export const themesByEvent = manyThrough(Theme, { entity: EventTheme, keyColumn: 'eventId', targetColumn: 'themeId' }, { name: 'ASC' });
export const themesByCommitment = manyThrough(Theme, { entity: CommitmentTheme, keyColumn: 'commitmentId', targetColumn: 'themeId' }, { name: 'ASC' });
