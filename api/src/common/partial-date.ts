/**
 * A calendar date at the precision the source gives it: `2017`, `2017-02` or `2017-02-15`
 * (ISO 8601 reduced precision, as Popolo recommends). A meeting "in February 2017" is stored
 * as `2017-02`, never as 1 February.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** Returns a reason the value is not a valid partial date, or null when it is one. */
export function partialDateProblem(value: string): string | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return 'must be YYYY, YYYY-MM or YYYY-MM-DD';
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return 'has no such month';
  if (day !== undefined) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day)) return 'has no such day';
  }
  return null;
}

export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && partialDateProblem(value) === null;
}

export function precisionOf(value: PartialDate): DatePrecision {
  return value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
}

/** First day the partial date covers, as `YYYY-MM-DD` (mirrors SQL `partial_date_start`). */
export function partialDateStart(value: PartialDate): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** Last day the partial date covers, as `YYYY-MM-DD` (mirrors SQL `partial_date_last_day`). */
export function partialDateEnd(value: PartialDate): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number);
    return `${value}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return value;
}
