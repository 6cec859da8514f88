import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { roles, staff, TEST_PASSWORD } from '../support/staff';
import { seedId } from '../../api/src/seed/upsert';
import { apiOn, COAHUILA, COAHUILA_ID, isolatedDatabase, startAppOn } from './support';
import { StaffRole } from '../../api/src/common/viewer';

/**
 * Cacheable public reads. These run on a database of their own, so that no other test file's
 * writes move the data version while a 304 is expected.
 */
describe('cacheable public reads', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let app: Awaited<ReturnType<typeof startAppOn>>;
  let statements = 0;
  const QUERY = `{ exercise(id: "${COAHUILA_ID}") { title pagesDelivered { pages qualifier } statistics { sessions } } }`;
  const get = (path: string, query: string, headers: Record<string, string> = {}) =>
    fetch(`${app.base}${path}?query=${encodeURIComponent(query)}`, { headers });
  /** SQL statements the app sends while `work` runs (every statement goes through the data source's logger). */
  const sqlDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; sql: number }> => {
    const before = statements;
    const result = await work();
    return { result, sql: statements - before };
  };

  beforeAll(async () => {
    db = await isolatedDatabase('cache');
    const logger = (db.dataSource as DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args: Parameters<typeof logQuery>) => {
      statements += 1;
      return logQuery(...args);
    };
    app = await startAppOn(db.dataSource);
  });
  afterAll(async () => {
    await app.stop();
    await db.drop();
  });

  it('answers a public GET with Cache-Control and an ETag, then answers it again without SQL', async () => {
    const first = await get('/graphql/public', QUERY);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, must-revalidate');
    expect(first.headers.get('vary')).toBe('accept');
    const body = await first.text();
    expect(JSON.parse(body).data.exercise.pagesDelivered).toEqual({ pages: 11169, qualifier: 'MORE_THAN' });
    const { result: again, sql } = await sqlDuring(() => get('/graphql/public', QUERY));
    expect(sql).toBe(0);
    expect(again.headers.get('x-sql-statements')).toBe('0');
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(body);
  });

  it('answers 304 Not Modified, without SQL, to a client that has the current version', async () => {
    const etag = (await get('/graphql/public', QUERY)).headers.get('etag') as string;
    const { result, sql } = await sqlDuring(() => get('/graphql/public', QUERY, { 'if-none-match': etag }));
    expect(result.status).toBe(304);
    expect(result.headers.get('etag')).toBe(etag);
    expect(await result.text()).toBe('');
    expect(sql).toBe(0);
    // A weak validator or a list names it too.
    expect((await get('/graphql/public', QUERY, { 'if-none-match': `"otro", W/${etag}` })).status).toBe(304);
  });

  it('changes the ETag when a record behind the answer changes, and answers the new data', async () => {
    const who = await roles(db.dataSource.manager);
    const api = await apiOn(db.dataSource);
    const before = await get('/graphql/public', QUERY);
    const etag = before.headers.get('etag') as string;
    await before.text();
    await api.data(
      `mutation($i: InformationDeliveryInput!) { createInformationDelivery(input: $i) { id } }`,
      {
        i: {
          commitmentId: seedId(`commitment:${COAHUILA}:c2`),
          description: 'Entrega de prueba de la caché',
          pages: 5,
          pagesQualifier: 'EXACT',
          publication: 'PUBLISHED',
        },
      },
      who.institute,
    );
    await api.stop();
    const after = await get('/graphql/public', QUERY, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect((await after.json()).data.exercise.pagesDelivered).toEqual({ pages: 11174, qualifier: 'MORE_THAN' });
  });

  it('serves a persisted query by its hash over GET, cached like the document itself', async () => {
    const query = '{ states { totalCount } }';
    const extensions = encodeURIComponent(
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } }),
    );
    const byHash = () => fetch(`${app.base}/graphql/public?extensions=${extensions}`);
    const unknown = await (await byHash()).json();
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await fetch(
      `${app.base}/graphql/public?query=${encodeURIComponent(query)}&extensions=${extensions}`,
    );
    const etag = registered.headers.get('etag');
    expect(await registered.json()).toEqual({ data: { states: { totalCount: 32 } } });
    const { result, sql } = await sqlDuring(byHash);
    expect(await result.json()).toEqual({ data: { states: { totalCount: 32 } } });
    expect(result.headers.get('etag')).toBe(etag);
    expect(sql).toBe(0);
  });

  it('caches anonymous GETs on /graphql too, but never what a signed-in account reads', async () => {
    const anonymous = await get('/graphql', QUERY, { 'apollo-require-preflight': '1' });
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, must-revalidate');
    expect(anonymous.headers.get('vary')).toBe('accept, cookie');
    await anonymous.text();
    const { account } = await staff(db.dataSource.manager, StaffRole.INSTITUTE_ADMIN, { state: 'MX-COA' });
    const signIn = await fetch(`${app.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "${account.email}", password: "${TEST_PASSWORD}") { role } }`,
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') as string).split(';')[0];
    const { result, sql } = await sqlDuring(() => get('/graphql', QUERY, { 'apollo-require-preflight': '1', cookie }));
    expect(result.status).toBe(200);
    expect(result.headers.get('cache-control')).toBe('private, no-store');
    expect(result.headers.get('etag') ?? '').not.toMatch(/^"[\w-]{32}"$/); // no data-version ETag (express may add its own weak one)
    expect(sql).toBeGreaterThan(0);
    await result.text();
  });

  it('keeps errors and POSTs out of the cache', async () => {
    const missing = `{ exercise(id: "00000000-0000-4000-8000-000000000000") { title } }`;
    const first = await get('/graphql/public', missing);
    expect((await first.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const { sql } = await sqlDuring(async () => (await get('/graphql/public', missing)).text());
    expect(sql).toBeGreaterThan(0);
    const posted = await fetch(`${app.base}/graphql/public`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(posted.headers.get('cache-control')).toBeNull();
    expect(posted.headers.get('x-sql-statements')).not.toBe('0');
  });

  it('allows cross-origin reads of public queries and downloads, never with credentials', async () => {
    const origin = { origin: 'https://www.saltillo.gob.mx' };
    const read = await get('/graphql/public', QUERY, origin);
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    expect(read.headers.get('access-control-allow-credentials')).toBeNull();
    expect(read.headers.get('access-control-expose-headers')).toContain('etag');
    const preflight = await fetch(`${app.base}/graphql/public`, {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    // The endpoint that reads cookies answers no other origin: a browser refuses to hand its answer over.
    const staffEndpoint = await get('/graphql', QUERY, { ...origin, 'apollo-require-preflight': '1' });
    expect(staffEndpoint.headers.get('access-control-allow-origin')).toBeNull();
    for (const path of [
      `/data/exercises/${COAHUILA}/sessions.csv`,
      `/calendar/exercises/${COAHUILA}.ics`,
      `/feeds/exercises/${COAHUILA}.atom`,
    ]) {
      const response = await fetch(`${app.base}${path}`, { headers: origin });
      expect([
        path,
        response.headers.get('access-control-allow-origin'),
        response.headers.get('access-control-allow-credentials'),
      ]).toEqual([path, '*', null]);
      await response.arrayBuffer();
    }
  });

  it('revalidates downloads, the calendar and the feeds with 304 and no SQL', async () => {
    for (const path of [
      `/data/exercises/${COAHUILA}/datapackage.zip`,
      `/data/exercises/${COAHUILA}/commitments.csv`,
      `/calendar/exercises/${COAHUILA}.ics`,
      `/feeds/exercises/${COAHUILA}.atom`,
      '/data/catalog.json',
    ]) {
      const first = await fetch(`${app.base}${path}`);
      const etag = first.headers.get('etag') as string;
      expect([path, first.status, first.headers.get('cache-control')]).toEqual([
        path,
        200,
        expect.stringMatching(/^public, max-age=0, s-maxage=\d+, must-revalidate$/),
      ]);
      await first.arrayBuffer();
      const { result, sql } = await sqlDuring(() =>
        fetch(`${app.base}${path}`, { headers: { 'if-none-match': etag } }),
      );
      expect([path, result.status, sql]).toEqual([path, 304, 0]);
    }
  });
});
