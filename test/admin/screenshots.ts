/**
 * Screenshots of the back-office's main screens for the README, taken in Debian's Chromium
 * against a running installation with the demo data (`npm start` on an embedded database):
 *
 *   node -r @swc-node/register test/admin/screenshots.ts [http://127.0.0.1:4000] [--day]
 *
 * Writes docs/screenshots/*.png; the demo accounts sign in as a person would. With --day it first
 * does a day's work through the API as the demo accounts (DIPETRE records a dated delivery and
 * publishes a milestone; Movimiento Magisterial disputes it), so the screens show activity: run it
 * on a fresh demo database.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { seedId } from '../../api/src/seed/upsert';
import { launchChromium } from '../support/browser';

const origin = process.argv.slice(2).find((arg) => arg.startsWith('http')) ?? 'http://127.0.0.1:4000';
const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');
const COMMITMENT_2 = seedId('commitment:coahuila-2015-2017:c2');

async function publicQuery<T>(query: string): Promise<T> {
  const response = await fetch(`${origin}/graphql/public?query=${encodeURIComponent(query)}`);
  return ((await response.json()) as { data: T }).data;
}

/** GraphQL as a demo account, from outside the browser. */
async function as(email: string) {
  const post = async (query: string, variables: Record<string, unknown>, cookie?: string) =>
    fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  const signIn = await post('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: email,
    p: DEMO_PASSWORD,
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const body = (await (await post(query, variables, cookie)).json()) as {
      data: Record<string, any>;
      errors?: unknown[];
    };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/** A day's work on commitment 2, as the README's demo accounts would do it in the back-office. */
async function dayOfWork() {
  const dipetre = await as('dipetre@demo.tablero.mx');
  await dipetre(
    'mutation($c: ID!) { createInformationDelivery(input: { commitmentId: $c, description: "Estados financieros del fondo de pensiones, 2017", deliveredOn: "2018-01-15", pages: 40, pagesQualifier: EXACT, publication: PUBLISHED }) { id } }',
    { c: COMMITMENT_2 },
  );
  await dipetre(
    'mutation($c: ID!) { createInformationDelivery(input: { commitmentId: $c, description: "Padrón de adeudos de las instituciones, 2017", deliveredOn: "2018-03-02", pages: 125, pagesQualifier: EXACT, publication: PUBLISHED }) { id } }',
    { c: COMMITMENT_2 },
  );
  const { createMilestone } = await dipetre(
    'mutation($c: ID!) { createMilestone(input: { commitmentId: $c, position: 1, title: "Publicar los estados financieros auditados del fondo", status: DONE, dueDate: "2018-02", completedOn: "2018-01-15", evidenceUrl: "https://transparencia.example.mx/dipetre/estados-2017.pdf", publication: PUBLISHED }) { id } }',
    { c: COMMITMENT_2 },
  );
  await dipetre(
    'mutation($c: ID!) { createMilestone(input: { commitmentId: $c, position: 2, title: "Entregar el padrón de deudores con montos y plazos", status: IN_PROGRESS, dueDate: "2018-06", publication: PUBLISHED }) { id } }',
    { c: COMMITMENT_2 },
  );
  const magisterio = await as('magisterio@demo.tablero.mx');
  await magisterio(
    'mutation($m: ID!) { reviewMilestone(milestoneId: $m, verdict: DISPUTED, comment: "El documento publicado no incluye los anexos de adeudos por institución.") { id } }',
    { m: createMilestone.id },
  );
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
    locale: 'es-MX',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/admin/`);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
  return page;
}

async function shot(page: Page, name: string, ready: () => Promise<unknown>) {
  await ready();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  if (process.argv.includes('--day')) await dayOfWork();
  const { exerciseBySlug } = await publicQuery<{
    exerciseBySlug: {
      secretariat: { id: string; sessions: { id: string; number: number; type: string }[] };
      actionPlans: { evaluations: { id: string }[] }[];
    };
  }>(
    '{ exerciseBySlug(slug: "coahuila-2015-2017") { secretariat { id sessions { id number type } } actionPlans { evaluations { id } } } }',
  );
  const session =
    exerciseBySlug.secretariat.sessions.find((s) => s.type === 'ORDINARY' && s.number === 4) ??
    exerciseBySlug.secretariat.sessions[0];
  const evaluation = exerciseBySlug.actionPlans.flatMap((p) => p.evaluations)[0];
  const browser = await launchChromium();
  try {
    const visitor = await (
      await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'es-MX' })
    ).newPage();
    await visitor.goto(`${origin}/admin/`);
    await shot(visitor, 'login', () => visitor.getByRole('heading', { name: 'Iniciar sesión' }).waitFor());

    const agency = await signedIn(browser, 'dipetre@demo.tablero.mx');
    await shot(agency, 'dashboard-agency', () => agency.getByText('Mis compromisos').waitFor());
    await agency.goto(`${origin}/admin/commitments/${COMMITMENT_2}/show`);
    await shot(agency, 'commitment', () => agency.getByTestId('totals').waitFor());
    await agency.goto(`${origin}/admin/commitments/${COMMITMENT_2}/show/deliveries`);
    await shot(agency, 'commitment-deliveries', () =>
      agency.getByRole('table', { name: 'Entregas de información' }).waitFor(),
    );
    await agency.getByRole('link', { name: 'Registrar entrega' }).click();
    await shot(agency, 'delivery-form', () => agency.getByLabel('Qué se entregó').waitFor());

    const institute = await signedIn(browser, 'icai@demo.tablero.mx');
    await institute.goto(`${origin}/admin/sessions/${session.id}/show`);
    await shot(institute, 'session', () =>
      institute.getByRole('table', { name: 'Quién ocupó cada lugar ese día' }).waitFor(),
    );
    await institute.goto(`${origin}/admin/secretariats/${exerciseBySlug.secretariat.id}/timeline`);
    await shot(institute, 'membership-timeline', () =>
      institute.getByRole('img', { name: /Integrantes del Secretariado/ }).waitFor(),
    );
    await institute.goto(`${origin}/admin/commitments`);
    await shot(institute, 'commitments-list', () => institute.getByRole('columnheader', { name: 'Avance' }).waitFor());
    await institute.goto(`${origin}/admin/embed`);
    await shot(institute, 'embed-code', () =>
      institute.locator('[data-testid=embed-preview] ta-pages-counter').waitFor(),
    );

    const evaluator = await signedIn(browser, 'evaluador@demo.tablero.mx');
    if (evaluation) {
      await evaluator.goto(`${origin}/admin/evaluations/${evaluation.id}/rubric`);
      await shot(evaluator, 'rubric', () => evaluator.getByRole('table', { name: 'Rúbrica por compromiso' }).waitFor());
    }
    await evaluator.goto(`${origin}/admin/comparison`);
    await shot(evaluator, 'comparison', () =>
      evaluator.getByRole('table', { name: 'Comparación entre ejercicios' }).waitFor(),
    );

    const follower = await signedIn(browser, 'magisterio@demo.tablero.mx');
    await follower.goto(`${origin}/admin/commitments/${COMMITMENT_2}/show/milestones`);
    await shot(follower, 'commitment-milestones-follower', () =>
      follower.getByRole('heading', { name: 'Hitos', level: 2 }).waitFor(),
    );
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
