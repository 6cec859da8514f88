import { createApp, type App } from '../../api/src/app';
import { GraphQLError } from 'graphql';
import { hashToken, signIn } from '../../api/src/modules/account/account.service';
import { THROTTLE_COUNT_SQL } from '../../api/src/modules/account/password-throttle';
import { TestApi } from '../support/api';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process';
import { staff, TEST_PASSWORD } from '../support/staff';
import { StaffRole } from '../../api/src/common/viewer';
import { DISPLAY_NAME } from '../../api/src/common/field-limits';
import { listen } from '../support/listen';

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
      jest
        .spyOn(console, method)
        .mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')));
    }
    app = await createApp(api.dataSource, (line) => logged.push(line));
    url = `${await listen(app.server)}/graphql`;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await app.stop();
    await api.close();
  });

  const call = async (query: string, variables: Record<string, unknown> = {}, cookie?: string, target = url) => {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
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
    expect((await call(ME, {}, cookieOf(setCookie))).body.data.me).toEqual({
      email: account.email,
      role: 'AGENCY_EDITOR',
      organization: { abbreviation: 'DIPETRE' },
    });
    expect((await call(ME)).body.data.me).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, {
      organization: 'icai',
      state: 'MX-COA',
    });
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

  it('makes one account and address wait longer after each failure, never the owner at another address', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const [attacker, owner] = ['198.51.100.10', '198.51.100.11'];
    for (let i = 0; i < 3; i += 1)
      await expect(signIn(api.dataSource.manager, account.email, `wrong password ${i}`, attacker)).rejects.toThrow(
        /Wrong email/,
      );
    const refusal = await signIn(api.dataSource.manager, account.email, TEST_PASSWORD, attacker).catch(
      (error: GraphQLError) => error,
    );
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    const firstWait = (refusal as GraphQLError).extensions.retryAfterSeconds as number;
    expect(firstWait).toBeGreaterThan(0);
    await expect(signIn(api.dataSource.manager, account.email, TEST_PASSWORD, owner)).resolves.toMatchObject({
      account: { id: account.id },
    });

    // Waits are over when the attacker's attempts are old enough: moved into the past here, not slept through.
    const ageAttempts = (seconds: number) =>
      api.dataSource.query(
        `UPDATE sign_in_attempt SET at = at - make_interval(secs => $3) WHERE email = $1 AND ip_address = $2`,
        [account.email, attacker, seconds],
      );
    await ageAttempts(firstWait);
    // One more failure after the wait doubles the next one.
    await expect(signIn(api.dataSource.manager, account.email, 'wrong password 3', attacker)).rejects.toThrow(
      /Wrong email/,
    );
    const longer = await signIn(api.dataSource.manager, account.email, TEST_PASSWORD, attacker).catch(
      (error: GraphQLError) => error,
    );
    expect((longer as GraphQLError).extensions.retryAfterSeconds).toBeGreaterThan(firstWait);
    await ageAttempts(15 * 60);
    await expect(signIn(api.dataSource.manager, account.email, TEST_PASSWORD, attacker)).resolves.toMatchObject({
      account: { id: account.id },
    });
  });

  it('counts and records parallel guesses one after another: 25 at once get 3 passwords checked', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const address = '198.51.100.20';
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        signIn(api.dataSource.manager, account.email, `wrong guess ${i}`, address).catch(
          (error: GraphQLError) => error.extensions.code,
        ),
      ),
    );
    expect(answers.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(answers.filter((code) => code === 'RATE_LIMITED')).toHaveLength(22);
    const [{ checked }] = await api.dataSource.query(
      'SELECT count(*)::int AS checked FROM sign_in_attempt WHERE email = $1',
      [account.email],
    );
    expect(checked).toBe(3);
  });

  it('throttles changePassword like sign-in: a stolen session cannot guess the password faster', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const cookie = cookieOf((await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).setCookie);
    const change = (current: string) =>
      call(
        `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "una contraseña nueva y larga") }`,
        { c: current },
        cookie,
      );
    for (let i = 0; i < 3; i += 1)
      expect((await change(`not it ${i}`)).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await change(TEST_PASSWORD)).body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('reads recent attempts through an index, never the whole table', async () => {
    const plan = await api.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await m.query(`EXPLAIN ${THROTTLE_COUNT_SQL}`, [
        'nadie@test.tablero.mx',
        '192.0.2.1',
        60,
      ]);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index (Only )?Scan using sign_in_attempt_pair_idx/);
    expect(plan).not.toMatch(/Seq Scan on sign_in_attempt/);
  });

  it('purges sign-in attempts older than a day and expired sessions when it starts', async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    await api.dataSource.query(
      `INSERT INTO sign_in_attempt (email, ip_address, succeeded, at) VALUES ($1, '192.0.2.9', false, now() - interval '25 hours')`,
      [account.email],
    );
    await api.dataSource.query(
      `INSERT INTO staff_session (token_hash, account_id, expires_at) VALUES ($1, $2, now() - interval '1 minute')`,
      [hashToken('expired'), account.id],
    );
    const other = await createApp(api.dataSource, () => undefined);
    await other.stop();
    expect(await api.dataSource.query('SELECT 1 FROM sign_in_attempt WHERE email = $1', [account.email])).toEqual([]);
    expect(await api.dataSource.query('SELECT 1 FROM staff_session WHERE account_id = $1', [account.id])).toEqual([]);
  });

  it('throttles sign-in per address, across accounts', async () => {
    const address = '203.0.113.77';
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    for (let i = 0; i < 20; i += 1)
      await expect(
        signIn(api.dataSource.manager, `desconocido${i}@test.tablero.mx`, 'wrong password!', address),
      ).rejects.toThrow(/Wrong email/);
    await expect(signIn(api.dataSource.manager, account.email, TEST_PASSWORD, address)).rejects.toThrow(/Too many/);
    await expect(signIn(api.dataSource.manager, account.email, TEST_PASSWORD, '203.0.113.78')).resolves.toMatchObject({
      account: { id: account.id },
    });
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
    const tooShort = await call(
      `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "short") }`,
      {},
      first,
    );
    expect(tooShort.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await call(
      `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "otra contraseña larga") }`,
      {},
      first,
    );
    expect(changed.body.data.changePassword).toBe(true);
    expect((await call(ME, {}, first)).body.data.me.email).toBe(account.email);
    expect((await call(ME, {}, second)).body.data.me).toBeNull();
    expect((await call(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await call(SIGN_IN, { e: account.email, p: 'otra contraseña larga' })).body.data.signIn.email).toBe(
      account.email,
    );
  });

  it('lets an institute admin create accounts of its state and disable them, ending their sessions', async () => {
    const admin = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, {
      organization: 'icai',
      state: 'MX-COA',
    });
    const cookie = cookieOf((await call(SIGN_IN, { e: admin.account.email, p: TEST_PASSWORD })).setCookie);
    const [conagua] = await api.dataSource.query(`SELECT id FROM organization WHERE slug = 'conagua'`);
    const [sema] = await api.dataSource.query(`SELECT id FROM organization WHERE slug = 'sema'`);
    const create = (organizationId: string, role = 'AGENCY_EDITOR', displayName = 'Enlace') =>
      call(
        `mutation($i: StaffAccountInput!) { createStaffAccount(input: $i) { id email role } }`,
        {
          i: {
            email: `enlace-${organizationId.slice(0, 8)}-${role}@sema.gob.mx`,
            displayName,
            password: 'contraseña inicial',
            role,
            organizationId,
          },
        },
        cookie,
      );
    expect((await create(conagua.id)).body.errors[0].extensions.code).toBe('FORBIDDEN'); // a federal body: no state's institute's
    expect((await create(sema.id, 'PLATFORM_ADMIN')).body.errors[0].extensions.code).toBe('FORBIDDEN');
    // The admin's form stops a longer name at the same limit (test/unit/field-limits.test.ts).
    expect(
      (await create(sema.id, 'AGENCY_EDITOR', 'x'.repeat(DISPLAY_NAME + 1))).body.errors[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.displayName', reason: 'TOO_LONG' });
    const created = (await create(sema.id)).body.data.createStaffAccount;
    expect(created.role).toBe('AGENCY_EDITOR');

    const agencyCookie = cookieOf((await call(SIGN_IN, { e: created.email, p: 'contraseña inicial' })).setCookie);
    expect((await call(ME, {}, agencyCookie)).body.data.me.email).toBe(created.email);
    const disabled = await call(
      `mutation($id: ID!) { setStaffAccountDisabled(id: $id, disabled: true) { disabledAt } }`,
      { id: created.id },
      cookie,
    );
    expect(disabled.body.data.setStaffAccountDisabled.disabledAt).toBeTruthy();
    expect((await call(ME, {}, agencyCookie)).body.data.me).toBeNull();
    expect((await call(SIGN_IN, { e: created.email, p: 'contraseña inicial' })).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );

    const other = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, { state: 'MX-DUR' });
    const otherCookie = cookieOf((await call(SIGN_IN, { e: other.account.email, p: TEST_PASSWORD })).setCookie);
    expect(
      (
        await call(
          `mutation($id: ID!) { setStaffAccountDisabled(id: $id, disabled: false) { id } }`,
          { id: created.id },
          otherCookie,
        )
      ).body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');
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
    const [{ password_hash }] = await api.dataSource.query('SELECT password_hash FROM staff_account WHERE id = $1', [
      account.id,
    ]);
    const everything = [...logged, ...consoleLines, JSON.stringify(bad.body)].join('\n');
    for (const secret of [TEST_PASSWORD, 'una contraseña equivocada', password_hash, token])
      expect(everything).not.toContain(secret);
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
