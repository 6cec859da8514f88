import { validate, type ValidationError } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { QueryFailedError, type EntityManager, type EntityMetadata, type ObjectLiteral } from 'typeorm';
import type { Context } from './context';
import { badInput, DomainError, ErrorCode, forbidden, InputProblem, notFound, unauthenticated } from './errors';
import { assertUuid } from './ids';
import { preparedQuery } from './prepared';
import { partialDateEnd, partialDateStart } from './partial-date';
import {
  belongTogether,
  bind,
  followedUpBy,
  holdsForNone,
  linkableBy,
  restorableBy,
  writableBy,
  type ScopeCondition,
} from './scope';
import type { Viewer } from './viewer';
import { AuditAction, writeAudit } from './audit-trail';

/** A set of links an input replaces as a whole, e.g. a commitment's responsible agencies. */
export interface LinkSet {
  /** The input field holding the linked ids, e.g. "responsibleAgencyIds". */
  field: string;
  /** The link table and its columns. */
  table: string;
  ownerColumn: string;
  targetColumn: string;
  /** Fixed values of other link columns, e.g. { role: 'RESPONSIBLE' }. */
  fixed?: Record<string, string>;
}

/** How one kind of record is written. Everything else (scope, versions, audit, errors) is shared. */
export interface WriteSpec<T extends ObjectLiteral> {
  entity: ClassType<T>;
  /** GraphQL type name, e.g. "Milestone". */
  name: string;
  /** Input fields a create must give. */
  required: string[];
  links?: LinkSet[];
  /** Pairs of partial-date fields that must be in order, e.g. ['startDate', 'endDate']. */
  intervals?: [string, string][];
  /** Half-open intervals ([start, end), memberships): the end must come after the start. */
  strictIntervals?: [string, string][];
  /**
   * For rows that record an act of the viewer on another record (a follower's review of a
   * milestone) rather than records kept within a write scope: created only. `fill` turns the
   * mutation's arguments into the row (who acts, what the record was), refusing bad ones by
   * their names; `by` says who may, on the row as written, in place of the write scope and the
   * reach of the records it names; `refused` says, for FORBIDDEN, what the viewer may not do:
   * `role` when `by` allows it no row at all, `row` when not this one.
   */
  act?: {
    fill: (
      viewer: StaffViewer,
      args: Record<string, unknown>,
      manager: EntityManager,
    ) => Promise<Record<string, unknown>>;
    by: (viewer: Viewer, a: string) => ScopeCondition;
    refused: { role: string; row: string };
  };
  /** Rules the database cannot state, checked on the merged row inside the transaction. */
  check?: (row: Record<string, unknown>, manager: EntityManager) => Promise<void>;
  /**
   * Rules of other records the write must not break (a done milestone losing its last evidence
   * document), checked inside the transaction once the row is changed or deleted: `before` is the
   * row as it was, `after` the merged row on update and null on delete.
   */
  keeps?: (
    before: Record<string, unknown>,
    after: Record<string, unknown> | null,
    manager: EntityManager,
  ) => Promise<void>;
}

type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

function requireStaff(viewer: Viewer): asserts viewer is StaffViewer {
  if (viewer.kind !== 'staff') throw unauthenticated();
}

/** class-validator's constraint names, as the reasons clients translate. */
const CONSTRAINT_REASONS: Record<string, InputProblem> = {
  maxLength: InputProblem.TOO_LONG,
  minLength: InputProblem.TOO_SHORT,
  min: InputProblem.TOO_SMALL,
  isPositive: InputProblem.TOO_SMALL,
  max: InputProblem.TOO_LARGE,
  isInt: InputProblem.NOT_INTEGER,
  isUrl: InputProblem.INVALID_URL,
  isEmail: InputProblem.INVALID_EMAIL,
  matches: InputProblem.INVALID_FORMAT,
  isNotEmpty: InputProblem.REQUIRED,
};

/** class-validator on the input; the first problem becomes the error, all of them go in `extensions.problems`. */
async function validateInput(input: object): Promise<void> {
  const errors = await validate(input, { skipMissingProperties: true, forbidUnknownValues: false });
  if (!errors.length) return;
  const problems: { field: string; reason: InputProblem; message: string }[] = [];
  const collect = (list: ValidationError[], prefix: string) => {
    for (const error of list) {
      const field = `${prefix}.${error.property}`;
      for (const [constraint, message] of Object.entries(error.constraints ?? {}))
        problems.push({ field, reason: CONSTRAINT_REASONS[constraint] ?? InputProblem.INVALID, message });
      collect(error.children ?? [], field);
    }
  };
  collect(errors, 'input');
  const [first] = problems;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, `${first.field}: ${first.message}`, first.field, {
    reason: first.reason,
    problems,
  });
}

