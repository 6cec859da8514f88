import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../../api/src/app';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { StaffRole } from '../../api/src/modules/account/account.enums';
import { seedId } from '../../api/src/seed/upsert';
import { ownDatabase } from '../support/databases';
import { staff, TEST_PASSWORD } from '../support/staff';

/** Builds the back-office as `npm run build` does, into dist/admin. */
export function buildAdmin(): void {
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(PROJECT_ROOT, 'admin', 'vite.config.ts'), '--logLevel', 'error'], {
    cwd: PROJECT_ROOT,
    stdio: 'pipe',
    // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/**
 * A database of the back-office tests' own, seeded with Coahuila: these tests add deliveries and
 * milestones, which must not move the totals other suites read from the shared test database.
 */
export const adminDatabase = () => ownDatabase('admin');

/** The app (API, widgets and back-office) on a free loopback port. */
export async function startApp(dataSource: DataSource): Promise<{ app: App; origin: string }> {
  const app = await createApp(dataSource, () => undefined);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  return { app, origin: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** Staff of the Coahuila exercise, one per role the tests act as. */
export async function accounts(dataSource: DataSource) {
  const make = async (role: StaffRole, scope: { organization?: string; state?: string }) => (await staff(dataSource.manager, role, scope)).account.email;
  return {
    agency: await make(StaffRole.AGENCY_EDITOR, { organization: 'dipetre', state: 'MX-COA' }), // responsible for commitment 2
    follower: await make(StaffRole.CIVIL_SOCIETY_FOLLOWER, { organization: 'movimiento-magisterial', state: 'MX-COA' }), // follows commitment 2
    institute: await make(StaffRole.INSTITUTE_ADMIN, { organization: 'icai', state: 'MX-COA' }),
    password: TEST_PASSWORD,
  };
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
    return { response, body: (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };
  const { response } = await post(null, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: password });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await post(cookie, query, variables);
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, any>;
  };
}
