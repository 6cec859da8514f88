import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReviewVerdict, type MilestoneReview } from './milestone-review.entity';
import type { Milestone } from './milestone.entity';
import { MilestoneStatus } from './milestone.enums';
import { ProgressUnknownReason } from '../commitment/commitment.enums';

@ObjectType({
  description:
    "A commitment's progress: the weighted share of its milestones that are done, " +
    'sum(weight of DONE) / sum(weight of every milestone not CANCELLED). ' +
    'When there are no milestones to measure against, percent is null and unknownReason says why: never 0 %.',
})
export class CommitmentProgress {
  @Field(() => Float, { nullable: true, description: 'Percent done, 0 to 100, rounded to one decimal; null when unknown.' })
  percent: number | null;

  @Field(() => ProgressUnknownReason, { nullable: true, description: 'Why percent is null.' })
  unknownReason: ProgressUnknownReason | null;

  @Field(() => Int, { description: 'Milestones done.' })
  milestonesDone: number;

  @Field(() => Int, { description: 'Milestones counted (every milestone not cancelled).' })
  milestonesTotal: number;

  @Field(() => Int, {
    description:
      "Milestones counted whose current reported status civil society disputes: a following organisation's latest review of the milestone disputes the status it now has. Shown beside the percent, which still counts the agency's report.",
  })
  milestonesDisputed: number;

  @Field(() => String, { nullable: true, description: 'The latest completion date among done milestones, when known.' })
  lastCompletedOn: string | null;
}

/** A milestone as progress counts it: its reported status, weight and date, and whether that status is disputed. */
export type ProgressMilestone = Pick<Milestone, 'status' | 'weight' | 'completedOn'> & { disputed: boolean };

/**
 * Whether civil society disputes the milestone's current status: some following organisation's
 * latest review disputes exactly the status the milestone now reports (a review of an earlier
 * status no longer applies). `reviews` in the order they were written.
 */
export function disputesStatus(milestone: Pick<Milestone, 'status'>, reviews: Pick<MilestoneReview, 'organizationId' | 'verdict' | 'reviewedStatus'>[]): boolean {
  const latest = new Map(reviews.map((review) => [review.organizationId, review]));
  return [...latest.values()].some((review) => review.verdict === ReviewVerdict.DISPUTED && review.reviewedStatus === milestone.status);
}

/** Pure roll-up of milestones into progress; the one definition the API, widgets and exports share. */
export function commitmentProgress(milestones: ProgressMilestone[]): CommitmentProgress {
  const counted = milestones.filter((m) => m.status !== MilestoneStatus.CANCELLED);
  const done = counted.filter((m) => m.status === MilestoneStatus.DONE);
  const lastCompletedOn = done.map((m) => m.completedOn).filter((d): d is string => d !== null).sort().at(-1) ?? null;
  const base = { milestonesDone: done.length, milestonesTotal: counted.length, milestonesDisputed: counted.filter((m) => m.disputed).length, lastCompletedOn };
  if (milestones.length === 0) return { ...base, percent: null, unknownReason: ProgressUnknownReason.NO_MILESTONES };
  const totalWeight = counted.reduce((sum, m) => sum + m.weight, 0);
  if (totalWeight === 0) return { ...base, percent: null, unknownReason: ProgressUnknownReason.NO_WEIGHTED_MILESTONES };
  const doneWeight = done.reduce((sum, m) => sum + m.weight, 0);
  return { ...base, percent: Math.round((doneWeight / totalWeight) * 1000) / 10, unknownReason: null };
}
