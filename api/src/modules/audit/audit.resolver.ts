import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../common/context';
import { badInput, forbidden, notFound, unauthenticated } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { ConnectionType, PaginationArgs, pageWindow, toConnection } from '../../common/pagination';
import { publicCondition } from '../../common/public-reach';
import { kindOfTable } from '../../common/record-kind';
import { bind, historyReadableBy, holdsForNone, stateOf } from '../../common/scope';
import { authorById } from '../account/account.loaders';
import { StaffAccount } from '../account/staff-account.entity';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { AuditEvent } from './audit-event.entity';
import { AuditEntry, PublicChange, type FieldChange } from './audit.types';
import { publicAuditSql, publicChanges, publicIdsOf } from './public-history';
import { kindOf } from './record-label';
import type { Viewer } from '../../common/viewer';
import { StaffRole } from '../../common/viewer';
import type { AuditAction } from '../../common/audit-trail';

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
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter(
      (field) =>
        !NOT_CHANGES.has(field) && JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null),
    )
    .sort()
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

const history = (ctx: Context, recordId: string) =>
  ctx.manager.find(AuditEvent, {
    where: { recordId: assertUuid(recordId, 'recordId') },
    order: { at: 'ASC', id: 'ASC' },
  });

/** The table a record of an audited kind lives in. */
const tableOf = (ctx: Context, entity: string) => ctx.manager.connection.getMetadata(entity).tableName;

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

/** The state a record of `table` (aliased `r`) belongs to, accounts included; null for kinds of no state. */
const stateSqlOf = (table: string) =>
  stateOf(table) ?? (table === 'staff_account' ? (r: string) => `${r}.state_id` : null);

/**
 * SQL over audit rows (aliased `a`) the viewer may read, with its parameters appended to `params`:
 * the evaluator and the platform admin every row, an institute admin the rows about records of its
 * state (as the record stands now, deleted or not); FORBIDDEN for everyone else.
 */
function auditScope(manager: EntityManager, viewer: Viewer, params: unknown[]): string {
  if (viewer.kind !== 'staff') throw unauthenticated();
  if (viewer.role === StaffRole.NATIONAL_EVALUATOR || viewer.role === StaffRole.PLATFORM_ADMIN) return 'TRUE';
  if (viewer.role !== StaffRole.INSTITUTE_ADMIN) throw forbidden('read audit trails');
  params.push(viewer.stateId);
  const state = `$${params.length}`;
  const cases = manager.connection.entityMetadatas.flatMap((m) => {
    const stateSql = m.primaryColumns.length === 1 ? stateSqlOf(m.tableName) : null;
    return stateSql
      ? [
          `WHEN '${m.name}' THEN EXISTS (SELECT 1 FROM ${m.tableName} r WHERE r.id = a.record_id AND ${stateSql('r')} = ${state})`,
        ]
      : [];
  });
  return `CASE a.entity ${cases.join(' ')} ELSE FALSE END`;
}

/**
 * SQL over audit rows (aliased `a`) about a record (`$n` in `params`) and the records that name it
 * as their parent (a commitment's milestones, requests and deliveries), as they stood before or after.
 */
function aboutRecord(manager: EntityManager, table: string, params: unknown[]): string {
  const id = `$${params.length}`;
  const parts = manager.connection.entityMetadatas.flatMap((m) =>
    m.relations
      .filter(
        (relation) =>
          !relation.isManyToMany &&
          relation.joinColumns.length === 1 &&
          relation.inverseEntityMetadata.tableName === table,
      )
      .map((relation) => {
        const field = relation.joinColumns[0].databaseName.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
        return `(a.entity = '${m.name}' AND ${id}::uuid::text IN (a.before->>'${field}', a.after->>'${field}'))`;
      }),
  );
  return `(a.record_id = ${id}::uuid${parts.map((part) => ` OR ${part}`).join('')})`;
}

