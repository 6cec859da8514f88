import { createApp, type App } from '../../api/src/app';
import { TestApi } from '../support/api';
import { listen } from '../support/listen';

/** The endpoint as an HTTP client sees it, per the GraphQL-over-HTTP spec. */
describe('GraphQL over HTTP', () => {
  let api: TestApi;
  let app: App;
  let url: string;
  const logged: string[] = [];

  beforeAll(async () => {
    api = await TestApi.open();
    app = await createApp(api.dataSource, (line) => logged.push(line));
    url = `${await listen(app.server)}/graphql`;
  });
  afterAll(async () => {
    await app.stop();
    await api.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers a POSTed query with JSON, a request id and its SQL statement count', async () => {
    const response = await post({ query: '{ states(first: 1) { totalCount } }' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-sql-statements')).toBe('1');
    expect(await response.json()).toEqual({ data: { states: { totalCount: 32 } } });
  });

  it('answers in application/graphql-response+json when the client asks for it', async () => {
    const response = await post(
      { query: '{ states(first: 1) { totalCount } }' },
      { accept: 'application/graphql-response+json' },
    );
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('runs queries over GET', async () => {
    const query = encodeURIComponent('query Count { states { totalCount } }');
    const response = await fetch(`${url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect((await response.json()).data.states.totalCount).toBe(32);
  });

  it('refuses a malformed document with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const response = await post({ query: '{ states( ' }, { accept: 'application/graphql-response+json' });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses an unknown field with GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
    const response = await post({ query: '{ password }' }, { accept: 'application/graphql-response+json' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it('refuses methods other than GET and POST with 405', async () => {
    const response = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
  });

  it('serves public reads to other origins over a plain GET: no preflight header, no credentials', async () => {
    const query = encodeURIComponent('{ states { totalCount } }');
    const response = await fetch(`${url}/public?query=${query}`, {
      headers: { origin: 'https://www.saltillo.gob.mx' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await response.json()).data.states.totalCount).toBe(32);
  });

  it("answers the public endpoint's preflight for POSTed JSON, cached for a day", async () => {
    const response = await fetch(`${url}/public`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-max-age')).toBe('86400');
  });

  it('keeps the CSRF guard on the main endpoint: a bare GET is refused', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ states { totalCount } }')}`);
    expect(response.status).toBe(400);
  });

  it('gives NOT_FOUND for an unknown record and keeps status 200 (a partial GraphQL result)', async () => {
    const response = await post({ query: '{ exerciseBySlug(slug: "atlantis-1999") { id } }' });
    expect(response.status).toBe(200);
    expect((await response.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

/** Requests refused before GraphQL runs still get GraphQL-over-HTTP JSON: a code, a request id, no stack. */
describe('error answers the body parser gives', () => {
  let api: TestApi;
  let app: App;
  let base: string;

  beforeAll(async () => {
    api = await TestApi.open();
    app = await createApp(api.dataSource, () => undefined);
    base = await listen(app.server);
  });
  afterAll(async () => {
    await app.stop();
    await api.close();
  });

  const cases: [string, Record<string, string>, string, number, string][] = [
    ['invalid JSON', { 'content-type': 'application/json' }, '{"query": ', 400, 'BAD_REQUEST'],
    [
      'a JSON string as body',
      { 'content-type': 'application/json' },
      '"{ states { totalCount } }"',
      400,
      'BAD_REQUEST',
    ],
    [
      'an unsupported charset',
      { 'content-type': 'application/json; charset=latin-9000' },
      '{"query":"{ states { totalCount } }"}',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a body over 100 KB',
      { 'content-type': 'application/json' },
      JSON.stringify({ query: `{ states { totalCount } } # ${'x'.repeat(120_000)}` }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ];
  for (const path of ['/graphql', '/graphql/public']) {
    for (const [what, headers, body, status, code] of cases) {
      it(`answers ${what} on ${path} with ${status} ${code} as JSON, with the request id and no stack`, async () => {
        const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
        expect(response.status).toBe(status);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        const requestId = response.headers.get('x-request-id');
        expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
        const text = await response.text();
        expect(JSON.parse(text)).toEqual({
          errors: [{ message: expect.any(String), extensions: { code, requestId } }],
        });
        expect(text).not.toMatch(/node_modules|\/work\/|at \w+ \(|<html|<pre/i);
      });
    }
  }

  it('answers an address nothing serves with a JSON 404', async () => {
    const response = await fetch(`${base}/nada/aqui`);
    expect(response.status).toBe(404);
    expect((await response.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
