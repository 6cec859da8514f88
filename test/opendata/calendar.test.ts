import ICAL from 'ical.js';
import { allDaySpan, nextDay } from '../../api/src/modules/calendar/calendar';
import { roles } from '../support/staff';
import { COAHUILA, COAHUILA_ID, sandboxExercise, startApp } from './support';

/**
 * The calendar a calendar app subscribes to: valid iCalendar, read here by an independent parser
 * (ical.js), holding every dated session and event with a stable UID, as all-day events (the
 * report gives no times, so none is invented).
 */
describe('the iCalendar feed', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  let text: string;
  let calendar: ICAL.Component;
  let events: ICAL.Component[];
  const byUid = (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === uid) as ICAL.Component;
  const date = (event: ICAL.Component, name: 'dtstart' | 'dtend') => event.getFirstPropertyValue(name) as ICAL.Time;

  beforeAll(async () => {
    ctx = await startApp('calendar');
    const response = await fetch(`${ctx.base}/calendar/exercises/${COAHUILA}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    text = await response.text();
    calendar = new ICAL.Component(ICAL.parse(text));
    events = calendar.getAllSubcomponents('vevent');
  });
  afterAll(() => ctx.stop());

  it('is an RFC 5545 calendar to publish: VERSION, PRODID, METHOD, CRLF lines of at most 75 octets', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Tablero Abierto//Calendario de ejercicio//ES');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it("names itself and says how often to refresh (RFC 7986), in the exercise's time zone", () => {
    expect(calendar.getFirstPropertyValue('name')).toContain('Coahuila de Zaragoza 2015 - 2017');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(calendar.getFirstPropertyValue('name'));
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT12H');
    expect(calendar.getFirstPropertyValue('source')).toBe(`${ctx.base}/calendar/exercises/${COAHUILA}.ics`);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/Monterrey');
  });

  it('holds every session and every dated event of the exercise, each with its record id as UID', async () => {
    const { exercise, events: listed } = await ctx.api.data(
      `query($id: ID!) { exercise(id: $id) { secretariat { sessions { id date } } } events(filter: { exerciseId: $id }, first: 100) { totalCount nodes { id startDate } } }`,
      { id: COAHUILA_ID },
    );
    const sessions = exercise.secretariat.sessions as { id: string }[];
    const dated = (listed.nodes as { id: string; startDate: string | null }[]).filter((e) => e.startDate);
    expect(sessions).toHaveLength(9);
    expect(events).toHaveLength(sessions.length + dated.length);
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid')))).toEqual(new Set([...sessions, ...dated].map((r) => r.id)));
    // The one event the report gives no date for is left out, and the calendar says so.
    expect(listed.totalCount - dated.length).toBe(1);
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toContain('Un evento sin fecha en la fuente no aparece');
    for (const event of events) {
      expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).zone?.tzid).toBe('UTC');
      expect(event.getFirstPropertyValue('summary')).toBeTruthy();
    }
  });

  it('makes every event all-day, with an exclusive end, and never a time: no TZID is needed', () => {
    for (const event of events) {
      expect(date(event, 'dtstart').isDate).toBe(true);
      expect(date(event, 'dtend').isDate).toBe(true);
      expect(date(event, 'dtend').compare(date(event, 'dtstart'))).toBe(1);
    }
    expect(text).not.toMatch(/TZID|VTIMEZONE|DTSTART:\d{8}T/);
    const sessions = events.filter((e) => String(e.getFirstPropertyValue('summary')).startsWith('Sesión ordinaria 1 del'));
    expect(sessions).toHaveLength(1);
    expect(date(sessions[0], 'dtstart').toString()).toBe('2015-09-28');
    expect(date(sessions[0], 'dtend').toString()).toBe('2015-09-29');
  });

  it("places the border municipalities' events on their day, with the venue's municipality", () => {
    const workshop = events.find((e) => String(e.getFirstPropertyValue('summary')).includes('región Norte (Piedras Negras)') && date(e, 'dtstart').toString() === '2016-03-15') as ICAL.Component;
    expect(workshop).toBeDefined();
    expect(date(workshop, 'dtend').toString()).toBe('2016-03-16');
    expect(workshop.getFirstPropertyValue('location')).toContain('Piedras Negras, Coahuila de Zaragoza');
  });

  it('spans an event the report dates only to the month over that month, and says so', () => {
    const meeting = events.find((e) => String(e.getFirstPropertyValue('summary')).startsWith('Reunión de trabajo del Compromiso 2 (DIPETRE)')) as ICAL.Component;
    expect(meeting.getFirstPropertyValue('summary')).toContain('(fecha exacta desconocida: febrero de 2017)');
    expect(date(meeting, 'dtstart').toString()).toBe('2017-02-01');
    expect(date(meeting, 'dtend').toString()).toBe('2017-03-01');
    expect(meeting.getFirstPropertyValue('x-tablero-date-precision')).toBe('MONTH');
    expect(meeting.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('computes all-day spans from partial dates', () => {
    expect(nextDay('2016-02-28')).toBe('2016-02-29');
    expect(nextDay('2016-12-31')).toBe('2017-01-01');
    expect(allDaySpan('2016-03-14', '2016-03-17')).toEqual({ start: '2016-03-14', end: '2016-03-18', precise: true });
    expect(allDaySpan('2015-11', '2016-03')).toEqual({ start: '2015-11-01', end: '2016-04-01', precise: false });
    expect(allDaySpan('2017', null)).toEqual({ start: '2017-01-01', end: '2018-01-01', precise: false });
  });

  it("follows a record's edits (SEQUENCE, LAST-MODIFIED) and drops it when it is no longer public", async () => {
    const who = await roles(ctx.api.dataSource.manager);
    const sandbox = await sandboxExercise(ctx.api, who.institute, 'calendario');
    const id = await sandbox.create('Event', { exerciseId: sandbox.exercise, kind: 'WORKSHOP', title: 'Taller de datos abiertos', startDate: '2018-05-10', publication: 'PUBLISHED' });
    await ctx.api.data(`mutation($id: ID!) { updateEvent(id: $id, version: 1, input: { title: "Taller de datos abiertos (reprogramado)", startDate: "2018-05-17" }) { version } }`, { id }, who.institute);
    const read = async () => new ICAL.Component(ICAL.parse(await (await fetch(`${ctx.base}/calendar/exercises/${sandbox.slug}.ics`)).text())).getAllSubcomponents('vevent');
    const [event] = await read();
    expect(event.getFirstPropertyValue('uid')).toBe(id);
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(event.getFirstPropertyValue('summary')).toBe('Taller de datos abiertos (reprogramado)');
    expect(date(event, 'dtstart').toString()).toBe('2018-05-17');
    await ctx.api.data(`mutation($id: ID!) { updateEvent(id: $id, version: 2, input: { publication: DRAFT }) { version } }`, { id }, who.institute);
    expect(await read()).toEqual([]);
  });
});
