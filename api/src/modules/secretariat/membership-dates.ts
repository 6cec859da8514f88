import { partialDateStart, type PartialDate } from '../../common/partial-date';
import type { Membership } from './membership.entity';

/**
 * Whether a membership was held on `date` (YYYY-MM-DD, or the first day of a partial date).
 * Intervals are half-open, [startDate, endDate): on the day a successor starts, the seat is
 * the successor's. A membership whose start the source does not give is never assumed held.
 */
export function heldOn(membership: Pick<Membership, 'startDate' | 'endDate'>, date: PartialDate): boolean {
  if (membership.startDate === null) return false;
  const day = partialDateStart(date);
  return partialDateStart(membership.startDate) <= day && (membership.endDate === null || partialDateStart(membership.endDate) > day);
}
