import { apiAs, backOfficeSuite, COAHUILA, COMMITMENT_2, choose } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

/** The institute sees what was deleted in its state and brings it back, parent first. */
describe('the wastebasket ("Papelera")', () => {
  const suite = backOfficeSuite('trash');
  const as = (email: string) => suite.page({ as: email });

  it('lists a deleted commitment and its milestone, refuses the milestone first in Spanish, then restores both', async () => {
    const institute = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const { commitment: seeded } = await institute(`query($id: ID!) { commitment(id: $id) { plan { id } } }`, {
      id: COMMITMENT_2,
    });
    const { record: commitment } = await institute(
      `mutation($i: CommitmentInput!) { record: createCommitment(input: $i) { id version } }`,
      {
        i: { planId: seeded.plan.id, number: 41, title: 'Compromiso que se borró por error' },
      },
    );
    const { record: milestone } = await institute(
      `mutation($i: MilestoneInput!) { record: createMilestone(input: $i) { id version } }`,
      {
        i: { commitmentId: commitment.id, position: 1, title: 'Hito que se borró con él' },
      },
    );
    await institute(`mutation($id: ID!, $v: Int!) { deleteMilestone(id: $id, version: $v) { id } }`, {
      id: milestone.id,
      v: milestone.version,
    });
    await institute(`mutation($id: ID!, $v: Int!) { deleteCommitment(id: $id, version: $v) { id } }`, {
      id: commitment.id,
      v: commitment.version,
    });

    const page = await as(suite.staff.institute);
    await page.getByRole('menuitem', { name: 'Papelera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Papelera' }).waitFor();
    const table = page.getByRole('table', { name: 'Papelera' });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await row('41. Compromiso que se borró por error').waitFor();
    expect(await row('41. Compromiso que se borró por error').getByRole('cell').first().textContent()).toBe(
      'Compromiso',
    );
    expect(await row('1. Hito que se borró con él').getByRole('cell').first().textContent()).toBe('Hito');

    await row('1. Hito que se borró con él')
      .getByRole('button', { name: /^Restaurar/ })
      .click();
    const refusal = row('1. Hito que se borró con él').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'No se puede restaurar mientras «Compromiso» esté en la papelera: restaura ese registro primero.',
    );

    await row('41. Compromiso que se borró por error')
      .getByRole('button', { name: /^Restaurar/ })
      .click();
    await page.getByText('Se restauró «41. Compromiso que se borró por error».').waitFor();
    await row('41. Compromiso que se borró por error').waitFor({ state: 'detached' });
    await row('1. Hito que se borró con él')
      .getByRole('button', { name: /^Restaurar/ })
      .click();
    await page.getByText('Se restauró «1. Hito que se borró con él».').waitFor();
    await row('1. Hito que se borró con él').waitFor({ state: 'detached' });

    // Back where people look for it.
    await page.goto(`${suite.origin}/admin/commitments/${commitment.id}/show`);
    await page.getByText('Compromiso que se borró por error').first().waitFor();
    await page.goto(`${suite.origin}/admin/milestones/${milestone.id}/show`);
    await page.getByText('Hito que se borró con él').first().waitFor();
  });

  it('filters by kind', async () => {
    const institute = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const { record: theme } = await institute(
      `mutation($i: ThemeInput!) { record: createTheme(input: $i) { id version } }`,
      { i: { exerciseId: COAHUILA, name: 'Tema borrado de prueba' } },
    );
    await institute(`mutation($id: ID!, $v: Int!) { deleteTheme(id: $id, version: $v) { id } }`, {
      id: theme.id,
      v: theme.version,
    });
    const page = await as(suite.staff.institute);
    await page.goto(`${suite.origin}/admin/trash`);
    const table = page.getByRole('table', { name: 'Papelera' });
    await table.getByRole('row').filter({ hasText: 'Tema borrado de prueba' }).waitFor();
    await choose(page.getByRole('combobox', { name: 'Tipo de registro' }), 'Hito');
    await page.getByText('No hay registros eliminados que puedas restaurar.').waitFor();
    await choose(page.getByRole('combobox', { name: 'Tipo de registro' }), 'Tema');
    await table.getByRole('row').filter({ hasText: 'Tema borrado de prueba' }).waitFor();
  });

  it("opens from a list on that list's kind of record", async () => {
    const institute = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const { record: theme } = await institute(
      `mutation($i: ThemeInput!) { record: createTheme(input: $i) { id version } }`,
      { i: { exerciseId: COAHUILA, name: 'Tema que se busca desde su lista' } },
    );
    await institute(`mutation($id: ID!, $v: Int!) { deleteTheme(id: $id, version: $v) { id } }`, {
      id: theme.id,
      v: theme.version,
    });
    const { record: milestone } = await institute(
      `mutation($i: MilestoneInput!) { record: createMilestone(input: $i) { id version } }`,
      {
        i: { commitmentId: COMMITMENT_2, position: 7, title: 'Hito de otra lista' },
      },
    );
    await institute(`mutation($id: ID!, $v: Int!) { deleteMilestone(id: $id, version: $v) { id } }`, {
      id: milestone.id,
      v: milestone.version,
    });

    const page = await as(suite.staff.institute);
    await page.getByRole('menuitem', { name: 'Temas' }).click();
    await page.locator('#main-content').getByRole('link', { name: 'Papelera' }).click();
    await page.waitForURL(/\/admin\/trash\?kind=Theme$/);
    expect(await page.getByRole('combobox', { name: 'Tipo de registro' }).textContent()).toBe('Tema');
    const rows = page.getByRole('table', { name: 'Papelera' }).getByRole('row');
    await rows.filter({ hasText: 'Tema que se busca desde su lista' }).waitFor();
    expect(new Set(await rows.locator('td:first-child').allTextContents())).toEqual(new Set(['Tema']));
  });

  it('is not offered to an agency, and says so at its address', async () => {
    const page = await as(suite.staff.agency);
    await page.getByRole('menuitem', { name: 'Inicio' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Papelera' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Hitos' }).click();
    await page
      .locator('#main-content')
      .getByRole('link', { name: 'Exportar CSV' })
      .or(page.locator('#main-content').getByRole('button', { name: 'Exportar CSV' }))
      .waitFor();
    expect(await page.locator('#main-content').getByRole('link', { name: 'Papelera' }).count()).toBe(0);
    await page.goto(`${suite.origin}/admin/trash`);
    await page
      .getByText(
        'Solo el instituto (para su estado) y la administración de la plataforma pueden ver y restaurar registros eliminados.',
      )
      .waitFor();
  });
});
