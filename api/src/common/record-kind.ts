import type { DataSource, EntityManager } from 'typeorm';

/**
 * A record kind declares, in its module folder (`<kind>.kind.ts`), everything the shared
 * mechanism needs to know about one table: how the public reaches it, which state and exercise
 * a row belongs to, the commitments it serves, who besides the institute writes it, how people
 * name a row, and which of its columns a read may leave out. Shared code (public-reach.ts,
 * scope.ts, prepared.ts, the audit trail) reads these declarations and names no table itself.
 *
 * Deny by default: a table without a declaration cannot be read by anyone (`kindOfTable` throws), and
 * `assertKindsDeclared` refuses to start the server while any TypeORM entity lacks one, or the
 * database's `data_change` triggers differ from what the declarations imply.
 */

/** A link to a parent the record is reached through: its foreign-key column and the parent's table. */
export interface ParentLink {
  column: string;
  table: string;
  /** The link may be empty (a seat held by a body whose person the source does not name): then it asks nothing. */
  optional?: boolean;
}

/** How the public reaches a row (see public-reach.ts). */
export interface Reach {
  /** Whether the row has its own publication state and soft-delete mark. */
  ownState: boolean;
  /** Every one of these parents must be public. */
  parents: ParentLink[];
  /** At least one of these parents must be public (an agreement is of a session or of an event). */
  anyOf?: ParentLink[];
  /** Never public (accounts, sessions, the audit trail itself). */
  never?: boolean;
}

/** A parent the record is reached through. */
export const via = (column: string, table: string): ParentLink => ({ column, table });
/** A parent that must be public when the record names one. */
export const viaIfAny = (column: string, table: string): ParentLink => ({ column, table, optional: true });

/** SQL over a row aliased `a`. */
export type RowSql = (a: string) => string;

/** What the declaration of every kind says. */
interface KindBase {
  /** The table, as TypeORM maps it (snake case). */
  table: string;
  /** The TypeORM entity (which is also the GraphQL type, for the kinds that have one). */
  entity: Function;
  /**
   * SQL naming a row for people where its name or title alone does not (a commitment's number and
   * title); without it the first naming column (name, title, label, …) does (audit/record-label.ts).
   */
  label?: RowSql;
  /**
   * Text columns that nothing reads but the GraphQL field of the same name: a loader leaves them
   * out of its SELECT when the operation asks for none of them on the kind's type (writes read
   * records through TypeORM, never through loaders). Every other column is always read.
   */
  optionalColumns?: string[];
}

/** A record with its own publication state, soft delete and version, kept by staff within their scope. */
interface RecordKindDeclaration extends KindBase {
  reach: { record: ParentLink[]; anyOf?: ParentLink[] };
  /** SQL for the id of the exercise a row belongs to; kinds outside any exercise (places, organisations) give `state`. */
  exercise?: RowSql;
  /** SQL for the id of the state a row belongs to; by default, the state of its exercise. */
  state?: RowSql;
  /** SQL listing the commitments a row serves: its responsible agencies and followers see its drafts. */
  commitments?: RowSql;
  /**
   * Who writes it besides the platform admin and the institute (within its state). The agency
   * editor: `'responsible'` for the rows of the commitments its organisation is responsible for,
   * or a condition of its own (`:viewerOrganizationId` is its organisation). The national
   * evaluator: `true` for every row, or a condition.
   */
  writers?: { agency?: 'responsible' | RowSql; evaluator?: true | RowSql };
  /**
   * Which of its rows an agency editor may name in the records it writes (as a parent or a link):
   * those it writes, when it writes some; else `'responsible'`, the rows of the commitments its
   * organisation is responsible for; `'readable'`, those it can see in its state; `'none'`. By
   * default an exercise's records are the institute's (`'none'`), others `'readable'`.
   */
  agencyNames?: 'responsible' | 'readable' | 'none';
  /**
   * Fields an agency editor may change on rows it does not write (it follows them up, it does not
   * rewrite them), and on which rows (`:viewerOrganizationId` is its organisation); within its
   * account's state, updates only.
   */
  followUp?: { fields: string[]; agency: RowSql };
  /** Who reviews its rows (confirms or disputes their reported status): the civil-society followers of their commitments. */
  reviews?: 'followers';
}

/** Rows without a publication state of their own (links, reviews): public exactly when every parent is. */
interface LinkKindDeclaration extends KindBase {
  reach: { through: ParentLink[] };
}

