import { partialDateEnd, partialDateStart, type PartialDate } from '../../common/partial-date';
import type { Membership } from './membership.entity';

/**
 * Whether a membership was held on `date` (YYYY-MM-DD, or the first day of a partial date).
 * Intervals are half-open, [startDate, endDate): on the day a successor starts, the seat is
 * the successor's. A membership whose start the source does not give is never assumed held, and
 * one with no end is not assumed held after the last day its sources cover (`recordedUntil`).
 */
export function heldOn(
  membership: Pick<Membership, 'startDate' | 'endDate' | 'recordedUntil'>,
  date: PartialDate,
): boolean {
  if (membership.startDate === null) return false;
  const day = partialDateStart(date);
  if (partialDateStart(membership.startDate) > day) return false;
  if (membership.endDate !== null) return partialDateStart(membership.endDate) > day;
  return membership.recordedUntil === null || partialDateEnd(membership.recordedUntil) >= day;
}

/** The same rule in SQL, over a membership aliased `m` and a day given as the parameter `:day`. */
export const HELD_ON_SQL = (m: string, day: string) =>
  `partial_date_first_day(${m}.start_date) <= ${day} AND CASE WHEN ${m}.end_date IS NOT NULL THEN partial_date_first_day(${m}.end_date) > ${day}
     ELSE ${m}.recorded_until IS NULL OR partial_date_last_day(${m}.recorded_until) >= ${day} END`;
