import { signIn } from '../../api/src/modules/account/account.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed/demo-accounts';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { exited, messages, startServerProcess, type ServerProcess } from '../support/server-process';

/** A start with NODE_ENV=production, as an operator following docs/deploying.md makes it. */
describe('a production start', () => {
  let database: OwnDatabase;
  let server: ServerProcess | undefined;
  const production = () => ({
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: 'https://datos.example.mx',
  });

  beforeAll(async () => {
    database = await ownDatabase('production');
    await seedDemo(database.dataSource); // a demonstration that later became production
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    if (server) await exited(server.child);
    await database.drop();
  });

  const post = (query: string, cookie?: string) =>
    fetch(server!.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());

  it('disables the demo accounts, ends their sessions, and never lets them sign in again', async () => {
    const before = await signIn(database.dataSource.manager, DEMO_ACCOUNTS[0].email, DEMO_PASSWORD, '198.51.100.7');
    server = await startServerProcess(production());
    expect(server.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', accounts: expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.email)) }),
    );

    for (const account of DEMO_ACCOUNTS) {
      const answer = await post(`mutation { signIn(email: "${account.email}", password: "${DEMO_PASSWORD}") { id } }`);
      expect(answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await post('{ me { id } }', `tablero_session=${before.token}`)).data.me).toBeNull();

    // An admin who enables one again still cannot open the published password's door.
    await database.dataSource.query('UPDATE staff_account SET disabled_at = NULL WHERE email = $1', [
      DEMO_ACCOUNTS[0].email,
    ]);
    const again = await post(
      `mutation { signIn(email: "${DEMO_ACCOUNTS[0].email}", password: "${DEMO_PASSWORD}") { id } }`,
    );
    expect(again.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves no explorer page that loads third-party scripts', async () => {
    const response = await fetch(server!.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<script|apollographql\.com/);
  });

  it('refuses to start without PUBLIC_BASE_URL, saying why', async () => {
    await expect(startServerProcess({ ...production(), PUBLIC_BASE_URL: '' })).rejects.toThrow(
      /PUBLIC_BASE_URL is required when NODE_ENV=production/,
    );
  });
});
