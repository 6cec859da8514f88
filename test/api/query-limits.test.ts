import { ApolloServer } from '@apollo/server';
import { createApp, formatError, type App } from '../../api/src/app';
import { createContext, type Context } from '../../api/src/common/context';
import { QUERY_LIMITS, queryLimitsPlugin, type QueryLimits } from '../../api/src/common/query-limits';
import { newRequestScope, scopedManager } from '../../api/src/db/sql-counter';
import { buildAppSchema } from '../../api/src/schema';
import { TestApi } from '../support/api';
import { listen } from '../support/listen';

/**
 * No request can exhaust the server: a cost that counts list sizes refuses expensive shapes
 * before any SQL, and caps on resolved fields and execution time stop what the estimate missed.
 * Every refusal is QUERY_LIMIT_EXCEEDED with the limit named.
 */
describe('query limits', () => {
  let api: TestApi;
  let app: App;
  let url: string;
  const logged: string[] = [];

  beforeAll(async () => {
    api = await TestApi.open();
    app = await createApp(api.dataSource, (line) => logged.push(line));
    url = `${await listen(app.server)}/graphql/public`;
  });
  afterAll(async () => {
    await app.stop();
    await api.close();
  });

  const post = async (query: string, variables?: Record<string, unknown>) => {
    // The answer type whose statuses say what was refused (application/json gets 200: graphql-over-http.test.ts).
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    return {
      status: response.status,
      body,
      error: body.errors?.[0] as { message: string; extensions: Record<string, unknown> } | undefined,
    };
  };

  /** The attack of issue 12: each turn of the cycle multiplies the answer by a state's municipalities. */
  const CYCLE = `{states{nodes{municipalities{state{municipalities{state{municipalities{state{municipalities{state{municipalities{name inegiKey}}}}}}}}}}}}`;

  it('refuses the back-reference cycle State.municipalities → Municipality.state before running it, with bounded memory', async () => {
    expect(Buffer.byteLength(CYCLE)).toBeLessThanOrEqual(160);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(CYCLE)));
    const grown = process.memoryUsage().heapUsed - before;
    for (const { status, error, body } of answers) {
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expect(error?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', max: QUERY_LIMITS.cost });
      expect(error?.message).toMatch(/^Over the query limit of 100,000 for cost/);
    }
    // A regression guard, generous: answering the cycle used to take the heap to its limit.
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  it('answers an out-of-range page size with the page-size rule, not the cost', async () => {
    for (const [query, variables] of [
      ['{ events(first: 1000000000) { nodes { title agreements { text responsible { name } } } } }', undefined],
      ['query($n: Int) { events(first: $n) { nodes { title } } }', { n: 1_000_000_000 }],
    ] as const) {
      const { error } = await post(query, variables);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(error?.message).toMatch(/between 0 and 100/);
    }
  });

  it('counts the page size asked: the same shape passes at a small page and is refused at a large one', async () => {
    const shape = (n: number) =>
      `{ states(first: ${n}) { nodes { municipalities { state { municipalities { state { municipalities { name } } } } } } } }`;
    expect((await post(shape(1))).error).toBeUndefined();
    expect((await post(shape(100))).error?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
  });

  it('names the limit of depth, aliases, directives and tokens, never as a syntax error', async () => {
    const deep = `{ exercises { nodes { ${'secretariat { exercise { '.repeat(8)}id${' } }'.repeat(8)} } } }`;
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: states { totalCount }`).join(' ')} }`;
    const directives = `{ states { totalCount ${'@include(if: true) '.repeat(25)} } }`;
    const tokens = `{ states { ${'totalCount '.repeat(2100)} } }`;
    for (const [query, limit] of [
      [deep, 'depth'],
      [aliases, 'aliases'],
      [directives, 'directives'],
      [tokens, 'tokens'],
    ]) {
      const { status, error } = await post(query);
      expect(status).toBe(400);
      expect(error?.extensions).toMatchObject({
        code: 'QUERY_LIMIT_EXCEEDED',
        limit,
        max: QUERY_LIMITS[limit as keyof typeof QUERY_LIMITS],
      });
      expect(error?.message).not.toMatch(/Syntax Error/);
      expect(error?.message).toContain(limit);
    }
  });

  it('hides field suggestions without leaving a stray question mark', async () => {
    const { error } = await post('{ exercisez { totalCount } }');
    expect(error?.message).toBe('Cannot query field "exercisez" on type "Query".');
  });

  it('answers an APQ hash that does not match its query as BAD_REQUEST, without logging an error', async () => {
    logged.length = 0;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ states { totalCount } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
      }),
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(logged.filter((line) => JSON.parse(line).level === 'error')).toEqual([]);
  });

  describe('while running', () => {
    /** The real schema behind lower limits, so a small query crosses them. */
    const run = async (limits: Partial<QueryLimits>, query: string) => {
      const apollo = new ApolloServer<Context>({
        schema: await buildAppSchema(),
        formatError,
        plugins: [queryLimitsPlugin({ ...QUERY_LIMITS, ...limits })],
      });
      await apollo.start();
      try {
        const scope = newRequestScope('limits');
        const response = await apollo.executeOperation(
          { query },
          { contextValue: createContext(scopedManager(api.dataSource.manager, scope), scope) },
        );
        if (response.body.kind !== 'single') throw new Error('single result expected');
        return { status: response.http.status, ...response.body.singleResult };
      } finally {
        await apollo.stop();
      }
    };
    const MANY_FIELDS =
      '{ municipalities(first: 100) { nodes { id name inegiKey cvegeo timeZone state { name code } } } }';

    it('stops a request that resolves more fields than allowed, and answers only the limit', async () => {
      const result = await run({ resolvedFields: 50 }, MANY_FIELDS);
      expect(result.status).toBe(400);
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        {
          message: expect.stringContaining('resolved fields'),
          extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'resolvedFields', max: 50 },
        },
      ]);
    });

    it('stops a request that runs longer than allowed', async () => {
      // A limit already passed: the first clock reading (at 1,024 fields) is over it.
      const result = await run(
        { executionMs: -1 },
        `{ ${Array.from({ length: 10 }, (_, i) => `m${i}: ${MANY_FIELDS.slice(2, -2)}`).join(' ')} }`,
      );
      expect(result.errors).toEqual([
        {
          message: expect.stringContaining('execution time'),
          extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'executionMs', max: -1 },
        },
      ]);
    });

    it('lets the same request through within the limits', async () => {
      const result = await run({}, MANY_FIELDS);
      expect(result.errors).toBeUndefined();
    });
  });
});
