import argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isProduction } from '../../config';
import { badInput, DomainError, ErrorCode, forbidden, notFound, unauthenticated } from '../../common/errors';
import { writeAudit } from '../audit/audit.service';
import { AuditAction } from '../audit/audit.enums';
import { Organization } from '../organization/organization.entity';
import { StaffRole } from './account.enums';
import { SignInAttempt, StaffAccount, StaffSession } from './staff-account.entity';
import type { Viewer } from './viewer';

export const SESSION_COOKIE = 'tablero_session';
const SESSION_HOURS = 12;
const THROTTLE_MINUTES = 15;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

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
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(field, `must have at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) throw badInput(field, `must have at most ${MAX_PASSWORD_LENGTH} characters`);
}

function checkEmail(email: string, field: string): string {
  const normalised = normaliseEmail(email);
  if (normalised.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalised)) throw badInput(field, 'is not an email address');
  return normalised;
}

export interface SignedIn {
  account: StaffAccount;
  token: string;
  expiresAt: Date;
}

/**
 * Checks an email and password and opens a session stored in PostgreSQL (so any API process
 * honours it). Failed attempts are counted per account and per address over the last
 * 15 minutes; past the limit, sign-in is refused with RATE_LIMITED before the password is checked.
 */
export async function signIn(manager: EntityManager, email: string, password: string, ipAddress: string): Promise<SignedIn> {
  const normalised = normaliseEmail(email);
  const [{ by_account, by_address }] = await manager.query(
    `SELECT count(*) FILTER (WHERE email = $1)::int AS by_account, count(*) FILTER (WHERE ip_address = $2)::int AS by_address
       FROM sign_in_attempt WHERE NOT succeeded AND at > now() - make_interval(mins => $3)`,
    [normalised, ipAddress, THROTTLE_MINUTES],
  );
  if (by_account >= MAX_FAILURES_PER_ACCOUNT || by_address >= MAX_FAILURES_PER_ADDRESS) {
    throw new DomainError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins; try again in ${THROTTLE_MINUTES} minutes`, undefined, {
      retryAfterSeconds: THROTTLE_MINUTES * 60,
    });
  }
  const account = await manager.findOneBy(StaffAccount, { email: normalised });
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const matches = await argon2.verify(account?.passwordHash ?? (await decoyHash), password).catch(() => false);
  const succeeded = Boolean(account && matches && !account.disabledAt && !refusedHere(normalised));
  await manager.insert(SignInAttempt, { email: normalised, ipAddress, succeeded });
  if (!account || !succeeded) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password, or the account is disabled');

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await manager.insert(StaffSession, { tokenHash: hashToken(token), accountId: account.id, expiresAt, ipAddress });
  return { account, token, expiresAt };
}

