import { css, html, nothing } from 'lit';
import { ApiError, read } from './api';
import { TaElement, baseStyles, define, demoBadge } from './base';
import {
  addMonths,
  daysOf,
  entriesInMonth,
  initialMonth,
  monthOf,
  moveFocus,
  weeksOf,
  type Entry,
} from './calendar-model';
import { dateFormat, firstDay, formatPartialRange, parsePartial, today } from './format';
import { CalendarDocument, type CalendarQuery } from './generated/graphql';
import type { Strings } from './i18n';

interface Calendar {
  demo: boolean;
  entries: Entry[];
}

/**
 * @summary The Secretariat's sessions and the exercise's events, a month at a time: a month grid
 * you can move through with the keyboard (APG grid pattern) above the month's list, or the list
 * alone when the widget is narrower than 600 px. Each entry gives its date (dates only: the
 * source gives no times), type, city and venue, and a session's acta (minutes) when it is published.
 *
 * @tag ta-session-calendar
 *
 * @csspart status - The loading, error or offline message (with `retry`).
 * @csspart retry - The button that reads the data again after an error.
 * @csspart demo - The "demonstration data" label, on data of a demonstration exercise.
 * @csspart header - The month's name between the previous and next buttons.
 * @csspart nav - The previous-month and next-month buttons.
 * @csspart month - The month's name (a live region: changes are announced).
 * @csspart grid - The month grid (`role="grid"`), shown from 600 px wide.
 * @csspart day - A day of the month in the grid.
 * @csspart list - The month's sessions and events.
 * @csspart entry - One session or event.
 * @csspart acta - The link to download a session's acta (minutes), when one is published; named after the session.
 * @csspart empty - The message for a month with nothing in it.
 * @csspart feed - The link to subscribe to the calendar feed (only with `feed-url`).
 *
 * @cssproperty [--ta-color-accent=currentColor] - Markers (a hollow dot and a dotted rule for events, a full dot and a solid rule for sessions: they differ in shape, not colour) and the selected day's frame (the page's text colour by default).
 * @cssproperty [--ta-color-track=color-mix(in srgb, currentColor 20%, transparent)] - The grid's lines.
 *
 * @event ta-load - The data was read and is shown; `detail` holds it.
 * @event ta-error - The data could not be read; `detail.code` says why (NOT_FOUND, NETWORK, OFFLINE, CONFIG…).
 */
