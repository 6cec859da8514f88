/**
 * Numbers and dates as the widgets show them. Pure functions over `Intl`, so the same code runs
 * in the browser and in the unit tests.
 *
 * Dates come from the API as PartialDate strings: "2017" (year), "2017-02" (month) or
 * "2017-02-15" (day). They are calendar dates with no time and no time zone, so every instant
 * here is midnight UTC and every formatter runs in UTC: a date is never shifted by the reader's
 * zone, and no time of day is ever shown. What a partial date is, and which days it covers, is the
 * API's own definition (api/src/common/partial-date.ts), bundled in.
 */

import {
  isPartialDate,
  partialDateEnd,
  partialDateStart,
  precisionOf,
  type DatePrecision,
} from '../../api/src/common/partial-date';

export const DAY = 864e5;

/** First day covered by a partial date (midnight UTC, ms); NaN when invalid. */
export const firstDay = (value: string | null | undefined): number =>
  isPartialDate(value) ? Date.parse(partialDateStart(value)) : NaN;

/** Last day covered by a partial date (midnight UTC, ms); NaN when invalid. */
export const lastDay = (value: string | null | undefined): number =>
  isPartialDate(value) ? Date.parse(partialDateEnd(value)) : NaN;

/** Does the source give the day, not only the month or the year? */
export const givesDay = (value: string | null | undefined): boolean =>
  isPartialDate(value) && precisionOf(value) === 'DAY';

/** Today's date where the reader is, as midnight UTC (ms). */
export function today(now = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Intl formatters are costly to make: one per locale and kind, made on first use. */
const cache = new Map<string, Intl.DateTimeFormat & Intl.NumberFormat>();
const cached = (key: string, make: () => Intl.DateTimeFormat | Intl.NumberFormat) => {
  if (!cache.has(key)) cache.set(key, make() as Intl.DateTimeFormat & Intl.NumberFormat);
  return cache.get(key) as Intl.DateTimeFormat & Intl.NumberFormat;
};

/** Date formatter in UTC for one precision, or the short weekday. */
export const dateFormat = (locale: string, precision: DatePrecision | 'WEEKDAY'): Intl.DateTimeFormat =>
  cached(
    locale + precision,
    () =>
      new Intl.DateTimeFormat(
        locale,
        precision === 'WEEKDAY'
          ? { timeZone: 'UTC', weekday: 'short' }
          : {
              timeZone: 'UTC',
              year: 'numeric',
              month: precision === 'YEAR' ? undefined : 'long',
              day: precision === 'DAY' ? 'numeric' : undefined,
            },
      ),
  );

/**
 * A partial date at its own precision: "2017", "febrero de 2017", "15 de febrero de 2017".
 * An invalid value is shown as given, never guessed.
 */
export function formatPartial(value: string, locale: string): string {
  return isPartialDate(value) ? dateFormat(locale, precisionOf(value)).format(firstDay(value)) : value;
}

/**
 * From one partial date to another, each at its precision: "14–17 de marzo de 2016",
 * "noviembre de 2015 – marzo de 2016". A missing or equal end gives the start alone.
 */
export function formatPartialRange(start: string, end: string | null | undefined, locale: string): string {
  if (!isPartialDate(start) || !isPartialDate(end) || start === end) return formatPartial(start, locale);
  const precision = precisionOf(start);
  if (precision === precisionOf(end) && firstDay(end) > firstDay(start)) {
    return dateFormat(locale, precision).formatRange(firstDay(start), firstDay(end));
  }
  // The dash and thin spaces Intl itself puts between the ends of a range.
  return `${formatPartial(start, locale)}\u2009–\u2009${formatPartial(end, locale)}`;
}

/** An integer with the locale's grouping: 11,169 in es-MX, 11,169 in en. */
export const formatNumber = (value: number, locale: string): string =>
  cached(`${locale}n`, () => new Intl.NumberFormat(locale)).format(value);

/** A percentage given from 0 to 100, with at most one decimal: "66.7 %" style per locale. */
export const formatPercent = (value: number, locale: string): string =>
  cached(`${locale}p`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(
    value / 100,
  );
