import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { importViewer } from '../modules/import/import.account';
import { formatReport } from '../modules/import/import.report';
import { importPackage } from '../modules/import/import.service';
import { readPackageFiles, readSheetFiles } from '../modules/import/package-files';
import { progressBar } from '../modules/import/progress';
import { importSheets, sheetTemplate } from '../modules/import/sheets';

const USAGE = `Usage:
  npm run import -- <datapackage.zip | directory with datapackage.json> --as <staff e-mail> [--exercise <slug>] [--state <MX-XXX>] [--dry-run] [--lang en] [--json]
  npm run import -- <book.xlsx | sheet.csv ... | directory of CSVs> --as <staff e-mail> --exercise <slug> [--dry-run] [--lang en] [--json]
  npm run import -- --template <plantilla.xlsx>

  --as        the staff account the import runs as: its scope applies and every record it writes is audited to it
  --exercise  the exercise to import into (created when absent); the package's name when not given
  --state     the state of a new exercise, when the package's municipality keys do not tell
  --dry-run   report what would be created, changed and left alone, and every problem; write nothing
  --lang en   the report in English (also when LANG starts with "en"); Spanish otherwise
  --json      the report as JSON (and no progress bar)
  --template  write the spreadsheet template (a sheet per kind, Spanish headers) and stop

A spreadsheet has a sheet (or a CSV file) per kind: Compromisos, Hitos, Solicitudes, Entregas,
Eventos, Sesiones, Acuerdos, Integrantes; it is imported into an existing exercise.`;

/**
 * \`npm run import\`: brings an exercise's data package in, all or nothing, through the API's
 * write paths, as a named staff account. Exit code 0 when it was written (or the dry run found
 * no problem), 1 when there are problems (nothing was written), 2 on wrong usage.
 */
async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        as: { type: 'string' },
        exercise: { type: 'string' },
        state: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
        template: { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.template) {
    await writeFile(values.template, await sheetTemplate());
    return;
  }
  const sheets = await readSheetFiles(positionals);
  if (!positionals.length || !values.as || (sheets && !values.exercise) || (!sheets && positionals.length !== 1)) {
    console.error(USAGE);
    process.exit(2);
  }
  const language = (values.lang ?? process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'es';
  const files = sheets ?? (await readPackageFiles(positionals[0]));
  const database = await openDatabase(loadConfig(), () => undefined);
  const progress = progressBar(process.stderr, !values.json);
  try {
    const viewer = await importViewer(database.dataSource.manager, values.as, language);
    const options = {
      exerciseSlug: values.exercise,
      stateCode: values.state,
      dryRun: values['dry-run'],
      language,
      onProgress: progress.update,
    } as const;
    const report = sheets
      ? await importSheets(database.dataSource, viewer, sheets, { ...options, exerciseSlug: values.exercise as string })
      : await importPackage(database.dataSource, viewer, files, options);
    progress.done();
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, language));
    process.exitCode = report.problems.length ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
