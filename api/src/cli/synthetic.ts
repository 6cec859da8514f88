import 'reflect-metadata';
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
  const args = process.argv.slice(2);
  const remove = args.includes('--remove');
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
  const count = Number(args.find((arg, i) => /^\d+$/.test(arg) && i !== seedAt + 1));
  if (!remove && !(Number.isInteger(count) && count > 0)) {
    console.error(USAGE);
    process.exit(2);
  }
  const database = await openDatabase(loadConfig(), console.log);
  try {
    const started = Date.now();
    if (remove) {
      const result = await removeSynthetic(database.dataSource);
      console.log(`Removed ${result.exercises} synthetic exercise(s) and ${result.rows} row(s) in ${Date.now() - started} ms`);
    } else {
      const result = await generateSynthetic(database.dataSource, { count, seed });
      console.log(`Wrote ${result.exercises} synthetic exercise(s) (seed ${seed}, ${result.rows} rows) in ${Date.now() - started} ms; e.g. ${result.slugs[0]}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