function checkIntervals(
  spec: Pick<WriteSpec<ObjectLiteral>, 'intervals' | 'strictIntervals'>,
  row: Record<string, unknown>,
) {
  for (const [start, end] of spec.intervals ?? []) {
    const [from, to] = [row[start], row[end]] as (string | null | undefined)[];
    if (from && to && partialDateEnd(to) < partialDateStart(from))
      throw badInput(`input.${end}`, `(${to}) comes before ${start} (${from})`, InputProblem.DATE_ORDER);
  }
  for (const [start, end] of spec.strictIntervals ?? []) {
    const [from, to] = [row[start], row[end]] as (string | null | undefined)[];
    if (from && to && partialDateStart(to) <= partialDateStart(from))
      throw badInput(`input.${end}`, `(${to}) must come after ${start} (${from})`, InputProblem.DATE_ORDER);
  }
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The relations whose foreign key the entity's table holds: many-to-one, and one-to-one on the owning side. */
const referencesOf = (metadata: EntityMetadata) =>
  metadata.relations.filter((relation) => relation.joinColumns.length > 0 && !relation.isManyToMany);

/** A record a row names: a foreign-key column (`commitmentId`) or a link set (`commitmentIds`). */
interface NamedRecord {
  field: string;
  target: EntityMetadata;
  /** SQL listing the ids the row (aliased `written`) names. */
  ids: string;
}

/** Turns what PostgreSQL refused into an error that names the field, never the SQL. */
function translateDatabaseError(error: unknown, metadata: EntityMetadata): never {
  if (!(error instanceof QueryFailedError)) throw error;
  const driverError = error.driverError as { code?: string; detail?: string; constraint?: string; column?: string };
  const columns = /Key \(([^)]+)\)/.exec(driverError.detail ?? '')?.[1]?.split(', ') ?? [];
  const field = (column: string | undefined) => `input.${camel(column ?? 'id')}`;
  switch (driverError.code) {
    case '23505':
      throw badInput(
        field(columns.at(-1)),
        `is already used: another ${metadata.name} has the same ${columns.map(camel).join(', ')}`,
        InputProblem.ALREADY_USED,
      );
    case '23503':
      throw badInput(
        field(columns[0]),
        `points at a record that does not exist (or is still referenced: ${driverError.constraint})`,
        InputProblem.UNKNOWN_REFERENCE,
      );
    case '23P01':
      throw badInput(
        'input.startDate',
        `overlaps another ${metadata.name} of the same ${camel(columns[0] ?? 'record')}: two holders of one seat cannot overlap`,
        InputProblem.OVERLAP,
      );
    case '23514':
      throw badInput(
        `input.${camel(driverError.constraint?.replace(`${metadata.tableName}_`, '') ?? 'value')}`,
        `breaks the rule ${driverError.constraint}`,
      );
    case '23502':
      throw badInput(field(driverError.column), 'is required', InputProblem.REQUIRED);
    default:
      if (driverError.code?.startsWith('22'))
        throw badInput('input', 'has a value out of range for its field', InputProblem.TOO_LARGE);
      throw error;
  }
}

/** Where a snapshot keeps the record it was taken of (not one of its audited fields). */
const RECORD = Symbol('record');

/** A write's audit row: held in the context's batch when it has one (an import), else inserted now; in the write's transaction either way. */
async function audit(
  ctx: Context,
  manager: EntityManager,
  action: AuditAction,
  entity: string,
  id: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  if (ctx.audit) ctx.audit.add(ctx.viewer, ctx.requestId, action, entity, id, before, after);
  else await writeAudit(manager, ctx.viewer, ctx.requestId, action, entity, id, before, after);
}

/** Writes of one kind; rows without a version (acts: reviews) are only created. */
export class RecordWriter<T extends ObjectLiteral & { id: string; version?: number }> {
  constructor(private readonly spec: WriteSpec<T>) {}

  private metadata(manager: EntityManager) {
    return manager.connection.getMetadata(this.spec.entity);
  }

