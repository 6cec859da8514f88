import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../api/src/common/paths';

// Next to the tests' own cluster port, so parallel checkouts with different test ports do not meet.
const EMBEDDED_PORT = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339) + 10;

interface Running {
  child: ChildProcess;
  output: string[];
  url: string;
}

/** Starts `api/src/main.ts` as `npm start` would, on a data folder of its own, and waits until it serves. */
function start(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'api/src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(EMBEDDED_PORT), PORT: '0', HOST: '127.0.0.1' },
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(...chunk.toString().split('\n').filter(Boolean));
      const line = output.find((l) => l.includes('GraphQL API:'));
      if (line) resolve({ child, output, url: line.split('GraphQL API:')[1].trim() });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before serving:\n${output.join('\n')}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

const count = async (url: string) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ exercises { totalCount } sessions { totalCount } }' }) });
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
    expect(first.output.join('\n')).toMatch(/Seeding the embedded database/);
    expect(await count(first.url)).toEqual({ exercises: { totalCount: 1 }, sessions: { totalCount: 9 } });

    // A crash: Node is killed outright and the database server it started is left behind.
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(await portOpen(EMBEDDED_PORT)).toBe(true);

    const second = await start(dataDir);
    expect(second.output.join('\n')).toMatch(/left running by an earlier process/);
    expect(second.output.join('\n')).not.toMatch(/Seeding/);
    expect(await count(second.url)).toEqual({ exercises: { totalCount: 1 }, sessions: { totalCount: 9 } });

    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
    expect(second.output.join('\n')).toMatch(/Stopped/);
    expect(await portOpen(EMBEDDED_PORT)).toBe(false);
  });
});
