import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { StaffRole } from '../../api/src/common/viewer';
import type { Viewer } from '../../api/src/common/viewer';
import { progressBar } from '../../api/src/modules/import/progress';
import { importSheets, sheetHeaders, sheetTemplate, type SheetFiles } from '../../api/src/modules/import/sheets';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { staff } from '../support/staff';

const EXERCISE = 'coahuila-2015-2017';

/** A workbook as a person fills the template: the template's sheets, rows under its headers (by header). */
async function workbook(sheets: Record<string, Record<string, string | number | undefined>[]>): Promise<SheetFiles> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await sheetTemplate()) as unknown as ExcelJS.Buffer);
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.getWorksheet(name)!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    for (const row of rows) {
      for (const header of Object.keys(row))
        if (!headers.includes(header)) throw new Error(`no column ${header} in ${name}`);
      sheet.addRow(headers.map((header) => row[header] ?? null));
    }
  }
  return new Map([['ejercicio.xlsx', Buffer.from(await book.xlsx.writeBuffer())]]);
}

/** CSV files as a spreadsheet program saves them: the same Spanish headers, one file per sheet. */
function csvFiles(sheets: Record<string, Record<string, string>[]>): SheetFiles {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return new Map(
    Object.entries(sheets).map(([name, rows]) => {
      const headers = sheetHeaders().find((s) => s.sheet === name)!.headers;
      const lines = [headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))].map((cells) =>
        cells.map(quote).join(','),
      );
      return [`${name.toLowerCase()}.csv`, Buffer.from(lines.join('\r\n'), 'utf8')];
    }),
  );
}

const SESSIONS = [
  {
    Tipo: 'extraordinary',
    Número: 90,
    Fecha: '2017-02',
    Municipio: 'Torreon',
    Resumen: 'Sesión importada de una hoja de cálculo',
  },
  { Tipo: 'EXTRAORDINARY', Número: 91, Fecha: '2017', Municipio: '05030' },
];
const AGREEMENTS = [
  {
    'Tipo de sesión': 'EXTRAORDINARY',
    'Número de sesión': 90,
    Acuerdo: 'Publicar el calendario',
    Estatus: 'DONE',
    Responsables: 'ICAI',
  },
  {
    'Tipo de sesión': 'EXTRAORDINARY',
    'Número de sesión': 90,
    Acuerdo: 'Convocar a la siguiente sesión',
    Estatus: 'UNKNOWN',
  },
  {
    'Tipo de sesión': 'EXTRAORDINARY',
    'Número de sesión': 91,
    Acuerdo: 'Revisar los compromisos',
    Estatus: 'IN_PROGRESS',
    Responsables: 'Instituto Coahuilense de Acceso a la Información Pública',
  },
];