  /** The record's columns and links, as the audit trail keeps them, and the record itself (what the write answers). */
  private async snapshot(manager: EntityManager, id: string): Promise<Record<string, unknown> & { [RECORD]: T }> {
    const row = await manager.findOneByOrFail(this.spec.entity, { id } as never);
    const snapshot: Record<string, unknown> = { ...row };
    for (const link of this.spec.links ?? []) {
      const rows: { target: string }[] = await manager.query(
        `SELECT ${link.targetColumn} AS target FROM ${link.table} WHERE ${link.ownerColumn} = $1 ${Object.keys(
          link.fixed ?? {},
        )
          .map((c, i) => `AND ${c} = $${i + 2}`)
          .join(' ')} ORDER BY 1`,
        [id, ...Object.values(link.fixed ?? {})],
      );
      snapshot[link.field] = rows.map((r) => r.target);
    }
    return Object.defineProperty(snapshot, RECORD, { value: row, enumerable: false }) as Record<string, unknown> & {
      [RECORD]: T;
    };
  }

  /** Splits an input into columns and link sets, checking link ids are ids. */
  private split(input: object) {
    const columns: Record<string, unknown> = {};
    const links = new Map<LinkSet, string[]>();
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      const link = this.spec.links?.find((l) => l.field === key);
      if (link) {
        const ids = [...new Set((value as string[] | null) ?? [])];
        ids.forEach((id, i) => assertUuid(id, `input.${key}[${i}]`));
        links.set(link, ids);
      } else columns[key] = value;
    }
    for (const key of Object.keys(columns)) {
      if (key.endsWith('Id') && typeof columns[key] === 'string') assertUuid(columns[key] as string, `input.${key}`);
    }
    return { columns, links };
  }

  /** Sets the row's link sets to `links`: one DELETE (none for a new row, which has no links yet) and one INSERT each. */
  private async replaceLinks(manager: EntityManager, id: string, links: Map<LinkSet, string[]>, created = false) {
    for (const [link, ids] of links) {
      const fixed = Object.entries(link.fixed ?? {});
      if (!created)
        await manager.query(
          `DELETE FROM ${link.table} WHERE ${link.ownerColumn} = $1 ${fixed.map(([c], i) => `AND ${c} = $${i + 2}`).join(' ')}`,
          [id, ...fixed.map(([, v]) => v)],
        );
      if (!ids.length) continue;
      const columns = [link.ownerColumn, link.targetColumn, ...fixed.map(([c]) => c)];
      const params: unknown[] = [];
      const rows = ids.map((target) => {
        const values = [id, target, ...fixed.map(([, v]) => v)];
        params.push(...values);
        return `(${values.map((_v, i) => `$${params.length - values.length + i + 1}`).join(', ')})`;
      });
      await manager.query(`INSERT INTO ${link.table} (${columns.join(', ')}) VALUES ${rows.join(', ')}`, params);
    }
  }

  /** Whether `condition` holds for the row as it now stands in the transaction. */
  private async holds(manager: EntityManager, condition: ScopeCondition, id: string): Promise<boolean> {
    const table = this.metadata(manager).tableName;
    const params: unknown[] = [id];
    const sql = bind(condition, params);
    const [{ allowed }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM ${table} a WHERE a.id = $1 AND ${sql}) AS allowed`,
      params,
    );
    return allowed as boolean;
  }

  /** Refuses (FORBIDDEN) unless the row, as it now stands in the transaction, is in the viewer's scope. */
  private async assertWritable(manager: EntityManager, viewer: Viewer, id: string, action: string) {
    if (!(await this.holds(manager, writableBy(viewer, this.metadata(manager).tableName, 'a'), id)))
      throw forbidden(`${action} this ${this.spec.name}`);
  }

  /** Refuses (FORBIDDEN) an act the viewer may not do: on no row at all, or not on this one. */
  private async assertActedBy(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    act: NonNullable<WriteSpec<T>['act']>,
  ) {
    const allowed = act.by(viewer, 'a');
    if (holdsForNone(allowed)) throw forbidden(act.refused.role);
    if (!(await this.holds(manager, allowed, id))) throw forbidden(act.refused.row);
  }

  /** Every record the row names: its foreign keys and its link sets. */
  private namedRecords(manager: EntityManager): NamedRecord[] {
    const metadata = this.metadata(manager);
    const named: NamedRecord[] = referencesOf(metadata).map((relation) => {
      const column = relation.joinColumns[0].databaseName;
      return { field: camel(column), target: relation.inverseEntityMetadata, ids: `SELECT written.${column}` };
    });
    for (const link of this.spec.links ?? []) {
      const linkMetadata = manager.connection.entityMetadatas.find((m) => m.tableName === link.table);
      const target = (linkMetadata ? referencesOf(linkMetadata) : []).find(
        (r) => r.joinColumns[0].databaseName === link.targetColumn,
      )?.inverseEntityMetadata;
      if (!target) throw new Error(`link set ${link.field}: ${link.table}.${link.targetColumn} references no entity`);
      const fixed = Object.entries(link.fixed ?? {})
        .map(([c, v]) => ` AND link.${c} = '${v}'`)
        .join('');
      named.push({
        field: link.field,
        target,
        ids: `SELECT link.${link.targetColumn} FROM ${link.table} link WHERE link.${link.ownerColumn} = written.id${fixed}`,
      });
    }
    return named;
  }

  /**
   * Refuses a row whose named records are outside the viewer's reach (FORBIDDEN), deleted, or of
   * another exercise or state than the row (BAD_USER_INPUT, naming the field). Reach and
   * deletion are checked for the fields `fields` names (all of them on create); belonging
   * together for every record the row names, as it stands after the write. Then, given `action`,
   * refuses (FORBIDDEN) unless the row as it now stands is in the viewer's scope (assertWritable),
   * in the same statement.
   */
  private async assertNamedRecords(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    fields: Set<string> | 'all',
    action: string | null,
  ) {
    const table = this.metadata(manager).tableName;
    const params: unknown[] = [id];
    const parts = this.namedRecords(manager).map(({ field, target, ids }) => {
      const checked = fields === 'all' || fields.has(field);
      const alive = checked && target.findColumnWithPropertyName('deletedAt') ? 'named.deleted_at IS NULL' : 'TRUE';
      const linkable = checked ? bind(linkableBy(viewer, target.tableName, 'named'), params) : 'TRUE';
      return `SELECT '${field}' AS field, '${target.name}' AS target, (${linkable}) AS linkable, (${alive}) AS alive, (${belongTogether(table, 'written', target.tableName, 'named')}) AS together
        FROM ${table} written JOIN ${target.tableName} named ON named.id IN (${ids}) WHERE written.id = $1`;
    });
    if (!parts.length && !action) return;
    const wrongSql = parts.length
      ? `(SELECT row_to_json(x) FROM (${parts.join(' UNION ALL ')}) x WHERE NOT (linkable AND alive AND together) ORDER BY linkable, alive, together LIMIT 1)`
      : 'NULL::json';
    const allowedSql = action
      ? `EXISTS (SELECT 1 FROM ${table} a WHERE a.id = $1 AND ${bind(writableBy(viewer, table, 'a'), params)})`
      : 'TRUE';
    const [{ wrong, allowed }]: {
      wrong: { field: string; target: string; linkable: boolean; alive: boolean; together: boolean } | null;
      allowed: boolean;
    }[] = await preparedQuery(manager, `SELECT ${wrongSql} AS wrong, ${allowedSql} AS allowed`, params);
    if (wrong) {
      const field = `input.${wrong.field}`;
      if (!wrong.linkable)
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          `Your account may not name this ${wrong.target} in ${field}: it is outside your scope`,
          field,
        );
      if (!wrong.alive) throw badInput(field, `points at a deleted ${wrong.target}`);
      throw badInput(
        field,
        `points at a ${wrong.target} of another exercise or state: a ${this.spec.name} and the records it names belong to the same one`,
      );
    }
    if (!allowed) throw forbidden(`${action} this ${this.spec.name}`);
  }

  /** null when the viewer may change the whole row; the fields it follows up (scope.ts followedUpBy) when only those; else FORBIDDEN. */
  private async fieldsFollowedUp(manager: EntityManager, viewer: Viewer, id: string): Promise<string[] | null> {
    const table = this.metadata(manager).tableName;
    if (await this.holds(manager, writableBy(viewer, table, 'a'), id)) return null;
    const followUp = followedUpBy(viewer, table, 'a');
    if (followUp && (await this.holds(manager, followUp.rows, id))) return followUp.fields;
    throw forbidden(`change this ${this.spec.name}`);
  }

  private async lock(manager: EntityManager, id: string, deleted: boolean): Promise<T> {
    const row = await manager
      .createQueryBuilder(this.spec.entity, 'r')
      .where('r.id = :id', { id: assertUuid(id, 'id') })
      .andWhere(deleted ? 'r.deletedAt IS NOT NULL' : 'r.deletedAt IS NULL')
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw notFound(deleted ? `deleted ${this.spec.name}` : this.spec.name, id);
    return row;
  }

  private checkVersion(row: T, version: number) {
    if (row.version !== version) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `This ${this.spec.name} changed since version ${version} (it is now at version ${row.version}): reload it and apply your change again`,
        'version',
        {
          currentVersion: row.version,
        },
      );
    }
  }

  private async inTransaction<R>(ctx: Context, work: (manager: EntityManager) => Promise<R>): Promise<R> {
    const metadata = this.metadata(ctx.manager);
    try {
      return ctx.savepoints === false ? await work(ctx.manager) : await ctx.manager.transaction(work);
    } catch (error) {
      translateDatabaseError(error, metadata);
    }
  }

  async create(ctx: Context, input: object): Promise<T> {
    requireStaff(ctx.viewer);
    const { viewer } = ctx;
    const act = this.spec.act;
    // An act's input is its mutation's arguments: `fill` checks them, naming them as sent.
    const { columns, links } = act ? { columns: {}, links: new Map<LinkSet, string[]>() } : await this.prepare(input);
    return this.inTransaction(ctx, async (manager) => {
      const row = act ? await act.fill(viewer, { ...input }, manager) : columns;
      await this.spec.check?.(row, manager);
      const { identifiers } = await manager.insert(this.spec.entity, row as never);
      const id = identifiers[0].id as string;
      await this.replaceLinks(manager, id, links, true);
      if (act) await this.assertActedBy(manager, viewer, id, act);
      else await this.assertNamedRecords(manager, viewer, id, 'all', 'create');
      const after = await this.snapshot(manager, id);
      await audit(ctx, manager, AuditAction.CREATE, this.spec.name, id, null, after);
      return after[RECORD];
    });
  }

  /** A create's input, validated, as columns and link sets. */
  private async prepare(input: object) {
    await validateInput(input);
    const { columns, links } = this.split(input);
    for (const field of this.spec.required) {
      if (columns[field] == null && !links.has(this.spec.links?.find((l) => l.field === field) as LinkSet))
        throw badInput(`input.${field}`, 'is required', InputProblem.REQUIRED);
    }
    checkIntervals(this.spec, columns);
    return { columns, links };
  }

  async update(ctx: Context, id: string, version: number, input: object): Promise<T> {
    requireStaff(ctx.viewer);
    await validateInput(input);
    const { columns, links } = this.split(input);
    return this.inTransaction(ctx, async (manager) => {
      const current = await this.lock(manager, id, false);
      const limited = await this.fieldsFollowedUp(manager, ctx.viewer, current.id);
      this.checkVersion(current, version);
      const named = [...Object.keys(columns), ...[...links.keys()].map((l) => l.field)];
      const outside = limited ? named.filter((field) => !limited.includes(field)) : [];
      if (outside.length)
        throw forbidden(`change ${outside.join(', ')} of this ${this.spec.name} (only ${limited?.join(', ')})`);
      const merged: Record<string, unknown> = { ...current, ...columns };
      for (const field of this.spec.required)
        if (merged[field] == null && field in columns)
          throw badInput(`input.${field}`, 'cannot be emptied', InputProblem.REQUIRED);
      checkIntervals(this.spec, merged);
      await this.spec.check?.(merged, manager);
      const before = await this.snapshot(manager, current.id);
      const { affected } = await manager
        .createQueryBuilder()
        .update(this.spec.entity)
        .set({ ...columns, version: () => 'version + 1' } as never)
        .where('id = :id AND version = :version', { id: current.id, version })
        .execute();
      if (affected !== 1)
        this.checkVersion(await manager.findOneByOrFail(this.spec.entity, { id: current.id } as never), version);
      await this.replaceLinks(manager, current.id, links);
      await this.spec.keeps?.(current, merged, manager);
      await this.assertNamedRecords(manager, ctx.viewer, current.id, new Set(named), limited ? null : 'move');
      const after = await this.snapshot(manager, current.id);
      await audit(ctx, manager, AuditAction.UPDATE, this.spec.name, current.id, before, after);
      return after[RECORD];
    });
  }

  /** Records that still point at the row (deleted ones aside), except the row's own link sets. */
  private async references(manager: EntityManager, id: string): Promise<string[]> {
    const target = this.metadata(manager);
    const owned = new Set((this.spec.links ?? []).map((l) => `${l.table}.${l.ownerColumn}`));
    const found: string[] = [];
    for (const metadata of manager.connection.entityMetadatas) {
      for (const relation of referencesOf(metadata)) {
        if (relation.inverseEntityMetadata.tableName !== target.tableName) continue;
        const column = relation.joinColumns[0]?.databaseName;
        if (!column || owned.has(`${metadata.tableName}.${column}`)) continue;
        const alive = metadata.findColumnWithPropertyName('deletedAt') ? 'AND deleted_at IS NULL' : '';
        const [{ n }] = await manager.query(
          `SELECT count(*)::int AS n FROM ${metadata.tableName} WHERE ${column} = $1 ${alive}`,
          [id],
        );
        if (n > 0) found.push(`${n} ${metadata.name} (${camel(column)})`);
      }
    }
    return found;
  }

  async delete(ctx: Context, id: string, version: number): Promise<T> {
    requireStaff(ctx.viewer);
    return this.inTransaction(ctx, async (manager) => {
      const current = await this.lock(manager, id, false);
      await this.assertWritable(manager, ctx.viewer, current.id, 'delete');
      this.checkVersion(current, version);
      const references = await this.references(manager, current.id);
      if (references.length) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `This ${this.spec.name} cannot be deleted: ${references.join(', ')} still point at it`,
          'id',
          { references },
        );
      }
      const before = await this.snapshot(manager, current.id);
      await manager
        .createQueryBuilder()
        .update(this.spec.entity)
        .set({ deletedAt: () => 'now()', version: () => 'version + 1' } as never)
        .where('id = :id', { id: current.id })
        .execute();
      await this.spec.keeps?.(current, null, manager);
      await audit(ctx, manager, AuditAction.DELETE, this.spec.name, current.id, before, null);
      return manager.findOneByOrFail(this.spec.entity, { id: current.id } as never);
    });
  }

  /** A record comes back only under live records: CONFLICT, naming the field, while one it names is deleted. */
  private async assertParentsAlive(manager: EntityManager, id: string) {
    const table = this.metadata(manager).tableName;
    const parts = this.namedRecords(manager)
      .filter(({ target }) => target.findColumnWithPropertyName('deletedAt'))
      .map(
        ({ field, target, ids }) =>
          `SELECT '${field}' AS field, '${target.name}' AS target FROM ${table} written JOIN ${target.tableName} named ON named.id IN (${ids}) WHERE written.id = $1 AND named.deleted_at IS NOT NULL`,
      );
    if (!parts.length) return;
    const [deleted]: { field: string; target: string }[] = await manager.query(`${parts.join(' UNION ALL ')} LIMIT 1`, [
      id,
    ]);
    if (deleted) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `This ${this.spec.name} cannot be restored while the ${deleted.target} it names in ${deleted.field} is deleted: restore that first`,
        'id',
        {
          reason: 'PARENT_DELETED',
          parentField: deleted.field,
        },
      );
    }
  }

  /** Brings back a deleted record: the institute (for its state) and the platform admin only. */
  async restore(ctx: Context, id: string): Promise<T> {
    requireStaff(ctx.viewer);
    const restorable = restorableBy(ctx.viewer, this.metadata(ctx.manager).tableName, 'a');
    if (holdsForNone(restorable)) throw forbidden(`restore a ${this.spec.name}`);
    return this.inTransaction(ctx, async (manager) => {
      const current = await this.lock(manager, id, true);
      if (!(await this.holds(manager, restorable, current.id))) throw forbidden(`restore this ${this.spec.name}`);
      await this.assertParentsAlive(manager, current.id);
      await manager
        .createQueryBuilder()
        .update(this.spec.entity)
        .set({ deletedAt: null, version: () => 'version + 1' } as never)
        .where('id = :id', { id: current.id })
        .execute();
      const after = await this.snapshot(manager, current.id);
      await audit(ctx, manager, AuditAction.RESTORE, this.spec.name, current.id, null, after);
      return after[RECORD];
    });
  }
}
