import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { logEvent, type LogSink } from './common/log';
import { checkServerConfig, loadConfig } from './config';
import { openDatabase } from './db/database';
import { Exercise } from './modules/exercise/exercise.entity';
import { loadSeedFiles } from './seed/load-files';
import { disableDemoAccounts } from './modules/account/account.service';
import { DEMO_ACCOUNTS, seedDemo } from './seed/demo-accounts';
import { seed } from './seed/seed';

/** How often the embedded PostgreSQL's process is checked. */
const WATCHDOG_MS = 1000;

const sink: LogSink = (line) => process.stdout.write(`${line}\n`);
const log = (message: string, fields: Record<string, unknown> = {}) => logEvent(sink, 'info', message, fields);

/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), pending migrations, the seed
 * on an empty embedded database, then the HTTP server. Ctrl-C (or SIGTERM) drains requests and
 * stops everything in order: HTTP, Apollo, the pool, then the embedded database.
 */
async function main() {
  const started = Date.now();
  const config = loadConfig();
  checkServerConfig(config);
  const database = await openDatabase(config, (message) => log(message));
  if (!config.databaseUrl && (await database.dataSource.manager.count(Exercise)) === 0) {
    log('Seeding the embedded database from api/src/seed (first start)');
    await seed(database.dataSource, loadSeedFiles());
    if (!config.production) {
      await seedDemo(database.dataSource);
      log(
        'Demo accounts and the demonstration exercise created: demo only, the password is in the README; disabled when NODE_ENV=production',
        { accounts: DEMO_ACCOUNTS.map((a) => a.email) },
      );
    }
  }
  if (config.production) {
    if (!process.env.OPEN_DATA_CONTACT_EMAIL?.trim())
      logEvent(
        sink,
        'warn',
        "OPEN_DATA_CONTACT_EMAIL is not set: the open-data catalogue gives no mbox, which Mexico's open-data guide requires",
      );
    const disabled = await disableDemoAccounts(database.dataSource.manager);
    if (disabled.length)
      logEvent(
        sink,
        'warn',
        'Demo accounts disabled and their sessions ended: their password is published (NODE_ENV=production)',
        { accounts: disabled },
      );
  }
  const app = await createApp(database.dataSource, sink, {
    production: config.production,
    trustProxy: config.trustProxy,
    alive: database.alive,
  });
  const { server } = app;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  // Before saying it is ready: a supervisor may signal as soon as it reads that line, and a
  // signal with no handler yet would kill the process and leave the embedded database running.
  let stopping = false;
  // Exits non-zero when the database was gone, so that a supervisor restarts the whole.
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(watchdog);
    log('Stopping: finishing requests in flight first', { reason });
    await app
      .stop()
      .catch((error: unknown) =>
        logEvent(sink, 'error', 'Could not stop the HTTP server cleanly', { error: String(error) }),
      );
    const healthy = database.alive();
    await database
      .close()
      .catch((error: unknown) =>
        logEvent(sink, 'error', 'Could not stop the database cleanly', { error: String(error) }),
      );
    log('Stopped');
    process.exit(healthy ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // An embedded PostgreSQL that dies is noticed within a second or two: the process stops (exit 1).
  const watchdog = setInterval(() => {
    if (database.alive()) return;
    logEvent(
      sink,
      'error',
      'The embedded PostgreSQL stopped unexpectedly: exiting so that a supervisor restarts the API and its database',
    );
    void stop('embedded PostgreSQL died');
  }, WATCHDOG_MS);
  const { port } = server.address() as AddressInfo;
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log('Tablero Abierto ready', {
    readyMs: Date.now() - started,
    graphqlUrl: `${base}/graphql`,
    publicUrl: `${base}/graphql/public`,
    healthUrl: `${base}/health/ready`,
    database: config.databaseUrl
      ? 'DATABASE_URL'
      : `embedded PostgreSQL on 127.0.0.1:${config.embeddedPort}, data in ${config.dataDir}`,
  });
}

main().catch((error) => {
  logEvent(sink, 'error', 'Could not start', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
