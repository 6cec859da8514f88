import { byId, manyBy } from '../../common/loaders';
import { Theme } from './theme.entity';

export const themeById = byId(Theme);
export const themesByExercise = manyBy(Theme, 'exerciseId', { name: 'ASC' });
