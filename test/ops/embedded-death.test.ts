import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * The embedded PostgreSQL dies under a running API (killed, out of memory): the API must not live
 * on serving errors while /health/live says all is well. It notices within seconds and exits
 * non-zero, so that a supervisor restarts the whole; a SIGTERM meanwhile stops it without a crash.
 */
/** Whether a process runs (a zombie, dead but not yet reaped, does not). */
function running(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
}

describe('when the embedded PostgreSQL dies', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablero-death-'));
  chmodSync(dataDir, 0o755);
  const env = {
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339) + 11),
  };
  let server: ServerProcess | undefined;
  /** Kills the database's whole process group and waits until its postmaster is gone. */
  const killDatabase = async () => {
    const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(-postmaster, 'SIGKILL');
    while (running(postmaster)) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  afterEach(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await exited(server.child);
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits non-zero on its own, saying why', async () => {
    server = await startServerProcess(env);
    const live = new URL('/health/live', server.graphqlUrl).toString();
    expect((await fetch(live)).status).toBe(200);
    await killDatabase();
    expect(await exited(server.child)).toBe(1);
    expect(server.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: expect.stringMatching(/embedded PostgreSQL stopped unexpectedly/),
      }),
    );
    expect(server.lines.at(-1)).toMatchObject({ msg: 'Stopped' });
  });

  it('stops on SIGTERM without crashing on the dead database, and says so by its exit code', async () => {
    server = await startServerProcess(env);
    await killDatabase();
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(1);
    // Every line is the server's JSON (no crash trace), and the last one is its orderly stop.
    expect(server.lines.every((line) => typeof line.time === 'string')).toBe(true);
    expect(server.lines.at(-1)).toMatchObject({ msg: 'Stopped' });
  });
});
