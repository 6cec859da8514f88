import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { backOfficeSuite, COAHUILA } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

/** The comparison as a tool: names in view, sorting and a ranking, chosen exercises and columns, figures per commitment, CSV. */
describe('the comparison of exercises', () => {
  const suite = backOfficeSuite('comparison');
  let page: Page;

  beforeAll(async () => {
    page = await suite.page({ as: suite.staff.institute });
    await page.goto(`${suite.origin}/admin/comparison`);
    await page.getByRole('table', { name: 'Comparación entre ejercicios' }).locator('tbody tr').first().waitFor();
  });

  const table = () => page.getByRole('table', { name: 'Comparación entre ejercicios' });
  const headers = async () => (await table().locator('thead th').allInnerTexts()).map((text) => text.trim());
  const column = async (name: string) => {
    const index = (await headers()).indexOf(name) - 1;
    return (await table()
      .locator('tbody tr')
      .evaluateAll(
        (rows, i) => rows.map((row) => (row.querySelectorAll('td')[i] as HTMLElement).innerText.trim()),
        index,
      )) as string[];
  };
  const coahuilaPages = async () => {
    const response = await fetch(`${suite.origin}/graphql/public`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ compareExercises(ids: ["${COAHUILA}"]) { commitments { total } pagesDelivered { pages } } }`,
      }),
    });
    return (await response.json()).data.compareExercises[0] as {
      commitments: { total: number };
      pagesDelivered: { pages: number };
    };
  };

  it('keeps the exercise column in view while the figures scroll sideways', async () => {
    const name = table().locator('tbody th').filter({ hasText: '(MX-COA)' });
    const before = (await name.boundingBox())!.x;
    await page.getByRole('region', { name: 'Comparación entre ejercicios' }).evaluate((region) => {
      region.scrollLeft = region.scrollWidth;
    });
    expect(
      await page.getByRole('region', { name: 'Comparación entre ejercicios' }).evaluate((region) => region.scrollLeft),
    ).toBeGreaterThan(500);
    expect((await name.boundingBox())!.x).toBe(before);
  });

  it('sorts by a column, unknowns last, ranks it in a chart, and gives pages per commitment', async () => {
    await table().getByRole('button', { name: 'Fojas · Entregadas' }).click();
    const pages = await column('Fojas · Entregadas');
    const known = pages.filter((p) => p !== 'Sin dato');
    expect(known.length).toBeGreaterThan(0);
    expect(pages.slice(known.length).every((p) => p === 'Sin dato')).toBe(true);
    const numbers = known.map((p) => Number(p.replace(/[^\d.]/g, '')));
    expect(numbers).toEqual(numbers.slice().sort((a, b) => b - a));
    const ranking = page.getByRole('list', { name: 'Clasificación por «Fojas · Entregadas»' });
    const first = await ranking.getByRole('listitem').first().innerText();
    expect(first).toContain((await table().locator('tbody th').first().innerText()).replace(/ · .*$/, '').trim());

    const { commitments, pagesDelivered } = await coahuilaPages();
    const perCommitment = await column('Fojas · Por compromiso');
    const coahuila = (await table().locator('tbody th').allInnerTexts()).findIndex((text) => text.includes('(MX-COA)'));
    expect(perCommitment[coahuila]).toBe(
      `más de ${new Intl.NumberFormat('es-MX').format(Math.round((pagesDelivered.pages / commitments.total) * 10) / 10)}`,
    );

    // Again: the other way round, unknowns still last.
    await table().getByRole('button', { name: 'Fojas · Entregadas' }).click();
    const ascending = await column('Fojas · Entregadas');
    expect(ascending.slice(known.length).every((p) => p === 'Sin dato')).toBe(true);
    expect(ascending.slice(0, known.length).map((p) => Number(p.replace(/[^\d.]/g, '')))).toEqual(
      numbers.slice().reverse(),
    );
  });

  it('shows the scale of scores', async () => {
    await page.getByText(/^Los puntajes están en la escala que fija la rúbrica de cada evaluación/).waitFor();
  });

  it('compares only the chosen exercises and columns, and exports what it shows as CSV', async () => {
    const chooser = page.getByLabel('Ejercicios a comparar');
    for (const state of ['MX-COA', 'MX-MOR']) {
      await chooser.click();
      await page.getByRole('option', { name: new RegExp(`\\(${state}\\)$`) }).click();
    }
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 2);
    await page.getByRole('checkbox', { name: 'Secretariado por sector' }).uncheck();
    expect(await headers()).not.toContain('Secretariado por sector · Sociedad civil');
    expect(await headers()).toContain('Sesiones · Total');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportar CSV' }).click(),
    ]);
    const lines = (await readFile((await download.path()) as string, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    const header = lines[0].split(',');
    expect(header[0]).toBe('Ejercicio');
    expect(header).toContain('Fojas · Por compromiso');
    expect(header).not.toContain('Secretariado por sector · Sociedad civil');
    expect(
      lines
        .slice(1)
        .map((line) => /\((MX-[A-Z]{3})\)/.exec(line)?.[1])
        .sort(),
    ).toEqual(['MX-COA', 'MX-MOR']);
    // Unknown stays empty, never 0.
    expect(lines.join('\n')).not.toMatch(/Sin dato/);
  });
});
