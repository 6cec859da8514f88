import { createHash } from 'node:crypto';
import pg, { types as pgTypes, type CustomTypesConfig, type Pool, type PoolClient, type QueryResult } from 'pg';
import {
  QueryRunnerAlreadyReleasedError,
  type EntityManager,
  type EntityMetadata,
  type EntityTarget,
  type QueryRunner,
} from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { statementOrigin } from '../db/sql-counter';
import { kindOfTable } from './record-kind';
import type { ScopeCondition } from './scope';

/**
 * A statement sent as a named prepared statement: PostgreSQL parses and plans each text once per
 * connection instead of at every run (for the checks every write runs, planning costs several
 * times the running, record-writer.ts). The statement still goes through the data source's
 * logger, so it is counted in the request's SQL statements and printed with LOG_SQL=1.
 *
 * Outside a transaction, reads are pipelined (below). Inside one (a manager with its own query
 * runner), the statement runs on the transaction's connection, which keeps its prepared statements
 * as any other, after the statements queued before it.
 */
export async function preparedQuery<R = Record<string, unknown>>(
  manager: EntityManager,
  text: string,
  values: unknown[],
  rowMode?: 'array',
): Promise<R[]> {
  const runner = manager.queryRunner;
  if (runner) {
    return inTurn(runner, () => {
      if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
      return logged(manager, text, values, async () => {
        const client = (await runner.connect()) as PoolClient;
        const query = { name: statementName(text), text, values, types: READ_TYPES };
        const result = rowMode ? await client.query({ ...query, rowMode }) : await client.query(query);
        return result.rows as R[];
      });
    });
  }
  const pool = (manager.connection.driver as PostgresDriver).master as Pool;
  let pipeline = pipelines.get(pool);
  if (!pipeline) {
    pipeline = new Pipeline(pool);
    pipelines.set(pool, pipeline);
  }
  return logged(
    manager,
    text,
    values,
    async () => (await pipeline.query(statementName(text), text, values, rowMode)) as R[],
  );
}

/** Runs a statement through the data source's logger: counted, printed with LOG_SQL=1, its error logged. */
async function logged<R>(manager: EntityManager, text: string, values: unknown[], run: () => Promise<R>): Promise<R> {
  const { logger } = manager.connection;
  const origin = statementOrigin(manager);
  logger.logQuery(text, values, origin);
  try {
    return await run();
  } catch (error) {
    logger.logQueryError(error as Error, text, values, origin);
    throw error;
  }
}

/** Per transaction, the last prepared statement queued on its connection. */
const turns = new WeakMap<QueryRunner, Promise<unknown>>();

/**
 * Runs a transaction's prepared statements one after another. The loaders of one nesting level
 * ask together, and a connection answers one statement at a time whatever the client does:
 * handing pg a statement while another runs on the same client only queued it in pg (a
 * deprecated use, removed in pg 9), so queueing here costs nothing.
 */
function inTurn<R>(runner: QueryRunner, run: () => Promise<R>): Promise<R> {
  const next = (turns.get(runner) ?? Promise.resolve()).then(run, run);
  turns.set(
    runner,
    next.catch(() => undefined),
  );
  return next;
}

interface Pending {
  name: string;
  text: string;
  values: unknown[];
  rowMode: 'array' | undefined;
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

const pipelines = new WeakMap<Pool, Pipeline>();

/** Most statements written to one connection in one go; a larger batch is spread over several connections. */
const PIPELINE_DEPTH = 16;

/**
 * The read statements queued during one turn of the event loop, written to a connection together
 * (pg's pipeline mode: each statement keeps its own Sync, so one failing does not affect the
 * others) and answered together. Every loader that resolves in the same turn (all the relation
 * fields of one nesting level, of every request in flight) costs one round trip instead of one
 * each; their answers are delivered at once, so the next level's loads batch together as well.
 */
class Pipeline {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly pool: Pool) {}

  query(name: string, text: string, values: unknown[], rowMode: 'array' | undefined): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, text, values, rowMode, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /**
   * Sends the queued statements, at most PIPELINE_DEPTH per connection, and answers them all at
   * once when the last one is back: the loads they unblock then fall into the same turn, so how
   * many statements a request costs does not depend on how busy the server is.
   */
  private async flush(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.scheduled = false;
    const batches: Pending[][] = [];
    for (let start = 0; start < queue.length; start += PIPELINE_DEPTH)
      batches.push(queue.slice(start, start + PIPELINE_DEPTH));
    const outcomes = await Promise.all(batches.map((batch) => this.send(batch)));
    batches.forEach((batch, b) => {
      batch.forEach((pending, i) => {
        const outcome = outcomes[b][i];
        if (outcome.status === 'fulfilled') pending.resolve(outcome.value);
        else pending.reject(outcome.reason);
      });
    });
  }

