import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../api/src/app';
import { StaffRole } from '../../api/src/modules/account/account.enums';
import { hashToken, signIn } from '../../api/src/modules/account/account.service';
import { TestApi } from '../support/api';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process';
import { staff, TEST_PASSWORD } from '../support/staff';

/** Accounts and sessions as a browser meets them: over HTTP, with the session cookie. */
describe('staff accounts and sessions', () => {
  let api: TestApi;
  let app: App;
  let url: string;
  const logged: string[] = [];
  const consoleLines: string[] = [];

  beforeAll(async () => {
    api = await TestApi.open();
    for (const method of ['log', 'error', 'warn'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')));
    }
    app = await createApp(api.dataSource, (line) => logged.push(line));
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await app.stop();
    await api.close();
  });

  const call = async (query: string, variables: Record<string, unknown> = {}, cookie?: string, target = url) => {
    const response = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
    return { response, body: await response.json(), setCookie: response.headers.get('set-cookie') };
  };
  const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email role } }`;
  const ME = `{ me { email role organization { abbreviation } } }`;
  const cookieOf = (setCookie: string | null) => (setCookie ?? '').split(';')[0];

  it('signs in with an HttpOnly, SameSite=Strict session cookie, and the cookie names the account', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const { body, setCookie } = await call(SIGN_IN, { e: account.email.toUpperCase(), p: TEST_PASSWORD });
    expect(body.data.signIn).toEqual({ email: account.email, role: 'AGENCY_EDITOR' });
    expect(setCookie).toMatch(/^tablero_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/); // plain HTTP here; Secure is set when the request came over HTTPS
    expect((await call(ME, {}, cookieOf(setCookie))).body.data.me).toEqual({ email: account.email, role: 'AGENCY_EDITOR', organization: { abbreviation: 'DIPETRE' } });
    expect((await call(ME)).body.data.me).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, { organization: 'icai', state: 'MX-COA' });
    const { setCookie } = await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD });
    const token = cookieOf(setCookie).split('=')[1];
    const rows = await api.dataSource.query('SELECT token_hash FROM staff_session WHERE account_id = $1', [account.id]);
    expect(rows).toEqual([{ token_hash: hashToken(token) }]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('answers a wrong password and an unknown email alike, with UNAUTHENTICATED', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.NATIONAL_EVALUATOR, { organization: 'inai' });
    const wrong = await call(SIGN_IN, { e: account.email, p: 'not the password at all' });
    const unknown = await call(SIGN_IN, { e: 'nadie@test.tablero.mx', p: 'not the password at all' });
    expect(wrong.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.body.errors[0].message).toBe(wrong.body.errors[0].message);
    expect(wrong.setCookie).toBeNull();
  });

  it('throttles sign-in per account: after five failures even the right password is refused', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    for (let i = 0; i < 5; i += 1) expect((await call(SIGN_IN, { e: account.email, p: `wrong password ${i}` })).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const blocked = await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD });
    expect(blocked.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 900 });
    expect(blocked.setCookie).toBeNull();
  });

  it('throttles sign-in per address, across accounts', async () => {
    const address = '203.0.113.77';
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    for (let i = 0; i < 20; i += 1) await expect(signIn(api.dataSource.manager, `desconocido${i}@test.tablero.mx`, 'wrong password!', address)).rejects.toThrow(/Wrong email/);
    await expect(signIn(api.dataSource.manager, account.email, TEST_PASSWORD, address)).rejects.toThrow(/Too many/);
    await expect(signIn(api.dataSource.manager, account.email, TEST_PASSWORD, '203.0.113.78')).resolves.toMatchObject({ account: { id: account.id } });
  });

  it('ends the session on sign-out', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const cookie = cookieOf((await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).setCookie);
    const out = await call('mutation { signOut }', {}, cookie);
    expect(out.body.data.signOut).toBe(true);
    expect(out.setCookie).toMatch(/tablero_session=;/);
    expect((await call(ME, {}, cookie)).body.data.me).toBeNull();
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const first = cookieOf((await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).setCookie);
    const second = cookieOf((await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).setCookie);
    const tooShort = await call(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "short") }`, {}, first);
    expect(tooShort.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await call(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "otra contraseña larga") }`, {}, first);
    expect(changed.body.data.changePassword).toBe(true);
    expect((await call(ME, {}, first)).body.data.me.email).toBe(account.email);
    expect((await call(ME, {}, second)).body.data.me).toBeNull();
    expect((await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await call(SIGN_IN, { e: account.email, p: 'otra contraseña larga' })).body.data.signIn.email).toBe(account.email);
  });

  it('lets an institute admin create accounts of its state and disable them, ending their sessions', async () => {
    const admin = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, { organization: 'icai', state: 'MX-COA' });
    const cookie = cookieOf((await call(SIGN_IN, { e: admin.account.email, p: TEST_PASSWORD })).setCookie);
    const [conagua] = await api.dataSource.query(`SELECT id FROM organization WHERE slug = 'conagua'`);
    const [sema] = await api.dataSource.query(`SELECT id FROM organization WHERE slug = 'sema'`);
    const create = (organizationId: string, role = 'AGENCY_EDITOR') =>
      call(`mutation($i: StaffAccountInput!) { createStaffAccount(input: $i) { id email role } }`, { i: { email: `enlace-${organizationId.slice(0, 8)}-${role}@sema.gob.mx`, displayName: 'Enlace', password: 'contraseña inicial', role, organizationId } }, cookie);
    expect((await create(conagua.id)).body.errors[0].extensions.code).toBe('FORBIDDEN'); // a federal body: no state's institute's
    expect((await create(sema.id, 'PLATFORM_ADMIN')).body.errors[0].extensions.code).toBe('FORBIDDEN');
    const created = (await create(sema.id)).body.data.createStaffAccount;
    expect(created.role).toBe('AGENCY_EDITOR');

    const agencyCookie = cookieOf((await call(SIGN_IN, { e: created.email, p: 'contraseña inicial' })).setCookie);
    expect((await call(ME, {}, agencyCookie)).body.data.me.email).toBe(created.email);
    const disabled = await call(`mutation($id: ID!) { setStaffAccountDisabled(id: $id, disabled: true) { disabledAt } }`, { id: created.id }, cookie);
    expect(disabled.body.data.setStaffAccountDisabled.disabledAt).toBeTruthy();
    expect((await call(ME, {}, agencyCookie)).body.data.me).toBeNull();
    expect((await call(SIGN_IN, { e: created.email, p: 'contraseña inicial' })).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const other = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, { state: 'MX-DUR' });
    const otherCookie = cookieOf((await call(SIGN_IN, { e: other.account.email, p: TEST_PASSWORD })).setCookie);
    expect((await call(`mutation($id: ID!) { setStaffAccountDisabled(id: $id, disabled: false) { id } }`, { id: created.id }, otherCookie)).body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses sign-in on the public endpoint, which never sets cookies', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const { body, setCookie } = await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD }, undefined, `${url}/public`);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(setCookie).toBeNull();
  });

  it('never writes a password, its hash or a session token to the logs or to errors', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const { setCookie } = await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD });
    const token = cookieOf(setCookie).split('=')[1];
    const bad = await call(SIGN_IN, { e: account.email, p: 'una contraseña equivocada' });
    const [{ password_hash }] = await api.dataSource.query('SELECT password_hash FROM staff_account WHERE id = $1', [account.id]);
    const everything = [...logged, ...consoleLines, JSON.stringify(bad.body)].join('\n');
    for (const secret of [TEST_PASSWORD, 'una contraseña equivocada', password_hash, token]) expect(everything).not.toContain(secret);
  });

  describe('with a second API process on the same database', () => {
    let second: ServerProcess;
    let secondUrl: string;
    beforeAll(async () => {
      second = await startServerProcess({ DATABASE_URL: process.env.TEST_DATABASE_URL });
      secondUrl = second.graphqlUrl;
    });
    afterAll(async () => {
      second.child.kill('SIGINT');
      await exited(second.child);
    });

    it('honours on one process a session opened on the other', async () => {
      const { account } = await staff(api.dataSource.manager, StaffRole.NATIONAL_EVALUATOR, { organization: 'inai' });
      const cookie = cookieOf((await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).setCookie);
      expect((await call(ME, {}, cookie, secondUrl)).body.data.me.email).toBe(account.email);
      await call('mutation { signOut }', {}, cookie, secondUrl);
      expect((await call(ME, {}, cookie)).body.data.me).toBeNull();
    });
  });
});
