import { isTextCell } from '../opendata/formats';
import {
  documentFilePath,
  LIST_DELIMITER,
  resourceByName,
  type Resource,
  type ResourceField,
} from '../opendata/resources';
import { parseCsv } from './csv';
import type { ImportMessages } from './import.messages';
import type { PackageFiles, StreamedFile } from './package-files';

/** Something wrong in the package, where it is: the file, the row (the header is row 1, as a spreadsheet counts) and the column. */
export interface ImportProblem {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** A data row of a package file, its cells typed as its Table Schema says (an empty cell is null). */
export interface PackageRow {
  file: string;
  row: number;
  cells: Record<string, unknown>;
}

/** The package as read: its descriptor, the rows of each resource the import knows, and the problems found reading it. */
export interface ReadPackage {
  descriptor: Record<string, unknown>;
  rows: Map<string, PackageRow[]>;
  problems: ImportProblem[];
  /** Resources the package has that this import does not read (said in the report, never silently dropped). */
  skipped: string[];
  /** The documents' files the package carries, by path (`files/<sha256>`), read when their document is imported. */
  files: Map<string, Buffer | StreamedFile>;
}

/** Where a package carries the documents' files. */
const FILES = documentFilePath('');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The apostrophe the export puts before text a spreadsheet would run as a formula (csv-cell.ts), taken off again. */
const NEUTRALISED = /^'[=+\-@\t\r]/;
const ENCODINGS = new Set(['utf-8', 'utf8', 'utf-8-sig']);

/**
 * How cells are written: as our export writes them (`package`), or as a person types them in a
 * spreadsheet (`sheet`: "sí"/"no", "2,737", "más de 2,737" in a count that has a qualifier beside
 * it, enum values in any case).
 */
export type Dialect = 'package' | 'sheet';

const YES = new Set(['true', 'sí', 'si', 'verdadero', 'yes']);
const NO = new Set(['false', 'no', 'falso']);
/** "más de 2,737" (or "more than 2737"): a lower bound, kept as the number and the qualifier MORE_THAN. */
const MORE_THAN = /^(?:más de|mas de|more than)\s+(.+)$/i;
/** A whole number as people write it, with thousands separated by commas or spaces. */
const GROUPED = /^-?[0-9]{1,3}(?:[, ][0-9]{3})+$/;

/** The qualifier column of a count (`pages` → `pages_qualifier`), when the resource has one. */
export const qualifierOf = (resource: Resource, field: ResourceField) =>
  resource.fields.find((f) => f.name === `${field.name}_qualifier`);

/** A cell as its field's type, or the reason it is not one. */
function typed(
  field: ResourceField,
  raw: string,
  messages: ImportMessages,
  dialect: Dialect,
): { value: unknown } | { problem: string } {
  // A person leaves a flag empty for "no" (it is inferred, proactive...: only when said).
  if (raw === '' && dialect === 'sheet' && field.type === 'boolean' && field.constraints?.required)
    return { value: false };
  if (raw === '')
    return field.constraints?.required
      ? { problem: messages.reason.REQUIRED }
      : { value: field.type === 'list' ? [] : null };
  switch (field.type) {
    case 'integer': {
      const digits = dialect === 'sheet' && GROUPED.test(raw) ? raw.replace(/[, ]/g, '') : raw;
      return /^-?[0-9]+$/.test(digits) ? { value: Number(digits) } : { problem: messages.notInteger };
    }
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw))
        ? { value: Number(raw) }
        : { problem: messages.notNumber };
    case 'boolean': {
      const word = raw.trim().toLowerCase();
      if (dialect === 'sheet' ? YES.has(word) : word === 'true') return { value: true };
      if (dialect === 'sheet' ? NO.has(word) : word === 'false') return { value: false };
      return { problem: messages.notBoolean };
    }
    case 'list': {
      const items = raw.split(LIST_DELIMITER).map((item) => item.replace(NEUTRALISED, (m) => m.slice(1)));
      if (field.format === 'uuid' || field.name.endsWith('_ids')) {
        const wrong = items.find((item) => !UUID.test(item));
        if (wrong !== undefined) return { problem: `${messages.notUuid}: "${wrong.slice(0, 60)}"` };
        return { value: items.map((item) => item.toLowerCase()) };
      }
      return { value: dialect === 'sheet' ? items.map((item) => item.trim()).filter(Boolean) : items };
    }
    default: {
      const text = isTextCell(field) && NEUTRALISED.test(raw) ? raw.slice(1) : raw;
      if (field.format === 'uuid')
        return UUID.test(text) ? { value: text.toLowerCase() } : { problem: messages.notUuid };
      const allowed = field.constraints?.enum;
      const value =
        allowed && dialect === 'sheet'
          ? (allowed.find((v) => v.toLowerCase() === text.trim().toLowerCase()) ?? text)
          : text;
      if (allowed && !allowed.includes(value)) return { problem: messages.notInList(allowed) };
      if (field.constraints?.pattern && !new RegExp(field.constraints.pattern).test(value))
        return {
          problem: field.constraints.pattern.includes('[0-9]{4}(-')
            ? messages.notPartialDate
            : messages.reason.INVALID_FORMAT,
        };
      return { value };
    }
  }
}

