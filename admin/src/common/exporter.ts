import { downloadCSV, type Exporter } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';

export interface Column<R> {
  /** A field of the resource (its label is resources.<name>.fields.<field>). */
  field: string;
  value: (record: R) => string | number | boolean | null | undefined;
}

const quote = (value: string | number | boolean | null | undefined) => {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV: comma, CRLF, double quotes; numbers bare, dates ISO 8601 as stored. */
export function toCsv<R>(records: R[], columns: Column<R>[], header: (field: string) => string): string {
  const lines = [columns.map((c) => quote(header(c.field))).join(','), ...records.map((r) => columns.map((c) => quote(c.value(r))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A list's CSV export: the columns a spreadsheet needs, headed in the user's language, with a
 * UTF-8 BOM so Excel on Windows (es-MX) opens accents correctly. The data provider fetches every
 * page (100 at a time) of the current filter.
 */
export function csvExporter<R>(resource: string, columns: Column<R>[]): Exporter {
  return (records: R[]) => {
    const csv = toCsv(records, columns, (field) => i18nProvider.translate(`resources.${resource}.fields.${field}`));
    downloadCSV(`\uFEFF${csv}`, resource);
  };
}

export const names = (items: { name: string; abbreviation?: string | null }[] | null | undefined) => (items ?? []).map((o) => o.abbreviation || o.name).join('; ');
