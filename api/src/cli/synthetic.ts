import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { generateSynthetic, removeSynthetic } from '../modules/synthetic/synthetic';

const USAGE = `Usage:
  npm run synthetic -- <N> [--seed S]   create N synthetic exercises (sizes drawn from Coahuila's), marked is_synthetic
  npm run synthetic -- --remove        remove every synthetic exercise and what was generated with them`;

/**
 * `npm run synthetic`: synthetic exercises for tests, demos and benchmarks, in the database only
 * (never in the seed files), and their removal in one command. Works on the embedded database or
 * on DATABASE_URL, as `npm run seed` does.
 */
async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      options: { seed: { type: 'string', default: '1' }, remove: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  const remove = values.remove;
  const seed = Number(values.seed);
  const count = Number(positionals[0]);
  if (
    remove
      ? positionals.length > 0
      : positionals.length !== 1 || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)
  ) {
    console.error(USAGE);
    process.exit(2);
  }
  const database = await openDatabase(loadConfig(), console.log);
  try {
    const started = Date.now();
    if (remove) {
      const result = await removeSynthetic(database.dataSource);
      console.log(
        `Removed ${result.exercises} synthetic exercise(s) and ${result.rows} record(s), their link rows with them, in ${Date.now() - started} ms`,
      );
    } else {
      const result = await generateSynthetic(database.dataSource, { count, seed });
      console.log(
        `Wrote ${result.exercises} synthetic exercise(s) (seed ${seed}, ${result.rows} rows) in ${Date.now() - started} ms; e.g. ${result.slugs[0]}`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
