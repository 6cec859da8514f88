import { css, html } from 'lit';
import { read, ApiError } from './api';
import { TaElement, baseStyles, define, demoBadge } from './base';
import { firstDay, formatNumber, formatPartial, formatPercent, today } from './format';
import { CommitmentProgressDocument, PlanProgressDocument, type ProgressItemFragment } from './generated/graphql';
import type { Strings } from './i18n';

interface Progress {
  demo: boolean;
  /** The plan's title in list mode (`plan-id`); undefined for one commitment (`commitment-id`). */
  plan?: string;
  commitments: ProgressItemFragment[];
}

/**
 * @summary A commitment's progress bar, or every commitment of a plan as a list of bars. Where
 * progress cannot be measured (the commitment has no milestones), it says so and shows what is
 * known instead (pages delivered, meetings held): never an empty or zero bar.
 *
 * @tag ta-commitment-progress
 *
 * @csspart status - The loading, error or offline message (with `retry`).
 * @csspart retry - The button that reads the data again after an error.
 * @csspart demo - The "demonstration data" label, on data of a demonstration exercise.
 * @csspart heading - The plan's title, in list mode.
 * @csspart list - The list of commitments, in list mode.
 * @csspart item - One commitment.
 * @csspart title - A commitment's number and title.
 * @csspart bar - The progress bar's track (`role="progressbar"`).
 * @csspart fill - The done part of the bar.
 * @csspart figures - Percentage, milestones done of total and the date of the last one done.
 * @csspart unknown - The statement that progress is not measured, and why.
 * @csspart known - What is known when progress is not measured: pages delivered, meetings held.
 *
 * @cssproperty [--ta-color-accent=currentColor] - The bar's fill and outline (the page's text colour by default).
 * @cssproperty [--ta-color-track=color-mix(in srgb, currentColor 20%, transparent)] - The bar's track: keep it at 3:1 or more against the fill.
 *
 * @event ta-load - The data was read and is shown; `detail` holds it.
 * @event ta-error - The data could not be read; `detail.code` says why (NOT_FOUND, NETWORK, OFFLINE, CONFIG…).
 */
export class TaCommitmentProgress extends TaElement<Progress> {
  static override properties = {
    commitmentId: { attribute: 'commitment-id' },
    planId: { attribute: 'plan-id' },
  };

  static override styles = [
    baseStyles,
    css`
      [part='status'] {
        min-height: 4.5em;
      }
      [part='heading'] {
        margin-bottom: 0.5em;
      }
      [part='title'] {
        font-weight: 600;
      }
      [part='bar'] {
        height: 0.75em;
        margin: 0.3em 0;
        border: 1px solid var(--_a);
        background: var(--_t);
      }
      [part='fill'] {
        height: 100%;
        background: var(--_a);
      }
    `,
  ];

  /** Id of one commitment: shows its bar. */
  declare commitmentId: string | undefined;
  /** Id of a Local Action Plan: shows a bar per commitment. */
  declare planId: string | undefined;

  protected readonly keys = ['commitmentId', 'planId'];
  protected readonly needs = 'commitment-id, plan-id';

  protected async load(endpoint: string): Promise<Progress> {
    if (this.commitmentId) {
      const { commitment } = await read(endpoint, CommitmentProgressDocument, { id: this.commitmentId });
      return { demo: commitment.plan.exercise.isDemo, commitments: [commitment] };
    }
    if (this.planId) {
      const { actionPlan } = await read(endpoint, PlanProgressDocument, { id: this.planId });
      return { demo: actionPlan.exercise.isDemo, plan: actionPlan.title, commitments: actionPlan.commitments };
    }
    throw new ApiError('CONFIG');
  }

  protected view({ demo, plan, commitments }: Progress, t: Strings, locale: string) {
    const item = (c: ProgressItemFragment, i: number) => {
      const { percent, milestonesDone, milestonesTotal, milestonesDisputed, lastCompletedOn, unknownReason } =
        c.progress;
      const counts = t.milestones(
        formatNumber(milestonesDone, locale),
        formatNumber(milestonesTotal, locale),
        milestonesDisputed,
      );
      const title = html`<p part="title" id=${`c${i}`}>${c.number ? `${c.number}. ` : c.number === null ? `${t.proactive}: ` : ''}${c.title}</p>`;
      if (percent != null) {
        const pct = formatPercent(percent, locale);
        return html`${title}
          <div part="bar" role="progressbar" aria-labelledby=${`c${i}`} aria-valuenow=${percent} aria-valuetext=${`${counts} (${pct})`}>
            <div part="fill" .style=${`width:${percent}%`}></div>
          </div>
          <p part="figures" class="m">
            ${t.progress}: ${pct} · ${counts}${lastCompletedOn ? ` · ${t.lastMilestone} ${formatPartial(lastCompletedOn, locale)}` : ''}
          </p>`;
      }
      // Progress cannot be measured: say so, and show what is known instead.
      const now = today();
      const held = c.meetings.filter((m) => firstDay(m.startDate) <= now).map((m) => m.startDate as string);
      const latest = held.reduce((a, b) => (firstDay(b) > firstDay(a) ? b : a), held[0]);
      const { pages, qualifier } = c.pagesDelivered;
      return html`${title}
        <p part="unknown">${t.unknown[unknownReason ?? 'NO_MILESTONES']}${milestonesTotal ? ` (${counts})` : ''}</p>
        <p part="known" class="m">
          ${t.known} ${pages != null ? `${t.count(pages, qualifier, locale)} ${t.pagesUnit(pages)}` : t.noPagesKnown} ·
          ${t.meetings(held.length, formatNumber(held.length, locale))}${latest ? ` (${t.latest} ${formatPartial(latest, locale)})` : ''}
        </p>`;
    };
    return html`${demoBadge(demo, t)}${
      plan === undefined
        ? html`<div part="item">${item(commitments[0], 0)}</div>`
        : html`<h2 part="heading">${plan}</h2>
          ${
            commitments.length
              ? html`<ul part="list">
                ${commitments.map((c, i) => html`<li part="item">${item(c, i)}</li>`)}
              </ul>`
              : html`<p>${t.noCommitments}</p>`
          }`
    }`;
  }
}

define('ta-commitment-progress', TaCommitmentProgress);

declare global {
  interface HTMLElementTagNameMap {
    'ta-commitment-progress': TaCommitmentProgress;
  }
}
