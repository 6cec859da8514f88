import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { importViewer } from '../modules/import/import.account';
import { formatReport } from '../modules/import/import.report';
import { importPackage } from '../modules/import/import.service';
import { readPackageFiles } from '../modules/import/package-files';

const USAGE = `Usage:
  npm run import -- <datapackage.zip | directory with datapackage.json> --as <staff e-mail> [--exercise <slug>] [--state <MX-XXX>] [--dry-run] [--lang en] [--json]

  --as        the staff account the import runs as: its scope applies and every record it writes is audited to it
  --exercise  the exercise to import into (created when absent); the package's name when not given
  --state     the state of a new exercise, when the package's municipality keys do not tell
  --dry-run   report what would be created, changed and left alone, and every problem; write nothing
  --lang en   the report in English (also when LANG starts with "en"); Spanish otherwise
  --json      the report as JSON`;

/**
 * \`npm run import\`: brings an exercise's data package in, all or nothing, through the API's
 * write paths, as a named staff account. Exit code 0 when it was written (or the dry run found
 * no problem), 1 when there are problems (nothing was written), 2 on wrong usage.
 */
async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      options: { as: { type: 'string' }, exercise: { type: 'string' }, state: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, lang: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.as) {
    console.error(USAGE);
    process.exit(2);
  }
  const language = (values.lang ?? process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'es';
  const files = await readPackageFiles(positionals[0]);
  const database = await openDatabase(loadConfig(), () => undefined);
  try {
    const viewer = await importViewer(database.dataSource.manager, values.as, language);
    const report = await importPackage(database.dataSource, viewer, files, { exerciseSlug: values.exercise, stateCode: values.state, dryRun: values['dry-run'], language });
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
