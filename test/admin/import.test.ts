import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { backOfficeSuite, choose } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(240_000);

const EXERCISE = 'coahuila-2015-2017';

/** The downloaded template with rows added under its headers (by header), saved as a file to upload. */
async function filled(
  template: Buffer,
  sheets: Record<string, Record<string, string | number | undefined>[]>,
  path: string,
): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ExcelJS.Buffer);
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.getWorksheet(name)!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null));
  }
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}

const SESSIONS = [
  { Tipo: 'EXTRAORDINARY', Número: 80, Fecha: '2017-11-20', Municipio: 'Saltillo', Resumen: 'Revisión de avances' },
  { Tipo: 'EXTRAORDINARY', Número: 81, Fecha: '2017-12-04', Municipio: '05035' },
];
const agreements = (thirdStatus: string) => [
  {
    'Tipo de sesión': 'EXTRAORDINARY',
    'Número de sesión': 80,
    Acuerdo: 'Publicar el informe de avances',
    Estatus: 'DONE',
    Responsables: 'ICAI',
  },
  {
    'Tipo de sesión': 'EXTRAORDINARY',
    'Número de sesión': 80,
    Acuerdo: 'Convocar a las dependencias',
    Estatus: 'IN_PROGRESS',
  },
  { 'Tipo de sesión': 'EXTRAORDINARY', 'Número de sesión': 81, Acuerdo: 'Cerrar el ejercicio', Estatus: thirdStatus },
];

describe('importing a spreadsheet in the back-office', () => {
  const suite = backOfficeSuite('import');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-admin-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function upload(page: Page, path: string) {
    await page.locator('input[type=file]').setInputFiles(path);
  }

  it('an institute admin downloads the template, sees a wrong row by number, fixes it and imports: the records are in the API and the calendar', async () => {
    const [{ title }] = await suite.dataSource.query('SELECT title FROM exercise WHERE slug = $1', [EXERCISE]);
    const page = await suite.page({ as: suite.staff.institute });
    await page.getByRole('menuitem', { name: 'Importar hojas de cálculo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importar hojas de cálculo' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Descargar la plantilla (.xlsx)' }).click(),
    ]);
    const template = readFileSync((await download.path())!);

    await choose(page.getByRole('combobox', { name: 'Ejercicio' }), title);

    await upload(
      page,
      await filled(template, { Sesiones: SESSIONS, Acuerdos: agreements('HECHO') }, join(dir, 'con-error.xlsx')),
    );
    await page.getByRole('heading', { name: /^No se puede importar/ }).waitFor();
    const problems = page.getByRole('list', { name: 'Problemas del archivo' });
    await problems.getByText(/^Hoja Acuerdos, fila 4, columna Estatus: debe ser uno de: /).waitFor();
    expect(await problems.getByRole('listitem').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Importar', exact: true }).count()).toBe(0);
    expect(
      Number((await suite.dataSource.query('SELECT count(*) AS n FROM session WHERE number IN (80, 81)'))[0].n),
    ).toBe(0);

    await upload(
      page,
      await filled(template, { Sesiones: SESSIONS, Acuerdos: agreements('DONE') }, join(dir, 'corregido.xlsx')),
    );
    await page.getByRole('heading', { name: /^Vista previa/ }).waitFor();
    await page.getByRole('row', { name: /^Sesiones 2 0 0$/ }).waitFor();
    await page.getByRole('row', { name: /^Acuerdos 3 0 0$/ }).waitFor();
    expect(
      Number((await suite.dataSource.query('SELECT count(*) AS n FROM session WHERE number IN (80, 81)'))[0].n),
    ).toBe(0);

    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByRole('heading', { name: 'Importación escrita' }).waitFor();

    const response = await fetch(`${suite.origin}/graphql/public`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ sessions(filter: { exerciseSlug: "${EXERCISE}", type: EXTRAORDINARY }, first: 100) { nodes { number date municipality { name } agreements { text status responsible { name } } } } }`,
      }),
    });
    const { data } = await response.json();
    const imported = data.sessions.nodes.filter((s: { number: number }) => s.number >= 80);
    expect(imported).toEqual([
      {
        number: 80,
        date: '2017-11-20',
        municipality: { name: 'Saltillo' },
        agreements: [
          {
            text: 'Publicar el informe de avances',
            status: 'DONE',
            responsible: [{ name: 'Instituto Coahuilense de Acceso a la Información Pública' }],
          },
          { text: 'Convocar a las dependencias', status: 'IN_PROGRESS', responsible: [] },
        ],
      },
      {
        number: 81,
        date: '2017-12-04',
        municipality: { name: 'Torreón' },
        agreements: [{ text: 'Cerrar el ejercicio', status: 'DONE', responsible: [] }],
      },
    ]);
    const calendar = await (await fetch(`${suite.origin}/calendar/exercises/${EXERCISE}.ics`)).text();
    expect(calendar).toMatch(/SUMMARY:Sesión extraordinaria 80 del /);
    expect(calendar).toMatch(/DTSTART;VALUE=DATE:20171204/);
  });

  it("an agency's row for another agency's commitment is refused by number, and nothing is written", async () => {
    const page = await suite.page({ as: suite.staff.agency });
    await page.goto(`${suite.origin}/admin/import`);
    const template = Buffer.from(await (await fetch(`${suite.origin}/import/plantilla.xlsx`)).arrayBuffer());
    const [{ title }] = await suite.dataSource.query('SELECT title FROM exercise WHERE slug = $1', [EXERCISE]);
    await choose(page.getByRole('combobox', { name: 'Ejercicio' }), title);
    const rows = [
      { 'Número de compromiso': 2, 'Información entregada': 'Entrega propia desde la hoja', Fojas: 'más de 40' },
      { 'Número de compromiso': 6, 'Información entregada': 'Entrega ajena desde la hoja', Fojas: 12 },
    ];
    await upload(page, await filled(template, { Entregas: rows }, join(dir, 'entregas.xlsx')));
    await page
      .getByRole('list', { name: 'Problemas del archivo' })
      .getByText(
        'Hoja Entregas, fila 3, columna Número de compromiso: su cuenta no puede escribir este registro: queda fuera de su alcance',
      )
      .waitFor();
    expect(
      Number(
        (
          await suite.dataSource.query(
            `SELECT count(*) AS n FROM information_delivery WHERE description LIKE '%desde la hoja'`,
          )
        )[0].n,
      ),
    ).toBe(0);
  });

  it('the upload takes the staff session and a spreadsheet body only (no cross-site form can send one)', async () => {
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${suite.origin}/import/spreadsheet?exercise=${EXERCISE}&name=sesiones.csv`, {
        method: 'POST',
        headers,
        body,
      });
    const anonymous = await post({ 'content-type': 'text/csv' }, 'Tipo,Número,Fecha\nORDINARY,70,2017-01-01\n');
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const form = await post({ 'content-type': 'application/x-www-form-urlencoded' }, 'a=b');
    expect(form.status).toBe(415);
    expect((await form.json()).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
