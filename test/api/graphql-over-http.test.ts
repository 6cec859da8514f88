import { auditServer } from 'graphql-http';
import { createApp, type App } from '../../api/src/app';
import { TestApi } from '../support/api';
import { listen } from '../support/listen';

/**
 * The endpoints against the GraphQL-over-HTTP specification as an independent reader checks it:
 * graphql-http's own audit suite, then the points it cannot see (HEAD, both answer types).
 */
describe('GraphQL over HTTP, as graphql-http audits it', () => {
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

  // The staff endpoint's CSRF guard wants a header a browser form cannot send; a real client sends it.
  const withPreflightHeader: typeof fetch = (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), 'apollo-require-preflight': 'true' },
    });

  for (const [path, fetchFn] of [
    ['/graphql/public', fetch],
    ['/graphql', withPreflightHeader],
  ] as const) {
    it(`passes every audit on ${path}, MUSTs, SHOULDs and MAYs alike`, async () => {
      const results = await auditServer({ url: `${base}${path}`, fetchFn });
      expect(results.length).toBeGreaterThan(30);
      expect(
        results
          .filter((result) => result.status !== 'ok')
          .map((result) => `${result.status} ${result.name}: ${'reason' in result ? result.reason : ''}`),
      ).toEqual([]);
    });
  }

  const post = (query: string, accept: string, variables?: Record<string, unknown>) =>
    fetch(`${base}/graphql/public`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query, variables }),
    });

  const refused: [string, string, Record<string, unknown> | undefined, string][] = [
    ['a document that does not parse', '{ states( ', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['a document that does not validate', '{ statez { totalCount } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable that cannot be coerced',
      'query($n: Int) { states(first: $n) { totalCount } }',
      { n: 'veinte' },
      'BAD_USER_INPUT',
    ],
    [
      'a document over a query limit',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: states { totalCount }`).join(' ')} }`,
      undefined,
      'QUERY_LIMIT_EXCEEDED',
    ],
  ];
  for (const [what, query, variables, code] of refused) {
    it(`answers ${what} with 200 in application/json and 400 in application/graphql-response+json`, async () => {
      for (const [accept, status, type] of [
        ['application/json', 200, /^application\/json/],
        ['*/*', 200, /^application\/json/],
        ['application/graphql-response+json, application/json;q=0.9', 400, /^application\/graphql-response\+json/],
      ] as const) {
        const response = await post(query, accept, variables);
        expect([accept, response.status]).toEqual([accept, status]);
        expect(response.headers.get('content-type')).toMatch(type);
        const body = await response.json();
        expect(body.data).toBeUndefined();
        expect(body.errors[0].extensions.code).toBe(code);
      }
    });
  }

  it('keeps 405 for a mutation over GET whatever the answer type', async () => {
    const response = await fetch(`${base}/graphql/public?query=${encodeURIComponent('mutation { signOut }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(405);
  });
});

/** HEAD is GET without a body: a link checker or an ETag check gets GET's headers, never 405. */
describe('HEAD on the public reads', () => {
  let api: TestApi;
  let app: App;
  let base: string;
  let commitmentId: string;

  beforeAll(async () => {
    api = await TestApi.open();
    app = await createApp(api.dataSource, () => undefined);
    base = await listen(app.server);
    const { data } = await api.query(
      '{ commitments(first: 1, filter: { exerciseSlug: "coahuila-2015-2017" }) { nodes { id } } }',
    );
    commitmentId = data?.commitments.nodes[0].id;
  });
  afterAll(async () => {
    await app.stop();
    await api.close();
  });

  const query = encodeURIComponent('{ exerciseBySlug(slug: "coahuila-2015-2017") { title } }');
  const paths = () =>
    [
      [`/graphql/public?query=${query}`, {}],
      [`/graphql?query=${query}`, { 'apollo-require-preflight': 'true' }],
      ['/data/', {}],
      ['/data/exercises/coahuila-2015-2017/', {}],
      ['/calendar/exercises/coahuila-2015-2017.ics', {}],
      ['/feeds/exercises/coahuila-2015-2017.atom', {}],
      [`/feeds/commitments/${commitmentId}.atom`, {}],
    ] as const;

  it('answers HEAD with the status and headers of GET and no body', async () => {
    for (const [path, headers] of paths()) {
      const get = await fetch(`${base}${path}`, { headers });
      const getBody = await get.arrayBuffer();
      const head = await fetch(`${base}${path}`, { method: 'HEAD', headers });
      expect([path, head.status]).toEqual([path, 200]);
      expect([path, get.status]).toEqual([path, 200]);
      for (const header of ['content-type', 'etag', 'cache-control'])
        expect([path, header, head.headers.get(header)]).toEqual([path, header, get.headers.get(header)]);
      expect(Number(head.headers.get('content-length') ?? getBody.byteLength)).toBe(getBody.byteLength);
      expect((await head.arrayBuffer()).byteLength).toBe(0);
    }
  });

  it('answers a HEAD that carries the current ETag with 304', async () => {
    for (const [path, headers] of paths()) {
      const etag = (await fetch(`${base}${path}`, { method: 'HEAD', headers })).headers.get('etag');
      expect([path, etag]).toEqual([path, expect.stringMatching(/^"/)]);
      const again = await fetch(`${base}${path}`, {
        method: 'HEAD',
        headers: { ...headers, 'if-none-match': etag as string },
      });
      expect([path, again.status]).toEqual([path, 304]);
    }
  });
});
