import { downloadCSV, type Exporter } from 'react-admin';
import { toCsv, type CellFormat, type Column } from './csv';
import { formatPartialDate } from './format';
import { i18nProvider } from '../providers/i18nProvider';

/** Cells in the user's language: "Publicado", not PUBLISHED; "15 de febrero de 2017", not 2017-02-15. */
export const cellFormat = (): CellFormat => ({
  enumLabel: (kind, value) => (value ? i18nProvider.translate(`enums.${kind}.${value}`) : ''),
  date: (value) => formatPartialDate(value, i18nProvider.getLocale()),
});

/**
 * A list's CSV export: the columns a spreadsheet needs, headed and written in the user's
 * language (numbers stay bare), with a UTF-8 BOM so Excel on Windows (es-MX) opens accents
 * correctly. The data provider fetches every page (100 at a time) of the current filter.
 */
export function csvExporter<R>(resource: string, columns: Column<R>[]): Exporter {
  return (records: R[]) => {
    const csv = toCsv(
      records,
      columns,
      (column) => i18nProvider.translate(column.header ?? `resources.${resource}.fields.${column.field}`),
      cellFormat(),
    );
    downloadCSV(`\uFEFF${csv}`, resource);
  };
}

export const names = (items: { name: string; abbreviation?: string | null }[] | null | undefined) =>
  (items ?? []).map((o) => o.abbreviation || o.name).join('; ');
