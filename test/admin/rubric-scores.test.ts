import { seedId } from '../../api/src/seed/upsert';
import { backOfficeSuite, COMMITMENT_2, choose } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

const EVALUATION = seedId('evaluation:coahuila-2015-2017:pal');

/** The evaluator enters rubric scores on the rubric page, in Chromium over a real database. */
describe('rubric scores in the back-office', () => {
  const suite = backOfficeSuite('rubric_scores');

  const publicScores = async () =>
    (
      await (
        await fetch(
          `${suite.origin}/graphql/public?query=${encodeURIComponent(`{ commitment(id: "${COMMITMENT_2}") { evaluationScores { score } } }`)}`,
        )
      ).json()
    ).data.commitment.evaluationScores.map((s: { score: number | null }) => s.score);

  it('enters a score where it was unknown, as a draft then published; the rest stay "Sin dato"', async () => {
    expect(await publicScores()).toEqual(Array(9).fill(null));
    const page = await suite.page({ as: suite.staff.evaluator });
    await page.goto(`${suite.origin}/admin/evaluations/${EVALUATION}/rubric`);
    const row = page.locator('tr', { has: page.getByRole('link', { name: /^2\. / }) });
    const cells = row.getByRole('button', { name: /^Puntaje de 2\./ });
    await cells.first().waitFor();
    expect(await cells.count()).toBe(9);
    expect(await row.getByText('Sin dato').count()).toBe(9);

    await cells.first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Déjalo vacío si no se conoce', { exact: false }).waitFor();
    await dialog.getByLabel('Puntaje', { exact: true }).fill('-1');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'El puntaje debe ser un número de 0 en adelante' }).waitFor();
    await dialog.getByLabel('Puntaje', { exact: true }).fill('2,5');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row
      .getByRole('button', { name: /: 2\.5$/ })
      .getByText('(Borrador)', { exact: false })
      .waitFor();
    expect(await publicScores()).toEqual(Array(9).fill(null));

    await row.getByRole('button', { name: /: 2\.5$/ }).click();
    await choose(dialog.getByLabel('Publicación'), 'Publicado');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.getByText('Sin dato').count()).toBe(8);
    expect(await publicScores()).toEqual([2.5, ...Array(8).fill(null)]);
  });
});
