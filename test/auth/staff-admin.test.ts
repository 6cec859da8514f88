import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { App } from '../../api/src/app';
import { hashToken } from '../../api/src/modules/account/account.service';
import { startApp } from '../admin/support';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { staff, TEST_PASSWORD } from '../support/staff';
import { StaffRole } from '../../api/src/common/viewer';

interface Received {
  to: string;
  subject: string;
  text: string;
}

/**
 * Keeping staff accounts over HTTP, as the back-office does: editing an account, invitations and
 * password resets by one-time link, e-mailed through a real SMTP server started here (the
 * `smtp-server` package) or handed to the admin when no SMTP server is configured.
 */
describe('administering staff accounts', () => {
  let database: OwnDatabase;
  let app: App;
  let origin: string;
  let smtp: SMTPServer;
  let smtpUrl: string;
  const inbox: Received[] = [];

  beforeAll(async () => {
    database = await ownDatabase('staffadmin');
    ({ app, origin } = await startApp(database.dataSource));
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
            inbox.push({ to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    await app?.stop();
    await database?.drop();
  });
  afterEach(() => {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
  });

  type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: Record<string, any> }[] };
  async function call(
    query: string,
    variables: Record<string, unknown> = {},
    cookie?: string,
  ): Promise<{ body: Body; setCookie: string | null }> {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await response.json()) as Body, setCookie: response.headers.get('set-cookie') };
  }
  async function signIn(email: string, password: string) {
    const { body, setCookie } = await call(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      { e: email, p: password },
    );
    return { ok: !body.errors, code: body.errors?.[0]?.extensions.code, cookie: (setCookie ?? '').split(';')[0] };
  }
  const newStaff = (role: StaffRole, scope: { organization?: string; state?: string }) =>
    staff(database.dataSource.manager, role, scope);
  const instituteAdmin = async () =>
    (
      await signIn(
        (await newStaff(StaffRole.INSTITUTE_ADMIN, { organization: 'icai', state: 'MX-COA' })).account.email,
        TEST_PASSWORD,
      )
    ).cookie;
  const auditCount = async (id: string) =>
    Number((await database.dataSource.query('SELECT count(*) AS n FROM audit_event WHERE record_id = $1', [id]))[0].n);
  const accountRow = async (id: string) =>
    (
      await database.dataSource.query(
        'SELECT email, display_name, role, state_id, version, password_hash FROM staff_account WHERE id = $1',
        [id],
      )
    )[0];

  const UPDATE = `mutation($id: ID!, $v: Int!, $input: StaffAccountUpdateInput!) { updateStaffAccount(id: $id, version: $v, input: $input) { id email displayName version } }`;
  const INVITE = `mutation($input: StaffAccountInvitationInput!) { inviteStaffAccount(input: $input) { account { id email invitationPending } purpose delivery link expiresAt emailError } }`;
  const SEND = `mutation($id: ID!) { sendPasswordLink(id: $id) { purpose delivery link expiresAt emailError account { invitationPending } } }`;
  const LINK_INFO = `query($t: String!) { passwordLink(token: $t) { purpose email displayName } }`;
  const SET = `mutation($t: String!, $p: String!) { setPasswordWithLink(token: $t, newPassword: $p) }`;
  const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);

  it('fixes a typo in an e-mail: the account keeps its password, sessions and history, and the change is audited', async () => {
    const admin = await instituteAdmin();
    const { account } = await newStaff(StaffRole.AGENCY_EDITOR, { organization: 'dipetre', state: 'MX-COA' });
    const session = await signIn(account.email, TEST_PASSWORD);
    const fixed = `corregido-${account.email}`;
    const { body } = await call(
      UPDATE,
      {
        id: account.id,
        v: account.version,
        input: { email: ` ${fixed.toUpperCase()} `, displayName: 'Nombre corregido' },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateStaffAccount).toEqual({
      id: account.id,
      email: fixed,
      displayName: 'Nombre corregido',
      version: account.version + 1,
    });
    expect((await call('{ me { email } }', {}, session.cookie)).body.data?.me).toEqual({ email: fixed });
    expect((await signIn(fixed, TEST_PASSWORD)).ok).toBe(true);
    const [audit] = await database.dataSource.query(
      `SELECT before->>'email' AS before, after->>'email' AS after, after ? 'passwordHash' AS leaks FROM audit_event WHERE record_id = $1 AND action = 'UPDATE'`,
      [account.id],
    );
    expect(audit).toEqual({ before: account.email, after: fixed, leaks: false });

    // A stale version is refused and changes nothing.
    const stale = await call(UPDATE, { id: account.id, v: account.version, input: { displayName: 'Otra vez' } }, admin);
    expect(stale.body.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
      currentVersion: account.version + 1,
    });
    // A taken e-mail is refused at its field.
    const { account: other } = await newStaff(StaffRole.AGENCY_EDITOR, { organization: 'dipetre', state: 'MX-COA' });
    const taken = await call(UPDATE, { id: other.id, v: other.version, input: { email: fixed } }, admin);
    expect(taken.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect((await accountRow(account.id)).display_name).toBe('Nombre corregido');
  });

  it("refuses edits outside the admin's scope, leaving the account and the audit trail as they were", async () => {
    const admin = await instituteAdmin();
    const { account: durango } = await newStaff(StaffRole.INSTITUTE_ADMIN, { state: 'MX-DUR' });
    const { account: coahuila } = await newStaff(StaffRole.AGENCY_EDITOR, { organization: 'dipetre', state: 'MX-COA' });
    const before = [await accountRow(durango.id), await accountRow(coahuila.id)];
    const audits = [await auditCount(durango.id), await auditCount(coahuila.id)];

    // Another state's account; moving an own account to another state; a role it may not give.
    const refusals = [
      await call(UPDATE, { id: durango.id, v: durango.version, input: { email: 'x@test.tablero.mx' } }, admin),
      await call(
        UPDATE,
        {
          id: coahuila.id,
          v: coahuila.version,
          input: { role: 'INSTITUTE_ADMIN', organizationId: null, stateId: durango.stateId },
        },
        admin,
      ),
      await call(UPDATE, { id: coahuila.id, v: coahuila.version, input: { role: 'PLATFORM_ADMIN' } }, admin),
      await call(SEND, { id: durango.id }, admin),
    ];
    expect(refusals.map((r) => r.body.errors?.[0].extensions.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    // An agency editor administers nobody.
    const agency = (await signIn(coahuila.email, TEST_PASSWORD)).cookie;
    expect(
      (await call(UPDATE, { id: coahuila.id, v: coahuila.version, input: { displayName: 'Yo' } }, agency)).body
        .errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');

    expect([await accountRow(durango.id), await accountRow(coahuila.id)]).toEqual(before);
    expect([await auditCount(durango.id), await auditCount(coahuila.id)]).toEqual(audits);
    expect(await database.dataSource.query('SELECT 1 FROM password_link WHERE account_id = $1', [durango.id])).toEqual(
      [],
    );
  });

  it('invites by e-mail through SMTP when configured: the admin never sees the link, which works once', async () => {
    process.env.SMTP_URL = smtpUrl;
    process.env.MAIL_FROM = 'Tablero Abierto <avisos@test.tablero.mx>';
    const admin = await instituteAdmin();
    const email = `invitada-${Date.now()}@test.tablero.mx`;
    const { body } = await call(
      INVITE,
      {
        input: {
          email,
          displayName: 'Persona Invitada',
          role: 'AGENCY_EDITOR',
          organizationId: (await newStaff(StaffRole.AGENCY_EDITOR, { organization: 'dipetre' })).account.organizationId,
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const issued = body.data?.inviteStaffAccount;
    expect(issued).toMatchObject({
      account: { email, invitationPending: true },
      purpose: 'INVITATION',
      delivery: 'EMAIL',
      link: null,
      emailError: null,
    });

    const mail = inbox.find((m) => m.to === email);
    expect(mail?.subject).toBe('Invitación a Tablero Abierto');
    expect(mail?.text).toContain('Hola, Persona Invitada:');
    const link = mail?.text.match(/http\S+\/admin\/set-password#[\w-]{43}/)?.[0] ?? '';
    expect(link.startsWith(`${origin}/admin/set-password#`)).toBe(true);
    const token = tokenOf(link);
    // Only the token's hash is stored, with its expiry a week ahead.
    const rows = await database.dataSource.query(
      `SELECT token_hash, purpose, expires_at > now() + interval '6 days' AS week FROM password_link WHERE account_id = $1`,
      [issued.account.id],
    );
    expect(rows).toEqual([{ token_hash: hashToken(token), purpose: 'INVITATION', week: true }]);

    // Before a password is set, nothing signs in.
    expect((await signIn(email, TEST_PASSWORD)).code).toBe('UNAUTHENTICATED');
    expect((await call(LINK_INFO, { t: token })).body.data?.passwordLink).toEqual({
      purpose: 'INVITATION',
      email,
      displayName: 'Persona Invitada',
    });
    expect((await call(SET, { t: token, p: 'corta' })).body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    expect((await call(SET, { t: token, p: 'mi contraseña nueva y larga' })).body.data?.setPasswordWithLink).toBe(true);
    expect((await signIn(email, 'mi contraseña nueva y larga')).ok).toBe(true);

    // Single use: the same link is refused and says nothing any more.
    expect((await call(SET, { t: token, p: 'otra contraseña más larga' })).body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
    expect((await call(LINK_INFO, { t: token })).body.data?.passwordLink).toBeNull();
    expect((await signIn(email, 'mi contraseña nueva y larga')).ok).toBe(true);
  });

  it('without SMTP hands the admin a one-time link; a reset keeps the old password until the link is used, then ends every session', async () => {
    const admin = await instituteAdmin();
    const { account } = await newStaff(StaffRole.CIVIL_SOCIETY_FOLLOWER, {
      organization: 'movimiento-magisterial',
      state: 'MX-COA',
    });
    const session = await signIn(account.email, TEST_PASSWORD);
    const before = inbox.length;

    const first = (await call(SEND, { id: account.id }, admin)).body.data?.sendPasswordLink;
    expect(first).toMatchObject({
      purpose: 'PASSWORD_RESET',
      delivery: 'LINK',
      emailError: null,
      account: { invitationPending: false },
    });
    expect(first.link.startsWith(`${origin}/admin/set-password#`)).toBe(true);
    // A newer link replaces the older one.
    const second = (await call(SEND, { id: account.id }, admin)).body.data?.sendPasswordLink;
    expect(inbox.length).toBe(before);
    expect((await call(LINK_INFO, { t: tokenOf(first.link) })).body.data?.passwordLink).toBeNull();
    expect((await signIn(account.email, TEST_PASSWORD)).ok).toBe(true);

    expect(
      (await call(SET, { t: tokenOf(second.link), p: 'la contraseña restablecida' })).body.data?.setPasswordWithLink,
    ).toBe(true);
    expect((await call('{ me { id } }', {}, session.cookie)).body.data?.me).toBeNull();
    expect((await signIn(account.email, TEST_PASSWORD)).code).toBe('UNAUTHENTICATED');
    expect((await signIn(account.email, 'la contraseña restablecida')).ok).toBe(true);
    // The account itself is named as the one who set it.
    const [last] = await database.dataSource.query(
      `SELECT account_id FROM audit_event WHERE record_id = $1 ORDER BY id DESC LIMIT 1`,
      [account.id],
    );
    expect(last.account_id).toBe(account.id);
  });

  it('refuses an expired link, and a link of a disabled account', async () => {
    const admin = await instituteAdmin();
    const { account } = await newStaff(StaffRole.AGENCY_EDITOR, { organization: 'dipetre', state: 'MX-COA' });
    const issued = (await call(SEND, { id: account.id }, admin)).body.data?.sendPasswordLink;
    await database.dataSource.query(
      `UPDATE password_link SET expires_at = now() - interval '1 minute' WHERE account_id = $1`,
      [account.id],
    );
    expect(
      (await call(SET, { t: tokenOf(issued.link), p: 'contraseña que llega tarde' })).body.errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const again = (await call(SEND, { id: account.id }, admin)).body.data?.sendPasswordLink;
    await call(
      'mutation($id: ID!) { setStaffAccountDisabled(id: $id, disabled: true) { id } }',
      { id: account.id },
      admin,
    );
    expect(
      (await call(SET, { t: tokenOf(again.link), p: 'contraseña de una cuenta desactivada' })).body.errors?.[0]
        .extensions.field,
    ).toBe('token');
    expect((await call(SEND, { id: account.id }, admin)).body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect((await signIn(account.email, TEST_PASSWORD)).code).toBe('UNAUTHENTICATED');
  });

  it('hands the link to the admin when the SMTP server cannot be reached, saying why', async () => {
    const closed = new SMTPServer({ authOptional: true, logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const admin = await instituteAdmin();
    const { account } = await newStaff(StaffRole.AGENCY_EDITOR, { organization: 'dipetre', state: 'MX-COA' });
    const issued = (await call(SEND, { id: account.id }, admin)).body.data?.sendPasswordLink;
    expect(issued).toMatchObject({ delivery: 'LINK', purpose: 'PASSWORD_RESET' });
    expect(issued.emailError).toMatch(/ECONNREFUSED/);
    expect((await call(LINK_INFO, { t: tokenOf(issued.link) })).body.data?.passwordLink).toMatchObject({
      email: account.email,
    });
  });
});
