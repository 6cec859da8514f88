import { defineRecordKind, via } from '../../common/record-kind';
import { underCommitment } from '../commitment/commitment.kind';
import { MilestoneReview } from './milestone-review.entity';
import { Milestone } from './milestone.entity';

export const milestoneKind = defineRecordKind({
  table: 'milestone',
  entity: Milestone,
  ...underCommitment,
  writers: { agency: 'responsible' },
  reviews: 'followers',
  label: (a) => `concat_ws('. ', ${a}.position, ${a}.title)`,
  optionalColumns: ['description', 'evidenceUrl', 'evidenceDescription'],
});

/** A review shows its organisation: it must be public too. */
export const milestoneReviewKind = defineRecordKind({
  table: 'milestone_review',
  entity: MilestoneReview,
  reach: { through: [via('milestone_id', 'milestone'), via('organization_id', 'organization')] },
});
