import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { DomainError, ErrorCode, forbidden, unauthenticated } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { stateById } from '../place/place.loaders';
import { State } from '../place/state.entity';
import { StaffRole } from './account.enums';
import { StaffAccountInput } from './account.inputs';
import { changePassword, createAccount, setAccountDisabled, signIn, signOut } from './account.service';
import { StaffAccount } from './staff-account.entity';

@Resolver(() => StaffAccount)
export class AccountResolver {
  @Query(() => StaffAccount, { nullable: true, description: 'The signed-in account, or null for the public.' })
  me(@Ctx() ctx: Context): Promise<StaffAccount | null> | null {
    return ctx.viewer.kind === 'staff' ? ctx.manager.findOneBy(StaffAccount, { id: ctx.viewer.accountId }) : null;
  }

  @Query(() => [StaffAccount], { description: "Staff accounts the viewer administers: an institute admin its state's, the platform admin all." })
  async staffAccounts(@Ctx() ctx: Context): Promise<StaffAccount[]> {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'staff') throw unauthenticated();
    if (viewer.role === StaffRole.PLATFORM_ADMIN) return ctx.manager.find(StaffAccount, { order: { email: 'ASC' } });
    if (viewer.role === StaffRole.INSTITUTE_ADMIN && viewer.stateId) {
      return ctx.manager
        .createQueryBuilder(StaffAccount, 'a')
        .where('a.stateId = :state AND a.role <> :platform', { state: viewer.stateId, platform: StaffRole.PLATFORM_ADMIN })
        .orderBy('a.email')
        .getMany();
    }
    throw forbidden('list staff accounts');
  }

  @Mutation(() => StaffAccount, { description: 'Signs in with email and password and sets the session cookie (HttpOnly). After failures, waits grow per account and address (RATE_LIMITED with retryAfterSeconds).' })
  async signIn(
    @Arg('email', { description: 'Sign-in email.' }) email: string,
    @Arg('password', { description: 'Password.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    if (!ctx.http) throw new DomainError(ErrorCode.FORBIDDEN, 'Sign in at /graphql: the public endpoint never uses cookies');
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

  @Mutation(() => Boolean, { description: "Changes the signed-in account's password; its other sessions end. Throttled like signIn." })
  async changePassword(
    @Arg('currentPassword', { description: 'The current password.' }) currentPassword: string,
    @Arg('newPassword', { description: 'The new password, at least 12 characters.' }) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await changePassword(ctx.manager, ctx.viewer, currentPassword, newPassword, ctx.http?.ipAddress ?? 'unknown');
    return true;
  }

  @Mutation(() => StaffAccount, { description: 'Creates a staff account: institute admins for their state, the platform admin for any.' })
  createStaffAccount(@Arg('input', () => StaffAccountInput, { description: 'The account.' }) input: StaffAccountInput, @Ctx() ctx: Context): Promise<StaffAccount> {
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

  @FieldResolver(() => Organization, { nullable: true, description: 'Its organisation.' })
  organization(@Root() account: StaffAccount, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, account.organizationId);
  }

  @FieldResolver(() => State, { nullable: true, description: 'Its state.' })
  state(@Root() account: StaffAccount, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, stateById, account.stateId);
  }
}
