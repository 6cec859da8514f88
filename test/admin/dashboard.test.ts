import esMX from '../../admin/src/i18n/es-MX';
import { generateSynthetic } from '../../api/src/modules/synthetic/synthetic';
import { apiAs, backOfficeSuite, COMMITMENT_2, COMMITMENT_6, signIn } from './support';

// Whole tasks in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

const panel = (name: string) => `section[aria-label="${name}"]`;

/** Inicio, in Chromium over a real database: panels that stand on their own and count what is theirs. */
describe('the back-office dashboard', () => {
  const suite = backOfficeSuite('dashboard');

  it("keeps Inicio readable when one panel's request fails: that panel says so, the others show", async () => {
    const page = await suite.page();
    await page.route('**/graphql', (route) =>
      /query OverdueMilestones/.test(route.request().postData() ?? '')
        ? route.fulfill({
            json: {
              data: null,
              errors: [{ message: 'Cannot return null for non-nullable field Milestone.commitment.' }],
            },
          })
        : route.continue(),
    );
    await signIn(page, suite.origin, suite.staff.institute, suite.staff.password);
    await page
      .locator(panel(esMX.tablero.dashboard.overdue))
      .getByText(esMX.tablero.errors.INTERNAL_SERVER_ERROR)
      .waitFor();
    await page
      .locator(panel(esMX.tablero.dashboard.all_commitments))
      .getByRole('link', { name: /^2\. Seguimiento a los fondos/ })
      .waitFor();
    expect(await page.getByText(esMX.ra.page.error).count()).toBe(0);
  });

  it("lists an agency's overdue milestones of its own commitments only, and charts published pages only", async () => {
    const institute = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const overdue = (commitmentId: string, title: string) =>
      institute(`mutation($input: MilestoneInput!) { createMilestone(input: $input) { id } }`, {
        input: {
          commitmentId,
          position: 1,
          title,
          status: 'NOT_STARTED',
          dueDate: '2016-06-30',
          publication: 'PUBLISHED',
        },
      });
    await overdue(COMMITMENT_2, 'Hito vencido de DIPETRE');
    await overdue(COMMITMENT_6, 'Hito vencido de CONAGUA');

    const page = await suite.page({ as: suite.staff.agency });
    const milestones = page.locator(panel(esMX.tablero.dashboard.overdue));
    await milestones.getByRole('link', { name: 'Hito vencido de DIPETRE' }).waitFor();
    expect(await milestones.getByRole('link').count()).toBe(1);

    const deliver = (pages: number, publication: string) =>
      institute(`mutation($input: InformationDeliveryInput!) { createInformationDelivery(input: $input) { id } }`, {
        input: {
          commitmentId: COMMITMENT_2,
          description: `Anexo de ${pages} fojas`,
          deliveredOn: '2017-03-01',
          pages,
          pagesQualifier: 'EXACT',
          publication,
        },
      });
    await deliver(10, 'PUBLISHED');
    await page.reload();
    const chart = page.locator(panel(esMX.tablero.dashboard.pages_over_time)).locator('figcaption');
    const before = await chart.innerText();
    await deliver(1000, 'DRAFT');
    await page.reload();
    await chart.waitFor();
    expect(await chart.innerText()).toBe(before);
  });

  it("lists an institute's overdue milestones of its own state only; the platform's of every state", async () => {
    await generateSynthetic(suite.dataSource, { count: 1, seed: 18, drafts: 0, deleted: 0 });
    const [{ id: elsewhere }] = await suite.dataSource.query(
      'SELECT c.id FROM commitment c JOIN action_plan p ON p.id = c.plan_id JOIN exercise x ON x.id = p.exercise_id WHERE x.is_synthetic LIMIT 1',
    );
    const platform = await apiAs(suite.origin, suite.staff.platform, suite.staff.password);
    for (const [commitmentId, title] of [
      [COMMITMENT_2, 'Hito vencido en Coahuila'],
      [elsewhere, 'Hito vencido en otro estado'],
    ]) {
      await platform(`mutation($input: MilestoneInput!) { createMilestone(input: $input) { id } }`, {
        input: {
          commitmentId,
          position: 9,
          title,
          status: 'IN_PROGRESS',
          dueDate: '2016-01-31',
          publication: 'PUBLISHED',
        },
      });
    }
    const shown = async (email: string) => {
      const milestones = (await suite.page({ as: email })).locator(panel(esMX.tablero.dashboard.overdue));
      await milestones.getByRole('link', { name: 'Hito vencido en Coahuila' }).waitFor();
      return milestones.getByRole('link', { name: /^Hito vencido en/ }).allInnerTexts();
    };
    expect(await shown(suite.staff.institute)).toEqual(['Hito vencido en Coahuila']);
    expect((await shown(suite.staff.platform)).sort()).toEqual([
      'Hito vencido en Coahuila',
      'Hito vencido en otro estado',
    ]);
  });
});
