import {
  LitElement,
  css,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ApiError, defaultEndpoint } from './api';
import { resolveLang, type Strings } from './i18n';

const LOADING = 0;
const READY = 1;
const FAILED = 2;
const OFFLINE = 3;

/**
 * What every widget shares: where it reads from (`endpoint`), its language (`lang`, or the
 * nearest ancestor's), one read per change of what it shows, and the loading, error and offline
 * states, which keep the widget's place in the host page and say what happened.
 *
 * Subclasses say which properties select the data (`keys`), read it (`load`) and draw it (`view`).
 */
export abstract class TaElement<D> extends LitElement {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    lang: {},
    _state: { state: true },
  };

  /** URL of the public GraphQL endpoint; by default `/graphql/public` on the server that served the script. */
  declare endpoint: string | undefined;
  /** Language of the widget's text and formats: `es` (Mexican Spanish, the default) or `en`. */
  declare lang: string;
  declare _state: number;
  protected _data?: D;
  private _code = '';
  private _request = 0;
  private readonly _online = () => this._state === OFFLINE && this._load();

  /** Properties whose change means a new read. */
  protected abstract readonly keys: readonly string[];
  /** Attributes to name when none of them is set. */
  protected abstract readonly needs: string;
  protected abstract load(endpoint: string): Promise<D>;
  protected abstract view(data: D, t: Strings, locale: string): TemplateResult;

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('online', this._online);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('online', this._online);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (!this.hasUpdated || changed.has('endpoint') || this.keys.some((key) => changed.has(key))) this._load();
  }

  private _load() {
    const request = ++this._request;
    this._state = LOADING;
    this.load(this.endpoint || defaultEndpoint).then(
      (data) => {
        if (request !== this._request) return;
        this._data = data;
        this._state = READY;
        this._fire('ta-load', data);
      },
      (error: unknown) => {
        if (request !== this._request) return;
        this._code = error instanceof ApiError ? error.code : '';
        this._state = navigator.onLine === false ? OFFLINE : FAILED;
        this._fire('ta-error', { code: this._state === OFFLINE ? 'OFFLINE' : this._code });
      },
    );
  }

  private _fire(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Text and formats for the element's language. */
  protected get i18n() {
    return resolveLang(this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  override render() {
    const { t, locale } = this.i18n;
    if (this._state === READY) return this.view(this._data as D, t, locale);
    const code = this._code;
    const failed = this._state !== LOADING;
    const text =
      this._state === OFFLINE
        ? t.offline
        : failed
          ? (t.errors[code] ?? t.errors['']) + (code === 'CONFIG' ? ` (${this.needs}).` : '')
          : t.loading;
    return html`<p part="status" role="status">
      ${text} ${failed && code !== 'CONFIG' ? html`<button part="retry" @click=${this._load}>${t.retry}</button>` : nothing}
    </p>`;
  }
}

/** The label shown on data of a demonstration exercise. */
export const demoBadge = (demo: boolean | undefined, t: Strings) =>
  demo ? html`<p part="demo">${t.demo}</p>` : nothing;

/**
 * Shared styles. Neutral by default, so the widgets sit in any page, light or dark: bars and
 * markers take the page's text colour (which the page already shows at a readable contrast)
 * and the track a 20 % tint of it, which keeps a bar's fill at 3:1 or more against its track
 * (WCAG 2.2 AA, 1.4.11) on any background. A page sets its own colours through the inheritable
 * custom properties, resolved here into private ones (--_a accent, --_t track). Buttons and
 * focus rings are the browser's own, which are readable on any page.
 */
export const baseStyles = css`
  :host {
    display: block;
    line-height: 1.4;
    overflow-wrap: anywhere;
    --_a: var(--ta-color-accent, currentColor);
    --_t: var(--ta-color-track, color-mix(in srgb, currentColor 20%, transparent));
  }
  :host([hidden]) {
    display: none;
  }
  p,
  ol,
  ul,
  h2 {
    margin: 0;
    padding: 0;
    font-size: 1em;
  }
  ul,
  ol {
    list-style: none;
    display: grid;
    gap: 0.75em;
  }
  button {
    font: inherit;
    min-width: 24px;
    min-height: 24px;
    margin-inline-start: 0.5em;
  }
  [part='demo'] {
    display: inline-block;
    border: 1px dashed;
    padding: 0 0.4em;
  }
  .m {
    font-size: 0.875em;
  }
`;

/** Registers a tag once: a page that loads the bundle twice keeps the first definition. */
export function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
