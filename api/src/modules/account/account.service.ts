import argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isProduction } from '../../config';
import {
  badInput,
  DomainError,
  ErrorCode,
  forbidden,
  InputProblem,
  notFound,
  unauthenticated,
} from '../../common/errors';
import { DISPLAY_NAME, EMAIL, PASSWORD } from '../../common/field-limits';
import { assertUuid } from '../../common/ids';
import { Organization } from '../organization/organization.entity';
import { State } from '../place/state.entity';
import { PasswordLinkDelivery, PasswordLinkPurpose } from './account.enums';
import { mailSettings, sendPasswordLink } from './account.mail';
import { passwordAccepted, recordPasswordAttempt } from './password-throttle';
import { PasswordLink, StaffAccount, StaffSession } from './staff-account.entity';
import { AuditAction, writeAudit } from '../../common/audit-trail';
import { StaffRole } from '../../common/viewer';
import type { Viewer } from '../../common/viewer';

export const SESSION_COOKIE = 'tablero_session';
const SESSION_HOURS = 12;

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/** Verified against when the email is unknown, so a wrong email costs as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The demo accounts' domain (api/src/seed/demo-accounts.ts): their password is published in the README. */
export const DEMO_EMAIL_DOMAIN = 'demo.tablero.mx';

/** Demo accounts are never usable in production, whatever their state in the database. */
const refusedHere = (email: string) => isProduction() && email.endsWith(`@${DEMO_EMAIL_DOMAIN}`);

/**
 * A production start disables every demo account left from a demonstration and ends its
 * sessions; returns the emails it disabled.
 */
export async function disableDemoAccounts(manager: EntityManager): Promise<string[]> {
  return manager.transaction(async (m) => {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows]: [{ id: string; email: string }[], number] = await m.query(
      `UPDATE staff_account SET disabled_at = now(), version = version + 1 WHERE email LIKE $1 AND disabled_at IS NULL RETURNING id, email`,
      [`%@${DEMO_EMAIL_DOMAIN}`],
    );
    if (rows.length) await m.query('DELETE FROM staff_session WHERE account_id = ANY($1)', [rows.map((r) => r.id)]);
    return rows.map((r) => r.email);
  });
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function checkPassword(password: string, field: string): void {
  if (password.length < PASSWORD.min) throw badInput(field, `must have at least ${PASSWORD.min} characters`);
  if (password.length > PASSWORD.max) throw badInput(field, `must have at most ${PASSWORD.max} characters`);
}

function checkEmail(email: string, field: string): string {
  const normalised = normaliseEmail(email);
  if (normalised.length > EMAIL || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalised))
    throw badInput(field, 'is not an email address');
  return normalised;
}

export interface SignedIn {
  account: StaffAccount;
  token: string;
  expiresAt: Date;
}

/**
 * Checks an email and password and opens a session stored in PostgreSQL (so any API process
 * honours it). Each check is counted and recorded first, throttled per (account, address) and
 * per address (password-throttle.ts): a refusal comes before the password is checked.
 */
export async function signIn(
  manager: EntityManager,
  email: string,
  password: string,
  ipAddress: string,
): Promise<SignedIn> {
  const normalised = normaliseEmail(email);
  const attemptId = await recordPasswordAttempt(manager, normalised, ipAddress);
  const account = await manager.findOneBy(StaffAccount, { email: normalised });
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const matches = await argon2.verify(account?.passwordHash ?? (await decoyHash), password).catch(() => false);
  if (!account || !matches || account.disabledAt || refusedHere(normalised))
    throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password, or the account is disabled');
  await passwordAccepted(manager, attemptId);

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await manager.insert(StaffSession, { tokenHash: hashToken(token), accountId: account.id, expiresAt, ipAddress });
  return { account, token, expiresAt };
}

