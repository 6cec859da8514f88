import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import { resourceByName, type Resource, type ResourceField } from '../opendata/resources';
import { parseCsv } from './csv';
import { IMPORT_KINDS, type ImportKind } from './import.kinds';
import { importMessages, type ImportMessages } from './import.messages';
import { importRows, type ImportOptions, type ImportReport } from './import.service';
import { readRecords, type Columns, type ImportProblem, type PackageRow, type ReadPackage } from './package-rows';

/**
 * Spreadsheets as the import reads them: an `.xlsx` workbook with one sheet per kind of record, or
 * CSV files, one per kind. The sheets, their columns and their Spanish headers come from the data
 * package's own table schemas (opendata/resources.ts) and each kind's `sheet` (import.kinds.ts):
 * one definition for the export, the package import, the spreadsheet import and the template.
 */
export type SheetFiles = Map<string, Buffer>;

/** A kind that has a sheet, with its resource. */
interface SheetKind {
  kind: ImportKind & { sheet: NonNullable<ImportKind['sheet']> };
  resource: Resource;
}

export const SHEET_KINDS: readonly SheetKind[] = IMPORT_KINDS.filter((kind): kind is SheetKind['kind'] =>
  Boolean(kind.sheet),
).map((kind) => ({
  kind,
  resource: resourceByName(kind.resource) as Resource,
}));

/** Text compared without case, accents or surrounding spaces ("Número" matches "numero"). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

const sheetKind = (name: string) =>
  SHEET_KINDS.find(({ kind, resource }) =>
    [kind.sheet.name, resource.name, resource.title].some((n) => fold(n) === fold(name)),
  );

/** The sheet's columns as the template lists them: resource fields, in the sheet's order. */
const templateFields = ({ kind, resource }: SheetKind) =>
  kind.sheet.columns.map((name) => resource.fields.find((field) => field.name === name) as ResourceField);

/**
 * Where a row's reference is written in a sheet: the column naming the record when the import
 * reports a problem on the id it resolved it to (a commitment by its number, a place by name).
 */
const SHEET_COLUMN: Record<string, string> = {
  municipality_cvegeo: 'municipality_name',
  commitment_id: 'commitment_number',
  session_id: 'session_number',
  event_id: 'event_title',
  post_id: 'post_label',
  plan_id: 'plan_title',
  responsible_agency_ids: 'responsible_agencies',
  participating_agency_ids: 'participating_agencies',
  follower_ids: 'followers',
  responsible_ids: 'responsible',
  recipient_id: 'recipient_name',
  delivered_by_id: 'delivered_by_name',
  on_behalf_of_id: 'on_behalf_of_name',
};

/**
 * The header a problem's column is shown as in its sheet (its Spanish title), given the field name
 * the import reports; none when the sheet has no such column (the Secretariat a session is of).
 */
export function sheetColumnTitle(file: string, column: string | null): string | null {
  const found = sheetKind(basename(file, extname(file)));
  if (!found || !column) return column;
  const { fields } = found.resource;
  if (fields.some((field) => field.title === column)) return column;
  const name = found.kind.sheet.columns.includes(column) ? column : (SHEET_COLUMN[column] ?? column);
  return fields.find((field) => field.name === name)?.title ?? null;
}

/** A workbook cell as the text a person sees (a date typed as a date becomes YYYY-MM-DD). */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    return '';
  }
  return String(value).trim();
}

