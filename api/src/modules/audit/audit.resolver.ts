import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { forbidden, notFound, unauthenticated } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { publicCondition } from '../../common/public-reach';
import { TABLE_SCOPES } from '../../common/scope';
import { StaffRole } from '../account/account.enums';
import { staffAccountById } from '../account/account.loaders';
import { StaffAccount } from '../account/staff-account.entity';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { AuditEvent } from './audit-event.entity';
import { AuditEntry, PublicChange, type FieldChange } from './audit.types';
import type { AuditAction } from './audit.enums';
import { publicAuditSql, publicChanges, publicIdsOf } from './public-history';

/** A row of publicAuditSql. */
export interface PublicAuditRow {
  id: string;
  at: Date;
  action: AuditAction;
  entity: string;
  record_id: string;
  organization_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const NOT_CHANGES = new Set(['createdAt', 'updatedAt', 'version']);

/** The fields whose values differ between two snapshots. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter((field) => !NOT_CHANGES.has(field) && JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null))
    .sort()
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

const history = (ctx: Context, recordId: string) =>
  ctx.manager.find(AuditEvent, { where: { recordId: assertUuid(recordId, 'recordId') }, order: { at: 'ASC', id: 'ASC' } });

/** The table a record of an audited kind lives in. */
const tableOf = (ctx: Context, entity: string) => ctx.manager.connection.getMetadata(entity).tableName;

@Resolver(() => PublicChange)
export class AuditResolver {
  @Query(() => [PublicChange], {
    description:
      'What changed in a public record since it was first published, when, and which organisation changed it (never who in person). ' +
      'What was written while it was a draft is not shown. NOT_FOUND for records that are not public.',
  })
  async publicHistory(@Arg('recordId', () => ID, { description: 'The record.' }) recordId: string, @Ctx() ctx: Context): Promise<PublicChange[]> {
    const id = assertUuid(recordId, 'recordId');
    const [first] = await ctx.manager.query('SELECT entity FROM audit_event WHERE record_id = $1 LIMIT 1', [id]);
    const table = first && tableOf(ctx, first.entity);
    const visible = table && (await ctx.manager.query(`SELECT 1 FROM "${table}" r WHERE r.id = $1 AND ${publicCondition(table, 'r')}`, [id])).length > 0;
    if (!visible) throw notFound('public record', recordId, 'recordId');
    const rows: PublicAuditRow[] = await ctx.manager.query(`${publicAuditSql('audit_event a')} AND a.record_id = $1 ORDER BY a.id`, [id]);
    const publicIds = await publicIdsOf(ctx.manager, rows.flatMap((row) => [row.before, row.after]));
    return rows.map((row) => ({
      organizationId: row.organization_id,
      at: row.at,
      action: row.action,
      entity: row.entity,
      recordId: row.record_id,
      changes: publicChanges(row.before, row.after, publicIds),
    }));
  }

  @Query(() => [AuditEntry], { description: "A record's full audit trail: the institute for its state's records, the evaluator and the platform admin for any." })
  async recordHistory(@Arg('recordId', () => ID, { description: 'The record.' }) recordId: string, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'staff') throw unauthenticated();
    const events = await history(ctx, recordId);
    if (viewer.role === StaffRole.INSTITUTE_ADMIN && events.length) {
      const table = tableOf(ctx, events[0].entity);
      const stateSql = TABLE_SCOPES[table]?.state('r') ?? (table === 'staff_account' ? 'r.state_id' : null);
      const rows = stateSql ? await ctx.manager.query(`SELECT 1 FROM ${table} r WHERE r.id = $1 AND ${stateSql} = $2`, [recordId, viewer.stateId]) : [];
      if (!rows.length) throw forbidden("read the history of records outside your institute's state");
    } else if (viewer.role !== StaffRole.NATIONAL_EVALUATOR && viewer.role !== StaffRole.PLATFORM_ADMIN && viewer.role !== StaffRole.INSTITUTE_ADMIN) {
      throw forbidden('read audit trails');
    }
    return events.map((event) => ({ ...event, changes: changedFields(event.before, event.after) }));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation of the account that wrote.' })
  organization(@Root() change: PublicChange, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, change.organizationId);
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => StaffAccount, { nullable: true, description: 'The account that wrote.' })
  account(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, staffAccountById, entry.accountId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation of the account that wrote.' })
  organization(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, entry.organizationId);
  }
}
