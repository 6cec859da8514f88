import 'reflect-metadata';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DEEPEST_QUERY } from '../support/queries';
import { benchComparison } from './comparison';
import { benchLimits, printLimits } from './limits';
import { load, median, startServer, stopServer, type LoadResult } from './measure';
import { POSTGRAPHILE_DEEPEST_QUERY, startPostGraphile, summarisePostGraphileResult } from './postgraphile-peer';
import { startPostGraphileProcess } from './postgraphile-process';

/**
 * `npm run bench`: start-up times of `npm start` on the embedded PostgreSQL, the SQL statements
 * of the deepest public query, that query's throughput and latency side by side with PostGraphile
 * serving the same database in the same run — cold (POST, never cached) and cached (GET by
 * persisted-query hash: the stored answer, and a revalidation answered 304) — and the comparison
 * query's time on 32 and 320 synthetic states, and the largest answer the query limits let
 * through with the memory it costs. Loopback only; two to three minutes.
 */
process.env.GRAPHILE_ENV ??= 'production';
const EMBEDDED_PORT = Number(process.env.BENCH_EMBEDDED_PG_PORT ?? 54359);
const RUNS = 3;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '16,64').split(',').map(Number);
const COMPARISON_STATES = (process.env.BENCH_STATES ?? '32,320').split(',').map(Number);

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
  // The load runs against the server as deployed: NODE_ENV=production (graphql-js drops its development
  // checks), which also needs the public address that permanent links are built from.
  const dataDir = dirs.at(-1) as string;
  await stopServer(server);
  server = await startServer({
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(EMBEDDED_PORT),
    NODE_ENV: 'production',
    PUBLIC_BASE_URL: 'http://127.0.0.1',
  });
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${EMBEDDED_PORT}/tablero`;

  const ours = await graphql(server.url, DEEPEST_QUERY);
  const statements = Number(ours.headers.get('x-sql-statements'));
  const oursBody = await ours.json();
  if (oursBody.errors) throw new Error(JSON.stringify(oursBody.errors));
  const oursCommitments = oursBody.data.exercises.nodes.flatMap((x: { actionPlans: { commitments: unknown[] }[] }) =>
    x.actionPlans.flatMap((p) => p.commitments),
  ).length;

  let peerStatements = 0;
  const counted = await startPostGraphile(databaseUrl, { onStatement: () => (peerStatements += 1) });
  peerStatements = 0;
  const peerBody = await (await graphql(counted.url, POSTGRAPHILE_DEEPEST_QUERY)).json();
  const peerStatementsPerRequest = peerStatements;
  if (peerBody.errors) throw new Error(`PostGraphile: ${JSON.stringify(peerBody.errors)}`);
  const peerSummary = summarisePostGraphileResult(peerBody.data);
  // Statements are counted in this process; the load runs against the peer in its own process.
  await counted.stop();
  const peer = await startPostGraphileProcess(databaseUrl);

  const send = (url: string, query: string) => async () => {
    const response = await graphql(url, query);
    const body = (await response.json()) as { errors?: unknown };
    return response.ok && !body.errors;
  };
  // Cached reads: the deepest query by its persisted-query hash over GET, as a widget or a CDN sends it.
  const publicUrl = server.url.replace(/\/graphql$/, '/graphql/public');
  const hash = createHash('sha256').update(DEEPEST_QUERY).digest('hex');
  const byHash = `${publicUrl}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`;
  const primed = await fetch(`${byHash}&query=${encodeURIComponent(DEEPEST_QUERY)}`);
  const etag = primed.headers.get('etag');
  if (!primed.ok || !etag) throw new Error(`priming the persisted query failed: ${primed.status}`);
  await primed.arrayBuffer();
  let cachedStatements = 0;
  const cached = async () => {
    const response = await fetch(byHash);
    cachedStatements += Number(response.headers.get('x-sql-statements'));
    const body = (await response.json()) as { errors?: unknown };
    return response.ok && !body.errors;
  };
  const revalidated = async () => {
    const response = await fetch(byHash, { headers: { 'if-none-match': etag } });
    cachedStatements += Number(response.headers.get('x-sql-statements'));
    await response.arrayBuffer();
    return response.status === 304;
  };
  const modes = [
    { name: 'PostGraphile', mode: 'POST', send: send(peer.url, POSTGRAPHILE_DEEPEST_QUERY) },
    { name: 'Tablero Abierto', mode: 'cold: POST', send: send(server.url, DEEPEST_QUERY) },
    { name: 'Tablero Abierto', mode: 'cached: GET by hash, 200', send: cached },
    { name: 'Tablero Abierto', mode: 'cached: GET by hash, 304', send: revalidated },
  ];
  // The API's own count of SQL statements over every request it answered (its /metrics), so
  // that nothing a request did outside the answers read here goes unseen.
  const metricsUrl = server.url.replace(/\/graphql$/, '/metrics');
  const statementsSoFar = async () => {
    const text = await (await fetch(metricsUrl)).text();
    const sum = /^tablero_sql_statements_per_request_sum(?:\{[^}]*\})? (\S+)$/m.exec(text);
    if (!sum) throw new Error('no tablero_sql_statements_per_request_sum in /metrics');
    return Number(sum[1]);
  };
  const results: { name: string; mode: string; connections: number; result: LoadResult }[] = [];
  const run = async (selected: typeof modes) => {
    for (const connections of CONNECTIONS) {
      for (const { name, mode, send: sender } of selected) {
        await load(sender, connections, 2); // warm-up
        results.push({ name, mode, connections, result: await load(sender, connections, LOAD_SECONDS) });
      }
    }
  };
  await run(modes.filter((m) => !m.mode.startsWith('cached')));
  const before = await statementsSoFar();
  await run(modes.filter((m) => m.mode.startsWith('cached')));
  const cachedRunStatements = (await statementsSoFar()) - before;
  results.sort(
    (a, b) =>
      a.connections - b.connections ||
      modes.findIndex((m) => m.mode === a.mode) - modes.findIndex((m) => m.mode === b.mode),
  );
  const comparison = await benchComparison(server.url, databaseUrl, COMPARISON_STATES);
  const limits = await benchLimits(databaseUrl);
  await peer.stop();
  await stopServer(server);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });

  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log('\n## Start-up (npm start on the embedded PostgreSQL, until it serves)');
  console.log(
    `first start (create cluster, migrate, seed): median ${ms(median(firstStarts))}  [${firstStarts.map(ms).join(', ')}]`,
  );
  console.log(
    `second start (reuse data):                    median ${ms(median(secondStarts))}  [${secondStarts.map(ms).join(', ')}]`,
  );
  console.log('\n## Deepest public nested query');
  console.log(
    `SQL statements per request: Tablero ${statements} (one per loader a nesting level uses, the level's statements pipelined in one round trip; independent of list sizes); PostGraphile ${peerStatementsPerRequest} (compiles the whole query to one statement)`,
  );
  console.log(
    `same data: Tablero ${oursCommitments} commitments; PostGraphile ${peerSummary.commitments} commitments, ${peerSummary.meetings} meeting links, ${peerSummary.sessions} sessions`,
  );
  console.log(`\n## Deepest public nested query: throughput, ${LOAD_SECONDS} s per run, same database, loopback`);
  console.log(
    'Cold: every request executed (POST is never cached). Cached: GET of the persisted query by its hash, answered from the stored',
  );
  console.log(
    'answer (200, the whole body) or, with If-None-Match, as 304 Not Modified. Ratios are to PostGraphile at the same connections.',
  );
  console.log('| server | mode | connections | requests/s | p50 | p99 | errors | throughput ratio | p99 ratio |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { name, mode, connections, result } of results) {
    const peerResult = results.find((r) => r.name === 'PostGraphile' && r.connections === connections)
      ?.result as LoadResult;
    const ratio = (n: number, d: number) => `${(n / d).toFixed(2)}×`;
    console.log(
      `| ${name} | ${mode} | ${connections} | ${result.throughput.toFixed(1)} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.errors} | ${ratio(result.throughput, peerResult.throughput)} | ${ratio(result.p99, peerResult.p99)} |`,
    );
  }
  const cachedRequests = results
    .filter((r) => r.mode.startsWith('cached'))
    .reduce((sum, r) => sum + r.result.requests, 0);
  console.log(
    `cached requests: ${cachedRequests}; SQL statements they cost: ${cachedStatements} by the API's count (x-sql-statements), ${cachedRunStatements} in the API's /metrics over every request of the cached runs (warm-ups included)`,
  );
  console.log('\n## Comparison of exercises (compareExercises, every figure; POSTed, so never cached)');
  console.log('| synthetic states (+ Coahuila) | exercises compared | generated in | first run | median of next 5 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const t of comparison.timings)
    console.log(`| ${t.states} | ${t.exercises} | ${ms(t.generateMs)} | ${ms(t.firstMs)} | ${ms(t.medianMs)} |`);
  console.log(`synthetic exercises removed in ${ms(comparison.removeMs)}`);
  printLimits(limits);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