/** Reads one sheet (header in row 1) as rows of its kind; a position left empty is the row's order within its parent. */
function readSheet(
  found: SheetKind,
  file: string,
  table: string[][],
  messages: ImportMessages,
  problems: ImportProblem[],
): PackageRow[] {
  const { kind, resource } = found;
  // Required only what the sheet offers: ids and computed columns are the import's to find or leave.
  const fields = resource.fields.map((field) =>
    field.constraints?.required && !kind.sheet.columns.includes(field.name)
      ? { ...field, constraints: { ...field.constraints, required: false } }
      : field,
  );
  const [header = [], ...records] = table;
  const columns: Columns = new Map();
  header.forEach((cell, index) => {
    if (cell === '') return;
    const field = fields.find((f) => fold(f.title) === fold(cell) || f.name === cell.trim());
    if (!field) problems.push({ file, row: 1, column: cell, message: messages.unknownColumn });
    else columns.set(field, { index, header: field.title });
  });
  for (const field of fields) {
    if (field.constraints?.required && field.type !== 'boolean' && !columns.has(field))
      problems.push({ file, row: 1, column: field.title, message: messages.missingColumn });
  }
  const rows = readRecords({ ...resource, fields }, file, columns, records, messages, problems, 'sheet');
  const within = kind.sheet.orderWithin;
  if (within) {
    const counts = new Map<string, number>();
    for (const row of rows) {
      const parent = within.map((column) => row.cells[column] ?? '').join('|');
      counts.set(parent, (counts.get(parent) ?? 0) + 1);
      row.cells.position ??= counts.get(parent);
    }
  }
  return rows;
}

/**
 * Reads spreadsheets: each `.xlsx` file's sheets and each `.csv` file, matched to a kind by the
 * sheet's (or file's) name: "Sesiones", "Acuerdos"... or the resource's name ("sessions").
 * A sheet of no kind is listed in `skipped`. The workbook is read whole (exceljs's streaming
 * reader loses sheet names when workbook.xml comes last in the archive, as Excel and exceljs
 * write it: exceljs issues #3064 and #2663); 12,000 rows take some tens of megabytes.
 */
export async function readSheets(files: SheetFiles, messages: ImportMessages): Promise<ReadPackage> {
  const problems: ImportProblem[] = [];
  const rows = new Map<string, PackageRow[]>();
  const skipped: string[] = [];
  const add = (name: string, file: string, table: string[][]) => {
    const found = sheetKind(name);
    if (!found) {
      skipped.push(file);
      return;
    }
    rows.set(found.resource.name, [
      ...(rows.get(found.resource.name) ?? []),
      ...readSheet(found, file, table, messages, problems),
    ]);
  };
  for (const [name, content] of files) {
    const extension = extname(name).toLowerCase();
    if (extension === '.csv') add(basename(name, extname(name)), name, parseCsv(content.toString('utf8')));
    else if (extension === '.xlsx') {
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
      } catch (error) {
        problems.push({ file: name, row: null, column: null, message: messages.unreadable((error as Error).message) });
        continue;
      }
      workbook.eachSheet((sheet) => {
        const table: string[][] = [];
        sheet.eachRow({ includeEmpty: true }, (row, number) => {
          const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
          table[number - 1] = cells;
        });
        add(
          sheet.name,
          sheet.name,
          Array.from(table, (cells) => cells ?? []),
        );
      });
    } else skipped.push(name);
  }
  if (!rows.size && !problems.length)
    problems.push({ file: [...files.keys()].join(', '), row: null, column: null, message: messages.noSheets });
  return { descriptor: {}, rows, problems, skipped, files: new Map() };
}

/**
 * The template: one sheet per kind, its header the Spanish titles of the columns the kind offers,
 * every cell formatted as text so that "2017-02" and "más de 2,737" stay as typed.
 */
export async function sheetTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const found of SHEET_KINDS) {
    const sheet = workbook.addWorksheet(found.kind.sheet.name);
    sheet.columns = templateFields(found).map((field) => ({
      header: field.title,
      key: field.name,
      width: Math.max(14, field.title.length + 4),
      style: { numFmt: '@' },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template's headers by sheet, for CSV files and documentation. */
export const sheetHeaders = () =>
  SHEET_KINDS.map((found) => ({
    sheet: found.kind.sheet.name,
    headers: templateFields(found).map((field) => field.title),
  }));

/** Imports spreadsheets into an existing exercise (options.exerciseSlug): the same write path as a data package, problems named by sheet, row and header. */
export async function importSheets(
  dataSource: DataSource,
  viewer: Viewer,
  files: SheetFiles,
  options: ImportOptions & { exerciseSlug: string },
): Promise<ImportReport> {
  const read = await readSheets(files, importMessages(options.language ?? 'es'));
  const report = await importRows(dataSource, viewer, read, options);
  report.problems = report.problems.map((problem) => ({
    ...problem,
    column: sheetColumnTitle(problem.file, problem.column),
  }));
  return report;
}
