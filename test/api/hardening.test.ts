import { getIntrospectionQuery, parse } from 'graphql';
import { createApp, type App } from '../../api/src/app';
import { operationCost, QUERY_LIMITS } from '../../api/src/common/query-limits';
import { buildAppSchema } from '../../api/src/schema';
import { TestApi } from '../support/api';
import { DEEPEST_QUERY, SEEDED_EXERCISES } from '../support/queries';
import { listen } from '../support/listen';

/** Limits on what one request may ask, and what a response may reveal. */
describe('a hardened endpoint', () => {
  let api: TestApi;
  let app: App;
  let url: string;

  beforeAll(async () => {
    api = await TestApi.open();
    app = await createApp(api.dataSource, () => undefined);
    url = `${await listen(app.server)}/graphql`;
  });
  afterAll(async () => {
    await app.stop();
    await api.close();
  });

  // The answer type whose statuses say what was refused (application/json gets 200: graphql-over-http.test.ts).
  const post = (body: unknown, path = '') =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const errorOf = async (query: string) => {
    const response = await post({ query });
    const body = await response.json();
    return {
      status: response.status,
      error: body.errors?.[0] as { message: string; extensions: { code: string } } | undefined,
      body,
    };
  };

  it('answers the deepest real query within the limits', async () => {
    const { error, body } = await errorOf(DEEPEST_QUERY);
    expect(error).toBeUndefined();
    expect(body.data.exercises.nodes).toHaveLength(SEEDED_EXERCISES);
  });

  it('refuses a query nested too deep', async () => {
    const levels = 14;
    const deep = `{ exercises { nodes { ${'secretariat { exercise { '.repeat(levels / 2)}id${' } }'.repeat(levels / 2)} } } }`;
    const { status, error } = await errorOf(deep);
    expect(status).toBe(400);
    expect(error?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' });
  });

  it('refuses alias overloading', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: states { totalCount }`).join(' ');
    const { error } = await errorOf(`{ ${aliases} }`);
    expect(error?.message).toMatch(/aliases/i);
  });

  it('refuses directive overloading', async () => {
    const { error } = await errorOf(`{ states { totalCount ${'@include(if: true) '.repeat(25)} } }`);
    expect(error?.message).toMatch(/directives/i);
  });

  it('refuses field duplication beyond the cost limit', async () => {
    const fields = Array.from(
      { length: 300 },
      () => 'events(first: 100) { nodes { title venue { name municipality { name } } } }',
    ).join(' ');
    const { status, error } = await errorOf(`{ ${fields} }`);
    expect(status).toBe(400);
    expect(error?.message).toMatch(/cost|token/i);
  });

  it('refuses a document over the token limit as a query limit, not a syntax error', async () => {
    const { status, error } = await errorOf(`{ states { ${'totalCount '.repeat(2100)} } }`);
    expect(status).toBe(400);
    expect(error).toEqual({
      message: 'Over the query limit of 2,000 for lexical tokens in the document',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens', max: 2000 },
    });
  });

  it('refuses batched operations', async () => {
    const response = await post([{ query: '{ states { totalCount } }' }, { query: '{ states { totalCount } }' }]);
    expect(response.status).toBe(400);
  });

  it('refuses a request body over 100 KB', async () => {
    const response = await post({ query: '{ states { totalCount } }', variables: { padding: 'x'.repeat(110_000) } });
    expect(response.status).toBe(413);
  });

  it('never suggests field names', async () => {
    const { error } = await errorOf('{ exercisez { totalCount } }');
    expect(error?.message).not.toMatch(/Did you mean/);
    expect(error?.message).not.toContain('exercises');
  });

  it('keeps introspection available: the schema is the documentation', async () => {
    const { error, body } = await errorOf(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        inputValueDeprecation: true,
      }),
    );
    expect(error).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
  });

  it('refuses a circular introspection query', async () => {
    const circular = `{ __type(name: "Query") { ${'fields { type { '.repeat(10)}name${' } }'.repeat(10)} } }`;
    const { status, error } = await errorOf(circular);
    expect(status).toBe(400);
    // Depth refuses it first; its cost (each turn of `fields` counts the largest page) is over too.
    expect(error?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED' });
    expect(operationCost(await buildAppSchema(), parse(circular))).toBeGreaterThan(QUERY_LIMITS.cost);
  });

  it('refuses mutations over GET', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('mutation { signOut }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(response.status).toBe(405);
  });

  it('refuses form posts (CSRF) on the endpoint that reads cookies', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': type },
        body: 'query=mutation{signOut}',
      });
      expect(response.status).toBe(400);
    }
  });

  it('sends security headers on every response', async () => {
    const response = await post({ query: '{ states { totalCount } }' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
