import { neutraliseFormula } from '../../../api/src/common/csv-cell';
import type { EnumMessages } from '../i18n/shape';

/** How a cell shows what people read differently from the API: enum values by their label, dates as written here. */
export interface CellFormat {
  enumLabel: (kind: keyof EnumMessages, value: string | null | undefined) => string;
  date: (value: string | null | undefined) => string;
}

export interface Column<R> {
  /** A field of the resource (its label is resources.<name>.fields.<field>). */
  field: string;
  /** The header's translation key, when not the field's own label. */
  header?: string;
  value: (record: R, format: CellFormat) => string | number | boolean | null | undefined;
}

/** A cell: numbers bare; text with a formula-leading character neutralised, quoted when it holds a comma, quote, CR or LF. */
const quote = (value: string | number | boolean | null | undefined) => {
  if (value == null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV: comma, CRLF, double quotes; numbers bare, enums and dates as `format` writes them. */
export function toCsv<R>(
  records: R[],
  columns: Column<R>[],
  header: (column: Column<R>) => string,
  format: CellFormat,
): string {
  const lines = [
    columns.map((c) => quote(header(c))).join(','),
    ...records.map((r) => columns.map((c) => quote(c.value(r, format))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
