import { apiAs, backOfficeSuite, COMMITMENT_2 } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

/** Civil society's dispute of a milestone travels with the commitment's progress in the back-office. */
describe('disputed milestones beside progress in the back-office', () => {
  const suite = backOfficeSuite('disputes');

  it('shows "1 en disputa" beside the percent once the follower disputes a milestone reported done', async () => {
    const agency = await apiAs(suite.origin, suite.staff.agency, suite.staff.password);
    const milestone = async (position: number, status: string) =>
      (
        await agency(`mutation($input: MilestoneInput!) { record: createMilestone(input: $input) { id } }`, {
          input: {
            commitmentId: COMMITMENT_2,
            position,
            title: `Hito ${position}`,
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

    const page = await suite.page({ as: suite.staff.institute });
    await page.goto(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show`);
    const bar = page.getByRole('progressbar').first();
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/^50\s?% · 1 de 2 hitos · 1 en disputa$/);
    await page
      .getByText(/^50\s?% · 1 de 2 hitos · 1 en disputa$/)
      .first()
      .waitFor();
  });
});
