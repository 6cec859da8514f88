import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { loadSeedFiles } from '../seed/load-files';
import { seed } from '../seed/seed';

/** `npm run seed`: migrates, then writes every seed file (idempotent: a second run changes nothing). */
async function main() {
  const files = loadSeedFiles();
  const database = await openDatabase(loadConfig(), console.log);
  try {
    await seed(database.dataSource, files);
    console.log(`Seeded ${files.exercises.map((e) => e.exercise.slug).join(', ')}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
