import {
  addMonths,
  daysOf,
  entriesInMonth,
  initialMonth,
  monthOf,
  moveFocus,
  weeksOf,
  type Entry,
} from '../../widgets/src/calendar-model';
import {
  firstDay,
  formatNumber,
  formatPartial,
  formatPartialRange,
  formatPercent,
  lastDay,
  parsePartial,
  today,
} from '../../widgets/src/format';
import { resolveLang } from '../../widgets/src/i18n';
import { isPartialDate, partialDateEnd, partialDateStart, precisionOf } from '../../api/src/common/partial-date';

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('partial dates', () => {
  it('reads a year, a month or a day, and nothing else', () => {
    expect(parsePartial('2017')).toEqual([2017, 0, 0]);
    expect(parsePartial('2017-02')).toEqual([2017, 2, 0]);
    expect(parsePartial('2017-02-15')).toEqual([2017, 2, 15]);
    for (const bad of ['2017-13', '2017-00', '2017-02-30', '2017-2-5', '17', '', null, undefined, '2017-02-15T10:00']) {
      expect(parsePartial(bad)).toBeNull();
    }
    expect(parsePartial('2016-02-29')).toEqual([2016, 2, 29]);
  });

  it("reads dates as the API defines them (api/src/common/partial-date.ts), kept apart for the bundle's size", () => {
    const cases = ['2017', '2017-02', '2017-02-15', '2016-02-29', '2000-02-29', '1900-02-29', '2100-02-29'];
    cases.push(
      '2017-02-29',
      '2017-04-31',
      '2017-04-30',
      '2017-12-31',
      '2017-00',
      '2017-13',
      '2017-02-00',
      '2017-02-32',
    );
    cases.push('0100', '0100-02-28', '9999-12-31', '2017-2', '2017-02-1', '20170215', '2017-02-15T00:00', ' 2017');
    for (const value of cases) {
      const api = isPartialDate(value)
        ? [Date.parse(partialDateStart(value)), Date.parse(partialDateEnd(value)), precisionOf(value) === 'DAY']
        : [NaN, NaN, false];
      expect({ value, widget: [firstDay(value), lastDay(value), !!parsePartial(value)?.[2]] }).toEqual({
        value,
        widget: api,
      });
    }
    // Years before 100 are partial dates to the API, which the widget does not show (Date.UTC reads them as 19xx).
    for (const value of ['0001', '0099-12', '0000']) expect(firstDay(value)).toBeNaN();
  });

  it('spans the whole period a month or a year covers, never inventing a day', () => {
    expect(iso(firstDay('2017-02'))).toBe('2017-02-01');
    expect(iso(lastDay('2017-02'))).toBe('2017-02-28');
    expect(iso(firstDay('2016'))).toBe('2016-01-01');
    expect(iso(lastDay('2016'))).toBe('2016-12-31');
    expect(firstDay('2017-02-15')).toBe(lastDay('2017-02-15'));
    expect(firstDay('not a date')).toBeNaN();
  });

  it('is written at its own precision in es-MX, with no time of day', () => {
    expect(formatPartial('2016-08-04', 'es-MX')).toBe('4 de agosto de 2016');
    expect(formatPartial('2017-02', 'es-MX')).toBe('febrero de 2017');
    expect(formatPartial('2017', 'es-MX')).toBe('2017');
    expect(formatPartial('2015-09-28', 'en')).toBe('September 28, 2015');
    expect(formatPartial('2015-09-28', 'es-MX')).not.toMatch(/\d:\d\d/);
  });

  it("keeps the calendar day whatever the reader's time zone (formatted in UTC)", () => {
    // Midnight UTC of the 28th is still the 27th in Mexico; the date must not move.
    expect(formatPartial('2015-09-28', 'es-MX')).toBe('28 de septiembre de 2015');
  });

  it('shows an invalid value as given rather than guessing', () => {
    expect(formatPartial('hacia 2016', 'es-MX')).toBe('hacia 2016');
  });

  it('writes ranges compactly when both ends share a precision, and in full otherwise', () => {
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(formatPartialRange('2016-03-14', '2016-03-17', 'es-MX')).toBe('14–17 de marzo de 2016');
    expect(spaced(formatPartialRange('2015-11', '2016-03', 'es-MX'))).toBe('noviembre de 2015 – marzo de 2016');
    expect(spaced(formatPartialRange('2016-11-07', '2016-12', 'es-MX'))).toBe(
      '7 de noviembre de 2016 – diciembre de 2016',
    );
    expect(formatPartialRange('2016-08-04', null, 'es-MX')).toBe('4 de agosto de 2016');
    expect(formatPartialRange('2016-08-04', '2016-08-04', 'es-MX')).toBe('4 de agosto de 2016');
  });
});

describe('numbers', () => {
  it('group thousands the Mexican way: 11,169 (plain es would write 11.169)', () => {
    expect(formatNumber(11169, 'es-MX')).toBe('11,169');
    expect(new Intl.NumberFormat('es').format(11169)).toBe('11.169');
    expect(formatNumber(11169, resolveLang('es').locale)).toBe('11,169');
  });

  it('give percentages with at most one decimal', () => {
    expect(formatPercent(66.7, 'es-MX')).toMatch(/^66\.7\s?%$/);
    expect(formatPercent(100, 'en')).toBe('100%');
  });
});