/** Where each field is in a table: its column's position and the header cell that names it. */
export type Columns = Map<ResourceField, { index: number; header: string }>;

/**
 * Reads the records of one table against its resource's Table Schema, the header already matched
 * to the fields (`columns`). A sheet's count may say "más de N": N, and its qualifier MORE_THAN
 * (EXACT for a plain count when the sheet has no qualifier column).
 */
export function readRecords(
  resource: Resource,
  file: string,
  columns: Columns,
  records: Iterable<string[]>,
  messages: ImportMessages,
  problems: ImportProblem[],
  dialect: Dialect,
  firstRow = 2,
): PackageRow[] {
  const rows: PackageRow[] = [];
  const ids = new Set<string>();
  let row = firstRow - 1;
  for (const record of records) {
    row += 1;
    if (record.every((cell) => cell === '')) continue;
    const cells: Record<string, unknown> = {};
    let fine = true;
    for (const [field, { index, header }] of columns) {
      let raw = record[index] ?? '';
      const qualifier = dialect === 'sheet' && field.type === 'integer' ? qualifierOf(resource, field) : undefined;
      const bound = qualifier ? MORE_THAN.exec(raw.trim()) : null;
      if (bound) raw = bound[1].trim();
      const result = typed(field, raw, messages, dialect);
      if ('problem' in result) {
        problems.push({ file, row, column: header, message: result.problem });
        fine = false;
        continue;
      }
      cells[field.name] = result.value;
      if (qualifier && !columns.has(qualifier))
        cells[qualifier.name] = result.value == null ? null : bound ? 'MORE_THAN' : 'EXACT';
    }
    const key = resource.primaryKey.map((name) => cells[name]).join('|');
    if (fine && resource.primaryKey.every((name) => cells[name] != null)) {
      if (ids.has(key)) {
        problems.push({ file, row, column: resource.primaryKey.join(', '), message: messages.duplicate });
        fine = false;
      }
      ids.add(key);
    }
    if (fine) rows.push({ file, row, cells });
  }
  return rows;
}

function readResource(
  resource: Resource,
  file: string,
  text: string,
  messages: ImportMessages,
  problems: ImportProblem[],
): PackageRow[] {
  const [header = [], ...records] = parseCsv(text);
  const index = new Map(header.map((name, i) => [name, i]));
  const columns: Columns = new Map();
  for (const field of resource.fields) {
    if (index.has(field.name)) columns.set(field, { index: index.get(field.name) as number, header: field.name });
    else if (field.constraints?.required)
      problems.push({ file, row: 1, column: field.name, message: messages.missingColumn });
  }
  return readRecords(resource, file, columns, records, messages, problems, 'package');
}

/**
 * Reads a data package's descriptor and the CSV of every resource it lists, each read against
 * the Table Schema of the resource of the same name that our own export writes (resources.ts:
 * one definition of the files for export and import). CSVs with and without a UTF-8 BOM are read.
 */
export function readPackage(files: PackageFiles, messages: ImportMessages): ReadPackage {
  const problems: ImportProblem[] = [];
  const rows = new Map<string, PackageRow[]>();
  const skipped: string[] = [];
  const carried = new Map<string, Buffer | StreamedFile>();
  const raw = files.get('datapackage.json');
  let descriptor: Record<string, unknown> = {};
  try {
    if (!Buffer.isBuffer(raw)) throw new Error('datapackage.json is missing');
    descriptor = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (error) {
    problems.push({
      file: 'datapackage.json',
      row: null,
      column: null,
      message: messages.unreadable((error as Error).message),
    });
    return { descriptor, rows, problems, skipped, files: carried };
  }
  for (const entry of (descriptor.resources as Record<string, unknown>[] | undefined) ?? []) {
    const name = String(entry.name);
    const path = typeof entry.path === 'string' ? entry.path : `${name}.csv`;
    const resource = resourceByName(name);
    if (!resource && path.startsWith(FILES)) {
      const file = files.get(path);
      if (file) carried.set(path, file);
      else problems.push({ file: path, row: null, column: null, message: messages.missingFile });
      continue;
    }
    if (!resource) {
      skipped.push(path);
      continue;
    }
    const encoding = String(entry.encoding ?? 'utf-8').toLowerCase();
    if (!ENCODINGS.has(encoding)) {
      problems.push({ file: path, row: null, column: null, message: messages.badEncoding(encoding) });
      continue;
    }
    const content = files.get(path);
    if (!Buffer.isBuffer(content)) {
      problems.push({ file: path, row: null, column: null, message: messages.missingFile });
      continue;
    }
    rows.set(name, readResource(resource, path, content.toString('utf8'), messages, problems));
  }
  return { descriptor, rows, problems, skipped, files: carried };
}
