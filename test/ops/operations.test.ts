import type { MigrationInterface } from 'typeorm';
import { createApp, type App } from '../../api/src/app';
import { createDataSource } from '../../api/src/db/data-source';
import { TestApi } from '../support/api';
import { DEEPEST_QUERY, SEEDED_EXERCISES } from '../support/queries';
import { listen } from '../support/listen';

describe('operations', () => {
  let api: TestApi;
  let app: App;
  let base: string;
  const logged: string[] = [];

  beforeAll(async () => {
    api = await TestApi.open();
    app = await createApp(api.dataSource, (line) => logged.push(line));
    base = await listen(app.server);
  });
  afterAll(async () => {
    await app.stop();
    await api.close();
  });

  const graphql = (query: string, operationName?: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName }),
    });

  it('is live, and ready when the database answers and no migration is pending', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('is not live once its embedded database process is gone', async () => {
    let databaseRuns = true;
    const watched = await createApp(api.dataSource, () => undefined, { alive: () => databaseRuns });
    const watchedBase = await listen(watched.server);
    try {
      expect((await fetch(`${watchedBase}/health/live`)).status).toBe(200);
      databaseRuns = false;
      expect((await fetch(`${watchedBase}/health/live`)).status).toBe(503);
    } finally {
      await watched.stop();
    }
  });

  it('is not ready while a migration is pending', async () => {
    class Pending1999999999999 implements MigrationInterface {
      name = 'Pending1999999999999';
      async up() {}
      async down() {}
    }
    const dataSource = createDataSource(process.env.TEST_DATABASE_URL as string, { quiet: true });
    (dataSource.options.migrations as unknown[]).push(Pending1999999999999);
    await dataSource.initialize();
    const pendingApp = await createApp(dataSource, () => undefined);
    const pendingBase = await listen(pendingApp.server);
    try {
      const ready = await fetch(`${pendingBase}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'migrations pending' });
    } finally {
      await pendingApp.stop();
      await dataSource.destroy();
    }
  });

  it('logs one JSON line per request, with its request id, operation, status, time and SQL statements, and no body', async () => {
    const response = await graphql('query ExerciseFigures { exercises { totalCount } }', 'ExerciseFigures');
    const requestId = response.headers.get('x-request-id');
    await new Promise((resolve) => setImmediate(resolve));
    const line = logged.map((l) => JSON.parse(l)).find((l) => l.requestId === requestId && l.msg === 'request');
    expect(line).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'ExerciseFigures',
      sqlStatements: 1,
    });
    expect(typeof line.durationMs).toBe('number');
    expect(logged.join('\n')).not.toContain('totalCount');
  });

  it('serves Prometheus metrics to loopback: requests and latency by operation, statements per request, pool use', async () => {
    // CommitmentProgress is a widget's operation: a name the platform's own clients send.
    await graphql(`query CommitmentProgress ${DEEPEST_QUERY.replace(/^\s*query Deepest/, '')}`, 'CommitmentProgress');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/tablero_http_requests_total\{operation="CommitmentProgress",status="200"\} \d+/);
    expect(metrics).toMatch(
      /tablero_http_request_duration_seconds_bucket\{le="[\d.]+",operation="CommitmentProgress"\}/,
    );
    expect(metrics).toMatch(/tablero_sql_statements_per_request_bucket\{le="30"\} \d+/);
    expect(metrics).toMatch(/tablero_db_pool_connections\{state="total"\} \d+/);
  });

  it("labels only the platform's own operation names: anonymous junk is counted as other", async () => {
    await graphql('query Bad { states { totalCount } }', 'x'.repeat(80));
    const junk = Array.from({ length: 30 }, (_, i) => `Junk${i}`);
    for (const name of junk) await graphql(`query ${name} { __typename }`, name);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).not.toContain('x'.repeat(80));
    for (const name of junk) expect(metrics).not.toContain(`operation="${name}"`);
    expect(metrics).toMatch(/tablero_http_requests_total\{operation="other",status="200"\} \d+/);
  });

  it('asks for the token when METRICS_TOKEN is set', async () => {
    process.env.METRICS_TOKEN = 'metrics-secret';
    try {
      expect((await fetch(`${base}/metrics`)).status).toBe(403);
      expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer metrics-secret' } })).status).toBe(
        200,
      );
    } finally {
      delete process.env.METRICS_TOKEN;
    }
  });

  it('finishes requests in flight when it stops', async () => {
    const second = await createApp(api.dataSource, () => undefined);
    const secondBase = await listen(second.server);
    // Stop once the server has the request (not after a guessed delay, which a busy machine outlasts).
    const received = new Promise((resolve) => second.server.once('request', resolve));
    const inFlight = fetch(`${secondBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DEEPEST_QUERY }),
    });
    await received;
    const stopped = second.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).data.exercises.nodes).toHaveLength(SEEDED_EXERCISES);
    await stopped;
    await expect(fetch(`${secondBase}/health/live`)).rejects.toThrow();
  });
});