  private async send(batch: Pending[]): Promise<PromiseSettledResult<unknown[]>[]> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      return batch.map(() => ({ status: 'rejected', reason: error }));
    }
    const settled = await sendPipelined(client, batch, this.pool);
    // A statement PostgreSQL refused carries its SQLSTATE; anything else means the connection broke: do not reuse it.
    const broken = settled.find(
      (outcome) => outcome.status === 'rejected' && !(outcome.reason as { code?: unknown })?.code,
    );
    client.release(broken?.status === 'rejected' ? (broken.reason as Error) : undefined);
    return settled;
  }
}

const TIMESTAMPTZ_OID = 1184;
const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/**
 * timestamptz as PostgreSQL writes it with DateStyle ISO (`2026-11-25 09:31:02.123456+00`, offset
 * `+05:30` or `-06`), read digit by digit (milliseconds kept, microseconds dropped, as pg's own
 * parser does); any other shape (BC, infinity, a five-digit year) goes to pg's parser.
 */
export function parseTimestamptz(value: string): Date {
  const n = value.length;
  if (n < 22 || value[4] !== '-' || value[7] !== '-' || value[10] !== ' ' || value[13] !== ':' || value[16] !== ':') {
    return pgTypes.getTypeParser(TIMESTAMPTZ_OID, 'text')(value) as Date;
  }
  let i = 19;
  let ms = 0;
  if (value[i] === '.') {
    i += 1;
    let scale = 100;
    while (i < n && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) {
      ms += digit(value, i) * scale;
      scale /= 10;
      i += 1;
    }
    ms = Math.floor(ms);
  }
  const sign = value[i] === '-' ? -1 : value[i] === '+' ? 1 : 0;
  const rest = n - i - 1;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  // Date.UTC reads years 0-99 as 1900-1999: leave those to pg's parser too.
  if (!sign || (rest !== 2 && rest !== 4 && rest !== 5) || year < 100)
    return pgTypes.getTypeParser(TIMESTAMPTZ_OID, 'text')(value) as Date;
  const offsetMinutes =
    (digit(value, i + 1) * 10 + digit(value, i + 2)) * 60 +
    (rest === 2 ? 0 : digit(value, n - 2) * 10 + digit(value, n - 1));
  const utc = Date.UTC(
    year,
    digit(value, 5) * 10 + digit(value, 6) - 1,
    digit(value, 8) * 10 + digit(value, 9),
    digit(value, 11) * 10 + digit(value, 12),
    digit(value, 14) * 10 + digit(value, 15),
    digit(value, 17) * 10 + digit(value, 18),
    ms,
  );
  return new Date(utc - sign * offsetMinutes * 60_000);
}

/** pg's type parsers, with the faster timestamptz parser above. */
const READ_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID && format !== 'binary'
      ? parseTimestamptz
      : pgTypes.getTypeParser(oid, format ?? 'text')) as CustomTypesConfig['getTypeParser'],
};

/** What a pg connection offers a submittable (the parts used here). */
interface PgConnection {
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
  parse(query: { text: string; name: string; types: unknown[] }): void;
  bind(config: {
    portal: string;
    statement: string;
    values: unknown[];
    valueMapper: (value: unknown) => unknown;
  }): void;
  describe(message: { type: 'P'; name: string }): void;
  execute(config: { portal: string; rows: number }): void;
  sync(): void;
}

type Parser = (value: string) => unknown;

/** Per pool and statement, the parsers of its result columns, learnt from its first RowDescription. */
const resultParsers = new WeakMap<Pool, Map<string, Parser[]>>();

// pg's own conversion of parameter values (arrays, dates, buffers) to the wire format.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };

/** The parts of pg's Query this file extends (they are not in its type declarations). */
interface QueryInternals {
  name: string;
  text: string;
  values: unknown[];
  portal: string;
  callback: ((error: Error | null, rows?: unknown[]) => void) | undefined;
  hasBeenParsed(connection: PgConnection): boolean;
}
const PgQuery = (pg as unknown as { Query: new (config: object) => QueryInternals }).Query;

/**
 * One read statement of a pipeline whose rows are wanted as arrays (the loaders'). It is pg's own
 * Query (pipeline mode accepts no other kind), sending what Query sends (Parse once per
 * connection, Bind, Execute, Sync) except the Describe once this pool knows the statement's
 * columns: no RowDescription to send, read and set up on every execution; rows are parsed with
 * the parsers learnt the first time.
 */
