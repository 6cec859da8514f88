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
  @Field(() => Float, {
    nullable: true,
    description: 'Percent done, 0 to 100, rounded to one decimal; null when unknown.',
  })
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
export function disputesStatus(
  milestone: Pick<Milestone, 'status'>,
  reviews: Pick<MilestoneReview, 'organizationId' | 'verdict' | 'reviewedStatus'>[],
): boolean {
  const latest = new Map(reviews.map((review) => [review.organizationId, review]));
  return [...latest.values()].some(
    (review) => review.verdict === ReviewVerdict.DISPUTED && review.reviewedStatus === milestone.status,
  );
}

/** What progress is computed from: how many milestones, how many count (not cancelled) and are done, and their weights. */
export interface MilestoneSums {
  milestones: number;
  counted: number;
  done: number;
  countedWeight: number;
  doneWeight: number;
}

/**
 * The same sums in SQL, over milestone rows aliased `m` (a GROUP BY's select list): columns
 * milestones, counted, done, counted_weight, done_weight; for the roll-ups open data and
 * comparisons make in the database.
 */
export const MILESTONE_SUMS_SQL = (m: string) =>
  `count(*) AS milestones, count(*) FILTER (WHERE ${m}.status <> '${MilestoneStatus.CANCELLED}') AS counted, count(*) FILTER (WHERE ${m}.status = '${MilestoneStatus.DONE}') AS done,
   coalesce(sum(${m}.weight) FILTER (WHERE ${m}.status <> '${MilestoneStatus.CANCELLED}'), 0) AS counted_weight, coalesce(sum(${m}.weight) FILTER (WHERE ${m}.status = '${MilestoneStatus.DONE}'), 0) AS done_weight`;

/** The rule: the done share of the counted weight, in percent with one decimal; unknown (never 0) without milestones or weight. */
export function progressFromSums(
  sums: MilestoneSums,
): Pick<CommitmentProgress, 'percent' | 'unknownReason' | 'milestonesDone' | 'milestonesTotal'> {
  const base = { milestonesDone: sums.done, milestonesTotal: sums.counted };
  if (sums.milestones === 0) return { ...base, percent: null, unknownReason: ProgressUnknownReason.NO_MILESTONES };
  if (sums.countedWeight === 0)
    return { ...base, percent: null, unknownReason: ProgressUnknownReason.NO_WEIGHTED_MILESTONES };
  return { ...base, percent: Math.round((sums.doneWeight / sums.countedWeight) * 1000) / 10, unknownReason: null };
}

/** The same rule in SQL over the columns of MILESTONE_SUMS_SQL (aliased `s`; no row means no milestones): the percent, or NULL when unknown. */
export const PROGRESS_PERCENT_SQL = (s: string) =>
  `CASE WHEN coalesce(${s}.milestones, 0) = 0 OR ${s}.counted_weight = 0 THEN NULL ELSE round(${s}.done_weight / ${s}.counted_weight * 1000) / 10 END`;

/** Milestones rolled up into progress (through progressFromSums); the one definition the API, widgets and exports share. */
export function commitmentProgress(milestones: ProgressMilestone[]): CommitmentProgress {
  const counted = milestones.filter((m) => m.status !== MilestoneStatus.CANCELLED);
  const done = counted.filter((m) => m.status === MilestoneStatus.DONE);
  const lastCompletedOn =
    done
      .map((m) => m.completedOn)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const weight = (list: ProgressMilestone[]) => list.reduce((sum, m) => sum + m.weight, 0);
  const progress = progressFromSums({
    milestones: milestones.length,
    counted: counted.length,
    done: done.length,
    countedWeight: weight(counted),
    doneWeight: weight(done),
  });
  return { ...progress, milestonesDisputed: counted.filter((m) => m.disputed).length, lastCompletedOn };
}