/** Reference rows (states, municipalities, source documents): always public; nobody writes them through the API. */
interface ReferenceKindDeclaration extends KindBase {
  reach: 'always';
  /** SQL for the id of the state a row belongs to, when it belongs to one. */
  state?: RowSql;
}

/** Never public (accounts, sign-in sessions, the audit trail): no change counter either. */
interface PrivateKindDeclaration extends KindBase {
  reach: 'never';
}

export type KindDeclaration =
  RecordKindDeclaration | LinkKindDeclaration | ReferenceKindDeclaration | PrivateKindDeclaration;

/** A declaration as the mechanism reads it. */
export interface RecordKind {
  readonly table: string;
  readonly entity: Function;
  readonly reach: Reach;
  /** Whether the table keeps a `data_change` counter: every table the public can read does (data-version.ts). */
  readonly dataChange: boolean;
  readonly exercise: RowSql | null;
  readonly state: RowSql | null;
  /** Only for kinds with their own publication state: staff scope applies to them. */
  readonly scope: {
    commitments: RowSql | null;
    writers: RecordKindDeclaration['writers'];
    agencyNames: 'written' | 'responsible' | 'readable' | 'none';
    followUp: RecordKindDeclaration['followUp'] | null;
    reviews: 'followers' | null;
  } | null;
  readonly label: RowSql | null;
  readonly optionalColumns: readonly string[];
}

const exerciseState = (exercise: string) => `(SELECT x.state_id FROM exercise x WHERE x.id = ${exercise})`;

/** Turns a kind's declaration into what the mechanism reads; throws when a part is missing. */
export function defineRecordKind(declaration: KindDeclaration): RecordKind {
  const { table, entity, label, optionalColumns = [] } = declaration;
  if (!table || typeof entity !== 'function')
    throw new Error(`Record kind ${table || '(no table)'}: a table and an entity are required`);
  const common = { table, entity, label: label ?? null, optionalColumns };
  if (declaration.reach === 'never')
    return {
      ...common,
      reach: { ownState: false, parents: [], never: true },
      dataChange: false,
      exercise: null,
      state: null,
      scope: null,
    };
  if (declaration.reach === 'always') {
    const { state } = declaration as ReferenceKindDeclaration;
    return {
      ...common,
      reach: { ownState: false, parents: [] },
      dataChange: true,
      exercise: null,
      state: state ?? null,
      scope: null,
    };
  }
  if ('through' in declaration.reach) {
    if (!declaration.reach.through.length)
      throw new Error(`Record kind ${table}: a link row is reached through at least one parent`);
    return {
      ...common,
      reach: { ownState: false, parents: declaration.reach.through },
      dataChange: true,
      exercise: null,
      state: null,
      scope: null,
    };
  }
  const { exercise, state, commitments, writers, agencyNames, followUp, reviews } =
    declaration as RecordKindDeclaration;
  if (!exercise && !state)
    throw new Error(
      `Record kind ${table}: a record declares the exercise or the state it belongs to (its write scope)`,
    );
  if ((writers?.agency || agencyNames === 'responsible') && !commitments)
    throw new Error(
      `Record kind ${table}: agencies write or name it by its commitments, so it declares the commitments it serves`,
    );
  if (reviews && !commitments)
    throw new Error(
      `Record kind ${table}: followers review it by its commitments, so it declares the commitments it serves`,
    );
  if (writers?.agency && agencyNames)
    throw new Error(
      `Record kind ${table}: agencies name the rows they write; agencyNames is for kinds they do not write`,
    );
  return {
    ...common,
    reach: { ownState: true, parents: declaration.reach.record, anyOf: declaration.reach.anyOf },
    dataChange: true,
    exercise: exercise ?? null,
    state: state ?? (exercise ? (a) => exerciseState(exercise(a)) : null),
    scope: {
      commitments: commitments ?? null,
      writers,
      agencyNames: writers?.agency ? 'written' : (agencyNames ?? (exercise ? 'none' : 'readable')),
      followUp: followUp ?? null,
      reviews: reviews ?? null,
    },
  };
}

/** SQL for the exercise of the `table` row a row's `column` names: `exercise: exerciseVia('commitment_id', 'commitment')`. */
export const exerciseVia =
  (column: string, table: string): RowSql =>
  (a) => {
    const parent = kindOfTable(table).exercise;
    if (!parent) throw new Error(`Record kind ${table} belongs to no exercise`);
    const p = `${a}_${table}`;
    return `(SELECT ${parent(p)} FROM "${table}" ${p} WHERE ${p}.id = ${a}.${column})`;
  };