class PipelinedRead extends PgQuery {
  private parsers: Parser[] | undefined;
  // Not `rows`: pg's Query reads that name as its own option (rows per Execute).
  private readonly collected: unknown[] = [];
  private failed = false;

  constructor(
    pending: Pending,
    private readonly known: Map<string, Parser[]>,
    done: (error: Error | null, rows?: unknown[]) => void,
  ) {
    super({
      name: pending.name,
      text: pending.text,
      values: pending.values,
      rowMode: 'array',
      types: READ_TYPES,
      callback: done,
    });
    this.parsers = known.get(pending.name);
  }

  prepare(connection: PgConnection): void {
    if (!this.hasBeenParsed(connection)) {
      connection.parse({ text: this.text, name: this.name, types: [] });
      connection.submittedNamedStatements[this.name] = this.text;
    }
    try {
      connection.bind({ portal: this.portal, statement: this.name, values: this.values, valueMapper: prepareValue });
    } catch (error) {
      connection.sync();
      this.handleError(error as Error);
      return;
    }
    if (!this.parsers) connection.describe({ type: 'P', name: this.portal });
    connection.execute({ portal: this.portal, rows: 0 });
    connection.sync();
  }

  handleRowDescription(message: { fields: { dataTypeID: number; format: string }[] }): void {
    this.parsers = message.fields.map(
      (field) => READ_TYPES.getTypeParser(field.dataTypeID, field.format === 'binary' ? 'binary' : 'text') as Parser,
    );
    this.known.set(this.name, this.parsers);
  }

  handleDataRow(message: { fields: (string | null)[] }): void {
    const parsers = this.parsers as Parser[];
    const fields = message.fields;
    const row = new Array(fields.length);
    for (let i = 0; i < fields.length; i += 1) {
      const value = fields[i];
      row[i] = value === null ? null : parsers[i](value);
    }
    this.collected.push(row);
  }

  handleCommandComplete(): void {}

  handleError(error: Error): void {
    if (this.failed) return;
    this.failed = true;
    this.callback?.(error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.callback?.(null, this.collected);
  }
}

/** Writes the statements in one write and waits for every answer; the client is idle again afterwards. */
async function sendPipelined(
  client: PoolClient,
  batch: Pending[],
  pool: Pool,
): Promise<PromiseSettledResult<unknown[]>[]> {
  let known = resultParsers.get(pool);
  if (!known) {
    known = new Map();
    resultParsers.set(pool, known);
  }
  const pipelined = client as unknown as {
    pipeline: boolean;
    connection: { stream: { cork(): void; uncork(): void } };
  };
  pipelined.pipeline = true;
  const stream = pipelined.connection.stream;
  stream.cork();
  let answers: Promise<unknown[]>[];
  try {
    answers = batch.map((pending) => {
      // Rows as objects need the column names: those statements keep pg's own Query.
      if (pending.rowMode !== 'array') {
        return client
          .query({ name: pending.name, text: pending.text, values: pending.values, types: READ_TYPES })
          .then((result: QueryResult) => result.rows);
      }
      return new Promise<unknown[]>((resolve, reject) => {
        client.query(
          new PipelinedRead(pending, known as Map<string, Parser[]>, (error, rows) =>
            error ? reject(error) : resolve(rows as unknown[]),
          ) as never,
        );
      });
    });
  } finally {
    stream.uncork();
  }
  const settled = await Promise.allSettled(answers);
  pipelined.pipeline = false;
  return settled;
}

const names = new Map<string, string>();

/** A stable name per statement text (PostgreSQL keeps prepared statements per connection, by name). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ta_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A scope condition with TypeORM's named parameters (`:viewerStateId`) rewritten to positional
 * ones numbered after `offset`, with their values in order.
 */
export function positional(condition: ScopeCondition, offset: number): { sql: string; values: unknown[] } {
  const { sql, names } = positionalTemplate(condition.sql, offset);
  const values = names.map((name) => {
    if (!(name in condition.parameters)) throw new Error(`scope condition names :${name} without a value`);
    return condition.parameters[name];
  });
  return { sql, values };
}

/** Per offset and condition text: the text with positional parameters, and the names they stand for in order. */
const templates = new Map<number, Map<string, { sql: string; names: string[] }>>();

function positionalTemplate(text: string, offset: number): { sql: string; names: string[] } {
  let byText = templates.get(offset);
  if (!byText) {
    byText = new Map();
    templates.set(offset, byText);
  }
  let template = byText.get(text);
  if (!template) {
    const names: string[] = [];
    const sql = text.replace(/(?<!:):([A-Za-z_]\w*)/g, (_match, name: string) => {
      let index = names.indexOf(name);
      if (index < 0) index = names.push(name) - 1;
      return `$${offset + 1 + index}`;
    });
    template = { sql, names };
    byText.set(text, template);
  }
  return template;
}

/** Column types pg already returns as TypeORM would hydrate them (strings, numbers, booleans, Dates). */
const AS_RETURNED = new Set([
  'uuid',
  'text',
  'varchar',
  'character',
  'char',
  'int',
  'integer',
  'int4',
  'smallint',
  'boolean',
  'timestamptz',
  'timestamp with time zone',
]);

const returnedAsIs = (column: ColumnMetadata) =>
  !column.transformer &&
  !column.isArray &&
  ((typeof column.type === 'string' && AS_RETURNED.has(column.type)) ||
    (column.type === 'enum' &&
      (column.enum ?? []).every((value) => typeof value === 'string' && Number.isNaN(Number(value)))));

/**
 * The columns a read may leave out, by property, with the GraphQL field that alone reads each:
 * those the kind declares (record-kind.ts `optionalColumns`), and every sourced record's note,
 * read only for its `source` field.
 */
const optionalColumnsOf = (metadata: EntityMetadata): Map<string, string> => {
  const optional = new Map(kindOfTable(metadata.tableName).optionalColumns.map((property) => [property, property]));
  if (metadata.findColumnWithPropertyName('sourceNote')) optional.set('sourceNote', 'source');
  return optional;
};

/** Which fields an operation asks for on a GraphQL type (directly or through an interface it implements). */
export interface FieldSelection {
  requested(typeName: string, field: string): boolean;
}

interface HydratedColumn {
  property: string;
  column: ColumnMetadata;
  asIs: boolean;
}

/** The columns one read fetches, in row order, and how to turn its rows into entities. */
export class RowShape<T> {
  /** Position of the primary key `id` in a row, when the entity has one. */
  readonly idIndex: number;

