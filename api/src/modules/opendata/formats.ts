import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../../common/csv-cell';
import { LIST_DELIMITER, type Resource, type ResourceField } from './resources';

/**
 * The files' encodings, one choice for every download.
 *
 * CSV: RFC 4180 with a header row, comma, CRLF, double quotes, plain UTF-8 without a byte-order
 * mark, declared `"encoding": "utf-8"` in the data package (what the Data Package spec
 * recommends, and an IANA name every Frictionless reader and TextDecoder accept). Excel on
 * Windows (es-MX) reads BOM-less UTF-8 as ANSI and shows "AcuÃ±a": spreadsheet users get their
 * own copy of each file, `<name>-excel.csv`, the same bytes after a BOM, outside the package,
 * except a text longer than a spreadsheet cell holds, which that copy cuts itself and marks
 * (spreadsheetCell).
 * Numbers are bare (11169, never "11,169"), booleans true/false, dates ISO 8601 at the precision
 * the source gives, lists joined with ";", and anything not stated is an empty cell.
 *
 * JSON: an array of objects with the same keys, typed (numbers, booleans, null, arrays).
 */

export const UTF8_BOM = '\uFEFF';

function normalise(field: ResourceField, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'integer':
    case 'number':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'list':
      return Array.isArray(value) ? value.map(String) : String(value).split(LIST_DELIMITER);
    default:
      return String(value);
  }
}

/** A row as exported: the resource's fields, in order, with typed values (JSON's representation). */
export function exportRecord(resource: Resource, row: Record<string, unknown>): Record<string, unknown> {
  const source = resource.toRecord ? resource.toRecord(row) : row;
  const record: Record<string, unknown> = {};
  for (const field of resource.fields) record[field.name] = normalise(field, source[field.name]);
  return record;
}

/** Fields whose CSV cells are text (csvCell neutralises them), and what the data dictionary says of them. */
export const isTextCell = (field: ResourceField) =>
  !(field.type === 'integer' || field.type === 'number' || field.type === 'boolean');
export const FORMULA_NOTE =
  "In the CSV, text starting with =, +, -, @, a tab or a carriage return begins with an apostrophe (') added so that spreadsheets never run it as a formula; the JSON has the text as stored.";

/**
 * A cell as written: numbers and booleans bare; text (lists too) with a formula-leading character
 * neutralised by an apostrophe (the data dictionary says so).
 */
function csvCell(field: ResourceField, value: unknown): string {
  if (value === null) return '';
  if (!isTextCell(field)) return String(value);
  return neutraliseFormula(field.type === 'list' ? (value as string[]).join(LIST_DELIMITER) : String(value));
}

/**
 * The most characters a spreadsheet cell holds (Excel's limit). Excel cuts a longer cell of a CSV
 * it opens, without a word, so the spreadsheet copy cuts it first and says so in the cell.
 */
export const SPREADSHEET_CELL_LIMIT = 32_767;
/** Counts in the cut note, as a person in Mexico reads them (32,767). */
const count = new Intl.NumberFormat('es-MX');

/** A cell of the spreadsheet copy: as in the package's CSV when it fits a cell, else cut, with a note saying so and where the whole value is. */
export function spreadsheetCell(cell: string, resource: Pick<Resource, 'name'>): string {
  if (cell.length <= SPREADSHEET_CELL_LIMIT) return cell;
  const note = ` […] [Texto cortado: tiene ${count.format(cell.length)} caracteres y una celda de hoja de cálculo guarda hasta ${count.format(SPREADSHEET_CELL_LIMIT)}; completo en ${resource.name}.csv y ${resource.name}.json]`;
  const kept = cell.slice(0, SPREADSHEET_CELL_LIMIT - note.length);
  // Never half a character: a high surrogate without its pair is dropped.
  return (/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept) + note;
}

/** RFC 4180 with CRLF; any cell holding a CR or LF is quoted (csv-stringify leaves a bare CR unquoted), so no cell can add a row. */
const CSV_OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

/**
 * The first batch is read before anything is written, so a statement that fails fails before
 * the first byte (an error answer, not a truncated file).
 */
export async function* withFirstBatch(
  batches: AsyncIterable<Record<string, unknown>[]>,
): AsyncGenerator<Record<string, unknown>[] | undefined> {
  const iterator = batches[Symbol.asyncIterator]();
  const first = await iterator.next();
  yield first.done ? undefined : first.value;
  if (first.done) return;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Which copy of a CSV: the package's (plain UTF-8) or the spreadsheet's (a BOM first). */
export type CsvFlavour = 'package' | 'excel';

/** A spreadsheet copy's file name: `commitments.csv` → `commitments-excel.csv`. */
export const excelName = (name: string) => `${name}-excel.csv`;

/** The CSV file of a resource, a batch of rows at a time: header first (after a BOM in the spreadsheet copy). */
export async function* csvChunks(
  resource: Resource,
  batches: AsyncIterable<Record<string, unknown>[]>,
  flavour: CsvFlavour = 'package',
): AsyncGenerator<string> {
  let header = (flavour === 'excel' ? UTF8_BOM : '') + stringify([resource.fields.map((f) => f.name)], CSV_OPTIONS);
  for await (const rows of withFirstBatch(batches)) {
    const cells = (rows ?? []).map((row) => {
      const record = exportRecord(resource, row);
      return resource.fields.map((field) => {
        const cell = csvCell(field, record[field.name]);
        return flavour === 'excel' ? spreadsheetCell(cell, resource) : cell;
      });
    });
    yield header + (cells.length ? stringify(cells, CSV_OPTIONS) : '');
    header = '';
  }
}

/** The JSON file of a resource: an array of records, one per line. */
export async function* jsonChunks(
  resource: Resource,
  batches: AsyncIterable<Record<string, unknown>[]>,
): AsyncGenerator<string> {
  let first = true;
  let opening = '[';
  for await (const rows of withFirstBatch(batches)) {
    let text = opening;
    opening = '';
    for (const row of rows ?? []) {
      text += `${first ? '\n' : ',\n'}${JSON.stringify(exportRecord(resource, row))}`;
      first = false;
    }
    yield text;
  }
  yield first ? ']\n' : '\n]\n';
}

/** The client went away before the download finished. */
export class DownloadAborted extends Error {
  constructor() {
    super('the client closed the connection');
  }
}

/** Writes a chunk, waiting while the client is slower than the database (memory stays flat). */
export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new DownloadAborted();
  if (out.write(chunk)) return;
  const waiting = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: waiting.signal }),
      once(out, 'close', { signal: waiting.signal }).then(() => {
        throw new DownloadAborted();
      }),
    ]);
  } finally {
    waiting.abort();
  }
}
