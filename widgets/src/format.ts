/**
 * Numbers and dates as the widgets show them. Pure functions over `Intl`, so the same code runs
 * in the browser and in the unit tests.
 *
 * Dates come from the API as PartialDate strings: "2017" (year), "2017-02" (month) or
 * "2017-02-15" (day). They are calendar dates with no time and no time zone, so every instant
 * here is midnight UTC and every formatter runs in UTC: a date is never shifted by the reader's
 * zone, and no time of day is ever shown.
 */

export const DAY = 864e5;

/** [year, month 1-12 or 0, day or 0]; null when the string is not a PartialDate. */
export type Parts = [number, number, number];

export function parsePartial(value: string | null | undefined): Parts | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value ?? '');
  if (!m) return null;
  const parts: Parts = [+m[1], +m[2] || 0, +m[3] || 0];
  // Date.UTC reads years 0-99 as 1900-1999: none of an exercise's dates is that old.
  if (parts[0] < 100 || parts[1] > 12 || (m[2] && !parts[1])) return null;
  if (m[3] && (!parts[2] || parts[2] > new Date(Date.UTC(parts[0], parts[1], 0)).getUTCDate())) return null;
  return parts;
}

/** First day covered by a partial date (midnight UTC, ms); NaN when invalid. */
export function firstDay(value: string | null | undefined): number {
  const p = parsePartial(value);
  return p ? Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1) : NaN;
}

/** Last day covered by a partial date (midnight UTC, ms); NaN when invalid. */
export function lastDay(value: string | null | undefined): number {
  const p = parsePartial(value);
  // Without a day, day 0 of the next month: the month's (or, without a month, December's) last.
  return p ? Date.UTC(p[0], p[2] ? p[1] - 1 : p[1] || 12, p[2]) : NaN;
}

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

/** Date formatter in UTC for one precision: 3 day, 2 month, 1 year; 4 the short weekday. */
export const dateFormat = (locale: string, precision: number): Intl.DateTimeFormat =>
  cached(
    locale + precision,
    () =>
      new Intl.DateTimeFormat(
        locale,
        precision > 3
          ? { timeZone: 'UTC', weekday: 'short' }
          : {
              timeZone: 'UTC',
              year: 'numeric',
              month: precision > 1 ? 'long' : undefined,
              day: precision > 2 ? 'numeric' : undefined,
            },
      ),
  );

const precisionOf = (p: Parts) => (p[2] ? 3 : p[1] ? 2 : 1);

/**
 * A partial date at its own precision: "2017", "febrero de 2017", "15 de febrero de 2017".
 * An invalid value is shown as given, never guessed.
 */
export function formatPartial(value: string, locale: string): string {
  const p = parsePartial(value);
  return p ? dateFormat(locale, precisionOf(p)).format(firstDay(value)) : value;
}

/**
 * From one partial date to another, each at its precision: "14–17 de marzo de 2016",
 * "noviembre de 2015 – marzo de 2016". A missing or equal end gives the start alone.
 */
export function formatPartialRange(start: string, end: string | null | undefined, locale: string): string {
  const a = parsePartial(start);
  const b = parsePartial(end);
  if (!a || !b || start === end) return formatPartial(start, locale);
  const precision = precisionOf(a);
  if (precision === precisionOf(b) && firstDay(end) > firstDay(start)) {
    return dateFormat(locale, precision).formatRange(firstDay(start), firstDay(end));
  }
  // The dash and thin spaces Intl itself puts between the ends of a range.
  return `${formatPartial(start, locale)}\u2009–\u2009${formatPartial(end as string, locale)}`;
}

/** An integer with the locale's grouping: 11,169 in es-MX, 11,169 in en. */
export const formatNumber = (value: number, locale: string): string =>
  cached(`${locale}n`, () => new Intl.NumberFormat(locale)).format(value);

/** A percentage given from 0 to 100, with at most one decimal: "66.7 %" style per locale. */
export const formatPercent = (value: number, locale: string): string =>
  cached(`${locale}p`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(
    value / 100,
  );
