/**
 * A calendar date at the precision the source gives it: `2017`, `2017-02` or `2017-02-15`
 * (ISO 8601 reduced precision, as Popolo recommends). A meeting "in February 2017" is stored
 * as `2017-02`, never as 1 February.
 */
export type PartialDate = string;

/** The form alone, YYYY, YYYY-MM or YYYY-MM-DD: also the pattern the open-data descriptors publish. */
export const PARTIAL_DATE_FORM = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';
const PARTIAL_DATE = new RegExp(PARTIAL_DATE_FORM);

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** Days in a month (1-12) of a year; the year taken as written (Date.UTC would read 0-99 as 1900-1999). */
function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/**
 * What is wrong with the value, or null when it is a partial date. The SQL `is_partial_date` says
 * the same (test/db/partial-date-sql.test.ts holds them to one table): PostgreSQL has no year 0,
 * so neither has this.
 */
function problemOf(value: string): keyof typeof REASONS | null {
  if (!PARTIAL_DATE.test(value)) return 'format';
  const [year, month, day] = value.split('-').map(Number);
  if (year === 0) return 'year';
  if (month !== undefined && (month < 1 || month > 12)) return 'month';
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return 'day';
  return null;
}

const REASONS = {
  format: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  year: 'has no year 0',
  month: 'has no such month',
  day: 'has no such day',
};

/** Returns a reason the value is not a valid partial date, or null when it is one. */
export function partialDateProblem(value: string): string | null {
  const problem = problemOf(value);
  return problem && REASONS[problem];
}

/** The check alone, without the reasons' text (the widgets bundle this). */
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && problemOf(value) === null;
}

export function precisionOf(value: PartialDate): DatePrecision {
  return value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
}

/** First day the partial date covers, as `YYYY-MM-DD` (mirrors SQL `partial_date_first_day`). */
export function partialDateStart(value: PartialDate): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** Last day the partial date covers, as `YYYY-MM-DD` (mirrors SQL `partial_date_last_day`). */
export function partialDateEnd(value: PartialDate): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-${daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5)))}`;
  return value;
}

/**
 * A closed interval (an event, a term of office) is in order when its end's last possible day is
 * not before its start's first: "2015-05-15" to "2015-05" is. SQL: `partialDatesInOrder` (columns.ts).
 */
export function inOrder(start: PartialDate, end: PartialDate): boolean {
  return partialDateEnd(end) >= partialDateStart(start);
}

/** A half-open interval (a membership) ends after it starts. SQL: `partialDatesStrictlyInOrder` (columns.ts). */
export function strictlyInOrder(start: PartialDate, end: PartialDate): boolean {
  return partialDateStart(end) > partialDateStart(start);
}
