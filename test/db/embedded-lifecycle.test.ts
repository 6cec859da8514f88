import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedId } from '../../api/src/seed/upsert';
import { SEEDED_EXERCISES } from '../support/queries';
import { exited, messages, startServerProcess } from '../support/server-process';

/** The demonstration exercise is seeded beside Coahuila's on first start; these count Coahuila's. */
const COAHUILA = seedId('exercise:coahuila-2015-2017');

// Next to the tests' own cluster port, so parallel checkouts with different test ports do not meet.
const EMBEDDED_PORT = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339) + 10;

/** Starts the server on a data folder of its own, as `npm start` would. */
const start = (dataDir: string) =>
  startServerProcess({ DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(EMBEDDED_PORT) });

const count = async (url: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ exercises(filter: { isDemo: false }) { totalCount } sessions(filter: { exerciseId: "${COAHUILA}" }) { totalCount } }`,
    }),
  });
  return (await response.json()).data;
};

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('npm start on the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablero-lifecycle-'));
  chmodSync(dataDir, 0o755); // the postgres system user must be able to traverse it
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates, migrates and seeds on first start, recovers after a crash, reuses the data, and stops cleanly', async () => {
    const first = await start(dataDir);
    expect(messages(first)).toMatch(/Seeding the embedded database/);
    expect(await count(first.graphqlUrl)).toEqual({
      exercises: { totalCount: SEEDED_EXERCISES },
      sessions: { totalCount: 9 },
    });

    // A crash: Node is killed outright and the database server it started is left behind.
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(await portOpen(EMBEDDED_PORT)).toBe(true);

    const second = await start(dataDir);
    expect(messages(second)).toMatch(/left running by an earlier process/);
    expect(messages(second)).not.toMatch(/Seeding/);
    expect(await count(second.graphqlUrl)).toEqual({
      exercises: { totalCount: SEEDED_EXERCISES },
      sessions: { totalCount: 9 },
    });

    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
    expect(messages(second)).toMatch(/Stopped/);
    expect(await portOpen(EMBEDDED_PORT)).toBe(false);
  });
});
