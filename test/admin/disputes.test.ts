import type { Browser, BrowserContext } from 'playwright-core';
import type { App } from '../../api/src/app';
import { launchChromium } from '../support/browser';
import { accounts, adminDatabase, apiAs, buildAdmin, COMMITMENT_2, signIn, startApp } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

/** Civil society's dispute of a milestone travels with the commitment's progress in the back-office. */
describe('disputed milestones beside progress in the back-office', () => {
  let database: Awaited<ReturnType<typeof adminDatabase>>;
  let app: App;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let staff: Awaited<ReturnType<typeof accounts>>;

  beforeAll(async () => {
    buildAdmin();
    database = await adminDatabase();
    staff = await accounts(database.dataSource);
    ({ app, origin } = await startApp(database.dataSource));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
    await database?.drop();
  });

  it('shows "1 en disputa" beside the percent once the follower disputes a milestone reported done', async () => {
    const agency = await apiAs(origin, staff.agency, staff.password);
    const milestone = async (position: number, status: string) =>
      (
        await agency(`mutation($input: MilestoneInput!) { record: createMilestone(input: $input) { id } }`, {
          input: { commitmentId: COMMITMENT_2, position, title: `Hito ${position}`, status, publication: 'PUBLISHED', ...(status === 'DONE' ? { evidenceDescription: 'Acta en el archivo del instituto' } : {}) },
        })
      ).record.id as string;
    const done = await milestone(1, 'DONE');
    await milestone(2, 'NOT_STARTED');
    const follower = await apiAs(origin, staff.follower, staff.password);
    await follower(`mutation($m: ID!) { reviewMilestone(milestoneId: $m, verdict: DISPUTED, comment: "El acta no está publicada.") { id } }`, { m: done });

    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-MX' });
    const page = await context.newPage();
    await signIn(page, origin, staff.institute, staff.password);
    await page.goto(`${origin}/admin/commitments/${COMMITMENT_2}/show`);
    const bar = page.getByRole('progressbar').first();
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/^50\s?% · 1 de 2 hitos · 1 en disputa$/);
    await page.getByText(/^50\s?% · 1 de 2 hitos · 1 en disputa$/).first().waitFor();
  });
});
