import { apiAs, backOfficeSuite, COMMITMENT_2 } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

/** Wherever the back-office shows a commitment's progress, staff can open what the public sees of it. */
describe("progress beside the public's view of it", () => {
  // The public view is the embeddable widget, served from its build.
  const suite = backOfficeSuite('public_view', { widgets: true });
  const as = (email: string) => suite.page({ as: email });

  it("opens the public widget of the commitment from its page, where civil society's dispute shows as the public sees it", async () => {
    const agency = await apiAs(suite.origin, suite.staff.agency, suite.staff.password);
    const milestone = async (position: number, status: string) =>
      (
        await agency(`mutation($input: MilestoneInput!) { record: createMilestone(input: $input) { id } }`, {
          input: {
            commitmentId: COMMITMENT_2,
            position,
            title: `Hito público ${position}`,
            status,
            publication: 'PUBLISHED',
            ...(status === 'DONE' ? { evidenceDescription: 'Acta en el archivo del instituto' } : {}),
          },
        })
      ).record.id as string;
    const done = await milestone(1, 'DONE');
    await milestone(2, 'NOT_STARTED');
    const follower = await apiAs(suite.origin, suite.staff.follower, suite.staff.password);
    await follower(
      `mutation($m: ID!) { reviewMilestone(milestoneId: $m, verdict: DISPUTED, comment: "El acta no está publicada.") { id } }`,
      { m: done },
    );

    const page = await as(suite.staff.follower);
    await page.goto(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show`);
    const link = page.getByRole('link', { name: /^Ver el avance de «.+» como lo ve el público$/ }).first();
    await link.click();
    await page.waitForURL((url) => url.pathname === '/admin/embed' && url.searchParams.get('id') === COMMITMENT_2);
    // The widget as the public sees it, rendered from the public endpoint.
    const widget = page.getByTestId('embed-preview').locator(`ta-commitment-progress[commitment-id="${COMMITMENT_2}"]`);
    await widget.getByRole('progressbar').waitFor();
    expect(await widget.getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(
      /^1 de 2 hitos · 1 en disputa \(50\s?%\)$/,
    );
    expect(await page.locator('#embed-snippet').inputValue()).toContain(`commitment-id="${COMMITMENT_2}"`);
  });

  it('links each row of the commitments list to its public view without opening the record', async () => {
    const page = await as(suite.staff.institute);
    await page.goto(`${suite.origin}/admin/commitments`);
    const link = page
      .locator('tbody tr')
      .first()
      .getByRole('link', { name: /como lo ve el público$/ });
    await link.click();
    await page.waitForURL(
      (url) => url.pathname === '/admin/embed' && url.searchParams.get('widget') === 'ta-commitment-progress',
    );
    const id = new URL(page.url()).searchParams.get('id');
    await page
      .getByTestId('embed-preview')
      .locator(`ta-commitment-progress[commitment-id="${id}"]`)
      .waitFor({ state: 'attached' });
    // The row's link opened the public view, not the record.
    expect(new URL(page.url()).pathname).toBe('/admin/embed');
  });
});
