import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { badInput, forbidden, unauthenticated } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { ConnectionType, PaginationArgs, pageWindow, toConnection } from '../../common/pagination';
import { kindOfTable } from '../../common/record-kind';
import { bind, holdsForNone, readableBy, restorableBy, writableBy } from '../../common/scope';
import { authorById } from '../account/account.loaders';
import { StaffAccount } from '../account/staff-account.entity';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { labelSql, shownKinds } from './record-label';

@ObjectType({ description: 'A deleted record its viewer may restore, with who deleted it and when.' })
export class DeletedRecord {
  accountId: string | null;
  organizationId: string | null;

  @Field({ description: 'Kind of record, e.g. "Commitment" (its restore mutation is `restore<Kind>`).' })
  entity: string;

  @Field(() => ID, { description: 'The record.' })
  recordId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the record is called (its title or name), as it was when deleted.',
  })
  label: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was deleted.' })
  deletedAt: Date;
}

@ObjectType({ description: 'What a record is called, for people reading an id (in a history, in a link).' })
export class RecordLabel {
  @Field(() => ID, { description: 'The record.' })
  id: string;

  @Field({ description: 'Kind of record, e.g. "Organization".' })
  entity: string;

  @Field(() => String, { nullable: true, description: 'Its title or name; null for kinds that have none.' })
  label: string | null;

  @Field({ description: 'Whether it is deleted (restorable by the institute).' })
  deleted: boolean;
}

const DeletedRecordConnection = ConnectionType(DeletedRecord, 'DeletedRecord');

/** Ids a single recordLabels call may ask for (a history page names fewer). */
export const MAX_LABEL_IDS = 200;

@Resolver(() => DeletedRecord)
export class TrashResolver {
  @Query(() => DeletedRecordConnection, {
    description:
      'Deleted records the viewer may restore, newest deletion first: institute admins those of their state, platform admins all. ' +
      'FORBIDDEN for other roles. Restoring is `restore<Kind>(id)`; CONFLICT while a record it names is deleted.',
  })
  async deletedRecords(
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Arg('entity', () => String, { nullable: true, description: 'Only records of this kind, e.g. "Commitment".' })
    entity: string | null,
    @Ctx() ctx: Context,
  ) {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'staff') throw unauthenticated();
    const kinds = shownKinds(ctx.manager).filter(
      (m) => kindOfTable(m.tableName).scope && m.findColumnWithPropertyName('deletedAt'),
    );
    if (kinds.every((m) => holdsForNone(restorableBy(viewer, m.tableName, 'r'))))
      throw forbidden('see deleted records');
    const chosen = entity == null ? kinds : kinds.filter((m) => m.name === entity);
    if (!chosen.length)
      throw badInput('entity', `is not a kind of record that can be deleted (${kinds.map((m) => m.name).join(', ')})`);
    const params: unknown[] = [];
    const deleted = chosen
      .map(
        (m) => `SELECT '${m.name}' AS entity, r.id AS record_id, r.deleted_at, ${labelSql(m, 'r') ?? 'NULL'} AS label
        FROM ${m.tableName} r WHERE r.deleted_at IS NOT NULL AND ${bind(restorableBy(viewer, m.tableName, 'r'), params)}`,
      )
      .join(' UNION ALL ');
    const [{ total }] = await ctx.manager.query(`SELECT count(*)::int AS total FROM (${deleted}) x`, params);
    const window = pageWindow(page);
    const offset = window.fromEnd !== undefined ? Math.max(window.offset, total - window.fromEnd) : window.offset;
    const limit = window.fromEnd !== undefined ? total - offset : window.limit;
    const rows: {
      entity: string;
      record_id: string;
      deleted_at: Date;
      label: string | null;
      account_id: string | null;
      organization_id: string | null;
    }[] = await ctx.manager.query(
      `SELECT x.*, d.account_id, d.organization_id FROM (${deleted}) x
         LEFT JOIN LATERAL (SELECT e.account_id, e.organization_id FROM audit_event e WHERE e.record_id = x.record_id AND e.action = 'DELETE' ORDER BY e.id DESC LIMIT 1) d ON TRUE
        ORDER BY x.deleted_at DESC, x.record_id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    const records: DeletedRecord[] = rows.map((row) => ({
      entity: row.entity,
      recordId: row.record_id,
      deletedAt: row.deleted_at,
      label: row.label,
      accountId: row.account_id,
      organizationId: row.organization_id,
    }));
    return toConnection(records, offset, total, window.before);
  }

  @Query(() => [RecordLabel], {
    description: `What the given records are called, for those the viewer may see (and, for who may restore them, deleted ones); ids it may not see are left out. At most ${MAX_LABEL_IDS} ids.`,
  })
  async recordLabels(
    @Arg('ids', () => [ID], { description: 'The records.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<RecordLabel[]> {
    if (ids.length > MAX_LABEL_IDS)
      throw badInput('ids', `must name at most ${MAX_LABEL_IDS} records; got ${ids.length}`);
    const wanted = [...new Set(ids.map((id, i) => assertUuid(id, `ids[${i}]`)))];
    if (!wanted.length) return [];
    const params: unknown[] = [wanted];
    const parts = shownKinds(ctx.manager).flatMap((m) => {
      const label = labelSql(m, 'r');
      if (!label) return [];
      const hasDeleted = !!m.findColumnWithPropertyName('deletedAt');
      const readable = bind(readableBy(ctx.viewer, m.tableName, 'r'), params);
      const restorable =
        hasDeleted && kindOfTable(m.tableName).scope
          ? ` OR (r.deleted_at IS NOT NULL AND ${bind(writableBy(ctx.viewer, m.tableName, 'r'), params)})`
          : '';
      return [
        `SELECT r.id, '${m.name}' AS entity, ${label} AS label, ${hasDeleted ? 'r.deleted_at IS NOT NULL' : 'FALSE'} AS deleted
        FROM ${m.tableName} r WHERE r.id = ANY($1::uuid[]) AND ((${readable})${restorable})`,
      ];
    });
    return ctx.manager.query(parts.join(' UNION ALL '), params);
  }

  @FieldResolver(() => StaffAccount, {
    nullable: true,
    description: 'The account that deleted it (when the audit trail says).',
  })
  account(@Root() record: DeletedRecord, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, authorById, record.accountId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation of the account that deleted it.',
  })
  organization(@Root() record: DeletedRecord, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, record.organizationId);
  }
}