/** The viewer a session token stands for, or null when it is unknown, expired or its account disabled. */
export async function viewerForToken(manager: EntityManager, token: string): Promise<Viewer | null> {
  const tokenHash = hashToken(token);
  const rows: { id: string; role: StaffRole; organization_id: string | null; state_id: string | null }[] =
    await manager.query(
      `SELECT a.id, a.role, a.organization_id, a.state_id FROM staff_session s JOIN staff_account a ON a.id = s.account_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
      [tokenHash],
    );
  const [row] = rows;
  return row
    ? {
        kind: 'staff',
        accountId: row.id,
        role: row.role,
        organizationId: row.organization_id,
        stateId: row.state_id,
        sessionTokenHash: tokenHash,
      }
    : null;
}

export async function signOut(manager: EntityManager, viewer: Viewer): Promise<void> {
  if (viewer.kind === 'staff') await manager.delete(StaffSession, { tokenHash: viewer.sessionTokenHash });
}

/** Changes the viewer's password; every other session of the account ends. */
export async function changePassword(
  manager: EntityManager,
  viewer: Viewer,
  currentPassword: string,
  newPassword: string,
  ipAddress: string,
): Promise<void> {
  if (viewer.kind !== 'staff') throw unauthenticated();
  checkPassword(newPassword, 'newPassword');
  const account = await manager.findOneByOrFail(StaffAccount, { id: viewer.accountId });
  // A stolen session must not guess the password faster than sign-in could: the same throttle.
  const attemptId = await recordPasswordAttempt(manager, account.email, ipAddress);
  if (!(await argon2.verify(account.passwordHash, currentPassword).catch(() => false)))
    throw badInput('currentPassword', 'is not the current password');
  await passwordAccepted(manager, attemptId);
  await manager.transaction(async (m) => {
    await m.update(
      StaffAccount,
      { id: account.id },
      { passwordHash: await hashPassword(newPassword), passwordChangedAt: new Date(), version: () => 'version + 1' },
    );
    await m.query('DELETE FROM staff_session WHERE account_id = $1 AND token_hash <> $2', [
      account.id,
      viewer.sessionTokenHash,
    ]);
  });
}

export interface AccountFields {
  email: string;
  displayName: string;
  role: StaffRole;
  organizationId?: string | null;
  stateId?: string | null;
}

export interface NewAccount extends AccountFields {
  password: string;
}

/** What an account looks like in the audit trail: never its password hash. */
const accountSnapshot = (account: StaffAccount) => ({
  email: account.email,
  displayName: account.displayName,
  role: account.role,
  organizationId: account.organizationId,
  stateId: account.stateId,
  disabledAt: account.disabledAt,
  passwordChangedAt: account.passwordChangedAt,
});

/** Roles whose scope is their organisation's. */
const ORGANIZATION_ROLES = [StaffRole.AGENCY_EDITOR, StaffRole.CIVIL_SOCIETY_FOLLOWER];
/** Roles that act nationwide: their accounts belong to no state. */
const NATIONAL_ROLES = [StaffRole.NATIONAL_EVALUATOR, StaffRole.PLATFORM_ADMIN];

/**
 * The state an account works in. It comes from its organisation, never from the input, when the
 * organisation belongs to a state. A national body (no state) works in a state through a local
 * office: its account names the state it is limited to, and only the platform admin (or the
 * command line) creates such accounts. An institute admin without a state organisation takes the
 * state given (an institute admin's must be its own).
 */
function accountState(viewer: Viewer | null, input: AccountFields, organization: Organization | null): string | null {
  const given = input.stateId ? assertUuid(input.stateId, 'input.stateId') : null;
  if (NATIONAL_ROLES.includes(input.role)) {
    if (given) throw badInput('input.stateId', `is not for ${input.role} accounts: they act nationwide`);
    return null;
  }
  if (organization?.stateId) {
    if (given && given !== organization.stateId)
      throw badInput('input.stateId', "is not the organisation's state: an account works in its organisation's state");
    return organization.stateId;
  }
  if (organization && viewer?.kind === 'staff' && viewer.role === StaffRole.INSTITUTE_ADMIN) {
    throw forbidden(
      'create accounts for a national body (the platform admin creates the account of its local office, limited to one state)',
    );
  }
  if (!given) {
    throw badInput(
      'input.stateId',
      organization
        ? 'is required for an account of a national body: the state its local office works in'
        : `is required for ${input.role} accounts`,
    );
  }
  return given;
}

/** Roles an admin may hand out: the platform admin any; an institute admin those of its own state. */
const GRANTABLE: Partial<Record<StaffRole, StaffRole[]>> = {
  [StaffRole.PLATFORM_ADMIN]: Object.values(StaffRole),
  [StaffRole.INSTITUTE_ADMIN]: [StaffRole.AGENCY_EDITOR, StaffRole.CIVIL_SOCIETY_FOLLOWER, StaffRole.INSTITUTE_ADMIN],
};

/**
 * The fields of an account as they are to be stored, or the refusal: the one rule for who may
 * give which account which role, organisation and state (new accounts and edits alike). An
 * institute admin keeps accounts of its own state only: agency editors and followers of
 * organisations of its state, and other admins of its state. `viewer` null is the command line
 * creating the first platform admin. `exceptId` is the account being edited (its own email is
 * not a clash).
 */
async function accountFields(manager: EntityManager, viewer: Viewer | null, input: AccountFields, exceptId?: string) {
  if (viewer?.kind === 'public') throw unauthenticated();
  const email = checkEmail(input.email, 'input.email');
  const displayName = input.displayName.trim();
  if (!displayName) throw badInput('input.displayName', 'must not be empty');
  if (displayName.length > DISPLAY_NAME)
    throw badInput('input.displayName', `must have at most ${DISPLAY_NAME} characters`, InputProblem.TOO_LONG);
  if (viewer && !GRANTABLE[viewer.role]?.includes(input.role)) throw forbidden(`give accounts the role ${input.role}`);

  const organizationId = input.organizationId ?? null;
  const organization = organizationId
    ? await manager.findOneBy(Organization, { id: assertUuid(organizationId, 'input.organizationId') })
    : null;
  if (organizationId && (!organization || organization.deletedAt))
    throw notFound('Organization', organizationId, 'input.organizationId');
  if (ORGANIZATION_ROLES.includes(input.role) && !organization) {
    throw badInput(
      'input.organizationId',
      `is required for ${input.role} accounts: their scope is their organisation's`,
    );
  }
  if (viewer?.role === StaffRole.INSTITUTE_ADMIN && organization?.stateId && organization.stateId !== viewer.stateId)
    throw forbidden('keep accounts for organisations of another state');
  const stateId = accountState(viewer, input, organization);
  if (stateId && !(await manager.existsBy(State, { id: stateId }))) throw notFound('State', stateId, 'input.stateId');
  if (viewer?.role === StaffRole.INSTITUTE_ADMIN && stateId !== viewer.stateId)
    throw forbidden("keep accounts outside your institute's state");

  const clash = await manager.findOneBy(StaffAccount, { email });
  if (clash && clash.id !== exceptId) throw badInput('input.email', 'is already used by another account');
  return { email, displayName, role: input.role, organizationId, stateId };
}

