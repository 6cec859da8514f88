import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  /** Whether this start created the schema (first start): the embedded database is then seeded. */
  freshSchema: boolean;
  embedded: EmbeddedDatabase | undefined;
  /** False once the embedded PostgreSQL's process is gone (an external database is watched by /health/ready instead). */
  alive(): boolean;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, then runs pending migrations. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPort, log });
  const url = config.databaseUrl ?? embedded?.url;
  if (!url) throw new Error('no database: DATABASE_URL is unset and the embedded PostgreSQL did not start');
  const dataSource = createDataSource(url, { logSql: config.logSql });
  try {
    await dataSource.initialize();
    const applied = await dataSource.query(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
    const freshSchema = !applied[0].present;
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    if (ran.length) log(`Applied ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
    return {
      dataSource,
      freshSchema,
      embedded,
      alive: () => embedded?.alive() ?? true,
      close: async () => {
        // Closing a pool whose server died must not keep the embedded server's stop from running.
        await dataSource.destroy().catch(() => undefined);
        await embedded?.stop();
      },
    };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
}