describe('language', () => {
  it('is Mexican Spanish by default and for plain "es"', () => {
    for (const tag of [undefined, null, '', 'es', 'ES', 'fr', 'not a tag!']) {
      const { locale, t } = resolveLang(tag);
      expect(locale).toBe('es-MX');
      expect(t.count(11169, 'MORE_THAN', locale)).toBe('más de 11,169');
    }
  });

  it('keeps a regional Spanish tag for formats', () => {
    expect(resolveLang('es-ES').locale).toBe('es-ES');
    expect(resolveLang('es-ES').t.retry).toBe('Reintentar');
  });

  it('speaks English for any en tag', () => {
    const { locale, t } = resolveLang('en-GB');
    expect(locale).toBe('en-GB');
    expect(t.count(2737, 'MORE_THAN', locale)).toBe('more than 2,737');
    expect(t.count(469, 'EXACT', locale)).toBe('469');
    expect(t.kind('WORKING_MEETING')).toBe('Working meeting');
    expect(resolveLang('en').t.pagesUnit(1)).toBe('page delivered');
  });

  it('names every kind of event in Spanish, and any other one "Evento"', () => {
    const { t } = resolveLang('es');
    expect(t.kind('SITE_VISIT')).toBe('Visita en sitio');
    expect(t.kind('SOMETHING_NEW')).toBe('Evento');
    expect(t.session('EXTRAORDINARY', 1)).toBe('Sesión extraordinaria 1');
    expect(t.meetings(1, '1')).toBe('1 reunión realizada');
    expect(t.meetings(0, '0')).toBe('sin reuniones registradas');
  });
});

describe('calendar model', () => {
  const entries: Entry[] = [
    { start: '2016-03-14', end: '2016-03-17', kind: 'WORKSHOP', title: 'Talleres' },
    { start: '2015-11', end: '2016-03', kind: 'LIAISON_MEETING', title: 'Reuniones de enlaces' },
    { start: '2016-05-04', kind: 'ORDINARY', session: 4 },
    { start: '2016-09', kind: 'SENSITIZATION_MEETING', title: 'Reuniones de sensibilización' },
    { start: '2017', kind: 'WORKSHOP', title: 'Algo en 2017' },
  ];

  it('lists the entries that cover any day of a month, in date order', () => {
    const march = entriesInMonth(entries, day('2016-03-01')).map((e) => e.title);
    expect(march).toEqual(['Reuniones de enlaces', 'Talleres']);
    expect(entriesInMonth(entries, day('2016-04-01'))).toEqual([]);
    expect(entriesInMonth(entries, day('2016-09-01')).map((e) => e.title)).toEqual(['Reuniones de sensibilización']);
    expect(entriesInMonth(entries, day('2017-06-01')).map((e) => e.title)).toEqual(['Algo en 2017']);
  });

  it('puts on days only what the source dates to the day', () => {
    expect(daysOf(entries[0])?.map(iso)).toEqual(['2016-03-14', '2016-03-17']);
    expect(daysOf(entries[2])?.map(iso)).toEqual(['2016-05-04', '2016-05-04']);
    expect(daysOf(entries[1])).toBeNull();
    expect(daysOf(entries[3])).toBeNull();
    // An end given only to the month does not stretch a dated start over unknown days.
    expect(daysOf({ start: '2016-11-07', end: '2016-12', kind: 'WORKSHOP' })?.map(iso)).toEqual([
      '2016-11-07',
      '2016-11-07',
    ]);
  });

  it('draws whole weeks starting on Sunday, as es-MX does', () => {
    const weeks = weeksOf(day('2017-11-01'));
    expect(weeks).toHaveLength(5);
    expect(iso(weeks[0][0])).toBe('2017-10-29');
    expect(new Date(weeks[0][0]).getUTCDay()).toBe(0);
    expect(iso(weeks[4][6])).toBe('2017-12-02');
    expect(weeksOf(day('2015-02-01'))).toHaveLength(4);
  });

  it('opens on the next month with an entry, else on the latest one', () => {
    expect(iso(initialMonth(entries, day('2016-04-10')))).toBe('2016-05-01');
    expect(iso(initialMonth(entries, day('2026-11-25')))).toBe('2017-01-01');
    expect(iso(initialMonth([], day('2026-11-25')))).toBe('2026-11-01');
  });

  it('moves the focus as the APG grid and date picker do', () => {
    const wed = day('2017-11-29');
    expect(iso(moveFocus(wed, 'ArrowRight') as number)).toBe('2017-11-30');
    expect(iso(moveFocus(wed, 'ArrowLeft') as number)).toBe('2017-11-28');
    expect(iso(moveFocus(wed, 'ArrowDown') as number)).toBe('2017-12-06');
    expect(iso(moveFocus(wed, 'ArrowUp') as number)).toBe('2017-11-22');
    expect(iso(moveFocus(wed, 'Home') as number)).toBe('2017-11-26');
    expect(iso(moveFocus(wed, 'End') as number)).toBe('2017-12-02');
    expect(iso(moveFocus(wed, 'PageDown') as number)).toBe('2017-12-29');
    expect(iso(moveFocus(wed, 'PageUp', true) as number)).toBe('2016-11-29');
    expect(moveFocus(wed, 'Enter')).toBeNull();
  });

  it('keeps to the last day of a shorter month', () => {
    expect(iso(addMonths(day('2016-01-31'), 1))).toBe('2016-02-29');
    expect(iso(addMonths(day('2016-03-31'), -1))).toBe('2016-02-29');
    expect(iso(addMonths(day('2016-02-29'), 12))).toBe('2017-02-28');
    expect(iso(monthOf(day('2016-02-29')))).toBe('2016-02-01');
  });

  it("takes today from the reader's calendar, as a date", () => {
    expect(iso(today(new Date(2017, 10, 29, 23, 30)))).toBe('2017-11-29');
  });
});
