import { byId, manyBy } from '../../common/loaders';
import { ActionPlan } from './action-plan.entity';

export const actionPlanById = byId(ActionPlan);
export const actionPlansByExercise = manyBy(ActionPlan, 'exerciseId', { startYear: 'ASC' });
