import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createApp, type App } from '../../api/src/app';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { createDataSource } from '../../api/src/db/data-source';
import { listen } from '../support/listen';

export interface WidgetsBenchOptions {
  /**
   * A running Tablero Abierto started from this checkout (e.g. `startServer()` of
   * test/bench/measure.ts): its base URL or its GraphQL URL (`http://127.0.0.1:4000/graphql`).
   * It serves the bundle from dist/widgets, which the bench rebuilds first.
   */
  apiUrl?: string;
  /** Or a migrated, seeded PostgreSQL: the bench then serves the app itself, in this process. */
  databaseUrl?: string;
  /** Cold loads to take the median of (default 5). */
  runs?: number;
  /** The exercise whose plan and calendar are embedded (default Coahuila 2015-2017). */
  slug?: string;
}

/** Chrome DevTools' "Slow 4G" (formerly "Fast 3G"): 562.5 ms latency, 1.44 Mb/s down, 675 kb/s up. */
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;

/**
 * The widgets' bundle size (min+gzip, as served) and their cold load in Chromium under a
 * throttled profile: slow 4G and a CPU four times slower, empty cache, on a page of another
 * origin that embeds a pages counter, the plan's progress bars and the session calendar with
 * the demo page's snippets. `coldLoadMs` (median of `runs`) runs from the moment the browser
 * starts fetching the script to the moment every widget has painted its figures (its `ta-load`
 * event, then the next frame); it includes the reads from the API.
 *
 * Builds the widgets first (node widgets/build.mjs, into dist/widgets). Needs either a running
 * API (`apiUrl`) or a database to serve one from (`databaseUrl`); Chromium at /usr/bin/chromium
 * (or CHROMIUM_PATH).
 */
export async function benchWidgets(
  options: WidgetsBenchOptions,
): Promise<{ bundleBytesGzip: number; coldLoadMs: number }> {
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'widgets', 'build.mjs')], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  const built = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', 'widgets', 'manifest.json'), 'utf8')) as {
    gzipBytes: number;
  };

  let app: App | undefined;
  let closeDatabase = async () => undefined as void;
  let origin: string;
  if (options.apiUrl) {
    origin = new URL(options.apiUrl).origin;
  } else if (options.databaseUrl) {
    const dataSource = createDataSource(options.databaseUrl, { poolSize: 4 });
    await dataSource.initialize();
    closeDatabase = async () => void (await dataSource.destroy());
    app = await createApp(dataSource, () => undefined);
    const server = app.server;
    origin = await listen(server);
  } else {
    throw new Error('benchWidgets needs apiUrl (a running server) or databaseUrl');
  }
  const endpoint = `${origin}/graphql/public`;
  const slug = options.slug ?? 'coahuila-2015-2017';

  const host = createServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const query = `{ exerciseBySlug(slug: ${JSON.stringify(slug)}) { actionPlans { id } } }`;
    const answer = (await (await fetch(`${endpoint}?query=${encodeURIComponent(query)}`)).json()) as {
      data?: { exerciseBySlug: { actionPlans: { id: string }[] } };
    };
    const plan = answer.data?.exerciseBySlug.actionPlans[0]?.id;
    if (!plan) throw new Error(`no plan for ${slug} at ${endpoint}: ${JSON.stringify(answer)}`);
    const page = `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Bench</title></head><body>
<script type="module" src="${origin}/widgets/tablero-widgets.js"></script>
<ta-pages-counter plan-id="${plan}" endpoint="${endpoint}"></ta-pages-counter>
<ta-commitment-progress plan-id="${plan}" endpoint="${endpoint}"></ta-commitment-progress>
<ta-session-calendar exercise="${slug}" endpoint="${endpoint}"></ta-session-calendar>
</body></html>`;
    host.on('request', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page),
    );
    const hostUrl = `${await listen(host)}/`;

    const times: number[] = [];
    for (let run = 0; run < (options.runs ?? 5); run += 1) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
      await context.addInitScript(() => {
        const painted: number[] = [];
        const failed: string[] = [];
        Object.assign(window, { painted, failed });
        addEventListener('ta-load', () => requestAnimationFrame(() => painted.push(performance.now())));
        addEventListener('ta-error', (event) => failed.push((event as CustomEvent).detail?.code));
      });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.clearBrowserCache');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await tab.goto(hostUrl);
      await tab.waitForFunction(
        () => {
          const w = window as unknown as { painted: number[]; failed: string[] };
          return w.painted.length === 3 || w.failed.length > 0;
        },
        undefined,
        { timeout: 60_000 },
      );
      const result = await tab.evaluate((bundle) => {
        const w = window as unknown as { painted: number[]; failed: string[] };
        const script = performance.getEntriesByType('resource').find((entry) => entry.name === bundle);
        return { failed: w.failed, start: script?.startTime ?? NaN, end: Math.max(...w.painted) };
      }, `${origin}/widgets/tablero-widgets.js`);
      await context.close();
      if (result.failed.length) throw new Error(`a widget failed to load: ${result.failed.join(', ')}`);
      times.push(result.end - result.start);
    }
    times.sort((a, b) => a - b);
    return { bundleBytesGzip: built.gzipBytes, coldLoadMs: Math.round(times[Math.floor(times.length / 2)]) };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => (host.listening ? host.close(() => resolve()) : resolve()));
    await app?.stop();
    await closeDatabase();
  }
}
