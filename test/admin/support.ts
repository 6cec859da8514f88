import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../../api/src/app';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { seedId } from '../../api/src/seed/upsert';
import { launchChromium } from '../support/browser';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { staff, TEST_PASSWORD } from '../support/staff';
import { StaffRole } from '../../api/src/common/viewer';
import { buildWidgets } from '../widgets/support';
import { listen } from '../support/listen';

const ADMIN_BUILD = join(PROJECT_ROOT, 'dist', 'admin', '.vite', 'manifest.json');
const ADMIN_INPUTS = [join(PROJECT_ROOT, 'admin'), join(PROJECT_ROOT, 'package-lock.json')];

/** The newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** dist/admin exists and is newer than every file it is built from. */
function adminBuildIsFresh(): boolean {
  return existsSync(ADMIN_BUILD) && statSync(ADMIN_BUILD).mtimeMs >= Math.max(...ADMIN_INPUTS.map(newest));
}

/**
 * The back-office built as `npm run build` builds it, into dist/admin, unless a build newer than
 * its sources is there (`npm test` builds it first). Jest workers building at once would write the
 * same folder: the first takes a lock (a folder, created atomically) and the others wait for it.
 */
export function ensureAdminBuilt(): void {
  if (adminBuildIsFresh()) return;
  const lock = join(PROJECT_ROOT, 'dist', '.admin-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a worker that died mid-build (a build takes about a minute).
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 1000);
    }
  }
  try {
    if (adminBuildIsFresh()) return;
    execFileSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        join(PROJECT_ROOT, 'admin', 'vite.config.ts'),
        '--logLevel',
        'error',
      ],
      {
        cwd: PROJECT_ROOT,
        stdio: 'pipe',
        // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The app (API, widgets and back-office) on a free loopback port. */
export async function startApp(dataSource: DataSource): Promise<{ app: App; origin: string }> {
  const app = await createApp(dataSource, () => undefined);
  return { app, origin: await listen(app.server) };
}

/** Staff of the Coahuila exercise, one per role the tests act as. */
export async function accounts(dataSource: DataSource) {
  const make = async (role: StaffRole, scope: { organization?: string; state?: string }) =>
    (await staff(dataSource.manager, role, scope)).account.email;
  return {
    agency: await make(StaffRole.AGENCY_EDITOR, { organization: 'dipetre', state: 'MX-COA' }), // responsible for commitment 2
    follower: await make(StaffRole.CIVIL_SOCIETY_FOLLOWER, { organization: 'movimiento-magisterial', state: 'MX-COA' }), // follows commitment 2
    institute: await make(StaffRole.INSTITUTE_ADMIN, { organization: 'icai', state: 'MX-COA' }),
    evaluator: await make(StaffRole.NATIONAL_EVALUATOR, { organization: 'inai' }),
    platform: await make(StaffRole.PLATFORM_ADMIN, {}),
    password: TEST_PASSWORD,
  };
}

export type Accounts = Awaited<ReturnType<typeof accounts>>;

/** A back-office suite's world, filled in by its beforeAll. */
export interface BackOfficeSuite {
  origin: string;
  app: App;
  dataSource: DataSource;
  staff: Accounts;
  /** A fresh browser (no cookie), signed in as `as` when given; its uncaught errors fail the test. */
  page(options?: {
    as?: string | null;
    password?: string;
    locale?: string;
    viewport?: { width: number; height: number };
  }): Promise<Page>;
}

/**
 * The back-office served by the real app over a database of the suite's own (`<test db>_admin_<label>`,
 * seeded with Coahuila: these suites add deliveries and milestones, which must not move the totals
 * other suites read, nor meet another back-office suite's in a parallel worker), with Chromium,
 * staff of every role, and a check after each test that no page threw. With `widgets`, the
 * embeddable widgets are built first, for suites that open what the public sees.
 */
export function backOfficeSuite(label: string, { widgets = false }: { widgets?: boolean } = {}): BackOfficeSuite {
  let database: OwnDatabase | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const suite = {
    async page({
      as = null,
      password = TEST_PASSWORD,
      locale = 'es-MX',
      viewport = { width: 1280, height: 900 },
    } = {}) {
      if (!browser) throw new Error('backOfficeSuite: the browser starts in beforeAll');
      const context = await browser.newContext({ viewport, locale });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      if (as) await signIn(page, suite.origin, as, password);
      return page;
    },
  } as BackOfficeSuite;

  beforeAll(async () => {
    ensureAdminBuilt();
    if (widgets) buildWidgets();
    database = await ownDatabase(`admin_${label}`);
    suite.dataSource = database.dataSource;
    suite.staff = await accounts(database.dataSource);
    Object.assign(suite, await startApp(database.dataSource));
    browser = await launchChromium();
  });
  afterEach(() => {
    const thrown = pageErrors.splice(0);
    expect(thrown).toEqual([]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await suite.app?.stop();
    await database?.drop();
  });
  return suite;
}

/** Seeded ids (api/src/seed/upsert.ts): deterministic, so tests can name them. */
export const COMMITMENT_2 = seedId('commitment:coahuila-2015-2017:c2');
export const COMMITMENT_6 = seedId('commitment:coahuila-2015-2017:c6');
export const COAHUILA = seedId('exercise:coahuila-2015-2017');

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, origin: string, email: string, password: string): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
}

/** A staff member's GraphQL calls from outside the browser (another person at another desk). */
export async function apiAs(origin: string, email: string, password: string) {
  const post = async (cookie: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      response,
      body: (await response.json()) as {
        data?: Record<string, any>;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  };
  const { response } = await post(
    null,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
    { e: email, p: password },
  );
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await post(cookie, query, variables);
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, any>;
  };
}

/**
 * Chooses `option` in a select (MUI's, or react-admin's over it), opened from the keyboard, and
 * waits until the select shows it. A click on the closed select is a mousedown and a mouseup, and
 * MUI takes a mouseup that it handles 400 ms or more after the mousedown, over the selected option
 * the menu opens under the pointer, as choosing that option: on a loaded CI machine the menu shut
 * so, and the next click chose nothing. Opening with ArrowDown has no such window.
 */
export async function choose(select: Locator, option: string): Promise<void> {
  const page = select.page();
  // The select's menu carries its label too, and may stay in the page once closed.
  const combobox = select.and(page.getByRole('combobox'));
  await combobox.press('ArrowDown');
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await combobox.filter({ hasText: option }).waitFor();
}