export class TaSessionCalendar extends TaElement<Calendar> {
  static override properties = {
    exercise: {},
    feedUrl: { attribute: 'feed-url' },
    month: {},
    _month: { state: true },
    _focus: { state: true },
    _narrow: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      [part='status'] {
        min-height: 12em;
      }
      [part='header'] {
        display: flex;
        align-items: center;
        justify-content: space-between;
        margin-bottom: 0.5em;
      }
      h2::first-letter {
        text-transform: uppercase;
      }
      table {
        width: 100%;
        table-layout: fixed;
        border-collapse: collapse;
        margin-bottom: 0.75em;
      }
      td {
        height: 2.75em;
        vertical-align: top;
        border: 1px solid var(--_t);
      }
      [aria-selected='true'] {
        box-shadow: inset 0 0 0 2px var(--_a);
      }
      [aria-current] span {
        text-decoration: underline;
      }
      i {
        display: inline-block;
        width: 0.6em;
        height: 0.6em;
        margin-inline-end: 2px;
        border: 2px solid var(--_a);
        border-radius: 50%;
      }
      i.s {
        background: var(--_a);
      }
      li {
        border-inline-start: 4px dotted var(--_a);
        padding-inline-start: 0.5em;
      }
      li.s {
        border-inline-start-style: solid;
      }
      li > * {
        display: block;
      }
      a {
        display: block;
        margin-top: 0.5em;
        color: inherit;
      }
    `,
  ];

  /** Slug of the exercise, e.g. `coahuila-2015-2017`. */
  declare exercise: string | undefined;
  /** URL of the exercise's iCalendar feed: when set, a subscribe link is shown. */
  declare feedUrl: string | undefined;
  /** Month to open on, as `YYYY-MM`; by default the next month with an entry, else the latest one. */
  declare month: string | undefined;
  declare _month: number;
  declare _focus: number;
  declare _narrow: boolean;
  private _refocus = false;
  private readonly _resize = new ResizeObserver(([entry]) => {
    this._narrow = entry.contentRect.width < 600;
  });

  protected readonly keys = ['exercise'];
  protected readonly needs = 'exercise';

  override connectedCallback() {
    super.connectedCallback();
    this._resize.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._resize.disconnect();
  }

  protected async load(endpoint: string): Promise<Calendar> {
    if (!this.exercise) throw new ApiError('CONFIG');
    // Where: the venue (when the source names it) and the city, the venue's own if need be.
    type Place = {
      municipality: { name: string } | null;
      venue: { name: string; municipality: { name: string } } | null;
    };
    const place = ({ municipality, venue }: Place) => ({
      city: municipality?.name ?? venue?.municipality.name,
      venue: venue?.name,
    });
    const first: CalendarQuery = await read(endpoint, CalendarDocument, { slug: this.exercise });
    // Files are served by the API's server, wherever the widget is embedded.
    const api = new URL(endpoint, location.href);
    const entries: Entry[] = (first.exerciseBySlug.secretariat?.sessions ?? []).map((s) => ({
      start: s.date,
      kind: s.type,
      session: s.number,
      acta: s.documents.map((d) => new URL(d.downloadPath, api))[0],
      ...place(s),
    }));
    for (let page = first; ;) {
      for (const e of page.events.nodes) {
        // An event the source gives no date for cannot be placed on a calendar.
        if (parsePartial(e.startDate))
          entries.push({ start: e.startDate as string, end: e.endDate, kind: e.kind, title: e.title, ...place(e) });
      }
      if (!page.events.pageInfo.hasNextPage) break;
      page = await read(endpoint, CalendarDocument, { slug: this.exercise, after: page.events.pageInfo.endCursor });
    }
    const chosen = firstDay(this.month);
    const month = chosen === chosen ? monthOf(chosen) : initialMonth(entries, today());
    this._month = month;
    this._focus =
      entriesInMonth(entries, month)
        .map((e) => daysOf(e)?.[0] ?? 0)
        .find((day) => day >= month) ?? month;
    return { demo: first.exerciseBySlug.isDemo, entries };
  }

  /** Moves the selected day (and the month with it); from the keyboard, focus follows. */
  private _go(day: number, keyboard = false) {
    this._focus = day;
    this._month = monthOf(day);
    this._refocus = keyboard;
  }

  private _key(event: KeyboardEvent) {
    const day = moveFocus(this._focus, event.key, event.shiftKey);
    if (day === null) return;
    event.preventDefault();
    this._go(day, true);
  }

  protected override updated() {
    if (this._refocus) {
      this._refocus = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  protected view({ demo, entries }: Calendar, t: Strings, locale: string) {
    const month = this._month;
    const focus = this._focus;
    const now = today();
    const list = entriesInMonth(entries, month);
    const name = (e: Entry) => (e.session ? t.session(e.kind, e.session) : e.title);
    const long = dateFormat(locale, 3);
    const grid = () => html`<table part="grid" role="grid" aria-labelledby="m" @keydown=${this._key}>
      <thead>
        <tr>
          ${weeksOf(month)[0].map((day) => html`<th scope="col">${dateFormat(locale, 4).format(day)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${weeksOf(month).map(
          (week) => html`<tr>
            ${week.map((day) => {
              if (monthOf(day) !== month) return html`<td></td>`;
              const here = list.filter((e) => {
                const days = daysOf(e);
                return days && days[0] <= day && day <= days[1];
              });
              return html`<td
                part="day"
                tabindex=${day === focus ? 0 : -1}
                aria-selected=${day === focus}
                aria-current=${day === now ? 'date' : nothing}
                aria-label=${long.format(day) + (here.length ? `: ${here.map(name).join('; ')}` : '')}
                @click=${() => this._go(day)}
              >
                <span aria-hidden="true">${new Date(day).getUTCDate()}</span><br />${here.map((e) => html`<i class=${e.session ? 's' : ''}></i>`)}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
    return html`${demoBadge(demo, t)}
      <div part="header">
        <button part="nav" aria-label=${t.prevMonth} @click=${() => this._go(addMonths(focus, -1))}>‹</button>
        <h2 part="month" id="m" aria-live="polite">${dateFormat(locale, 2).format(month)}</h2>
        <button part="nav" aria-label=${t.nextMonth} @click=${() => this._go(addMonths(focus, 1))}>›</button>
      </div>
      ${this._narrow ? nothing : grid()}
      ${
        list.length
          ? html`<ol part="list">
            ${list.map(
              (e) => html`<li part="entry" class=${e.session ? 's' : ''}>
                <span class="m">${formatPartialRange(e.start, e.end, locale)}</span>
                <b>${name(e)}</b>
                <span class="m">${e.session ? t.sessionType : t.kind(e.kind)} · ${[e.venue, e.city].filter(Boolean).join(', ') || t.noPlace}</span>
                ${e.acta ? html`<a part="acta" href=${e.acta} aria-label="${t.acta}: ${name(e)}">${t.acta}</a>` : nothing}
              </li>`,
            )}
          </ol>`
          : html`<p part="empty">${t.noEntries}</p>`
      }
      ${this.feedUrl ? html`<a part="feed" href=${this.feedUrl}>${t.subscribe}</a>` : nothing}`;
  }
}

define('ta-session-calendar', TaSessionCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'ta-session-calendar': TaSessionCalendar;
  }
}