/** Inserts an account and its audit row; `m` is the caller's transaction. */
async function insertAccount(
  m: EntityManager,
  viewer: Viewer | null,
  fields: Awaited<ReturnType<typeof accountFields>>,
  passwordHash: string,
  requestId?: string,
) {
  const { identifiers } = await m.insert(StaffAccount, {
    ...fields,
    passwordHash,
    createdById: viewer?.kind === 'staff' ? viewer.accountId : null,
  });
  const account = await m.findOneByOrFail(StaffAccount, { id: identifiers[0].id as string });
  await writeAudit(
    m,
    viewer,
    requestId,
    AuditAction.CREATE,
    'StaffAccount',
    account.id,
    null,
    accountSnapshot(account),
  );
  return account;
}

/** Creates a staff account with an initial password (see accountFields for who may). */
export async function createAccount(
  manager: EntityManager,
  viewer: Viewer | null,
  input: NewAccount,
  requestId?: string,
): Promise<StaffAccount> {
  if (viewer?.kind === 'public') throw unauthenticated();
  checkPassword(input.password, 'input.password');
  const fields = await accountFields(manager, viewer, input);
  const passwordHash = await hashPassword(input.password);
  return manager.transaction((m) => insertAccount(m, viewer, fields, passwordHash, requestId));
}

/** Whether the viewer administers the account: the platform admin all; an institute admin those of its state. */
export function administers(viewer: Viewer, account: StaffAccount): boolean {
  if (viewer.kind !== 'staff') return false;
  if (viewer.role === StaffRole.PLATFORM_ADMIN) return true;
  return (
    viewer.role === StaffRole.INSTITUTE_ADMIN &&
    account.stateId !== null &&
    account.stateId === viewer.stateId &&
    account.role !== StaffRole.PLATFORM_ADMIN
  );
}

