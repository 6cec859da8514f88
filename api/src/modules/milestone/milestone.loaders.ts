import { byId, manyBy } from '../../common/loaders';
import { Milestone } from './milestone.entity';

export const milestoneById = byId(Milestone);
export const milestonesByCommitment = manyBy(Milestone, 'commitmentId', { position: 'ASC' });
