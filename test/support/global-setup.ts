import 'reflect-metadata';
import { join } from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { createDataSource } from '../../api/src/db/data-source';
import { startEmbeddedPostgres } from '../../api/src/db/embedded-postgres';
import { loadSeedFiles } from '../../api/src/seed/load-files';
import { seed } from '../../api/src/seed/seed';

/**
 * One real PostgreSQL for the whole run: the embedded one on its own port and data folder, or
 * the server of DATABASE_URL when given. Either way the tests get a database of their own,
 * created fresh (named after the run's process), migrated and seeded, and dropped at the end;
 * nothing else on the server is touched.
 */
export default async function globalSetup() {
  // A database per run, so that runs on one server (CI, several checkouts) never meet.
  const testDatabase = `tablero_test_${process.pid}`;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339);
    const embedded = await startEmbeddedPostgres({
      dataDir: join(PROJECT_ROOT, '.data', `test-${port}`),
      port,
      log: () => undefined,
    });
    (globalThis as { __embedded?: typeof embedded }).__embedded = embedded;
    serverUrl = embedded.url;
  }
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${testDatabase} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${testDatabase} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();

  const testUrl = new URL(serverUrl);
  testUrl.pathname = `/${testDatabase}`;
  process.env.TEST_DATABASE_URL = testUrl.toString();
  process.env.TEST_DATABASE_NAME = testDatabase;
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl.toString();

  const dataSource = createDataSource(testUrl.toString());
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seed(dataSource, loadSeedFiles());
  await dataSource.destroy();
}
