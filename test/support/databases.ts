import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../api/src/db/data-source';
import { loadSeedFiles, type SeedFiles } from '../../api/src/seed/load-files';
import { seed } from '../../api/src/seed/seed';

export interface OwnDatabase {
  dataSource: DataSource;
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of one test file's own on the test server (`<test database>_<label>`), migrated and
 * seeded with `files` (Coahuila by default). For suites that write much (deliveries, published
 * exercises, synthetic states) or need data no other file changes meanwhile (a 304): the shared
 * test database stays as the other suites expect it.
 */
export async function ownDatabase(
  label: string,
  files: SeedFiles = loadSeedFiles(),
  poolSize = 6,
): Promise<OwnDatabase> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  const testUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl || !testUrl)
    throw new Error('TEST_ADMIN_DATABASE_URL and TEST_DATABASE_URL are set by test/support/global-setup.ts');
  const name = `${process.env.TEST_DATABASE_NAME}_${label}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  const url = new URL(testUrl);
  url.pathname = `/${name}`;
  const dataSource = createDataSource(url.toString(), { poolSize, quiet: true });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seed(dataSource, files);
  return {
    dataSource,
    url: url.toString(),
    drop: async () => {
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
