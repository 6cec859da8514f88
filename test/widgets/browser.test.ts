import { AxeBuilder } from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp, type App } from '../../api/src/app';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { createAccount } from '../../api/src/modules/account/account.service';
import { seedId } from '../../api/src/seed/upsert';
import { formatPartial, formatPercent } from '../../widgets/src/format';
import { launchChromium } from '../support/browser';
import { buildWidgets, closedPort, contrast, serve, widgetsDatabase } from './support';
import { StaffRole } from '../../api/src/common/viewer';
import { staff, TEST_PASSWORD } from '../support/staff';
import { listen } from '../support/listen';

/**
 * The widgets as a municipality's site uses them: a page on another origin, under a strict
 * content security policy and with CSS of its own, pastes the snippets shown on the demo page
 * (/widgets/ of the real app over a real database) and runs in Chromium.
 */
describe('widgets embedded in another site (Chromium)', () => {
  let database: Awaited<ReturnType<typeof widgetsDatabase>>;
  let app: App;
  let api: string;
  let host: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let bundleFile: string;
  /** Every request the API received: method, path and Origin header. */
  const received: { method: string; url: string; origin?: string }[] = [];
  /** The snippets the demo page shows, by example id. */
  let snippets: Record<string, string> = {};
  const pages = new Map<string, string>();

  const HOST_CSS = `
    body { font: 16px/1.5 sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 1000px; padding: 8px; }
    /* The site's own rules, written without the widgets in mind: none may reach inside them. */
    .m { font-size: 30px; }
    p, li, span, b { outline: 5px solid rgb(255, 0, 0); }
    ul, ol { list-style: square; border: 3px solid rgb(255, 0, 0); }
    td { background: rgb(255, 0, 0); }
    h2 { font-size: 40px; }
    [part], [role='progressbar'], [role='grid'] { display: none !important; }
    .narrow { width: 320px; }
    .dark { color-scheme: dark; background: #121212; color: #f2f2f2; padding: 8px; }
  `;

  /** A page of the host site: its own header (to check for leaks) and the given content. */
  const hostPage = (title: string, content: string) => `<!doctype html>
<html lang="es-MX">
<head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/host.css"></head>
<body>
<header>
  <h1>${title}</h1>
  <p class="m" id="host-text">Texto propio del sitio municipal.</p>
  <ul id="host-list"><li>Trámites</li></ul>
  <h2 id="host-heading">Transparencia</h2>
  <i id="host-i">nota</i>
</header>
<main>${content}</main>
</body>
</html>`;

  /** The element of a snippet, without its script tag. */
  const elementOf = (snippet: string) => snippet.split('\n').slice(1).join('\n');

  beforeAll(async () => {
    buildWidgets();
    bundleFile = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', 'widgets', 'manifest.json'), 'utf8')).file;
    database = await widgetsDatabase();
    app = await createApp(database.dataSource, () => undefined);
    // Ahead of express, which rewrites req.url as it routes.
    app.server.prependListener('request', (req) =>
      received.push({ method: req.method ?? '', url: req.url ?? '', origin: req.headers.origin }),
    );
    api = await listen(app.server);
    browser = await launchChromium();

    // The snippets, exactly as the demo page offers them for copying.
    const demo = await browser.newPage();
    await demo.goto(`${api}/widgets/`);
    await demo.waitForFunction(() =>
      /^\d+ ejemplos con datos/.test(document.getElementById('status')?.textContent ?? ''),
    );
    snippets = await demo.$$eval('main section', (sections) =>
      Object.fromEntries(sections.map((s) => [s.id, s.querySelector('pre code')?.textContent ?? ''])),
    );
    await demo.waitForLoadState('networkidle');
    await demo.close();

    host = await serve((req, res) => {
      const path = new URL(req.url ?? '/', 'http://host').pathname;
      if (path === '/host.css') {
        res.writeHead(200, { 'content-type': 'text/css' }).end(HOST_CSS);
        return;
      }
      const page = pages.get(path);
      if (!page) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // No inline script or style, data only from the API: the widgets must live with that.
        'content-security-policy': `default-src 'none'; script-src ${api}; connect-src ${api}; style-src 'self'; img-src 'self'`,
      });
      res.end(page);
    });

    const wrap: Record<string, (html: string) => string> = {
      'calendario-columna': (html) => `<div class="narrow">${html}</div>`,
      'fondo-oscuro': (html) => `<div class="dark">${html}</div>`,
    };
    pages.set(
      '/embed.html',
      hostPage(
        'Municipio de Saltillo',
        [
          ...Object.entries(snippets).map(
            ([id, snippet]) =>
              `<section id="${id}" aria-label="${id}">${(wrap[id] ?? ((html: string) => html))(snippet)}</section>`,
          ),
          `<section id="en-ancestro" aria-label="en" lang="en">${elementOf(snippets['fojas-plan'])}</section>`,
          `<section id="demo-oscuro" aria-label="demo oscuro"><div class="dark">${elementOf(snippets.demostracion ?? '')}</div></section>`,
          // The same bundle a second time, under its versioned name: a page may well load both.
          `<script type="module" src="${api}/widgets/${bundleFile}"></script>`,
        ].join('\n'),
      ),
    );
    pages.set('/bare.html', hostPage('Municipio de Saltillo', ''));
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await app?.stop();
    await database?.drop();
  });

  /** A fresh browser context (cold cache) that records page errors and the widgets' events. */
  async function open(path: string, prepare?: (context: BrowserContext, page: Page) => Promise<void>) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    await context.addInitScript(() => {
      const seen: { type: string; tag: string; code?: string }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      for (const type of ['ta-load', 'ta-error']) {
        addEventListener(type, (event) =>
          seen.push({
            type,
            tag: (event.target as Element).tagName.toLowerCase(),
            code: (event as CustomEvent).detail?.code,
          }),
        );
      }
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await prepare?.(context, page);
    await page.goto(`${host.origin}${path}`);
    return { context, page, errors };
  }

  /** The text a reader sees (innerText: blocks apart), on one line. */
  const text = async (page: Page, selector: string) =>
    (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
  const graphql = async (query: string) =>
    (await (await fetch(`${api}/graphql/public?query=${encodeURIComponent(query)}`)).json()).data;

  it('offers a snippet for every widget on the demo page', () => {
    expect(Object.keys(snippets)).toEqual(
      expect.arrayContaining([
        'fojas-plan',
        'fojas-compromiso',
        'fojas-dependencia',
        'avance-compromiso',
        'avance-plan',
        'calendario',
        'demostracion',
      ]),
    );
    expect(snippets['fojas-plan']).toMatch(
      new RegExp(
        `^<script type="module" src="${api}/widgets/tablero-widgets.js"></script>\n<ta-pages-counter plan-id="[0-9a-f-]{36}" endpoint="${api}/graphql/public"></ta-pages-counter>$`,
      ),
    );
  });

  it('shows the seeded figures on another origin, with GET reads that need no preflight', async () => {
    const before = received.length;
    const { context, page, errors } = await open('/embed.html');
    await page.locator('#avance-plan [part=item]').first().waitFor();
    await page.locator('#calendario [part=list]').waitFor();

    await page.locator('#fojas-plan [part=value]').waitFor();
    expect(await text(page, '#fojas-plan [part=value]')).toBe('más de 11,169');
    expect(await text(page, '#fojas-plan [part=label]')).toBe('fojas entregadas');
    expect(await text(page, '#fojas-plan [part=note]')).toBe('No incluye 12 entregas sin conteo de fojas.');
    expect(await text(page, '#fojas-compromiso [part=value]')).toBe('más de 4,016');
    expect(await text(page, '#fojas-dependencia [part=value]')).toBe('más de 2,871');
    expect(await text(page, '#fojas-ejercicio-en [part=value]')).toBe('more than 11,169');
    expect(await text(page, '#fojas-ejercicio-en [part=label]')).toBe('pages delivered');
    expect(await text(page, '#en-ancestro [part=value]')).toBe('more than 11,169');

    const reads = received.slice(before).filter((r) => r.url.startsWith('/graphql'));
    expect(reads.length).toBeGreaterThan(0);
    expect(received.slice(before).filter((r) => r.method === 'OPTIONS')).toEqual([]);
    for (const read of reads) {
      expect(read.method).toBe('GET');
      expect(read.url).toMatch(/^\/graphql\/public\?query=/);
      expect(read.origin).toBe(host.origin);
    }
    // The bundle was loaded twice (stable and versioned names) without an error.
    const scripts = received
      .slice(before)
      .filter((r) => r.url.startsWith('/widgets/'))
      .map((r) => r.url);
    expect(scripts).toEqual(expect.arrayContaining(['/widgets/tablero-widgets.js', `/widgets/${bundleFile}`]));
    expect(errors).toEqual([]);
    const seen = await page.evaluate(() => (window as unknown as { seen: { type: string }[] }).seen);
    expect(seen.filter((e) => e.type === 'ta-error')).toEqual([]);
    expect(seen.filter((e) => e.type === 'ta-load').length).toBe(Object.keys(snippets).length + 2);
    await context.close();
  });

  it('says plainly when progress is unknown and shows what is known, never a bar', async () => {
    const { context, page } = await open('/embed.html');
    await page.locator('#avance-compromiso [part=known]').waitFor();
    expect(await text(page, '#avance-compromiso [part=unknown]')).toBe('Avance sin medir: no hay hitos registrados.');
    expect(await text(page, '#avance-compromiso [part=known]')).toBe(
      'Lo que sí se sabe: más de 4,016 fojas entregadas · 14 reuniones realizadas (última: 29 de noviembre de 2017)',
    );
    expect(await page.locator('#avance-compromiso [role=progressbar]').count()).toBe(0);
    await page.locator('#avance-plan [part=item]').first().waitFor();
    expect(await page.locator('#avance-plan [part=item]').count()).toBe(7);
    expect(await page.locator('#avance-plan [role=progressbar]').count()).toBe(0);
    expect(await page.locator('#avance-plan [part=demo]').count()).toBe(0);
    await context.close();
  });

  it('draws real progress as an accessible progress bar (demonstration data, labelled as such)', async () => {
    const { exerciseBySlug } = await graphql(
      '{ exerciseBySlug(slug: "demostracion") { isDemo actionPlans { commitments { number title progress { percent milestonesDone milestonesTotal lastCompletedOn } } } } }',
    );
    expect(exerciseBySlug.isDemo).toBe(true);
    const [measured, zero, cancelled] = exerciseBySlug.actionPlans[0].commitments;
    const { context, page } = await open('/embed.html');
    const demo = page.locator('#demostracion');
    await demo.locator('[part=item]').first().waitFor();
    expect(await text(page, '#demostracion [part=demo]')).toBe('Datos de demostración');

    const bar = demo.getByRole('progressbar', { name: `1. ${measured.title}` });
    const percent = formatPercent(measured.progress.percent, 'es-MX');
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(measured.progress.percent));
    expect(await bar.getAttribute('aria-valuetext')).toBe(
      `${measured.progress.milestonesDone} de ${measured.progress.milestonesTotal} hitos (${percent})`,
    );
    expect(await text(page, '#demostracion [part=figures]')).toBe(
      `Avance: ${percent} · 2 de 3 hitos · último hito cumplido el ${formatPartial(measured.progress.lastCompletedOn, 'es-MX')}`.replace(
        /\s+/g,
        ' ',
      ),
    );
    // A measured zero is a real figure: its bar is there, at 0.
    expect(zero.progress.percent).toBe(0);
    expect(await demo.getByRole('progressbar', { name: `2. ${zero.title}` }).getAttribute('aria-valuenow')).toBe('0');
    // Every milestone cancelled: nothing to measure against, and the widget says why.
    expect(cancelled.progress.percent).toBeNull();
    expect(await demo.getByRole('progressbar').count()).toBe(2);
    expect(await text(page, '#demostracion li:nth-child(3) [part=unknown]')).toBe(
      'Avance sin medir: sus hitos están cancelados.',
    );
    await context.close();
  });

  it('has no axe violations, and keeps bars at 3:1 against their track on light and dark pages', async () => {
    const { context, page } = await open('/embed.html');
    await page.locator('#demo-oscuro [role=progressbar]').first().waitFor();
    await page.locator('#calendario [role=grid]').waitFor();
    await page.locator('#avance-plan [part=item]').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    for (const [scope, backdrop] of [
      ['#demostracion', 'rgb(255, 255, 255)'],
      ['#demo-oscuro', 'rgb(18, 18, 18)'],
    ]) {
      const fill = await page
        .locator(`${scope} [part=fill]`)
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor);
      const track = await page
        .locator(`${scope} [part=bar]`)
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(contrast(fill, track, backdrop)).toBeGreaterThanOrEqual(3);
    }
    await context.close();
  });

  it('has no axe violations on the demo page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${api}/widgets/`);
    await page.locator('#calendario [role=grid]').waitFor();
    await page.locator('#demostracion [role=progressbar]').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('lists the nine sessions of the Secretariat, each with date, type and city, dates only', async () => {
    const { secretariat } = (
      await graphql('{ exerciseBySlug(slug: "coahuila-2015-2017") { secretariat { sessions { number } } } }')
    ).exerciseBySlug;
    expect(secretariat.sessions).toHaveLength(9);
    const { context, page } = await open('/embed.html');
    const calendar = page.locator('#calendario');
    await calendar.locator('[part=list]').waitFor();
    const heading = async () => (await calendar.locator('[part=month]').textContent())?.trim();
    expect(await heading()).toBe('noviembre de 2017');
    const sessions = new Map<string, string>();
    const entries: string[] = [];
    for (let month = 0; month < 27; month += 1) {
      for (const entry of await calendar.locator('li.s').all())
        sessions.set(await entry.locator('b').innerText(), (await entry.innerText()).replace(/\s+/g, ' ').trim());
      entries.push(...(await calendar.locator('[part=entry]').allInnerTexts()));
      const shown = await heading();
      await calendar.getByRole('button', { name: 'Mes anterior' }).click();
      await page.waitForFunction((previous) => {
        const root = document.querySelector('#calendario ta-session-calendar')?.shadowRoot;
        return root?.querySelector('[part=month]')?.textContent !== previous;
      }, shown);
    }
    expect(await heading()).toBe('agosto de 2015');
    expect([...sessions.keys()].sort()).toEqual([
      'Sesión extraordinaria 1',
      ...Array.from({ length: 8 }, (_, i) => `Sesión ordinaria ${i + 1}`),
    ]);
    expect(sessions.get('Sesión ordinaria 4')).toBe(
      '4 de mayo de 2016 Sesión ordinaria 4 Sesión del Secretariado Técnico · Piedras Negras',
    );
    expect(sessions.get('Sesión extraordinaria 1')).toBe(
      '20 de junio de 2017 Sesión extraordinaria 1 Sesión del Secretariado Técnico · Instalaciones (oficinas) del Instituto Coahuilense de Acceso a la Información Pública, Saltillo',
    );
    // Dates only: the source gives no times, and none is shown.
    expect(entries.length).toBeGreaterThan(30);
    for (const entry of entries) expect(entry).not.toMatch(/\d{1,2}:\d\d|a\.\s?m\.|p\.\s?m\./);
    await context.close();
  });

  it('is a grid the keyboard can move through (APG), announcing the month', async () => {
    const { context, page } = await open('/embed.html');
    const calendar = page.locator('#calendario');
    await calendar.getByRole('grid', { name: 'noviembre de 2017' }).waitFor();
    expect(await calendar.locator('[part=month]').getAttribute('aria-live')).toBe('polite');
    expect(await calendar.locator('td[tabindex="0"]').count()).toBe(1);
    const focused = () =>
      page.evaluate(
        () =>
          document
            .querySelector('#calendario ta-session-calendar')
            ?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? '',
      );
    await calendar.locator('td[tabindex="0"]').focus();
    expect(await focused()).toBe('8 de noviembre de 2017: Reunión de seguimiento del Compromiso 6 (Río San Rodrigo)');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('9 de noviembre de 2017');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('16 de noviembre de 2017');
    await page.keyboard.press('End');
    expect(await focused()).toBe('18 de noviembre de 2017');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('12 de noviembre de 2017');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toMatch(/^29 de octubre de 2017/);
    // The month as written (the capital letter is only a style).
    const month = async () => (await calendar.locator('[part=month]').textContent())?.trim();
    expect(await month()).toBe('octubre de 2017');
    await page.keyboard.press('PageDown');
    expect(await focused()).toMatch(/^29 de noviembre de 2017: Sesión ordinaria 8; Taller para plasmar/);
    await page.keyboard.press('Shift+PageUp');
    expect(await focused()).toBe('29 de noviembre de 2016');
    expect(await month()).toBe('noviembre de 2016');
    expect(await calendar.locator('td[aria-selected=true]').getAttribute('aria-label')).toBe('29 de noviembre de 2016');
    await page.keyboard.press('Shift+PageDown');
    await page.keyboard.press('Shift+PageDown');
    expect(await month()).toBe('noviembre de 2018');
    expect(await text(page, '#calendario [part=empty]')).toBe('Sin sesiones ni eventos este mes.');
    await context.close();
  });

  it('turns into a list below 600 px, and back into a grid when wider', async () => {
    const { context, page } = await open('/embed.html');
    await page.locator('#calendario-columna [part=list]').waitFor();
    expect(await page.locator('#calendario-columna [role=grid]').count()).toBe(0);
    expect(
      await page.locator('#calendario-columna ta-session-calendar').evaluate((e) => e.getBoundingClientRect().width),
    ).toBe(320);
    await page.locator('#calendario [role=grid]').waitFor();
    await page.locator('#calendario').evaluate((e) => ((e as HTMLElement).style.width = '599px'));
    await page.locator('#calendario [role=grid]').waitFor({ state: 'detached' });
    expect(await page.locator('#calendario [part=list]').count()).toBe(1);
    await page.locator('#calendario').evaluate((e) => ((e as HTMLElement).style.width = '600px'));
    await page.locator('#calendario [role=grid]').waitFor();
    await context.close();
  });

  it('links to the calendar feed only when given feed-url', async () => {
    const { context, page } = await open('/embed.html');
    await page.locator('#calendario [part=list]').waitFor();
    expect(await page.locator('#calendario [part=feed]').count()).toBe(0);
    await page
      .locator('#calendario ta-session-calendar')
      .evaluate((e) => e.setAttribute('feed-url', 'https://tablero.example.mx/calendario/coahuila.ics'));
    const link = page.locator('#calendario').getByRole('link', { name: 'Suscribirse al calendario' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://tablero.example.mx/calendario/coahuila.ics');
    await context.close();
  });

  it("keeps the host page's styles out of the widgets, and its own styles to itself", async () => {
    const hostStyles = (page: Page) =>
      page.evaluate(() =>
        ['host-text', 'host-list', 'host-heading', 'host-i'].map((id) => {
          const style = getComputedStyle(document.getElementById(id) as HTMLElement);
          return [
            id,
            style.fontSize,
            style.display,
            style.listStyleType,
            style.borderTopWidth,
            style.outlineStyle,
            style.margin,
            style.padding,
          ].join(' ');
        }),
      );
    const bare = await open('/bare.html');
    const alone = await hostStyles(bare.page);
    await bare.context.close();

    const { context, page } = await open('/embed.html');
    await page.locator('#avance-plan [part=item]').first().waitFor();
    await page.locator('#calendario [role=grid]').waitFor();
    expect(await hostStyles(page)).toEqual(alone);

    const inside = await page.evaluate(() => {
      const root = (selector: string) => document.querySelector(selector)?.shadowRoot as ShadowRoot;
      const style = (element: Element | null | undefined) => getComputedStyle(element as Element);
      const counter = root('#fojas-plan ta-pages-counter');
      const plan = root('#avance-plan ta-commitment-progress');
      const calendar = root('#calendario ta-session-calendar');
      return {
        valueDisplay: style(counter.querySelector('[part=value]')).display,
        valueOutline: style(counter.querySelector('[part=value]')).outlineStyle,
        smallSize: style(counter.querySelector('.m')).fontSize,
        listStyle: style(plan.querySelector('ul')).listStyleType,
        listBorder: style(plan.querySelector('ul')).borderTopWidth,
        headingSize: style(plan.querySelector('h2')).fontSize,
        gridDisplay: style(calendar.querySelector('[role=grid]')).display,
        cellBackground: style(calendar.querySelector('td[part=day]')).backgroundColor,
      };
    });
    expect(inside).toEqual({
      valueDisplay: 'block',
      valueOutline: 'none',
      smallSize: '14px',
      listStyle: 'none',
      listBorder: '0px',
      headingSize: '16px',
      gridDisplay: 'table',
      cellBackground: 'rgba(0, 0, 0, 0)',
    });
    await context.close();
  });

  it('shows an error in place when the API is down, with a way to try again', async () => {
    const port = await closedPort();
    const down = ['fojas-plan', 'avance-compromiso', 'calendario']
      .map(
        (id) =>
          `<section id="${id}" aria-label="${id}">${snippets[id].replace(`${api}/graphql/public`, `http://127.0.0.1:${port}/graphql/public`)}</section>`,
      )
      .join('\n');
    pages.set('/down.html', hostPage('Municipio de Saltillo', down));
    const { context, page, errors } = await open('/down.html');
    for (const id of ['fojas-plan', 'avance-compromiso', 'calendario']) {
      const status = page.locator(`#${id}`).getByRole('status');
      await status.getByRole('button', { name: 'Reintentar' }).waitFor();
      expect(await text(page, `#${id} [part=status]`)).toBe('No se pudo conectar con el servidor. Reintentar');
      // The widget keeps its place: the width of its column, and its reserved height.
      const [width, height, column] = await page
        .locator(`#${id} ta-session-calendar, #${id} ta-pages-counter, #${id} ta-commitment-progress`)
        .evaluate((e) => [
          e.getBoundingClientRect().width,
          e.getBoundingClientRect().height,
          (e.parentElement as HTMLElement).clientWidth,
        ]);
      expect(width).toBe(column);
      expect(height).toBeGreaterThanOrEqual(4.5 * 16);
    }
    const seen = await page.evaluate(() => (window as unknown as { seen: { type: string; code?: string }[] }).seen);
    expect(seen.map((e) => `${e.type} ${e.code}`)).toEqual([
      'ta-error NETWORK',
      'ta-error NETWORK',
      'ta-error NETWORK',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says "sin dato" for pages the source does not count, never 0 (CONAGUA delivered, uncounted)', async () => {
    pages.set(
      '/uncounted.html',
      hostPage(
        'Organismo de Cuenca',
        `<section id="conagua" aria-label="conagua"><ta-pages-counter organization-id="${seedId('organization:conagua')}" endpoint="${api}/graphql/public"></ta-pages-counter></section>
         <script type="module" src="${api}/widgets/tablero-widgets.js"></script>`,
      ),
    );
    const { context, page } = await open('/uncounted.html');
    await page.locator('#conagua [part=label]').waitFor();
    expect(await text(page, '#conagua [part=label]')).toBe('Fojas entregadas: sin dato.');
    expect(await page.locator('#conagua [part=value]').count()).toBe(0);
    expect(await text(page, '#conagua [part=note]')).toMatch(/^No incluye \d+ entregas? sin conteo de fojas\.$/);
    await context.close();
  });

  it('says when a record does not exist or an id is malformed', async () => {
    pages.set(
      '/missing.html',
      hostPage(
        'Municipio de Saltillo',
        `<section id="unknown" aria-label="unknown"><ta-pages-counter commitment-id="00000000-0000-4000-8000-000000000000" endpoint="${api}/graphql/public"></ta-pages-counter></section>
         <section id="malformed" aria-label="malformed"><ta-commitment-progress commitment-id="compromiso-4" endpoint="${api}/graphql/public"></ta-commitment-progress></section>
         <section id="nothing" aria-label="nothing"><ta-session-calendar endpoint="${api}/graphql/public"></ta-session-calendar></section>
         <script type="module" src="${api}/widgets/tablero-widgets.js"></script>`,
      ),
    );
    const { context, page } = await open('/missing.html');
    await page.locator('#unknown [part=retry]').waitFor();
    expect(await text(page, '#unknown [part=status]')).toBe('No se encontró el registro. Reintentar');
    await page.locator('#malformed [part=retry]').waitFor();
    expect(await text(page, '#malformed [part=status]')).toBe('Identificador no válido. Reintentar');
    expect(await text(page, '#nothing [part=status]')).toBe('Falta indicar qué mostrar (exercise).');
    await context.close();
  });

  it('says when the reader is offline, and loads by itself once back online', async () => {
    const { context, page } = await open('/embed.html');
    await page.locator('#fojas-plan [part=value]').waitFor();
    await context.setOffline(true);
    await page.evaluate((endpoint) => {
      const late = document.createElement('section');
      late.id = 'late';
      late.setAttribute('aria-label', 'late');
      late.innerHTML = `<ta-pages-counter exercise="coahuila-2015-2017" endpoint="${endpoint}"></ta-pages-counter>`;
      document.querySelector('main')?.append(late);
    }, `${api}/graphql/public`);
    await page.locator('#late [part=status]').getByText('Sin conexión').waitFor();
    expect(await text(page, '#late [part=status]')).toBe(
      'Sin conexión a internet; se cargará al volver la conexión. Reintentar',
    );
    await context.setOffline(false);
    await page.locator('#late [part=value]').waitFor();
    expect(await text(page, '#late [part=value]')).toBe('más de 11,169');
    await context.close();
  });

  it('says it is loading while the data is on its way', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { context, page } = await open('/embed.html', async (_context, p) => {
      await p.route(
        (url) => url.pathname === '/graphql/public',
        async (route) => {
          await held;
          await route.continue();
        },
      );
    });
    const status = page.locator('#fojas-plan').getByRole('status');
    await status.waitFor();
    expect(await text(page, '#fojas-plan [part=status]')).toBe('Cargando…');
    release();
    await page.locator('#fojas-plan [part=value]').waitFor();
    expect(await text(page, '#fojas-plan [part=value]')).toBe('más de 11,169');
    await context.close();
  });
  it("shows civil society's dispute beside the progress it questions, in the API and the widget", async () => {
    // Civil society disputes the second milestone the agency reports as done (its latest review); a
    // review is public only through a published organisation.
    const [organization] = await database.dataSource.query(
      `INSERT INTO organization (slug, name, kind, state_id, publication) SELECT 'osc-demostracion', 'OSC de demostración', 'CIVIL_SOCIETY_ORGANIZATION', state_id, 'PUBLISHED' FROM exercise WHERE slug = 'demostracion' RETURNING id`,
    );
    const account = await createAccount(database.dataSource.manager, null, {
      email: 'osc@test.tablero.mx',
      displayName: 'OSC de demostración',
      password: 'a long test password',
      role: StaffRole.CIVIL_SOCIETY_FOLLOWER,
      organizationId: organization.id,
    });
    await database.dataSource.query(
      `INSERT INTO milestone_review (milestone_id, organization_id, account_id, verdict, reviewed_status, comment)
       SELECT m.id, $1, $2, 'DISPUTED', 'DONE', 'La minuta no se ha publicado.' FROM milestone m WHERE m.title = 'Segundo hito'`,
      [account.organizationId, account.id],
    );
    const { exerciseBySlug } = await graphql(
      '{ exerciseBySlug(slug: "demostracion") { actionPlans { commitments { progress { percent milestonesDone milestonesTotal milestonesDisputed } } } } }',
    );
    const [measured, zero] = exerciseBySlug.actionPlans[0].commitments;
    // The percent stays the agency's report; the dispute is counted beside it.
    expect(measured.progress).toMatchObject({ milestonesDone: 2, milestonesTotal: 3, milestonesDisputed: 1 });
    expect(zero.progress.milestonesDisputed).toBe(0);

    const { context, page } = await open('/embed.html');
    const demo = page.locator('#demostracion');
    await demo.locator('[part=item]').first().waitFor();
    const percent = formatPercent(measured.progress.percent, 'es-MX');
    expect(await text(page, '#demostracion [part=figures]')).toMatch(
      new RegExp(`^Avance: ${percent} · 2 de 3 hitos · 1 en disputa · último hito`),
    );
    expect(await demo.getByRole('progressbar').first().getAttribute('aria-valuetext')).toBe(
      `2 de 3 hitos · 1 en disputa (${percent})`,
    );
    await context.close();
  });
  it("links a session's published acta, named after the session, whose download is the uploaded bytes; never a draft", async () => {
    // The institute uploads two actas through the endpoint the back-office uses: one published, one a draft.
    const { account } = await staff(database.dataSource.manager, StaffRole.INSTITUTE_ADMIN, {
      organization: 'icai',
      state: 'MX-COA',
    });
    const signIn = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: account.email, p: TEST_PASSWORD },
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const { secretariat } = (
      await graphql('{ exerciseBySlug(slug: "coahuila-2015-2017") { secretariat { sessions { id type number } } } }')
    ).exerciseBySlug;
    const sessionId = (type: string, number: number) =>
      secretariat.sessions.find((s: { type: string; number: number }) => s.type === type && s.number === number).id;
    const acta = async (session: string, label: string, publication: string) => {
      const bytes = Buffer.from(
        `%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
      );
      const uploaded = await fetch(`${api}/documents/upload`, {
        method: 'POST',
        headers: {
          cookie,
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent(`${label}.pdf`),
        },
        body: new Uint8Array(bytes),
      });
      expect(uploaded.status).toBe(201);
      const created = await (
        await fetch(`${api}/graphql`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($i: DocumentInput!) { createDocument(input: $i) { publication } }',
            variables: {
              i: {
                sessionId: session,
                title: label,
                kind: 'ACTA',
                contentSha256: sha(bytes),
                fileName: `${label}.pdf`,
                publication,
              },
            },
          }),
        })
      ).json();
      expect(created).toEqual({ data: { createDocument: { publication } } });
      return bytes;
    };
    const published = await acta(sessionId('ORDINARY', 4), 'Acta de la cuarta sesión ordinaria', 'PUBLISHED');
    await acta(sessionId('EXTRAORDINARY', 1), 'Acta de la sesión extraordinaria', 'DRAFT');

    // The calendar's snippet, opened on the month of each session.
    const opened = (month: string) =>
      `<section id="m${month}">${snippets.calendario.replace('<ta-session-calendar ', `<ta-session-calendar month="${month}" `)}</section>`;
    pages.set('/actas.html', hostPage('Actas', opened('2016-05') + opened('2017-06')));
    const { context, page } = await open('/actas.html');
    const calendar = page.locator('#m2016-05');
    const element = calendar.locator('ta-session-calendar');
    await calendar.locator('[part=list]').waitFor();
    const link = calendar.getByRole('link', { name: 'Acta: Sesión ordinaria 4' });
    await link.waitFor();
    expect(await link.textContent()).toBe('Acta');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`${api}/files/${sha(published)}/${encodeURIComponent('Acta de la cuarta sesión ordinaria.pdf')}`);
    // Chromium, signed in nowhere, downloads the very bytes uploaded (hash checked).
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Acta de la cuarta sesión ordinaria.pdf');
    expect(sha(readFileSync(await download.path()))).toBe(sha(published));
    expect(await calendar.locator('[part=acta]').count()).toBe(1);
    // In English on request.
    await element.evaluate((e) => e.setAttribute('lang', 'en'));
    await calendar.getByRole('link', { name: 'Minutes: Ordinary session 4' }).waitFor();
    // The extraordinary session's acta is a draft: no link.
    const june = page.locator('#m2017-06');
    await june.getByText('Sesión extraordinaria 1').waitFor();
    expect(await june.locator('[part=acta]').count()).toBe(0);
    await context.close();
  });
});