  constructor(
    readonly key: string,
    readonly columns: HydratedColumn[],
    private readonly prototype: object,
  ) {
    this.idIndex = columns.findIndex((c) => c.property === 'id');
  }

  /** `alias."column"` for every column, in the order hydrate reads them. */
  selectList(alias: string): string {
    return this.columns.map((c) => `${alias}."${c.column.databaseName}"`).join(', ');
  }

  hydrate(row: unknown[], driver: PostgresDriver): T {
    const entity = Object.create(this.prototype) as Record<string, unknown>;
    const columns = this.columns;
    for (let i = 0; i < columns.length; i += 1) {
      const { property, column, asIs } = columns[i];
      entity[property] = asIs ? row[i] : driver.prepareHydratedValue(row[i], column);
    }
    return entity as T;
  }
}

/**
 * Turns rows of an entity's table, read as arrays, into entities as TypeORM's own hydration does
 * (the driver's conversion per column type, transformers included), without a query builder or
 * an intermediate object per row. A shape per set of columns an operation needs.
 */
export class RowHydrator<T> {
  private readonly columns: HydratedColumn[];
  private readonly optional: Map<string, string>;
  private readonly prototype: object;
  private readonly shapes = new Map<string, RowShape<T>>();
  readonly metadata: EntityMetadata;

  constructor(manager: EntityManager, entity: EntityTarget<T>) {
    this.metadata = manager.connection.getMetadata(entity);
    this.prototype = (this.metadata.target as { prototype: object }).prototype;
    this.columns = this.metadata.columns.map((column) => ({
      property: column.propertyName,
      column,
      asIs: returnedAsIs(column),
    }));
    this.optional = optionalColumnsOf(this.metadata);
  }

  /** Every column, or only those `selection` may need: optional columns whose field it does not ask for are left out. */
  shape(selection?: FieldSelection): RowShape<T> {
    const type = this.metadata.name;
    const columns = selection
      ? this.columns.filter((c) => {
          const field = this.optional.get(c.property);
          return field === undefined || selection.requested(type, field);
        })
      : this.columns;
    const key = columns.length === this.columns.length ? '*' : columns.map((c) => c.property).join(',');
    let shape = this.shapes.get(key);
    if (!shape) {
      shape = new RowShape<T>(key, columns, this.prototype);
      this.shapes.set(key, shape);
    }
    return shape;
  }
}