/** The account, locked for this transaction, when the viewer administers it; else the refusal. */
async function lockAdministered(m: EntityManager, viewer: Viewer, id: string): Promise<StaffAccount> {
  const account = await m
    .createQueryBuilder(StaffAccount, 'a')
    .where('a.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!account) throw notFound('StaffAccount', id);
  if (!administers(viewer, account)) throw forbidden('change this account');
  return account;
}

/** Disables (or enables again) an account; disabling ends its sessions at once. */
export async function setAccountDisabled(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  disabled: boolean,
  requestId?: string,
): Promise<StaffAccount> {
  if (viewer.kind !== 'staff') throw unauthenticated();
  return manager.transaction(async (m) => {
    const account = await lockAdministered(m, viewer, id);
    if (account.id === viewer.accountId && disabled)
      throw badInput('id', 'is your own account: ask another admin to disable it');
    const before = accountSnapshot(account);
    await m.update(StaffAccount, { id }, { disabledAt: disabled ? new Date() : null, version: () => 'version + 1' });
    if (disabled) await m.delete(StaffSession, { accountId: id });
    const after = await m.findOneByOrFail(StaffAccount, { id });
    await writeAudit(m, viewer, requestId, AuditAction.UPDATE, 'StaffAccount', id, before, accountSnapshot(after));
    return after;
  });
}

/**
 * Changes an account (an e-mail typo, a name, a role or scope): only an admin who administers it
 * before the change, and only into an account it would be allowed to create. A stale `version`
 * is refused with CONFLICT. The account keeps its password, sessions and history.
 */
export async function updateAccount(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number,
  input: Partial<AccountFields>,
  requestId?: string,
): Promise<StaffAccount> {
  if (viewer.kind !== 'staff') throw unauthenticated();
  return manager.transaction(async (m) => {
    const account = await lockAdministered(m, viewer, id);
    if (account.version !== version) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `This StaffAccount changed since version ${version} (it is now at version ${account.version}): reload it and apply your change again`,
        'version',
        {
          currentVersion: account.version,
        },
      );
    }
    const has = (field: keyof AccountFields) =>
      Object.prototype.hasOwnProperty.call(input, field) && input[field] !== undefined;
    const merged: AccountFields = {
      email: input.email ?? account.email,
      displayName: input.displayName ?? account.displayName,
      role: input.role ?? account.role,
      organizationId: has('organizationId') ? input.organizationId : account.organizationId,
      // A new organisation or role brings its own state (accountState), unless one is given.
      stateId: has('stateId') ? input.stateId : has('organizationId') || has('role') ? null : account.stateId,
    };
    if (account.id === viewer.accountId && merged.role !== account.role)
      throw badInput('input.role', 'is your own: ask another admin to change it');
    const fields = await accountFields(m, viewer, merged, account.id);
    const before = accountSnapshot(account);
    await m.update(StaffAccount, { id }, { ...fields, version: () => 'version + 1' });
    const after = await m.findOneByOrFail(StaffAccount, { id });
    await writeAudit(m, viewer, requestId, AuditAction.UPDATE, 'StaffAccount', id, before, accountSnapshot(after));
    return after;
  });
}

/** How long a one-time link works: a week to accept an invitation, a day to reset a password. */
const LINK_HOURS: Record<PasswordLinkPurpose, number> = {
  [PasswordLinkPurpose.INVITATION]: 7 * 24,
  [PasswordLinkPurpose.PASSWORD_RESET]: 24,
};

/** Stored instead of a hash for an invited account: argon2 cannot parse it, so no password matches. */
const NO_PASSWORD_YET = '!invited';

/** Whether the account has never set a password (an invitation still open). */
export const awaitsInvitation = (account: StaffAccount) => account.passwordHash === NO_PASSWORD_YET;

/** Where the link points: the back-office's page for it, the token in the fragment (never sent to a server, never in a Referer). */
export const passwordLinkUrl = (origin: string, token: string) =>
  `${origin.replace(/\/+$/, '')}/admin/set-password#${token}`;

export interface IssuedLink {
  account: StaffAccount;
  purpose: PasswordLinkPurpose;
  delivery: PasswordLinkDelivery;
  /** The link, when the admin is to pass it on (no e-mail was sent). */
  link: string | null;
  expiresAt: Date;
  emailError: string | null;
}

/** A new link for the account, replacing its earlier unused ones; `m` is the caller's transaction. */
async function insertLink(m: EntityManager, viewer: Viewer, account: StaffAccount, requestId?: string) {
  const purpose = awaitsInvitation(account) ? PasswordLinkPurpose.INVITATION : PasswordLinkPurpose.PASSWORD_RESET;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + LINK_HOURS[purpose] * 3600_000);
  await m.query('DELETE FROM password_link WHERE account_id = $1 AND used_at IS NULL', [account.id]);
  await m.insert(PasswordLink, {
    tokenHash: hashToken(token),
    accountId: account.id,
    purpose,
    expiresAt,
    createdById: viewer.kind === 'staff' ? viewer.accountId : null,
  });
  const snapshot = accountSnapshot(account);
  await writeAudit(m, viewer, requestId, AuditAction.UPDATE, 'StaffAccount', account.id, snapshot, {
    ...snapshot,
    passwordLink: { purpose, expiresAt },
  });
  return { token, purpose, expiresAt };
}

