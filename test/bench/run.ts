import 'reflect-metadata';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEEPEST_QUERY } from '../support/queries';
import { load, median, startServer, stopServer, type LoadResult } from './measure';
import { POSTGRAPHILE_DEEPEST_QUERY, startPostGraphile, summarisePostGraphileResult } from './postgraphile-peer';

/**
 * `npm run bench`: start-up times of `npm start` on the embedded PostgreSQL, the SQL statements
 * of the deepest public query, and that query's throughput and latency side by side with
 * PostGraphile serving the same database in the same run. Loopback only; about a minute.
 */
process.env.GRAPHILE_ENV ??= 'production';
const EMBEDDED_PORT = 54359;
const RUNS = 3;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '16,64').split(',').map(Number);

const graphql = (url: string, query: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

async function main() {
  const firstStarts: number[] = [];
  const secondStarts: number[] = [];
  const dirs: string[] = [];
  let server;
  for (let run = 0; run < RUNS; run += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tablero-bench-'));
    chmodSync(dataDir, 0o755);
    dirs.push(dataDir);
    const env = { DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(EMBEDDED_PORT) };
    const first = await startServer(env);
    firstStarts.push(first.readyMs);
    await stopServer(first);
    server = await startServer(env);
    secondStarts.push(server.readyMs);
    if (run < RUNS - 1) await stopServer(server);
  }
  if (!server) throw new Error('no server');
  const dataDir = dirs.at(-1) as string;
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${EMBEDDED_PORT}/tablero`;

  const ours = await graphql(server.url, DEEPEST_QUERY);
  const statements = Number(ours.headers.get('x-sql-statements'));
  const oursBody = await ours.json();
  if (oursBody.errors) throw new Error(JSON.stringify(oursBody.errors));
  const oursCommitments = oursBody.data.exercises.nodes.flatMap((x: { actionPlans: { commitments: unknown[] }[] }) => x.actionPlans.flatMap((p) => p.commitments)).length;

  let peerStatements = 0;
  const peer = await startPostGraphile(databaseUrl, { onStatement: () => (peerStatements += 1) });
  peerStatements = 0;
  const peerBody = await (await graphql(peer.url, POSTGRAPHILE_DEEPEST_QUERY)).json();
  const peerStatementsPerRequest = peerStatements;
  if (peerBody.errors) throw new Error(`PostGraphile: ${JSON.stringify(peerBody.errors)}`);
  const peerSummary = summarisePostGraphileResult(peerBody.data);

  const send = (url: string, query: string) => async () => {
    const response = await graphql(url, query);
    const body = (await response.json()) as { errors?: unknown };
    return response.ok && !body.errors;
  };
  const results: { name: string; connections: number; result: LoadResult }[] = [];
  for (const connections of CONNECTIONS) {
    for (const [name, url, query] of [
      ['Tablero Abierto', server.url, DEEPEST_QUERY],
      ['PostGraphile', peer.url, POSTGRAPHILE_DEEPEST_QUERY],
    ] as const) {
      await load(send(url, query), connections, 2); // warm-up
      results.push({ name, connections, result: await load(send(url, query), connections, LOAD_SECONDS) });
    }
  }
  await peer.stop();
  await stopServer(server);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });

  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log('\n## Start-up (npm start on the embedded PostgreSQL, until it serves)');
  console.log(`first start (create cluster, migrate, seed): median ${ms(median(firstStarts))}  [${firstStarts.map(ms).join(', ')}]`);
  console.log(`second start (reuse data):                    median ${ms(median(secondStarts))}  [${secondStarts.map(ms).join(', ')}]`);
  console.log('\n## Deepest public nested query');
  console.log(`SQL statements per request: Tablero ${statements} (one per relation field, independent of list sizes); PostGraphile ${peerStatementsPerRequest} (compiles the whole query to one statement)`);
  console.log(`same data: Tablero ${oursCommitments} commitments; PostGraphile ${peerSummary.commitments} commitments, ${peerSummary.meetings} meeting links, ${peerSummary.sessions} sessions`);
  console.log(`\n## Throughput, ${LOAD_SECONDS} s per run, same database, loopback`);
  console.log('| server | connections | requests/s | p50 | p99 | errors |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const { name, connections, result } of results) {
    console.log(`| ${name} | ${connections} | ${result.throughput.toFixed(1)} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.errors} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
