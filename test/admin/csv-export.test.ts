import { readFile } from 'node:fs/promises';
import { backOfficeSuite } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

/** What a list exports is what the list says: Spanish labels, "más de" kept, dates as written here. */
describe('CSV exports in Spanish', () => {
  const suite = backOfficeSuite('csv_export');

  async function exported(path: string): Promise<string[][]> {
    const page = await suite.page({ as: suite.staff.institute });
    await page.goto(`${suite.origin}/admin/${path}`);
    await page.locator('tbody tr').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportar CSV' }).click(),
    ]);
    const text = (await readFile((await download.path()) as string, 'utf8')).replace(/^\uFEFF/, '');
    // The cells of this export hold no quotes, commas or line breaks of their own except where quoted names are joined.
    return text
      .trimEnd()
      .split('\r\n')
      .map((line) =>
        line
          .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
          .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
          .slice(0, -1),
      );
  }

  it('writes the commitments with Spanish headers and values, keeping "Más de" beside the pages', async () => {
    const [header, ...rows] = await exported('commitments');
    expect(header).toEqual([
      'Número',
      'Título',
      'Responsables',
      'Seguimiento',
      'Avance',
      'Fojas entregadas',
      'Las fojas son',
      'Publicación',
    ]);
    const publication = header.indexOf('Publicación');
    expect(new Set(rows.map((row) => row[publication]))).toEqual(new Set(['Publicado']));
    const qualifiers = new Set(rows.map((row) => row[header.indexOf('Las fojas son')]));
    // Coahuila's report gives some commitments' pages as "more than" a number.
    expect(qualifiers.has('Más de')).toBe(true);
    // Empty where no page count is known: never a made-up qualifier.
    expect([...qualifiers].filter((q) => !['Más de', 'Exacto', ''].includes(q))).toEqual([]);
    expect(rows.flat().join(' ')).not.toMatch(/\b(PUBLISHED|DRAFT|MORE_THAN|EXACT)\b/);
  });

  it('writes dates as people here write them, at the precision the source gives', async () => {
    const [header, ...rows] = await exported('informationDeliveries');
    const dates = rows.map((row) => row[header.indexOf('Fecha de entrega')]).filter(Boolean);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^(\d{1,2} de )?[a-z]+ de \d{4}$|^\d{4}$/);
    expect(new Set(rows.map((row) => row[header.indexOf('Las fojas son')])).has('Más de')).toBe(true);
  });
});