/** After the transaction commits: e-mail the link when SMTP is configured, else (or when it fails) hand it to the admin. */
async function deliverLink(
  account: StaffAccount,
  issued: { token: string; purpose: PasswordLinkPurpose; expiresAt: Date },
  origin: string,
): Promise<IssuedLink> {
  const link = passwordLinkUrl(origin, issued.token);
  const settings = mailSettings();
  const base = { account, purpose: issued.purpose, expiresAt: issued.expiresAt };
  if (!settings) return { ...base, delivery: PasswordLinkDelivery.LINK, link, emailError: null };
  try {
    await sendPasswordLink(settings, {
      to: account.email,
      displayName: account.displayName,
      purpose: issued.purpose,
      link,
      expiresAt: issued.expiresAt,
    });
    return { ...base, delivery: PasswordLinkDelivery.EMAIL, link: null, emailError: null };
  } catch (error) {
    return {
      ...base,
      delivery: PasswordLinkDelivery.LINK,
      link,
      emailError: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Creates an account without a password and invites its person to set one: by e-mail when SMTP
 * is configured, else the admin gets the one-time link to pass on.
 */
export async function inviteAccount(
  manager: EntityManager,
  viewer: Viewer,
  input: AccountFields,
  origin: string,
  requestId?: string,
): Promise<IssuedLink> {
  if (viewer.kind !== 'staff') throw unauthenticated();
  const fields = await accountFields(manager, viewer, input);
  const { account, issued } = await manager.transaction(async (m) => {
    const created = await insertAccount(m, viewer, fields, NO_PASSWORD_YET, requestId);
    return { account: created, issued: await insertLink(m, viewer, created, requestId) };
  });
  return deliverLink(account, issued, origin);
}

/**
 * A new one-time link for an account the viewer administers: the invitation again when its
 * person never set a password, else a password reset. The old password keeps working until the
 * link is used; earlier unused links stop working at once.
 */
export async function issuePasswordLink(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  origin: string,
  requestId?: string,
): Promise<IssuedLink> {
  if (viewer.kind !== 'staff') throw unauthenticated();
  const { account, issued } = await manager.transaction(async (m) => {
    const locked = await lockAdministered(m, viewer, id);
    if (locked.disabledAt) throw badInput('id', 'is a disabled account: enable it first');
    return { account: locked, issued: await insertLink(m, viewer, locked, requestId) };
  });
  return deliverLink(account, issued, origin);
}

/** A link's account and purpose while it still works (unused, unexpired, its account enabled); null otherwise. */
async function usableLink(m: EntityManager, token: string, lock: boolean) {
  const query = m
    .createQueryBuilder(PasswordLink, 'l')
    .innerJoinAndSelect('l.account', 'a')
    .where('l.tokenHash = :hash AND l.usedAt IS NULL AND l.expiresAt > now() AND a.disabledAt IS NULL', {
      hash: hashToken(token),
    });
  return (lock ? query.setLock('pessimistic_write', undefined, ['l']) : query).getOne();
}

export async function passwordLinkInfo(manager: EntityManager, token: string) {
  const link = await usableLink(manager, token, false);
  return link?.account
    ? {
        purpose: link.purpose,
        email: link.account.email,
        displayName: link.account.displayName,
        expiresAt: link.expiresAt,
      }
    : null;
}

/**
 * Sets the password of the link's account and spends the link (it works once); every session of
 * the account ends. The audit row names the account itself as the one who changed it.
 */
export async function setPasswordWithLink(
  manager: EntityManager,
  token: string,
  newPassword: string,
  requestId?: string,
): Promise<StaffAccount> {
  checkPassword(newPassword, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  return manager.transaction(async (m) => {
    const link = await usableLink(m, token, true);
    const account = link?.account;
    if (!link || !account)
      throw badInput('token', 'is not a link that still works: it was used, it expired, or a newer one replaced it');
    await m.update(PasswordLink, { tokenHash: link.tokenHash }, { usedAt: new Date() });
    await m.update(
      StaffAccount,
      { id: account.id },
      { passwordHash, passwordChangedAt: new Date(), version: () => 'version + 1' },
    );
    await m.delete(StaffSession, { accountId: account.id });
    const after = await m.findOneByOrFail(StaffAccount, { id: account.id });
    const self: Viewer = {
      kind: 'staff',
      accountId: account.id,
      role: account.role,
      organizationId: account.organizationId,
      stateId: account.stateId,
      sessionTokenHash: '',
    };
    await writeAudit(
      m,
      self,
      requestId,
      AuditAction.UPDATE,
      'StaffAccount',
      account.id,
      accountSnapshot(account),
      accountSnapshot(after),
    );
    return after;
  });
}