const registry = new Map<string, RecordKind>();

/** Makes `kinds` known to the mechanism (db/entities.ts, once: the same list TypeORM maps). */
export function registerKinds<K extends readonly RecordKind[]>(kinds: K): K {
  for (const kind of kinds) {
    const known = registry.get(kind.table);
    if (known && known !== kind) throw new Error(`Record kind ${kind.table} is declared twice`);
    registry.set(kind.table, kind);
  }
  return kinds;
}

/** The declaration of `table`; throws for a table nobody declared, so it can be read by nobody. */
export function kindOfTable(table: string): RecordKind {
  const kind = registry.get(table);
  if (!kind)
    throw new Error(
      `Table "${table}" has no record-kind declaration (<module>/<kind>.kind.ts, listed in api/src/db/entities.ts): it cannot be read until it has one`,
    );
  return kind;
}

/** Every declared kind. */
export const declaredKinds = (): RecordKind[] => [...registry.values()];

/** The tables that carry a `data_change` trigger in the database. */
async function tablesWithTrigger(manager: EntityManager): Promise<Set<string>> {
  const rows: { table_name: string }[] = await manager.query(
    `SELECT c.relname AS table_name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
     WHERE NOT t.tgisinternal AND p.proname = 'note_data_change' AND c.relnamespace = 'public'::regnamespace`,
  );
  return new Set(rows.map((row) => row.table_name));
}

/**
 * Everything the declarations and the code must agree on: each entity TypeORM maps has its
 * kind (same table), each parent and optional column named exists, and the tables with a
 * `data_change` trigger are exactly those the declarations say. The list of problems, empty when
 * all is well.
 */
export async function kindProblems(
  dataSource: DataSource,
  options: { kinds?: readonly RecordKind[]; manager?: EntityManager } = {},
): Promise<string[]> {
  const problems: string[] = [];
  const declared = new Map((options.kinds ?? declaredKinds()).map((kind) => [kind.table, kind]));
  const mapped = new Map(dataSource.entityMetadatas.map((metadata) => [metadata.tableName, metadata]));
  for (const metadata of dataSource.entityMetadatas) {
    const kind = declared.get(metadata.tableName);
    if (!kind) problems.push(`${metadata.name} (${metadata.tableName}) has no record-kind declaration`);
    else if (kind.entity !== metadata.target)
      problems.push(`${metadata.tableName} is declared with another entity than ${metadata.name}`);
  }
  for (const kind of declared.values()) {
    const metadata = mapped.get(kind.table);
    if (!metadata) {
      problems.push(`record kind ${kind.table} is not mapped by TypeORM (api/src/db/entities.ts)`);
      continue;
    }
    for (const link of [...kind.reach.parents, ...(kind.reach.anyOf ?? [])]) {
      if (!metadata.findColumnWithDatabaseName(link.column))
        problems.push(`${kind.table}: parent column ${link.column} does not exist`);
      if (!declared.has(link.table))
        problems.push(`${kind.table}: parent ${link.table} has no record-kind declaration`);
    }
    for (const property of kind.optionalColumns) {
      if (!metadata.findColumnWithPropertyName(property))
        problems.push(`${kind.table}: optional column ${property} does not exist`);
    }
    if (
      kind.reach.ownState &&
      !(metadata.findColumnWithPropertyName('publication') && metadata.findColumnWithPropertyName('deletedAt'))
    ) {
      problems.push(`${kind.table}: declared a record, but has no publication state and soft-delete mark`);
    }
  }
  const triggered = await tablesWithTrigger(options.manager ?? dataSource.manager);
  for (const kind of declared.values()) {
    if (kind.dataChange && !triggered.has(kind.table))
      problems.push(
        `${kind.table} can be read by the public but has no data_change trigger (a migration must create it): cached answers would go stale`,
      );
    if (!kind.dataChange && triggered.has(kind.table))
      problems.push(`${kind.table} is never public but has a data_change trigger`);
  }
  return problems;
}

/** Refuses to start while any kind is missing or incomplete (see kindProblems). */
export async function assertKindsDeclared(dataSource: DataSource, manager?: EntityManager): Promise<void> {
  const problems = await kindProblems(dataSource, { manager });
  if (problems.length) throw new Error(`Record kinds incomplete, refusing to start:\n- ${problems.join('\n- ')}`);
}
