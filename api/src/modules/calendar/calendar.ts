import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { countedOnce } from '../event/series';
import { partialDateEnd, partialDateStart, precisionOf } from '../../common/partial-date';
import { publicCondition } from '../../common/public-reach';

/**
 * An exercise's sessions and events as an iCalendar feed (RFC 5545, with RFC 7986's NAME,
 * REFRESH-INTERVAL, SOURCE and URL) that calendar apps can subscribe to.
 *
 * - UID is the record's UUID (stable; RFC 7986 asks for no host or user in it); SEQUENCE follows
 *   the record's version, LAST-MODIFIED and DTSTAMP its last change (UTC).
 * - The sources give dates, never times, and the model stores none: every event is all-day,
 *   `DTSTART;VALUE=DATE` with an exclusive `DTEND;VALUE=DATE`, and no time is ever invented. With
 *   no time there is no TZID nor VTIMEZONE (a date is the same day in every zone); the calendar's
 *   X-WR-TIMEZONE names the zone of the exercise's venues (their municipalities':
 *   America/Monterrey, or America/Matamoros on the border), and each event's LOCATION names its
 *   municipality.
 * - A date the source gives only to the month (or year), "February 2017", becomes an all-day
 *   span over that whole month (or year), marked as such in its title ("fecha exacta
 *   desconocida: febrero de 2017"), in X-TABLERO-DATE-PRECISION, and TRANSPARENT so it blocks no
 *   one's time: the event is in the calendar, where it happened, without pretending to a day.
 *   The alternative, leaving it out, would hide real events from subscribers.
 * - An event the source gives no date for cannot be placed: it is left out, and the calendar's
 *   description says how many were.
 */

