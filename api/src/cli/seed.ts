import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { loadSeedFiles } from '../seed/load-files';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../seed/demo-accounts';
import { seed } from '../seed/seed';

/**
 * `npm run seed`: migrates, then writes every seed file (idempotent: a second run changes nothing).
 * `npm run seed -- --demo` also creates the demo accounts and the demonstration exercise (refused
 * when NODE_ENV=production).
 */
async function main() {
  const files = loadSeedFiles();
  const database = await openDatabase(loadConfig(), console.log);
  try {
    await seed(database.dataSource, files);
    console.log(`Seeded ${files.exercises.map((e) => e.exercise.slug).join(', ')}`);
    if (process.argv.includes('--demo')) {
      await seedDemo(database.dataSource);
      console.log(
        `Demo accounts (demo only, password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}; demonstration exercise "demostracion"`,
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
