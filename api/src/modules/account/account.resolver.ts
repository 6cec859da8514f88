import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { DomainError, ErrorCode, forbidden, unauthenticated } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { creatableBy, recordKindNameEnum, restorableKindsOf } from '../../common/abilities';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { stateById } from '../place/place.loaders';
import { State } from '../place/state.entity';
import { StaffAccountInput, StaffAccountInvitationInput, StaffAccountUpdateInput } from './account.inputs';
import {
  awaitsInvitation,
  changePassword,
  createAccount,
  inviteAccount,
  issuePasswordLink,
  passwordLinkInfo,
  setAccountDisabled,
  setPasswordWithLink,
  signIn,
  signOut,
  updateAccount,
} from './account.service';
import { IssuedPasswordLink, PasswordLinkInfo } from './password-link.types';
import { StaffAccount } from './staff-account.entity';
import { StaffRole } from '../../common/viewer';

@Resolver(() => StaffAccount)
export class AccountResolver {
  @Query(() => StaffAccount, { nullable: true, description: 'The signed-in account, or null for the public.' })
  me(@Ctx() ctx: Context): Promise<StaffAccount | null> | null {
    return ctx.viewer.kind === 'staff' ? ctx.manager.findOneBy(StaffAccount, { id: ctx.viewer.accountId }) : null;
  }