/** The viewer a session token stands for, or null when it is unknown, expired or its account disabled. */
export async function viewerForToken(manager: EntityManager, token: string): Promise<Viewer | null> {
  const tokenHash = hashToken(token);
  const rows: { id: string; role: StaffRole; organization_id: string | null; state_id: string | null }[] = await manager.query(
    `SELECT a.id, a.role, a.organization_id, a.state_id FROM staff_session s JOIN staff_account a ON a.id = s.account_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [tokenHash],
  );
  const [row] = rows;
  return row
    ? { kind: 'staff', accountId: row.id, role: row.role, organizationId: row.organization_id, stateId: row.state_id, sessionTokenHash: tokenHash }
    : null;
}

export async function signOut(manager: EntityManager, viewer: Viewer): Promise<void> {
  if (viewer.kind === 'staff') await manager.delete(StaffSession, { tokenHash: viewer.sessionTokenHash });
}

/** Changes the viewer's password; every other session of the account ends. */
export async function changePassword(manager: EntityManager, viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
  if (viewer.kind !== 'staff') throw unauthenticated();
  checkPassword(newPassword, 'newPassword');
  const account = await manager.findOneByOrFail(StaffAccount, { id: viewer.accountId });
  if (!(await argon2.verify(account.passwordHash, currentPassword).catch(() => false))) throw badInput('currentPassword', 'is not the current password');
  await manager.transaction(async (m) => {
    await m.update(StaffAccount, { id: account.id }, { passwordHash: await hashPassword(newPassword), passwordChangedAt: new Date(), version: () => 'version + 1' });
    await m.query('DELETE FROM staff_session WHERE account_id = $1 AND token_hash <> $2', [account.id, viewer.sessionTokenHash]);
  });
}

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
  role: StaffRole;
  organizationId?: string | null;
  stateId?: string | null;
}

/** What an account looks like in the audit trail: never its password hash. */
const accountSnapshot = (account: StaffAccount) => ({
  email: account.email,
  displayName: account.displayName,
  role: account.role,
  organizationId: account.organizationId,
  stateId: account.stateId,
  disabledAt: account.disabledAt,
});

/** Roles an admin may hand out: the platform admin any; an institute admin those of its own state. */
const GRANTABLE: Partial<Record<StaffRole, StaffRole[]>> = {
  [StaffRole.PLATFORM_ADMIN]: Object.values(StaffRole),
  [StaffRole.INSTITUTE_ADMIN]: [StaffRole.AGENCY_EDITOR, StaffRole.CIVIL_SOCIETY_FOLLOWER, StaffRole.INSTITUTE_ADMIN],
};

/**
 * Creates a staff account. An institute admin creates accounts of its own state only: agency
 * editors and followers of organisations of its state, and other admins of its state.
 * `viewer` null is the command line creating the first platform admin.
 */
export async function createAccount(manager: EntityManager, viewer: Viewer | null, input: NewAccount, requestId?: string): Promise<StaffAccount> {
  if (viewer?.kind === 'public') throw unauthenticated();
  const email = checkEmail(input.email, 'input.email');
  checkPassword(input.password, 'input.password');
  const displayName = input.displayName.trim();
  if (!displayName) throw badInput('input.displayName', 'must not be empty');
  if (viewer && !GRANTABLE[viewer.role]?.includes(input.role)) throw forbidden(`create ${input.role} accounts`);

  let organizationId = input.organizationId ?? null;
  let stateId = input.stateId ?? null;
  if (organizationId) {
    const organization = await manager.findOneBy(Organization, { id: organizationId });
    if (!organization) throw notFound('Organization', organizationId, 'input.organizationId');
    stateId ??= organization.stateId;
  }
  if ((input.role === StaffRole.AGENCY_EDITOR || input.role === StaffRole.CIVIL_SOCIETY_FOLLOWER) && !organizationId) {
    throw badInput('input.organizationId', `is required for ${input.role} accounts: their scope is their organisation's`);
  }
  if (input.role === StaffRole.INSTITUTE_ADMIN && !stateId) throw badInput('input.stateId', 'is required for INSTITUTE_ADMIN accounts');
  if (viewer?.role === StaffRole.INSTITUTE_ADMIN && stateId !== viewer.stateId) throw forbidden("create accounts outside your institute's state");
  if (!organizationId && input.role !== StaffRole.INSTITUTE_ADMIN) stateId = input.stateId ?? null;

  if (await manager.existsBy(StaffAccount, { email })) throw badInput('input.email', 'is already used by another account');
  const passwordHash = await hashPassword(input.password);
  return manager.transaction(async (m) => {
    const { identifiers } = await m.insert(StaffAccount, {
      email,
      displayName,
      passwordHash,
      role: input.role,
      organizationId,
      stateId,
      createdById: viewer?.kind === 'staff' ? viewer.accountId : null,
    });
    const account = await m.findOneByOrFail(StaffAccount, { id: identifiers[0].id as string });
    await writeAudit(m, viewer, requestId, AuditAction.CREATE, 'StaffAccount', account.id, null, accountSnapshot(account));
    return account;
  });
}

/** Whether the viewer administers the account: the platform admin all; an institute admin those of its state. */
export function administers(viewer: Viewer, account: StaffAccount): boolean {
  if (viewer.kind !== 'staff') return false;
  if (viewer.role === StaffRole.PLATFORM_ADMIN) return true;
  return viewer.role === StaffRole.INSTITUTE_ADMIN && account.stateId !== null && account.stateId === viewer.stateId && account.role !== StaffRole.PLATFORM_ADMIN;
}

/** Disables (or enables again) an account; disabling ends its sessions at once. */
export async function setAccountDisabled(manager: EntityManager, viewer: Viewer, id: string, disabled: boolean, requestId?: string): Promise<StaffAccount> {
  if (viewer.kind !== 'staff') throw unauthenticated();
  return manager.transaction(async (m) => {
    const account = await m.createQueryBuilder(StaffAccount, 'a').where('a.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!account) throw notFound('StaffAccount', id);
    if (!administers(viewer, account)) throw forbidden('change this account');
    if (account.id === viewer.accountId && disabled) throw badInput('id', 'is your own account: ask another admin to disable it');
    const before = accountSnapshot(account);
    await m.update(StaffAccount, { id }, { disabledAt: disabled ? new Date() : null, version: () => 'version + 1' });
    if (disabled) await m.delete(StaffSession, { accountId: id });
    const after = await m.findOneByOrFail(StaffAccount, { id });
    await writeAudit(m, viewer, requestId, AuditAction.UPDATE, 'StaffAccount', id, before, accountSnapshot(after));
    return after;
  });
}
