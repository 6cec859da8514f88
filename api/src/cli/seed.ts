import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { loadSeedFiles } from '../seed/load-files';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '../seed/demo-accounts';
import { seed } from '../seed/seed';

/**
 * `npm run seed`: migrates, then writes every seed file (idempotent: a second run changes nothing).
 * `npm run seed -- --demo` also creates the demo accounts (refused when NODE_ENV=production).
 */
async function main() {
  const files = loadSeedFiles();
  const database = await openDatabase(loadConfig(), console.log);
  try {
    await seed(database.dataSource, files);
    console.log(`Seeded ${files.exercises.map((e) => e.exercise.slug).join(', ')}`);
    if (process.argv.includes('--demo')) {
      await seedDemoAccounts(database.dataSource);
      console.log(`Demo accounts (demo only, password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
