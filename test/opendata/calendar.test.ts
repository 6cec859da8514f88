import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
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
      `query($id: ID!) { exercise(id: $id) { secretariat { sessions { id date } } } events(filter: { exerciseId: $id, includeSeries: true }, first: 100) { totalCount nodes { id startDate parent { id } } } }`,
      { id: COAHUILA_ID },
    );
    const sessions = exercise.secretariat.sessions as { id: string }[];
    const nodes = listed.nodes as { id: string; startDate: string | null; parent: { id: string } | null }[];
    // A series is shown as its dated parts, never as one span over them.
    const seriesWithDatedParts = new Set(nodes.filter((e) => e.parent && e.startDate).map((e) => e.parent?.id));
    const dated = nodes.filter((e) => e.startDate && !seriesWithDatedParts.has(e.id));
    expect(seriesWithDatedParts.size).toBeGreaterThan(0);
    expect(sessions).toHaveLength(9);
    expect(events).toHaveLength(sessions.length + dated.length);
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid')))).toEqual(
      new Set([...sessions, ...dated].map((r) => r.id)),
    );
    // The one event the report gives no date for is left out, and the calendar says so.
    expect(nodes.filter((e) => !e.startDate)).toHaveLength(1);
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
    const sessions = events.filter((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Sesión ordinaria 1 del'),
    );
    expect(sessions).toHaveLength(1);
    expect(date(sessions[0], 'dtstart').toString()).toBe('2015-09-28');
    expect(date(sessions[0], 'dtend').toString()).toBe('2015-09-29');
  });

  it("places the border municipalities' events on their day, with the venue's municipality", () => {
    const workshop = events.find(
      (e) =>
        String(e.getFirstPropertyValue('summary')).includes('región Norte (Piedras Negras)') &&
        date(e, 'dtstart').toString() === '2016-03-15',
    ) as ICAL.Component;
    expect(workshop).toBeDefined();
    expect(date(workshop, 'dtend').toString()).toBe('2016-03-16');
    expect(workshop.getFirstPropertyValue('location')).toContain('Piedras Negras, Coahuila de Zaragoza');
  });

  it('spans an event the report dates only to the month over that month, and says so', () => {
    const meeting = events.find((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Reunión de trabajo del Compromiso 2 (DIPETRE)'),
    ) as ICAL.Component;
    expect(meeting.getFirstPropertyValue('summary')).toContain('(fecha exacta desconocida: febrero de 2017)');
    expect(date(meeting, 'dtstart').toString()).toBe('2017-02-01');
    expect(date(meeting, 'dtend').toString()).toBe('2017-03-01');
    expect(meeting.getFirstPropertyValue('x-tablero-date-precision')).toBe('MONTH');
    expect(meeting.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('puts every calendar property before the first component, escapes TEXT, and ends its last line with CRLF', () => {
    const lines = text.split('\r\n');
    const firstComponent = lines.findIndex((line, i) => i > 0 && line.startsWith('BEGIN:'));
    const calendarProperties = lines.slice(1, firstComponent).map((line) => line.split(/[:;]/)[0]);
    expect(calendarProperties).toEqual(
      expect.arrayContaining(['VERSION', 'PRODID', 'NAME', 'X-WR-CALNAME', 'X-WR-CALDESC', 'X-WR-TIMEZONE']),
    );
    expect(lines.slice(lines.lastIndexOf('END:VEVENT') + 1)).toEqual(['END:VCALENDAR', '']);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Unfolded, the description has its commas escaped (RFC 5545 §3.3.11), and reads back whole.
    const caldesc = text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .find((line) => line.startsWith('X-WR-CALDESC:')) as string;
    expect(caldesc).toContain('\\,');
    expect(caldesc.replace(/\\,/g, '')).not.toContain(',');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toContain('sin hora: son eventos de día completo');
  });

  it('is read by a second independent parser (node-ical) with the same events', () => {
    const parsed = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[];
    expect(new Set(parsed.map((e) => e.uid))).toEqual(new Set(events.map((e) => e.getFirstPropertyValue('uid'))));
    for (const e of parsed) expect(e.start.dateOnly).toBe(true);
  });

  it('says in words which cities and dates are inferred, and shows a series as its dated parts, never one span', () => {
    const sixth = events.find((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Sesión ordinaria 6 del'),
    ) as ICAL.Component;
    expect(sixth.getFirstPropertyValue('location')).toBe('Arteaga (ciudad inferida), Coahuila de Zaragoza');
    expect(sixth.getFirstPropertyValue('description')).toContain('Ciudad inferida: la fuente no la da expresamente');
    const eighth = events.find((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Sesión ordinaria 8 del'),
    ) as ICAL.Component;
    expect(eighth.getFirstPropertyValue('location')).toContain('Torreón (ciudad inferida)');
    const seventh = events.find((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Sesión ordinaria 7 del'),
    ) as ICAL.Component;
    expect(seventh.getFirstPropertyValue('location')).not.toContain('inferida');
    const serviceSocial = events.find((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Reunión con los encargados del área de servicio social'),
    ) as ICAL.Component;
    expect(serviceSocial.getFirstPropertyValue('summary')).toMatch(/\(fecha inferida\)$/);
    const may25 = events.find((e) => date(e, 'dtstart').toString() === '2017-05-25') as ICAL.Component;
    expect(may25.getFirstPropertyValue('location')).toContain('Saltillo (ciudad inferida)');
    // No entry spans days the report does not say it lasted: the tables of 7 and 15 November 2016 are two entries.
    const days = (e: ICAL.Component) => date(e, 'dtend').subtractDate(date(e, 'dtstart')).days;
    const longest = Math.max(
      ...events.filter((e) => e.getFirstPropertyValue('x-tablero-date-precision') === 'DAY').map(days),
    );
    expect(longest).toBeLessThan(7);
    const talks = events.filter((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Plática de sensibilización'),
    );
    expect(talks.length).toBe(5);
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
    const id = await sandbox.create('Event', {
      exerciseId: sandbox.exercise,
      kind: 'WORKSHOP',
      title: 'Taller de datos abiertos',
      startDate: '2018-05-10',
      publication: 'PUBLISHED',
    });
    await ctx.api.data(
      `mutation($id: ID!) { updateEvent(id: $id, version: 1, input: { title: "Taller de datos abiertos (reprogramado)", startDate: "2018-05-17" }) { version } }`,
      { id },
      who.institute,
    );
    const read = async () =>
      new ICAL.Component(
        ICAL.parse(await (await fetch(`${ctx.base}/calendar/exercises/${sandbox.slug}.ics`)).text()),
      ).getAllSubcomponents('vevent');
    const [event] = await read();
    expect(event.getFirstPropertyValue('uid')).toBe(id);
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(event.getFirstPropertyValue('summary')).toBe('Taller de datos abiertos (reprogramado)');
    expect(date(event, 'dtstart').toString()).toBe('2018-05-17');
    await ctx.api.data(
      `mutation($id: ID!) { updateEvent(id: $id, version: 2, input: { publication: DRAFT }) { version } }`,
      { id },
      who.institute,
    );
    expect(await read()).toEqual([]);
  });
});
