import { isTextCell } from '../opendata/formats';
import { LIST_DELIMITER, resourceByName, type Resource, type ResourceField } from '../opendata/resources';
import { parseCsv } from './csv';
import type { ImportMessages } from './import.messages';
import type { PackageFiles } from './package-files';

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
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The apostrophe the export puts before text a spreadsheet would run as a formula (csv-cell.ts), taken off again. */
const NEUTRALISED = /^'[=+\-@\t\r]/;
const ENCODINGS = new Set(['utf-8', 'utf8', 'utf-8-sig']);

/** A cell as its field's type, or the reason it is not one. */
function typed(field: ResourceField, raw: string, messages: ImportMessages): { value: unknown } | { problem: string } {
  if (raw === '') return field.constraints?.required ? { problem: messages.reason.REQUIRED } : { value: field.type === 'list' ? [] : null };
  switch (field.type) {
    case 'integer':
      return /^-?[0-9]+$/.test(raw) ? { value: Number(raw) } : { problem: messages.notInteger };
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? { value: Number(raw) } : { problem: messages.notNumber };
    case 'boolean':
      return /^(true|false)$/i.test(raw) ? { value: raw.toLowerCase() === 'true' } : { problem: messages.notBoolean };
    case 'list': {
      const items = raw.split(LIST_DELIMITER).map((item) => item.replace(NEUTRALISED, (m) => m.slice(1)));
      if (field.format === 'uuid' || field.name.endsWith('_ids')) {
        const wrong = items.find((item) => !UUID.test(item));
        if (wrong !== undefined) return { problem: `${messages.notUuid}: "${wrong.slice(0, 60)}"` };
        return { value: items.map((item) => item.toLowerCase()) };
      }
      return { value: items };
    }
    default: {
      const text = isTextCell(field) && NEUTRALISED.test(raw) ? raw.slice(1) : raw;
      if (field.format === 'uuid') return UUID.test(text) ? { value: text.toLowerCase() } : { problem: messages.notUuid };
      const allowed = field.constraints?.enum;
      if (allowed && !allowed.includes(text)) return { problem: messages.notInList(allowed) };
      if (field.constraints?.pattern && !new RegExp(field.constraints.pattern).test(text)) return { problem: field.constraints.pattern.includes('[0-9]{4}(-') ? messages.notPartialDate : messages.reason.INVALID_FORMAT };
      return { value: text };
    }
  }
}

function readResource(resource: Resource, file: string, text: string, messages: ImportMessages, problems: ImportProblem[]): PackageRow[] {
  const [header = [], ...records] = parseCsv(text);
  const index = new Map(header.map((name, i) => [name, i]));
  const present = resource.fields.filter((field) => {
    if (index.has(field.name)) return true;
    if (field.constraints?.required) problems.push({ file, row: 1, column: field.name, message: messages.missingColumn });
    return false;
  });
  const rows: PackageRow[] = [];
  const ids = new Set<string>();
  records.forEach((record, i) => {
    const row = i + 2;
    if (record.length === 1 && record[0] === '') return;
    const cells: Record<string, unknown> = {};
    let fine = true;
    for (const field of present) {
      const result = typed(field, record[index.get(field.name) as number] ?? '', messages);
      if ('problem' in result) {
        problems.push({ file, row, column: field.name, message: result.problem });
        fine = false;
      } else cells[field.name] = result.value;
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
  });
  return rows;
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
  const raw = files.get('datapackage.json');
  let descriptor: Record<string, unknown> = {};
  try {
    if (!raw) throw new Error('datapackage.json is missing');
    descriptor = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (error) {
    problems.push({ file: 'datapackage.json', row: null, column: null, message: messages.unreadable((error as Error).message) });
    return { descriptor, rows, problems, skipped };
  }
  for (const entry of (descriptor.resources as Record<string, unknown>[] | undefined) ?? []) {
    const name = String(entry.name);
    const path = typeof entry.path === 'string' ? entry.path : `${name}.csv`;
    const resource = resourceByName(name);
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
    if (!content) {
      problems.push({ file: path, row: null, column: null, message: messages.missingFile });
      continue;
    }
    rows.set(name, readResource(resource, path, content.toString('utf8'), messages, problems));
  }
  return { descriptor, rows, problems, skipped };
}
