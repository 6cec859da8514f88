/**
 * The calendar's date logic, apart from the element so it can be unit-tested: which entries
 * fall in a month, on which days, the weeks of a month grid (Sunday first, as in es-MX) and the
 * keyboard moves of the APG grid pattern. Days are midnight UTC in ms (see format.ts).
 */

import { DAY, firstDay, lastDay, parsePartial } from './format';

/** A session of the Secretariat or an event, as the calendar shows it. */
export interface Entry {
  /** PartialDate of the (first) day; the precision the source gives. */
  start: string;
  /** PartialDate of the last day, for events over several days. */
  end?: string | null;
  /** EventKind, or ORDINARY / EXTRAORDINARY for a session. */
  kind: string;
  /** The session's number; undefined for events. */
  session?: number;
  title?: string;
  city?: string;
  venue?: string;
  /** Address of the session's published acta (minutes), when there is one. */
  acta?: URL;
}

/** First day of the month of a day. */
export function monthOf(day: number): number {
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The same day `n` months later (or earlier), on the month's last day when it is shorter. */
export function addMonths(day: number, n: number): number {
  const d = new Date(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  return Date.UTC(y, m, Math.min(d.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate()));
}

/** The last day an entry covers (its start when the end is missing or out of order). */
const endOf = (e: Entry) => Math.max(lastDay(e.start), lastDay(e.end) || 0);

/** Entries that cover any day of the month starting at `month`, in date order. */
export function entriesInMonth(entries: Entry[], month: number): Entry[] {
  const last = addMonths(month, 1) - DAY;
  return entries
    .filter((e) => firstDay(e.start) <= last && endOf(e) >= month)
    .sort((a, b) => firstDay(a.start) - firstDay(b.start));
}

/**
 * The days an entry can be drawn on: from its start to its end when the source gives the day;
 * none when it gives only the month or year (such entries are listed, never put on a day).
 */
export function daysOf(e: Entry): [number, number] | null {
  if (!parsePartial(e.start)?.[2]) return null;
  const from = firstDay(e.start);
  const to = parsePartial(e.end)?.[2] ? firstDay(e.end) : from;
  return [from, Math.max(from, to)];
}

/** The weeks of a month grid, Sunday first; days outside the month are included to fill weeks. */
export function weeksOf(month: number): number[][] {
  const first = month - new Date(month).getUTCDay() * DAY;
  const next = addMonths(month, 1);
  const weeks: number[][] = [];
  for (let day = first; day < next; day += 7 * DAY) weeks.push(Array.from({ length: 7 }, (_, i) => day + i * DAY));
  return weeks;
}

/**
 * The month to open on: the first month with an entry from the current month on, else the
 * month of the latest entry (an exercise that has ended), else the current month.
 */
export function initialMonth(entries: Entry[], now: number): number {
  const months = entries
    .map((e) => monthOf(firstDay(e.start)))
    .filter((m) => m === m)
    .sort((a, b) => a - b);
  const current = monthOf(now);
  return months.find((m) => m >= current) ?? months.at(-1) ?? current;
}

/**
 * Where the focus goes on a key in the month grid (APG grid and date picker): arrows by a day
 * or a week, Home and End to the ends of the week, PageUp and PageDown by a month, with Shift by
 * a year. Null for any other key.
 */
export function moveFocus(day: number, key: string, shift = false): number | null {
  const weekday = new Date(day).getUTCDay();
  const days = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: -weekday, End: 6 - weekday }[key];
  if (days !== undefined) return day + days * DAY;
  const months = { PageUp: -1, PageDown: 1 }[key];
  return months ? addMonths(day, shift ? months * 12 : months) : null;
}