/** What the feed needs of a session or an event (one row of CALENDAR_SQL). */
export interface CalendarRow {
  id: string;
  source: 'session' | 'event';
  kind: string;
  title: string;
  description: string | null;
  start_date: string | null;
  end_date: string | null;
  venue: string | null;
  municipality: string | null;
  time_zone: string | null;
  state: string;
  municipality_inferred: boolean;
  start_date_inferred: boolean;
  source_note: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Each record's condition comes from the one definition of public (public-reach.ts). */
const P = publicCondition;

/** The exercise's public sessions (of its public Secretariat) and public events, in date order ($1 = exercise id). */
export const CALENDAR_SQL = `
  SELECT s.id, 'session' AS source, s.type::text AS kind,
         'Sesión ' || CASE s.type WHEN 'ORDINARY' THEN 'ordinaria' ELSE 'extraordinaria' END || ' ' || s.number || ' del ' || coalesce(t.abbreviation, t.name) AS title,
         s.summary AS description, s.date AS start_date, NULL::text AS end_date,
         (SELECT v.name FROM venue v WHERE v.id = s.venue_id AND ${P('venue', 'v')}) AS venue, mu.name AS municipality, mu.time_zone, st.name AS state,
         s.municipality_inferred, false AS start_date_inferred, s.source_note, s.version, s.created_at, s.updated_at
    FROM session s JOIN secretariat t ON t.id = s.secretariat_id AND t.exercise_id = $1 AND ${P('secretariat', 't')}
    JOIN exercise x ON x.id = t.exercise_id JOIN state st ON st.id = x.state_id
    LEFT JOIN municipality mu ON mu.id = s.municipality_id
   WHERE ${P('session', 's')}
  UNION ALL
  SELECT e.id, 'event', e.kind::text, e.title, e.description, e.start_date, e.end_date,
         (SELECT v.name FROM venue v WHERE v.id = e.venue_id AND ${P('venue', 'v')}), mu.name, mu.time_zone, st.name,
         e.municipality_inferred, e.start_date_inferred, e.source_note, e.version, e.created_at, e.updated_at
    FROM event e JOIN exercise x ON x.id = e.exercise_id JOIN state st ON st.id = x.state_id
    LEFT JOIN municipality mu ON mu.id = e.municipality_id
   WHERE e.exercise_id = $1 AND ${P('event', 'e')}
     AND ${countedOnce('e', { datedParts: true })}
  ORDER BY start_date NULLS LAST, id`;

const monthYear = new Intl.DateTimeFormat('es-MX', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The day after a `YYYY-MM-DD` date (DTEND is exclusive). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** How a partial date reads when it is not a day: "febrero de 2017", "2017". */
function imprecise(date: string): string {
  return precisionOf(date) === 'MONTH' ? monthYear.format(new Date(`${date}-01T00:00:00Z`)) : date;
}

/** All-day span of a record: first day, exclusive end, and whether the source gave less than days. */
export function allDaySpan(start: string, end: string | null): { start: string; end: string; precise: boolean } {
  const last = end ?? start;
  return {
    start: partialDateStart(start),
    end: nextDay(partialDateEnd(last)),
    precise: precisionOf(start) === 'DAY' && precisionOf(last) === 'DAY',
  };
}

/** The zone most of the exercise's dated records are in (X-WR-TIMEZONE), or null when none has one. */
function mainTimeZone(rows: CalendarRow[]): string | null {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.time_zone) counts.set(row.time_zone, (counts.get(row.time_zone) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

export interface CalendarOptions {
  exerciseTitle: string;
  /** This feed's address (SOURCE) and the exercise's page (URL). */
  feedUrl: string;
  pageUrl: string;
}

/** RFC 5545 §3.3.11 TEXT escaping, for the calendar properties ical-generator writes as given. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

export function buildCalendar(rows: CalendarRow[], options: CalendarOptions): string {
  const dated = rows.filter((row) => row.start_date);
  const undated = rows.length - dated.length;
  const zone = mainTimeZone(rows);
  const calendar = ical({
    prodId: '//Tablero Abierto//Calendario de ejercicio//ES',
    method: ICalCalendarMethod.PUBLISH,
    name: escapeText(`${options.exerciseTitle}: sesiones y eventos`),
    description: escapeText(
      'Sesiones del Secretariado Técnico y eventos del ejercicio, publicados por Tablero Abierto. La fuente da fechas sin hora: ' +
        'son eventos de día completo. Si la fuente da solo el mes, el evento abarca el mes y su título lo dice.' +
        (undated
          ? ` ${undated === 1 ? 'Un evento' : `${undated} eventos`} sin fecha en la fuente no ${undated === 1 ? 'aparece' : 'aparecen'}.`
          : ''),
    ),
    ttl: 12 * 60 * 60,
    source: options.feedUrl,
    url: options.pageUrl,
  });
  for (const row of dated) {
    const span = allDaySpan(row.start_date as string, row.end_date);
    const when = span.precise
      ? ''
      : ` (fecha exacta desconocida: ${imprecise(row.start_date as string)}${row.end_date && row.end_date !== row.start_date ? ` a ${imprecise(row.end_date)}` : ''})`;
    const city =
      row.municipality && row.municipality_inferred ? `${row.municipality} (ciudad inferida)` : row.municipality;
    const place = [row.venue, city, row.state].filter(Boolean).join(', ');
    const description = [
      row.description,
      span.precise ? null : 'La fuente no da el día: el evento abarca todo el periodo indicado.',
      row.start_date_inferred ? 'Fecha inferida: la fuente no la da expresamente (ver la nota de la fuente).' : null,
      row.municipality_inferred ? 'Ciudad inferida: la fuente no la da expresamente (ver la nota de la fuente).' : null,
      row.source_note ? `Fuente: ${row.source_note}` : null,
    ]
      .filter(Boolean)
      .join('\n\n');
    const event = calendar.createEvent({
      id: row.id,
      allDay: true,
      start: span.start,
      end: span.end,
      summary: `${row.title}${when}${row.start_date_inferred ? ' (fecha inferida)' : ''}`,
      description: description || null,
      location: place || null,
      url: options.pageUrl,
      stamp: row.updated_at,
      created: row.created_at,
      lastModified: row.updated_at,
      sequence: Math.max(0, Number(row.version) - 1),
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: row.source === 'session' ? `SESION_${row.kind}` : row.kind }],
    });
    event.x('X-TABLERO-DATE-PRECISION', span.precise ? 'DAY' : precisionOf(row.start_date as string));
  }
  // X-WR-TIMEZONE goes with the calendar's properties, before the first component: ical-generator
  // writes x() properties after the events, and its own timezone option would turn DTSTAMP local.
  // All-day dates carry no TZID, so no VTIMEZONE is due. RFC 5545 §3.1: the last line ends with CRLF too.
  const text = calendar.toString();
  const firstComponent = text.search(/\r\n(?:BEGIN:|END:VCALENDAR)/) + 2;
  return `${zone ? `${text.slice(0, firstComponent)}X-WR-TIMEZONE:${zone}\r\n${text.slice(firstComponent)}` : text}\r\n`;
}
