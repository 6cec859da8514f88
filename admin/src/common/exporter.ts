import { downloadCSV, type Exporter } from 'react-admin';
import { toCsv, type Column } from './csv';
import { i18nProvider } from '../providers/i18nProvider';

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
