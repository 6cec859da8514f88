import { seedId } from '../../api/src/seed/upsert';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process';
import { roles, staff, TEST_PASSWORD } from '../support/staff';
import { apiOn, isolatedDatabase } from './support';
import { StaffRole } from '../../api/src/common/viewer';

/**
 * Several API processes behind a load balancer against one PostgreSQL: each keeps its own cache,
 * but the data version (and so every ETag) comes from the database, so after a write through one
 * process the other answers the new data at once, with the same ETag. On a database of their own,
 * so that only this test's write moves the version.
 */
describe('two API processes on one database', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let servers: ServerProcess[];
  let commitment: string;
  let query: string;

  beforeAll(async () => {
    db = await isolatedDatabase('processes');
    const who = await roles(db.dataSource.manager);
    const api = await apiOn(db.dataSource);
    const { record } = await api.data(
      `mutation($i: CommitmentInput!) { record: createCommitment(input: $i) { id } }`,
      {
        i: {
          planId: seedId('plan:coahuila-2015-2017:pal'),
          title: 'Compromiso en dos procesos',
          publication: 'PUBLISHED',
          responsibleAgencyIds: [seedId('organization:dipetre')],
        },
      },
      who.institute,
    );
    await api.stop();
    commitment = record.id;
    query = `{ commitment(id: "${commitment}") { pagesDelivered { pages deliveriesCounted } informationDeliveries { description } } }`;
    servers = await Promise.all([0, 1].map(() => startServerProcess({ DATABASE_URL: db.url, LOG_SQL: '' })));
  }, 120_000);
  afterAll(async () => {
    for (const server of servers ?? []) {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
    await db.drop();
  });

  const publicUrl = (server: ServerProcess) => server.graphqlUrl.replace(/\/graphql$/, '/graphql/public');
  const read = (server: ServerProcess, etag?: string) =>
    fetch(`${publicUrl(server)}?query=${encodeURIComponent(query)}`, {
      headers: etag ? { 'if-none-match': etag } : {},
    });

  it('serve the same answer with the same ETag, each from its own cache', async () => {
    const [a, b] = servers;
    const fromA = await read(a);
    const fromB = await read(b);
    expect(fromA.headers.get('etag')).toBe(fromB.headers.get('etag'));
    expect(await fromA.json()).toEqual(await fromB.json());
    expect((await read(b)).headers.get('x-sql-statements')).toBe('0');
  });

  it('after a write through one process, the other answers the new data at once', async () => {
    const [a, b] = servers;
    // Warm both caches, then write through A.
    const before = await read(b);
    const etag = before.headers.get('etag') as string;
    expect((await before.json()).data.commitment.pagesDelivered).toEqual({ pages: null, deliveriesCounted: 0 });
    expect((await read(a)).headers.get('etag')).toBe(etag);
    const { account } = await staff(db.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const post = (body: unknown, cookie?: string) =>
      fetch(a.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const signIn = await post({
      query: `mutation { signIn(email: "${account.email}", password: "${TEST_PASSWORD}") { role } }`,
    });
    const cookie = (signIn.headers.get('set-cookie') as string).split(';')[0];
    const write = await post(
      {
        query: `mutation($i: InformationDeliveryInput!) { createInformationDelivery(input: $i) { id } }`,
        variables: {
          i: {
            commitmentId: commitment,
            description: 'Entrega escrita en el proceso A',
            pages: 33,
            pagesQualifier: 'EXACT',
            publication: 'PUBLISHED',
          },
        },
      },
      cookie,
    );
    expect((await write.json()).errors).toBeUndefined();

    const afterB = await read(b, etag);
    expect(afterB.status).toBe(200);
    const newEtag = afterB.headers.get('etag');
    expect(newEtag).not.toBe(etag);
    expect((await afterB.json()).data.commitment).toEqual({
      pagesDelivered: { pages: 33, deliveriesCounted: 1 },
      informationDeliveries: [{ description: 'Entrega escrita en el proceso A' }],
    });
    const afterA = await read(a, etag);
    expect(afterA.status).toBe(200);
    expect(afterA.headers.get('etag')).toBe(newEtag);
    expect((await afterA.json()).data.commitment.pagesDelivered).toEqual({ pages: 33, deliveriesCounted: 1 });
  });
});
