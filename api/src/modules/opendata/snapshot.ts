import type { Pool, PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { statementOrigin } from '../../db/sql-counter';

/** Rows fetched from a cursor at a time: memory stays flat whatever the size of the table. */
export const FETCH_SIZE = 500;

/**
 * One read-only REPEATABLE READ transaction on a connection of its own, so that every file of a
 * download (the CSVs of a data package, the sections of a Popolo file) comes from the same
 * snapshot, read through server-side cursors a batch at a time. Every statement goes through the
 * data source's logger (printed with LOG_SQL=1) and counts in the request `manager` works for.
 */
export class ReadSnapshot {
  private cursors = 0;

  private constructor(
    private readonly client: PoolClient,
    private readonly manager: EntityManager,
  ) {}

  private async run(text: string, values?: unknown[]) {
    this.manager.connection.logger.logQuery(text, values, statementOrigin(this.manager));
    return this.client.query(text, values);
  }

  static async open(manager: EntityManager): Promise<ReadSnapshot> {
    const pool = (manager.connection.driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    const snapshot = new ReadSnapshot(client, manager);
    try {
      await snapshot.run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    return snapshot;
  }

  /** A small query, answered at once. */
  async query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]> {
    return (await this.run(text, values)).rows as R[];
  }

  /** The rows of `text`, FETCH_SIZE at a time, through a server-side cursor. */
  async *batches(text: string, values?: unknown[]): AsyncGenerator<Record<string, unknown>[]> {
    this.cursors += 1;
    const cursor = `download_${this.cursors}`;
    await this.run(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${text}`, values);
    try {
      for (;;) {
        const { rows } = await this.run(`FETCH ${FETCH_SIZE} FROM ${cursor}`);
        if (rows.length) yield rows as Record<string, unknown>[];
        if (rows.length < FETCH_SIZE) break;
      }
    } finally {
      await this.run(`CLOSE ${cursor}`).catch(() => undefined);
    }
  }

  /** Ends the transaction (it only read) and gives the connection back; a failed one is discarded. */
  async close(failed?: unknown): Promise<void> {
    try {
      await this.run(failed ? 'ROLLBACK' : 'COMMIT');
      this.client.release();
    } catch (error) {
      this.client.release(error as Error);
    }
  }
}

/** Runs `work` in a snapshot and always closes it. */
export async function inSnapshot<T>(manager: EntityManager, work: (snapshot: ReadSnapshot) => Promise<T>): Promise<T> {
  const snapshot = await ReadSnapshot.open(manager);
  try {
    const result = await work(snapshot);
    await snapshot.close();
    return result;
  } catch (error) {
    await snapshot.close(error);
    throw error;
  }
}
