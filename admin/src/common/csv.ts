import { neutraliseFormula } from '../../../api/src/common/csv-cell';

export interface Column<R> {
  /** A field of the resource (its label is resources.<name>.fields.<field>). */
  field: string;
  value: (record: R) => string | number | boolean | null | undefined;
}

/** A cell: numbers bare; text with a formula-leading character neutralised, quoted when it holds a comma, quote, CR or LF. */
const quote = (value: string | number | boolean | null | undefined) => {
  if (value == null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV: comma, CRLF, double quotes; numbers bare, dates ISO 8601 as stored. */
export function toCsv<R>(records: R[], columns: Column<R>[], header: (field: string) => string): string {
  const lines = [columns.map((c) => quote(header(c.field))).join(','), ...records.map((r) => columns.map((c) => quote(c.value(r))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
