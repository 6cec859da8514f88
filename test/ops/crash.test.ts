import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { seedId } from '../../api/src/seed/upsert';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { exited, messages, startServerProcess } from '../support/server-process';

/**
 * Kills the API and the database with SIGKILL in the middle of a stream of writes, starts again
 * as `npm start` would, and checks that every write the API acknowledged is there with its audit
 * row, and that nothing is half-written (no record without its audit row, no audit row without
 * its record).
 */
/** Whether a process still runs (a zombie, dead but not yet reaped, does not). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};

describe('crash safety', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablero-crash-'));
  chmodSync(dataDir, 0o755);
  const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339) + 9;
  const env = { DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // Two starts of the server and a crash recovery: slow on a busy CI machine, so a longer limit.
  it('keeps every acknowledged write, with its audit row, through a SIGKILL of the API and the database', async () => {
    const first = await startServerProcess(env);
    const signIn = await fetch(first.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "icai@demo.tablero.mx", password: "${DEMO_PASSWORD}") { id } }`,
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^tablero_session=/);

    const acknowledged: { id: string; description: string }[] = [];
    const refused: string[] = [];
    let writing = true;
    let sent = 0;
    const writer = async () => {
      while (writing) {
        const description = `Entrega en curso ${(sent += 1)}`;
        try {
          const response = await fetch(first.graphqlUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({
              query:
                'mutation($i: InformationDeliveryInput!) { createInformationDelivery(input: $i) { id description } }',
              variables: {
                i: {
                  commitmentId: seedId('commitment:coahuila-2015-2017:c2'),
                  description,
                  pages: 1,
                  pagesQualifier: 'EXACT',
                },
              },
            }),
          });
          const body = await response.json();
          if (body.data?.createInformationDelivery) acknowledged.push(body.data.createInformationDelivery);
          else refused.push(JSON.stringify(body.errors));
        } catch {
          return; // the API is gone: this write was never acknowledged
        }
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    for (let waited = 0; acknowledged.length < 200; waited += 20) {
      if (waited > 20_000 || refused.length)
        throw new Error(
          `writes are not being acknowledged: ${acknowledged.length} so far; refused: ${refused.slice(0, 3).join('; ')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    // The crash: the database's whole process group and the API, without warning.
    const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(-postmaster, 'SIGKILL');
    first.child.kill('SIGKILL');
    writing = false;
    await Promise.all(writers);
    await exited(first.child);
    for (let waited = 0; alive(postmaster) && waited < 15_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);

    const second = await startServerProcess(env);
    try {
      expect(messages(second)).not.toMatch(/Seeding/);
      const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
      const client = new Client({
        connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/tablero`,
      });
      await client.connect();
      const { rows: stored } = await client.query(
        `SELECT id, description FROM information_delivery WHERE description LIKE 'Entrega en curso %'`,
      );
      const { rows: audited } = await client.query(
        `SELECT record_id FROM audit_event WHERE entity = 'InformationDelivery' AND action = 'CREATE'`,
      );
      await client.end();

      const storedById = new Map(stored.map((row: { id: string; description: string }) => [row.id, row.description]));
      const auditedIds = new Set(audited.map((row: { record_id: string }) => row.record_id));
      for (const write of acknowledged) {
        expect(storedById.get(write.id)).toBe(write.description);
        expect(auditedIds.has(write.id)).toBe(true);
      }
      for (const id of storedById.keys()) expect(auditedIds.has(id)).toBe(true);
      for (const id of auditedIds) expect(storedById.has(id)).toBe(true);
      console.log(
        `crash test: ${acknowledged.length} acknowledged writes checked, ${stored.length} stored, ${sent} sent`,
      );
    } finally {
      second.child.kill('SIGINT');
      await exited(second.child);
    }
  }, 240_000);
});
