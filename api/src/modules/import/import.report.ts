import { REPORT_LABELS, type ReportLanguage } from './import.messages';
import type { ImportReport } from './import.service';

/** The report as text for a terminal: counts by kind, each change, then every problem with its file, row and column. */
export function formatReport(report: ImportReport, language: ReportLanguage): string {
  const t = REPORT_LABELS[language];
  const lines = [
    report.problems.length ? t.notWritten : report.dryRun ? t.preview : t.written,
    `${t.exercise}: ${report.exerciseSlug ?? '?'}`,
    `${t.importId}: ${report.importId}`,
    '',
  ];
  const kinds = new Set([...report.changes.map((c) => c.kind), ...Object.keys(report.unchanged)]);
  for (const kind of kinds) {
    const created = report.changes.filter((c) => c.kind === kind && c.action === 'create').length;
    const changed = report.changes.filter((c) => c.kind === kind && c.action === 'update').length;
    lines.push(
      `${kind}: ${created} ${t.created}, ${changed} ${t.changed}, ${report.unchanged[kind] ?? 0} ${t.unchanged}`,
    );
  }
  for (const change of report.changes.filter((c) => c.action === 'update'))
    lines.push(
      `  ~ ${change.kind} ${change.id} (${change.file ?? ''} ${t.row} ${change.row ?? '-'}): ${change.fields.join(', ')}`,
    );
  if (report.skipped.length) lines.push('', `${t.skipped}: ${report.skipped.join(', ')}`);
  if (report.problems.length) {
    lines.push('', `${t.problems} (${report.problems.length}):`);
    for (const p of report.problems)
      lines.push(
        `  ${p.file}${p.row != null ? `, ${t.row} ${p.row}` : ''}${p.column ? `, ${t.column} ${p.column}` : ''}: ${p.message}`,
      );
  }
  return lines.join('\n');
}