  @Query(() => [StaffAccount], {
    description: "Staff accounts the viewer administers: an institute admin its state's, the platform admin all.",
  })
  async staffAccounts(@Ctx() ctx: Context): Promise<StaffAccount[]> {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'staff') throw unauthenticated();
    if (viewer.role === StaffRole.PLATFORM_ADMIN) return ctx.manager.find(StaffAccount, { order: { email: 'ASC' } });
    if (viewer.role === StaffRole.INSTITUTE_ADMIN && viewer.stateId) {
      return ctx.manager
        .createQueryBuilder(StaffAccount, 'a')
        .where('a.stateId = :state AND a.role <> :platform', {
          state: viewer.stateId,
          platform: StaffRole.PLATFORM_ADMIN,
        })
        .orderBy('a.email')
        .getMany();
    }
    throw forbidden('list staff accounts');
  }

  @Mutation(() => StaffAccount, {
    description:
      'Signs in with email and password and sets the session cookie (HttpOnly). After failures, waits grow per account and address (RATE_LIMITED with retryAfterSeconds).',
  })
  async signIn(
    @Arg('email', { description: 'Sign-in email.' }) email: string,
    @Arg('password', { description: 'Password.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    if (!ctx.http)
      throw new DomainError(ErrorCode.FORBIDDEN, 'Sign in at /graphql: the public endpoint never uses cookies');
    const { account, token, expiresAt } = await signIn(ctx.manager, email, password, ctx.http.ipAddress);
    ctx.http.setSessionCookie(token, expiresAt);
    return account;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await signOut(ctx.manager, ctx.viewer);
    ctx.http?.clearSessionCookie();
    return ctx.viewer.kind === 'staff';
  }

  @Mutation(() => Boolean, {
    description: "Changes the signed-in account's password; its other sessions end. Throttled like signIn.",
  })
  async changePassword(
    @Arg('currentPassword', { description: 'The current password.' }) currentPassword: string,
    @Arg('newPassword', { description: 'The new password, at least 12 characters.' }) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await changePassword(ctx.manager, ctx.viewer, currentPassword, newPassword, ctx.http?.ipAddress ?? 'unknown');
    return true;
  }

  @Mutation(() => StaffAccount, {
    description: 'Creates a staff account: institute admins for their state, the platform admin for any.',
  })
  createStaffAccount(
    @Arg('input', () => StaffAccountInput, { description: 'The account.' }) input: StaffAccountInput,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    if (ctx.viewer.kind !== 'staff') throw unauthenticated();
    return createAccount(ctx.manager, ctx.viewer, input, ctx.requestId);
  }

  @Mutation(() => StaffAccount, { description: 'Disables an account (ending its sessions) or enables it again.' })
  setStaffAccountDisabled(
    @Arg('id', () => ID, { description: 'The account.' }) id: string,
    @Arg('disabled', { description: 'true to disable, false to enable.' }) disabled: boolean,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    return setAccountDisabled(ctx.manager, ctx.viewer, assertUuid(id, 'id'), disabled, ctx.requestId);
  }

  @Mutation(() => StaffAccount, {
    description:
      'Changes a staff account (an e-mail typo, its name, role or scope) the viewer administers, into one it could create; stale versions get CONFLICT.',
  })
  updateStaffAccount(
    @Arg('id', () => ID, { description: 'The account.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on.' }) version: number,
    @Arg('input', () => StaffAccountUpdateInput, { description: 'The fields to change.' })
    input: StaffAccountUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    return updateAccount(ctx.manager, ctx.viewer, assertUuid(id, 'id'), version, input, ctx.requestId);
  }

  @Mutation(() => IssuedPasswordLink, {
    description:
      'Creates an account without a password and invites its person to set one: by e-mail when SMTP is configured, else the one-time link comes back for the admin to pass on.',
  })
  inviteStaffAccount(
    @Arg('input', () => StaffAccountInvitationInput, { description: 'The account.' })
    input: StaffAccountInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<IssuedPasswordLink> {
    return inviteAccount(ctx.manager, ctx.viewer, input, linkOrigin(ctx), ctx.requestId);
  }

  @Mutation(() => IssuedPasswordLink, {
    description:
      'Issues a new one-time link to set the password of an account the viewer administers (the invitation again if it never set one, else a reset), replacing its unused links. E-mailed when SMTP is configured, else returned. The old password works until the link is used.',
  })
  sendPasswordLink(
    @Arg('id', () => ID, { description: 'The account.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<IssuedPasswordLink> {
    return issuePasswordLink(ctx.manager, ctx.viewer, assertUuid(id, 'id'), linkOrigin(ctx), ctx.requestId);
  }

  @Query(() => PasswordLinkInfo, {
    nullable: true,
    description:
      'What a one-time link is for, while it still works (unused, unexpired); null otherwise. Needs no account.',
  })
  passwordLink(
    @Arg('token', { description: 'The token of the link (after the #).' }) token: string,
    @Ctx() ctx: Context,
  ): Promise<PasswordLinkInfo | null> {
    return passwordLinkInfo(ctx.manager, token);
  }

  @Mutation(() => Boolean, {
    description:
      "Sets an account's password with a one-time link (an invitation or a reset), which then stops working; the account's sessions end. Needs no account.",
  })
  async setPasswordWithLink(
    @Arg('token', { description: 'The token of the link (after the #).' }) token: string,
    @Arg('newPassword', { description: 'The new password, at least 12 characters.' }) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    if (!ctx.http)
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Set a password at /graphql: the public endpoint takes no account writes',
      );
    await setPasswordWithLink(ctx.manager, token, newPassword, ctx.requestId);
    return true;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the account was invited and its person has not set a password yet.',
  })
  invitationPending(@Root() account: StaffAccount): boolean {
    return awaitsInvitation(account);
  }

  @FieldResolver(() => [recordKindNameEnum()], {
    description:
      'The kinds of record it may create (some records of, within its scope: the server checks each one), e.g. for Create buttons; from the same rules as its writes.',
  })
  canCreate(@Root() account: StaffAccount): string[] {
    return creatableBy(account.role);
  }

  @FieldResolver(() => [recordKindNameEnum()], {
    description:
      'The kinds of record whose deleted records it may restore (some of, within its scope), e.g. to offer the wastebasket; from the same rules as `restore<Kind>`.',
  })
  canRestore(@Root() account: StaffAccount): string[] {
    return restorableKindsOf(account.role);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Its organisation.' })
  organization(@Root() account: StaffAccount, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, account.organizationId);
  }

  @FieldResolver(() => State, { nullable: true, description: 'Its state.' })
  state(@Root() account: StaffAccount, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, stateById, account.stateId);
  }
}

/** The address the back-office is reached at, for links in e-mails (PUBLIC_BASE_URL, else the request's); staff writes always come over HTTP. */
const linkOrigin = (ctx: Context) => ctx.http?.origin ?? '';
