import { css, html } from 'lit';
import { ApiError, read } from './api';
import { TaElement, baseStyles, define, demoBadge } from './base';
import { formatNumber } from './format';
import {
  CommitmentPagesDocument,
  ExercisePagesDocument,
  OrganizationPagesDocument,
  PlanPagesDocument,
  type PagesFragment,
} from './generated/graphql';
import type { Strings } from './i18n';

interface Counter {
  name: string;
  pages: PagesFragment;
  demo?: boolean;
}

/**
 * @summary Pages (fojas) of information delivered for a commitment, a plan, an exercise or an
 * organisation, as the source counts them: "más de 11,169" keeps the "more than".
 *
 * @tag ta-pages-counter
 *
 * @csspart status - The loading, error or offline message (with `retry`).
 * @csspart retry - The button that reads the data again after an error.
 * @csspart demo - The "demonstration data" label, on data of a demonstration exercise.
 * @csspart value - The count, with its qualifier ("más de").
 * @csspart label - What is counted ("fojas entregadas").
 * @csspart subject - The commitment, plan, exercise or organisation counted.
 * @csspart note - Deliveries left out of the count because the source gives no page count.
 *
 * @cssproperty [--ta-color-accent=currentColor] - The count's colour (the page's text colour by default; choose one readable as text).
 *
 *
 * @event ta-load - The data was read and is shown; `detail` holds it.
 * @event ta-error - The data could not be read; `detail.code` says why (NOT_FOUND, NETWORK, OFFLINE, CONFIG…).
 */
export class TaPagesCounter extends TaElement<Counter> {
  static override properties = {
    commitmentId: { attribute: 'commitment-id' },
    planId: { attribute: 'plan-id' },
    exercise: {},
    organizationId: { attribute: 'organization-id' },
  };

  static override styles = [
    baseStyles,
    css`
      [part='status'] {
        min-height: 4.5em;
      }
      [part='value'] {
        font-size: 2em;
        font-weight: bold;
        line-height: 1.2;
        color: var(--_a);
      }
    `,
  ];

  /** Id of a commitment. */
  declare commitmentId: string | undefined;
  /** Id of a Local Action Plan. */
  declare planId: string | undefined;
  /** Slug of an exercise, e.g. `coahuila-2015-2017`. */
  declare exercise: string | undefined;
  /** Id of an organisation: the pages it delivered on its own. */
  declare organizationId: string | undefined;

  protected readonly keys = ['commitmentId', 'planId', 'exercise', 'organizationId'];
  protected readonly needs = 'commitment-id, plan-id, exercise, organization-id';

  protected async load(endpoint: string): Promise<Counter> {
    if (this.commitmentId) {
      const { commitment: c } = await read(endpoint, CommitmentPagesDocument, { id: this.commitmentId });
      return { name: c.title, pages: c.pagesDelivered, demo: c.plan.exercise.isDemo };
    }
    if (this.planId) {
      const { actionPlan: p } = await read(endpoint, PlanPagesDocument, { id: this.planId });
      return { name: p.title, pages: p.pagesDelivered, demo: p.exercise.isDemo };
    }
    if (this.exercise) {
      const { exerciseBySlug: x } = await read(endpoint, ExercisePagesDocument, { slug: this.exercise });
      return { name: x.title, pages: x.pagesDelivered, demo: x.isDemo };
    }
    if (this.organizationId) {
      const { organization: o } = await read(endpoint, OrganizationPagesDocument, { id: this.organizationId });
      return { name: o.name, pages: o.pagesDelivered };
    }
    throw new ApiError('CONFIG');
  }

  protected view({ name, pages, demo }: Counter, t: Strings, locale: string) {
    const uncounted = pages.deliveriesWithoutPageCount;
    return html`${demoBadge(demo, t)}
      ${
        pages.pages != null
          ? html`<p part="value">${t.count(pages.pages, pages.qualifier, locale)}</p>
            <p part="label">${t.pagesUnit(pages.pages)}</p>`
          : html`<p part="label">${t.noPages}</p>`
      }
      <p part="subject" class="m">${name}</p>
      ${uncounted ? html`<p part="note" class="m">${t.uncounted(formatNumber(uncounted, locale), uncounted === 1)}</p>` : ''}`;
  }
}

define('ta-pages-counter', TaPagesCounter);

declare global {
  interface HTMLElementTagNameMap {
    'ta-pages-counter': TaPagesCounter;
  }
}
