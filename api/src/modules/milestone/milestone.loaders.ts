import { byId, manyBy, type LoaderFactory } from '../../common/loaders';
import { MilestoneReview } from './milestone-review.entity';
import { Milestone } from './milestone.entity';
import { PUBLIC_VIEWER } from '../../common/viewer';

export const milestoneById = byId(Milestone);
export const milestonesByCommitment = manyBy(Milestone, 'commitmentId', { position: 'ASC' });

/** Progress is a public figure: it counts published milestones, whoever asks. */
const milestonesInOrder = manyBy(Milestone, 'commitmentId', { position: 'ASC' });
export const publishedMilestonesByCommitment: LoaderFactory<string, Milestone[]> = (manager) =>
  milestonesInOrder(manager, PUBLIC_VIEWER);
export const reviewsByMilestone = manyBy(MilestoneReview, 'milestoneId', { createdAt: 'ASC' });
/** Reviews as the public sees them, for the public figure of progress. */
const reviewsInOrder = manyBy(MilestoneReview, 'milestoneId', { createdAt: 'ASC' });
export const publicReviewsByMilestone: LoaderFactory<string, MilestoneReview[]> = (manager) =>
  reviewsInOrder(manager, PUBLIC_VIEWER);
