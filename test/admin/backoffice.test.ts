import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { generateSynthetic, removeSynthetic } from '../../api/src/modules/synthetic/synthetic';
import { apiAs, backOfficeSuite, COAHUILA, COMMITMENT_2, COMMITMENT_6, signIn, choose } from './support';

// Each case is a person's whole task in a real browser (sign-in, several screens, a save): more
// than the default minute on a busy two-core machine.
jest.setTimeout(180_000);

/**
 * The back-office as staff use it: the built admin served by the real app at /admin/ over a real
 * database (its own, seeded with Coahuila), driven in Chromium through the screens and forms.
 */
describe('back-office in Chromium', () => {
  const suite = backOfficeSuite('backoffice');

  /** A fresh browser (no cookie, default English browser locale) signed in as `email`. */
  const as = (email: string | null) => suite.page({ as: email, locale: 'en-US' });

  const totals = (page: Page) => page.getByTestId('totals').first();
  const pagesTotal = async (page: Page) =>
    (await totals(page).locator('dt:has-text("Fojas entregadas") + dd').innerText()).trim();

  it('speaks Mexican Spanish by default (labels, dates and numbers), and switches to English', async () => {
    const page = await as(null);
    await page.goto(`${suite.origin}/admin/`);
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-MX');
    await signIn(page, suite.origin, suite.staff.institute, suite.staff.password);
    await page.goto(`${suite.origin}/admin/sessions`);
    await page.getByRole('cell', { name: '4 de mayo de 2016' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Fecha' }).count()).toBe(1);
    expect(await page.getByText('Sesión ordinaria').count()).toBeGreaterThan(0);
    await page.goto(`${suite.origin}/admin/actionPlans`);
    await page.getByText('más de 11,169').waitFor();

    await page.getByRole('button', { name: /Español \(México\)/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('more than 11,169').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto(`${suite.origin}/admin/sessions`);
    await page.getByRole('cell', { name: 'May 4, 2016' }).waitFor();
    // Back to Spanish for the rest of this browser's life.
    await page.getByRole('button', { name: /English/i }).click();
    await page.getByRole('menuitem', { name: 'Español (México)' }).click();
    await page.getByRole('cell', { name: '4 de mayo de 2016' }).waitFor();
  });

  it('lets an agency editor add a delivery to its commitment, and the totals change', async () => {
    const page = await as(suite.staff.agency);
    await page.getByRole('link', { name: /^2\. Seguimiento a los fondos/ }).click();
    await totals(page).waitFor();
    expect(await pagesTotal(page)).toMatch(/^más de 2,871/);
    await page.getByRole('tab', { name: 'Entregas de información' }).click();
    await page.getByRole('link', { name: 'Registrar entrega' }).click();
    await page.getByLabel('Qué se entregó').fill('Estados financieros del fondo de pensiones 2017');
    await page.getByLabel('Fecha de entrega').fill('2018-01-15');
    await page.getByLabel('Fojas', { exact: true }).fill('40');
    await choose(page.getByLabel('Las fojas son'), 'Exacto');
    await choose(page.getByLabel('Publicación'), 'Publicado');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/deliveries`);
    await page.getByRole('cell', { name: 'Estados financieros del fondo de pensiones 2017', exact: true }).waitFor();
    await totals(page).locator('dd', { hasText: 'más de 2,911' }).waitFor();
    expect(await pagesTotal(page)).toMatch(/^más de 2,911/);
    // The public figure moved too: the API computes it from published deliveries.
    const pub = await (
      await fetch(
        `${suite.origin}/graphql/public?query=${encodeURIComponent(`{ commitment(id: "${COMMITMENT_2}") { pagesDelivered { pages qualifier } } }`)}`,
      )
    ).json();
    expect(pub.data.commitment.pagesDelivered).toEqual({ pages: 2911, qualifier: 'MORE_THAN' });
  });

  it("shows an agency no way to change another agency's commitment; the institute admin can", async () => {
    const graphql = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const { informationDeliveries } = await graphql(
      'query($c: ID!) { informationDeliveries(filter: { commitmentId: $c }, first: 1) { nodes { id } } }',
      { c: COMMITMENT_6 },
    );
    const delivery = informationDeliveries.nodes[0].id as string;

    const agency = await as(suite.staff.agency);
    await agency.goto(`${suite.origin}/admin/commitments/${COMMITMENT_6}/show/deliveries`);
    await agency.getByRole('table', { name: 'Entregas de información' }).waitFor();
    expect(await agency.getByRole('link', { name: 'Registrar entrega' }).count()).toBe(0);
    expect(await agency.getByRole('link', { name: /^Editar/ }).count()).toBe(0);
    await agency.getByRole('tab', { name: 'Hitos' }).click();
    await agency.getByText('Este compromiso aún no tiene hitos registrados.').waitFor();
    expect(await agency.getByRole('link', { name: 'Agregar hito' }).count()).toBe(0);
    // A meeting names its commitments through links: none on another agency's commitment, one on its own.
    await agency.getByRole('tab', { name: 'Reuniones' }).click();
    await agency
      .getByText('No hay reuniones registradas para este compromiso.')
      .or(agency.getByRole('table', { name: 'Reuniones' }))
      .waitFor();
    expect(await agency.getByRole('link', { name: 'Registrar reunión' }).count()).toBe(0);
    await agency.goto(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/meetings`);
    await agency.getByRole('link', { name: 'Registrar reunión' }).waitFor();
    // Even by its address, the edit form says it cannot be edited instead of offering inputs.
    await agency.goto(`${suite.origin}/admin/informationDeliveries/${delivery}`);
    await agency.getByText('Tu cuenta puede consultar este registro, pero no editarlo.').waitFor();
    expect(await agency.getByRole('button', { name: 'Guardar' }).count()).toBe(0);

    const institute = await as(suite.staff.institute);
    await institute.goto(`${suite.origin}/admin/commitments/${COMMITMENT_6}/show/deliveries`);
    await institute.getByRole('link', { name: 'Registrar entrega' }).waitFor();
    await institute.getByRole('tab', { name: 'Reuniones' }).click();
    await institute.getByRole('link', { name: 'Registrar reunión' }).waitFor();
    await institute.getByRole('link', { name: 'Editar', exact: true }).first().click();
    const objective = institute.getByLabel('Objetivo');
    await objective.fill(`${await objective.inputValue()} (revisado por el instituto)`);
    await institute.getByRole('button', { name: 'Guardar' }).click();
    await institute.waitForURL(`${suite.origin}/admin/commitments/${COMMITMENT_6}/show`);
    await institute.getByText('(revisado por el instituto)').waitFor();
  });

  it('lets a civil-society follower dispute a milestone an agency published, and shows the dispute', async () => {
    const agency = await as(suite.staff.agency);
    await agency.goto(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/milestones`);
    await agency
      .getByText('Este compromiso aún no tiene hitos. Agrega el primero para que su avance pueda medirse.')
      .waitFor();
    await agency.getByRole('link', { name: 'Agregar hito' }).click();
    await agency.getByLabel('Qué se hará').fill('Publicar los estados financieros auditados del fondo');
    await choose(agency.getByLabel('Estado'), 'Cumplido');
    await agency.getByRole('button', { name: 'Guardar' }).click();
    // Done needs evidence: said under the input and in the summary, nothing sent.
    await agency.getByRole('alert').filter({ hasText: 'Hay 1 campo con error' }).waitFor();
    await agency.getByLabel('Enlace a la evidencia').fill('https://transparencia.example.mx/dipetre/estados-2017.pdf');
    await choose(agency.getByLabel('Publicación'), 'Publicado');
    await agency.getByRole('button', { name: 'Guardar' }).click();
    await agency.waitForURL(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/milestones`);
    await agency.getByRole('heading', { name: '1. Publicar los estados financieros auditados del fondo' }).waitFor();

    const follower = await as(suite.staff.follower);
    await follower.goto(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/milestones`);
    const milestone = follower.getByRole('article', {
      name: '1. Publicar los estados financieros auditados del fondo',
    });
    await milestone.getByText('Sin revisiones de la sociedad civil.').waitFor();
    await milestone
      .getByRole('button', { name: 'Revisar: Publicar los estados financieros auditados del fondo' })
      .click();
    const dialog = follower.getByRole('dialog', { name: 'Revisar el estado reportado' });
    await dialog.getByLabel('Disputa').check();
    await dialog
      .getByLabel('Qué observó la sociedad civil')
      .fill('El documento publicado no incluye los anexos de adeudos.');
    await dialog.getByRole('button', { name: 'Enviar revisión' }).click();
    await milestone.getByText('«El documento publicado no incluye los anexos de adeudos.»').waitFor();
    expect(await milestone.getByText(/Movimiento Magisterial de Coahuila · disputa el estado «Cumplido»/).count()).toBe(
      1,
    );
    // The agency sees it too, and the public API carries it beside the agency's claim.
    await agency.reload();
    await agency.getByText('«El documento publicado no incluye los anexos de adeudos.»').waitFor();
    const pub = await (
      await fetch(
        `${suite.origin}/graphql/public?query=${encodeURIComponent(`{ commitment(id: "${COMMITMENT_2}") { milestones { status reviews { verdict comment } } } }`)}`,
      )
    ).json();
    expect(pub.data.commitment.milestones[0]).toEqual({
      status: 'DONE',
      reviews: [{ verdict: 'DISPUTED', comment: 'El documento publicado no incluye los anexos de adeudos.' }],
    });
    // Only followers review: the agency has no such button.
    expect(await agency.getByRole('button', { name: /^Revisar/ }).count()).toBe(0);
  });

  it('shows a stale edit as a conflict, keeps what was typed, and saves it over the current version on request', async () => {
    const graphql = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const { milestones } = await graphql(
      'query($c: ID!) { milestones(filter: { commitmentId: $c }) { nodes { id version title } } }',
      { c: COMMITMENT_2 },
    );
    const { id } = milestones.nodes[0];

    const page = await as(suite.staff.agency);
    await page.goto(`${suite.origin}/admin/milestones/${id}`);
    const title = page.getByLabel('Qué se hará');
    await title.waitFor();
    // Meanwhile, at the institute, someone else changes the same milestone.
    const { milestone } = await graphql('query($id: ID!) { milestone(id: $id) { version } }', { id });
    await graphql(
      'mutation($id: ID!, $v: Int!) { updateMilestone(id: $id, version: $v, input: { description: "Ajuste del instituto" }) { version } }',
      { id, v: milestone.version },
    );

    await title.fill('Publicar los estados financieros auditados y sus anexos');
    await page.getByRole('button', { name: 'Guardar' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Otra persona guardó una versión más nueva' });
    await conflict.waitFor();
    expect(await title.inputValue()).toBe('Publicar los estados financieros auditados y sus anexos');
    expect(page.url()).toBe(`${suite.origin}/admin/milestones/${id}`);

    await conflict.getByRole('button', { name: /^Guardar mis cambios sobre la versión \d+$/ }).click();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/milestones`);
    const after = await graphql('query($id: ID!) { milestone(id: $id) { title description } }', { id });
    expect(after.milestone).toEqual({
      title: 'Publicar los estados financieros auditados y sus anexos',
      description: 'Ajuste del instituto',
    });
  });

  it('puts exercises side by side for the evaluator, unknowns as "Sin dato", synthetic ones only on request', async () => {
    await generateSynthetic(suite.dataSource, { count: 2, seed: 5 });
    try {
      const page = await as(suite.staff.institute);
      await page.goto(`${suite.origin}/admin/evaluations`);
      await page.getByRole('menuitem', { name: 'Comparación entre ejercicios' }).click();
      const table = page.getByRole('table', { name: 'Comparación entre ejercicios' });
      await table.waitFor();
      const rows = table.locator('tbody tr');
      // The thirteen real states: Coahuila and the twelve of the national program's pages.
      expect(await rows.count()).toBe(13);
      const coahuila = rows.filter({ hasText: 'Coahuila' });
      const cell = async (column: number) => (await coahuila.locator('td').nth(column).innerText()).trim();
      expect(await coahuila.locator('th').innerText()).toContain('(MX-COA)');
      // Earlier cases here add deliveries and publish milestones: the figures they move are read from the API.
      const response = await fetch(`${suite.origin}/graphql/public`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ compareExercises(ids: ["${COAHUILA}"]) { commitments { withUnknownProgress averageProgressPercent } pagesDelivered { pages } } }`,
        }),
      });
      const [now] = (await response.json()).data.compareExercises;
      const average = now.commitments.averageProgressPercent;
      const figures = await Promise.all([2, 6, 8, 12, 19, 24, 25, 26, 27, 28, 29].map(cell));
      // Commitments, of them unmeasured, average progress; pages; sessions; attendance; days to the
      // Secretariat and to the plan; scores known, average quality and relevance. The report lost
      // its table of scores: those stay "Sin dato", never 0.
      expect(figures).toEqual([
        '7',
        String(now.commitments.withUnknownProgress),
        average === null
          ? 'Sin dato'
          : new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 1 }).format(average / 100),
        `más de ${new Intl.NumberFormat('es-MX').format(now.pagesDelivered.pages)}`,
        '9',
        'más de 240',
        '203',
        '610',
        '0 de 63',
        'Sin dato',
        'Sin dato',
      ]);
      expect(now.pagesDelivered.pages).toBeGreaterThanOrEqual(11169);
      expect(
        await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze()
          .then((r) => r.violations.map((v) => v.id)),
      ).toEqual([]);

      await page.getByLabel('Incluir ejercicios sintéticos (generados para pruebas)').check();
      await rows.nth(14).waitFor();
      expect(await rows.count()).toBe(15);
      expect(await rows.filter({ hasText: 'sintético' }).count()).toBe(2);
    } finally {
      await removeSynthetic(suite.dataSource);
    }
  });

  it('shows the real states at every stage: stage, days, commitments regular and proactive, seats by sector, "Sin dato" apart from 0', async () => {
    const page = await as(suite.staff.institute);
    await page.goto(`${suite.origin}/admin/comparison`);
    const table = page.getByRole('table', { name: 'Comparación entre ejercicios' });
    await table.waitFor();
    const row = (state: string) =>
      table.locator('tbody tr').filter({ has: page.locator('th', { hasText: `(${state})` }) });
    const cells = async (state: string, columns: number[]) =>
      Promise.all(columns.map(async (c) => (await row(state).locator('td').nth(c).innerText()).trim()));
    // Stage; commitments total, regular, proactive; civil society, guarantor, local authority seats; days to the Secretariat and to the plan.
    const columns = [0, 2, 3, 4, 9, 10, 11, 25, 26];
    // Morelos: declaration 9 March 2015, Secretariat 16 April 2015 (38 days), plan 29 September 2015 (204 days), 6 + 2 proactive.
    expect(await cells('MX-MOR', columns)).toEqual([
      'Plan publicado',
      '8',
      '6',
      '2',
      '1 declarados · 1 nombrados',
      '1 declarados · 1 nombrados',
      '2 declarados · 2 nombrados',
      '38',
      '204',
    ]);
    // Nuevo León: Secretariat 18 November 2016 (151 days), no plan yet; one civil-society seat "por definir".
    expect(await cells('MX-NLE', columns)).toEqual([
      'Secretariado instalado',
      'Sin dato',
      'Sin dato',
      'Sin dato',
      '3 declarados · 2 nombrados · 1 por definir',
      '1 declarados · 1 nombrados',
      '3 declarados · 3 nombrados',
      '151',
      'Sin dato',
    ]);
    // Quintana Roo: the declaration only.
    expect(await cells('MX-ROO', columns)).toEqual([
      'Declaración firmada',
      'Sin dato',
      'Sin dato',
      'Sin dato',
      'Sin dato',
      'Sin dato',
      'Sin dato',
      'Sin dato',
      'Sin dato',
    ]);
    // Campeche: "2 representantes del Órgano Garante" and one body named, both kept.
    expect((await cells('MX-CAM', [10]))[0]).toBe('2 declarados · 1 nombrados');
    expect(await row('MX-ROO').locator('td').nth(1).innerText()).toContain(
      'En próximas fechas se agendarán sesiones de sensibilización',
    );
    // The pages tell no session, agreement, information request or milestone: "Sin dato", not 0, where
    // Coahuila's report gives numbers. Commitments complete; requests; sessions (all, ordinary,
    // extraordinary); agreements done and pending.
    const unreported = [7, 14, 19, 20, 21, 22, 23];
    for (const state of ['MX-DUR', 'MX-NLE', 'MX-ROO'])
      expect(await cells(state, unreported)).toEqual(unreported.map(() => 'Sin dato'));
    expect(await cells('MX-COA', unreported)).toEqual(unreported.map(() => expect.stringMatching(/^[\d,]+$/)));
  });

  it('has no WCAG 2.2 AA violations on the dashboard, the commitment page and a form', async () => {
    const page = await as(suite.staff.agency);
    const check = async () => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await check()).toEqual([]);
    await page.goto(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show`);
    await totals(page).waitFor();
    expect(await check()).toEqual([]);
    await page.goto(
      `${suite.origin}/admin/informationDeliveries/create?source=${encodeURIComponent(JSON.stringify({ commitmentId: COMMITMENT_2 }))}`,
    );
    await page.getByLabel('Qué se entregó').waitFor();
    expect(await check()).toEqual([]);
  });
});