@Resolver(() => PublicChange)
export class AuditResolver {
  @Query(() => [PublicChange], {
    description:
      'What changed in a public record since it was first published, when, and which organisation changed it (never who in person). ' +
      'What was written while it was a draft is not shown. NOT_FOUND for records that are not public.',
  })
  async publicHistory(
    @Arg('recordId', () => ID, { description: 'The record.' }) recordId: string,
    @Ctx() ctx: Context,
  ): Promise<PublicChange[]> {
    const id = assertUuid(recordId, 'recordId');
    const [first] = await ctx.manager.query('SELECT entity FROM audit_event WHERE record_id = $1 LIMIT 1', [id]);
    const table = first && tableOf(ctx, first.entity);
    const visible =
      table &&
      (await ctx.manager.query(`SELECT 1 FROM "${table}" r WHERE r.id = $1 AND ${publicCondition(table, 'r')}`, [id]))
        .length > 0;
    if (!visible) throw notFound('public record', recordId, 'recordId');
    const rows: PublicAuditRow[] = await ctx.manager.query(
      `${publicAuditSql('audit_event a')} AND a.record_id = $1 ORDER BY a.id`,
      [id],
    );
    const publicIds = await publicIdsOf(
      ctx.manager,
      rows.flatMap((row) => [row.before, row.after]),
    );
    return rows.map((row) => ({
      organizationId: row.organization_id,
      at: row.at,
      action: row.action,
      entity: row.entity,
      recordId: row.record_id,
      changes: publicChanges(row.before, row.after, publicIds),
    }));
  }

  @Query(() => [AuditEntry], {
    description:
      "A record's full audit trail: the institute for its state's records, the evaluator and the platform admin for any.",
  })
  async recordHistory(
    @Arg('recordId', () => ID, { description: 'The record.' }) recordId: string,
    @Ctx() ctx: Context,
  ): Promise<AuditEntry[]> {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'staff') throw unauthenticated();
    const events = await history(ctx, recordId);
    const institute = viewer.role === StaffRole.INSTITUTE_ADMIN;
    // An institute learns nothing from a record without history; it is refused records outside its state.
    if (institute && !events.length) return [];
    const table = events.length ? tableOf(ctx, events[0].entity) : null;
    const kind = table ? kindOfTable(table) : null;
    const state = kind?.scope ? kind.state : table === 'staff_account' ? (r: string) => `${r}.state_id` : null;
    const readable = historyReadableBy(viewer, state, 'r');
    const outside = institute ? "read the history of records outside your institute's state" : 'read audit trails';
    if (holdsForNone(readable)) throw forbidden(outside);
    // The evaluator and the platform admin read any record's, even one whose row is gone.
    if (institute && table) {
      const params: unknown[] = [recordId];
      const rows = await ctx.manager.query(
        `SELECT 1 FROM ${table} r WHERE r.id = $1 AND ${bind(readable, params)}`,
        params,
      );
      if (!rows.length) throw forbidden(outside);
    }
    return events.map((event) => ({ ...event, changes: changedFields(event.before, event.after) }));
  }

  @Query(() => AuditEntryConnection, {
    description:
      'What staff changed, newest first, from the audit trail: an institute admin sees the records of its state, the evaluator and the platform admin every record; FORBIDDEN for other roles. ' +
      "With recordId, that record's writes and those of the records under it (a commitment's milestones, requests and deliveries).",
  })
  async activity(
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Arg('entity', () => String, {
      nullable: true,
      description: 'Only writes to records of this kind, e.g. "Milestone".',
    })
    entity: string | null,
    @Arg('recordId', () => ID, {
      nullable: true,
      description: 'Only writes to this record and to the records under it.',
    })
    recordId: string | null,
    @Ctx() ctx: Context,
  ) {
    const params: unknown[] = [];
    const conditions = [auditScope(ctx.manager, ctx.viewer, params)];
    if (entity != null) {
      if (!ctx.manager.connection.entityMetadatas.some((m) => m.name === entity))
        throw badInput('entity', 'is not a kind of record');
      params.push(entity);
      conditions.push(`a.entity = $${params.length}`);
    }
    if (recordId != null) {
      params.push(assertUuid(recordId, 'recordId'));
      const kind = await kindOf(ctx.manager, recordId);
      conditions.push(
        kind ? aboutRecord(ctx.manager, kind.tableName, params) : `a.record_id = $${params.length}::uuid`,
      );
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await ctx.manager.query(
      `SELECT count(*)::int AS total FROM audit_event a WHERE ${where}`,
      params,
    );
    const window = pageWindow(page);
    const offset = window.fromEnd !== undefined ? Math.max(window.offset, total - window.fromEnd) : window.offset;
    const limit = window.fromEnd !== undefined ? total - offset : window.limit;
    const ids: { id: string }[] = await ctx.manager.query(
      `SELECT a.id FROM audit_event a WHERE ${where} ORDER BY a.id DESC LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    const events = ids.length
      ? await ctx.manager.find(AuditEvent, { where: { id: In(ids.map((row) => row.id)) }, order: { id: 'DESC' } })
      : [];
    const entries = events.map((event) => ({ ...event, changes: changedFields(event.before, event.after) }));
    return toConnection(entries, offset, total, window.before);
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
    return loadOptional(ctx.loaders, authorById, entry.accountId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation of the account that wrote.' })
  organization(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, entry.organizationId);
  }
}