describe('importing spreadsheets', () => {
  jest.setTimeout(300_000);
  let db: OwnDatabase;
  let institute: Viewer;
  let agency: Viewer;
  const count = async (sql: string, params: unknown[] = []) => Number((await db.dataSource.query(sql, params))[0].n);
  const imported = () => count(`SELECT count(*) AS n FROM audit_event WHERE request_id LIKE 'import:%'`);
  const sessions = () => count(`SELECT count(*) AS n FROM session WHERE number >= 90`);

  beforeAll(async () => {
    db = await ownDatabase('sheets_import');
    institute = (
      await staff(db.dataSource.manager, StaffRole.INSTITUTE_ADMIN, { organization: 'icai', state: 'MX-COA' })
    ).viewer;
    agency = (await staff(db.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' })).viewer; // responsible for commitment 2
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('the template has a sheet per kind, headed by the Spanish titles of the data package columns', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await sheetTemplate()) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Compromisos',
      'Hitos',
      'Solicitudes',
      'Entregas',
      'Eventos',
      'Sesiones',
      'Acuerdos',
      'Integrantes',
    ]);
    expect((book.getWorksheet('Sesiones')!.getRow(1).values as string[]).slice(1, 5)).toEqual([
      'Tipo',
      'Número',
      'Fecha',
      'Municipio',
    ]);
    expect((book.getWorksheet('Entregas')!.getRow(1).values as string[]).slice(1)).toContain('Fojas');
  });

  it('reports every wrong cell by sheet, row and column, in Spanish (English on request), and writes nothing', async () => {
    const files = await workbook({
      Sesiones: [SESSIONS[0], { Tipo: 'EXTRAORDINARY', Número: 92, Fecha: 'marzo de 2017' }],
      Acuerdos: [
        { ...AGREEMENTS[0], 'Número de sesión': 93 },
        { ...AGREEMENTS[1], Responsables: 'Dependencia que no existe' },
      ],
      Entregas: [{ 'Número de compromiso': 2, 'Información entregada': 'Actas', Fojas: 'más de muchas' }],
    });
    const report = await importSheets(db.dataSource, institute, files, { exerciseSlug: EXERCISE });
    expect(report.written).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { file: 'Sesiones', row: 3, column: 'Fecha', message: 'debe ser una fecha AAAA, AAAA-MM o AAAA-MM-DD' },
        { file: 'Entregas', row: 2, column: 'Fojas', message: 'debe ser un número entero' },
        {
          file: 'Acuerdos',
          row: 2,
          column: 'Número de sesión',
          message: 'no hay sesión "EXTRAORDINARY 93" en el ejercicio',
        },
        {
          file: 'Acuerdos',
          row: 3,
          column: 'Responsables',
          message: expect.stringMatching(/^no hay organización "Dependencia que no existe" en el ejercicio/),
        },
      ]),
    );
    expect(await sessions()).toBe(0);
    expect(await imported()).toBe(0);

    const placeless = await importSheets(
      db.dataSource,
      institute,
      await workbook({ Sesiones: [{ ...SESSIONS[0], Municipio: 'Ciudad Inventada' }] }),
      { exerciseSlug: EXERCISE, language: 'en' },
    );
    expect(placeless.problems).toEqual([
      {
        file: 'Sesiones',
        row: 2,
        column: 'Municipio',
        message: 'there is no municipality "Ciudad Inventada" in the exercise',
      },
    ]);
  });

  it('a dry run previews, then the import writes: partial dates, places by name or INEGI key, organisations by name or abbreviation, positions by order', async () => {
    const files = await workbook({ Sesiones: SESSIONS, Acuerdos: AGREEMENTS });
    const preview = await importSheets(db.dataSource, institute, files, { exerciseSlug: EXERCISE, dryRun: true });
    expect(preview.problems).toEqual([]);
    expect(preview.changes.map((c) => `${c.kind} ${c.action} ${c.file} ${c.row}`)).toEqual([
      'Session create Sesiones 2',
      'Session create Sesiones 3',
      'Agreement create Acuerdos 2',
      'Agreement create Acuerdos 3',
      'Agreement create Acuerdos 4',
    ]);
    expect(await sessions()).toBe(0);

    const counter = async (table: string) =>
      Number(
        (await db.dataSource.query('SELECT changes FROM tablero_meta.data_change WHERE table_name = $1', [table]))[0]
          ?.changes ?? 0,
      );
    const [sessionsBefore, agreementsBefore] = [await counter('session'), await counter('agreement')];
    const report = await importSheets(db.dataSource, institute, files, { exerciseSlug: EXERCISE });
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    // The public data's version moves once per table for the whole import (caches and ETags see it), not once per statement.
    expect([await counter('session'), await counter('agreement')]).toEqual([sessionsBefore + 1, agreementsBefore + 1]);
    const rows = await db.dataSource.query(
      `SELECT s.number, s.date, m.cvegeo, s.publication, a.position, a.text, a.status, (SELECT array_agg(o.abbreviation) FROM agreement_responsible r JOIN organization o ON o.id = r.organization_id WHERE r.agreement_id = a.id) AS responsible
         FROM session s JOIN municipality m ON m.id = s.municipality_id JOIN agreement a ON a.session_id = s.id WHERE s.number >= 90 ORDER BY s.number, a.position`,
    );
    expect(rows).toEqual([
      {
        number: 90,
        date: '2017-02',
        cvegeo: '05035',
        publication: 'PUBLISHED',
        position: 1,
        text: 'Publicar el calendario',
        status: 'DONE',
        responsible: ['ICAI'],
      },
      {
        number: 90,
        date: '2017-02',
        cvegeo: '05035',
        publication: 'PUBLISHED',
        position: 2,
        text: 'Convocar a la siguiente sesión',
        status: 'UNKNOWN',
        responsible: null,
      },
      {
        number: 91,
        date: '2017',
        cvegeo: '05030',
        publication: 'PUBLISHED',
        position: 1,
        text: 'Revisar los compromisos',
        status: 'IN_PROGRESS',
        responsible: ['ICAI'],
      },
    ]);
    expect(
      await count(`SELECT count(*) AS n FROM audit_event WHERE request_id = $1 AND account_id = $2`, [
        report.importId,
        (institute as { accountId: string }).accountId,
      ]),
    ).toBe(5);

    // The same sheet again: matched by type and number, by session and order; nothing changes.
    const again = await importSheets(db.dataSource, institute, files, { exerciseSlug: EXERCISE });
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toEqual({ Session: 2, Agreement: 3 });
  });

  it('reads CSV files with the same headers; "más de" page counts keep their lower bound', async () => {
    const files = csvFiles({
      Entregas: [
        {
          'Número de compromiso': '2',
          Entregó: 'DIPETRE',
          'Información entregada': 'Estados financieros importados',
          'Fecha de entrega': '2016-05',
          Fojas: 'más de 1,200',
        },
        { 'Número de compromiso': '2', Entregó: 'DIPETRE', 'Información entregada': 'Oficio importado', Fojas: '3' },
        { 'Número de compromiso': '2', Entregó: 'DIPETRE', 'Información entregada': 'Anexo importado sin conteo' },
      ],
    });
    const report = await importSheets(db.dataSource, agency, files, { exerciseSlug: EXERCISE });
    expect(report.problems).toEqual([]);
    const rows = await db.dataSource.query(
      `SELECT description, delivered_on, pages, pages_qualifier FROM information_delivery WHERE description LIKE '%importad%' ORDER BY description`,
    );
    expect(rows).toEqual([
      { description: 'Anexo importado sin conteo', delivered_on: null, pages: null, pages_qualifier: null },
      {
        description: 'Estados financieros importados',
        delivered_on: '2016-05',
        pages: 1200,
        pages_qualifier: 'MORE_THAN',
      },
      { description: 'Oficio importado', delivered_on: null, pages: 3, pages_qualifier: 'EXACT' },
    ]);
  });

  it("an agency may not import another agency's deliveries, nor sessions: refused by row, nothing written", async () => {
    const before = await imported();
    const files = await workbook({
      Entregas: [
        { 'Número de compromiso': 2, 'Información entregada': 'Entrega propia' },
        { 'Número de compromiso': 6, 'Información entregada': 'Entrega de otro sujeto obligado' },
      ],
      Sesiones: [{ Tipo: 'ORDINARY', Número: 95, Fecha: '2017-03-01' }],
    });
    const report = await importSheets(db.dataSource, agency, files, { exerciseSlug: EXERCISE });
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      {
        file: 'Entregas',
        row: 3,
        column: 'Número de compromiso',
        message: 'su cuenta no puede escribir este registro: queda fuera de su alcance',
      },
      {
        file: 'Sesiones',
        row: 2,
        column: null,
        message: 'su cuenta no puede escribir este registro: queda fuera de su alcance',
      },
    ]);
    expect(await count(`SELECT count(*) AS n FROM information_delivery WHERE description LIKE 'Entrega %'`)).toBe(0);
    expect(await imported()).toBe(before);
  });

  it('the progress bar draws on a terminal only', () => {
    const stream = (isTTY: boolean) => {
      const written = { isTTY, columns: 80, text: '', write: (t: string) => (written.text += t) };
      return written;
    };
    const tty = stream(true);
    const bar = progressBar(tty, true, () => 0);
    bar.update(1, 4); // drawn (first)
    bar.update(2, 4); // skipped: too soon
    bar.update(4, 4); // drawn (last)
    bar.done();
    expect(tty.text.split('\r').filter(Boolean)).toEqual([
      expect.stringMatching(/ 1\/4 \(25 %\)$/),
      expect.stringMatching(/ 4\/4 \(100 %\)\n$/),
    ]);
    for (const [quietStream, wanted] of [
      [stream(false), true],
      [stream(true), false],
    ] as const) {
      const quiet = progressBar(quietStream, wanted);
      quiet.update(4, 4);
      quiet.done();
      expect(quietStream.text).toBe('');
    }
  });

  it('npm run import reads an .xlsx (an exercise is required), quiet on stderr when it is not a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sheets-'));
    try {
      const file = join(dir, 'ejercicio.xlsx');
      writeFileSync(
        file,
        (await workbook({ Sesiones: [{ Tipo: 'ORDINARY', Número: 96, Fecha: '2017-04-01' }] })).get('ejercicio.xlsx')!,
      );
      const env = { ...process.env, DATABASE_URL: db.url, LANG: 'es_MX.UTF-8' };
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ['-r', '@swc-node/register', 'api/src/cli/import.ts', ...args], {
          cwd: PROJECT_ROOT,
          env,
          encoding: 'utf8',
        });
      const [account] = await db.dataSource.query('SELECT email FROM staff_account WHERE id = $1', [
        (institute as { accountId: string }).accountId,
      ]);
      expect(run(file, '--as', account.email).status).toBe(2);
      const preview = run(file, '--as', account.email, '--exercise', EXERCISE, '--dry-run', '--json');
      expect(preview.stderr).toBe('');
      expect(preview.status).toBe(0);
      expect(JSON.parse(preview.stdout).changes).toEqual([
        expect.objectContaining({ kind: 'Session', action: 'create', file: 'Sesiones', row: 2 }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
