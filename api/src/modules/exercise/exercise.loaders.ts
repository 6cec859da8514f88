import { byId, manyBy } from '../../common/loaders';
import { Exercise } from './exercise.entity';

export const exerciseById = byId(Exercise);
export const exercisesByState = manyBy(Exercise, 'stateId', { startDate: 'ASC' });
