import 'reflect-metadata';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { seedId } from '../../api/src/seed/upsert';
import { DEEPEST_QUERY } from '../support/queries';
import { startServer, stopServer } from './measure';

/**
 * The load test of `npm run bench`: on loopback, LOAD_SECONDS (60) at LOAD_CONNECTIONS (50)
 * connections of mixed traffic against the built server on a fresh embedded database — public
 * reads (the deepest query, lists, figures) and, one request in five, a staff write. Reports
 * throughput, p50/p99 and errors, then counts the written rows against the acknowledged writes.
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const EMBEDDED_PORT = 54469;
const C2 = seedId('commitment:coahuila-2015-2017:c2');
const MARK = `carga-${Date.now()}`;

const READS = [
  DEEPEST_QUERY,
  '{ commitments(first: 10) { totalCount nodes { number title pagesDelivered { pages qualifier } progress { percent unknownReason } } } }',
  '{ exerciseBySlug(slug: "coahuila-2015-2017") { statistics { sessions agreements attendance { value qualifier } } pagesDelivered { pages } } }',
  '{ sessions(first: 20) { nodes { type number date municipality { name } agreements { text status } } } }',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablero-load-'));
  chmodSync(dataDir, 0o755);
  const server = await startServer({ DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(EMBEDDED_PORT) });
  try {
    const signIn = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "dipetre@demo.tablero.mx", password: "${DEMO_PASSWORD}") { id } }`,
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    if (!cookie) throw new Error('could not sign in as the demo agency editor');

    const latencies: { read: number[]; write: number[] } = { read: [], write: [] };
    const errors: string[] = [];
    const acknowledged: string[] = [];
    let sequence = 0;
    const deadline = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline) {
          const write = (sequence += 1) % 5 === 0;
          const body = write
            ? {
                query: 'mutation($i: InformationDeliveryInput!) { createInformationDelivery(input: $i) { id } }',
                variables: {
                  i: { commitmentId: C2, description: `${MARK} ${sequence}`, pages: 1, pagesQualifier: 'EXACT' },
                },
              }
            : { query: READS[sequence % READS.length] };
          const t = performance.now();
          try {
            const response = await fetch(server.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(write ? { cookie } : {}) },
              body: JSON.stringify(body),
            });
            const json = (await response.json()) as {
              data?: { createInformationDelivery?: { id: string } };
              errors?: { message: string }[];
            };
            if (!response.ok || json.errors) errors.push(json.errors?.[0]?.message ?? `HTTP ${response.status}`);
            else if (write && json.data?.createInformationDelivery)
              acknowledged.push(json.data.createInformationDelivery.id);
          } catch (error) {
            errors.push(String(error));
          }
          (write ? latencies.write : latencies.read).push(performance.now() - t);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;

    const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
    const client = new Client({
      connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${EMBEDDED_PORT}/tablero`,
    });
    await client.connect();
    const { rows } = await client.query('SELECT id FROM information_delivery WHERE description LIKE $1', [`${MARK} %`]);
    const { rows: audited } = await client.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'InformationDelivery' AND record_id = ANY($1)`,
      [acknowledged],
    );
    await client.end();
    const stored = new Set(rows.map((row: { id: string }) => row.id));
    const lost = acknowledged.filter((id) => !stored.has(id)).length;

    const all = [...latencies.read, ...latencies.write].sort((a, b) => a - b);
    const line = (name: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `| ${name} | ${values.length} | ${(values.length / elapsed).toFixed(1)} | ${percentile(sorted, 50).toFixed(0)} ms | ${percentile(sorted, 99).toFixed(0)} ms |`;
    };
    console.log(
      `\n## Load: ${SECONDS} s at ${CONNECTIONS} connections, mixed public reads and staff writes (loopback)`,
    );
    console.log('| traffic | requests | per second | p50 | p99 |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(line('reads', latencies.read));
    console.log(line('writes', latencies.write));
    console.log(line('all', all));
    console.log(`errors: ${errors.length}${errors.length ? ` (first: ${errors[0]})` : ''}`);
    console.log(
      `writes acknowledged: ${acknowledged.length}; stored: ${stored.size}; with audit rows: ${audited[0].n}; lost: ${lost}`,
    );
    if (errors.length || lost || audited[0].n !== acknowledged.length) process.exitCode = 1;
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
