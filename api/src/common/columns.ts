import { Column } from 'typeorm';

/** A nullable PartialDate column ("2017", "2017-02", "2017-02-15"); validity is checked in SQL by `is_partial_date`. */
export const PartialDateColumn = (options: { nullable?: boolean } = {}) =>
  Column('text', { nullable: options.nullable ?? true });

/** SQL for a timestamp as an RFC 3339 instant in UTC ("2026-11-25T15:41:00Z"), as open data, Popolo and the feeds publish it. */
export const utcInstantSql = (timestamp: string) =>
  `to_char(${timestamp} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** SQL check that each named column holds a valid partial date (or null). */
export const partialDatesValid = (...columns: string[]) =>
  columns.map((column) => `is_partial_date(${column})`).join(' AND ');

/** SQL check that a partial-date interval is in order: the end does not come before the start (TS `inOrder`). */
export const partialDatesInOrder = (start: string, end: string) =>
  `${start} IS NULL OR ${end} IS NULL OR partial_date_last_day(${end}) >= partial_date_first_day(${start})`;

/** SQL check that a half-open interval ends after it starts (TS `strictlyInOrder`). */
export const partialDatesStrictlyInOrder = (start: string, end: string) =>
  `${start} IS NULL OR ${end} IS NULL OR partial_date_first_day(${end}) > partial_date_first_day(${start})`;
