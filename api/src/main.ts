import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { Exercise } from './modules/exercise/exercise.entity';
import { loadSeedFiles } from './seed/load-files';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from './seed/demo-accounts';
import { seed } from './seed/seed';

const log = (line: string) => console.log(line);

/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), pending migrations, the seed
 * on an empty embedded database, then the HTTP server. Ctrl-C (or SIGTERM) drains requests and
 * stops everything in order: HTTP, Apollo, the pool, then the embedded database.
 */
async function main() {
  const started = Date.now();
  const config = loadConfig();
  const database = await openDatabase(config, log);
  if (!config.databaseUrl && (await database.dataSource.manager.count(Exercise)) === 0) {
    log('Seeding the embedded database from api/src/seed (first start)');
    await seed(database.dataSource, loadSeedFiles());
    if (process.env.NODE_ENV !== 'production') {
      await seedDemoAccounts(database.dataSource);
      log(`Demo accounts (demo only, password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}`);
    }
  }
  const app = await createApp(database.dataSource, log);
  const { server } = app;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log(`Tablero Abierto ready in ${Date.now() - started} ms`);
  log(`  GraphQL API:  ${base}/graphql`);
  log(`  Public reads: ${base}/graphql/public (any origin, no cookies, GET without preflight)`);
  log(`  Database:     ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL on 127.0.0.1:${config.embeddedPort}, data in ${config.dataDir}`}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in flight, then stopping`);
    await app.stop();
    await database.close();
    log('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
