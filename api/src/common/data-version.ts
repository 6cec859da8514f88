import { createHash } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';

/** The channel the `note_data_change` trigger announces on (migration DataChangeCounter). */
const CHANNEL = 'data_change';

/** Reconnection delays after the listening connection is lost: 0.5 s doubling up to 30 s. */
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;

/**
 * The version of the public data, as the database keeps it: one change counter per table, which
 * every write statement increments in its own transaction (migration DataChangeCounter). This
 * process LISTENs for the counters' changes, so it always knows the current version without
 * asking: a cached read runs no SQL, and every process sharing the database derives the same
 * version from the same counters.
 *
 * `value` is null while the listening connection is down (and until it has read the counters):
 * nothing may then be answered from a cache or as Not Modified, since a change could go unseen.
 */
export class DataVersion {
  private client: Client | undefined;
  private readonly counters = new Map<string, bigint>();
  private current: string | null = null;
  private starting: Promise<void> | undefined;
  private stopped = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(version: string | null) => void>();

  constructor(
    private readonly config: ClientConfig,
    private readonly log: (message: string, fields?: Record<string, unknown>) => void = () => undefined,
  ) {}

  /** Connects to the database a TypeORM data source uses. */
  static forDataSource(
    dataSource: DataSource,
    log?: (message: string, fields?: Record<string, unknown>) => void,
  ): DataVersion {
    const options = dataSource.options as PostgresDataSourceOptions;
    const config: ClientConfig = options.url
      ? { connectionString: options.url }
      : {
          host: options.host,
          port: options.port,
          user: options.username,
          password: options.password as string | undefined,
          database: options.database,
        };
    return new DataVersion(
      { ...config, application_name: `${options.applicationName ?? 'tablero-abierto'}:data-version` },
      log,
    );
  }

  /** The current version, or null when it cannot be known (see the class comment). */
  get value(): string | null {
    return this.current;
  }

  /** Called whenever the version changes (or becomes unknown). */
  onChange(listener: (version: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts listening; resolves once the counters are read, or once the first attempt has failed (it keeps retrying). */
  start(): Promise<void> {
    this.stopped = false;
    this.starting ??= this.connect();
    return this.starting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.set(null);
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const separator = message.payload.lastIndexOf(':');
      this.count(message.payload.slice(0, separator), BigInt(message.payload.slice(separator + 1)));
      this.recompute();
    });
    try {
      await client.connect();
      // LISTEN before reading, so that no change committed in between goes unseen.
      await client.query(`LISTEN ${CHANNEL}`);
      const { rows } = await client.query<{ table_name: string; changes: string }>(
        'SELECT table_name, changes FROM tablero_meta.data_change',
      );
      // The counters as committed now are at least what any notification so far announced.
      this.counters.clear();
      for (const row of rows) this.count(row.table_name, BigInt(row.changes));
      this.retryMs = FIRST_RETRY_MS;
      this.recompute();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private count(table: string, changes: bigint): void {
    const known = this.counters.get(table);
    if (known === undefined || changes > known) this.counters.set(table, changes);
  }

  private recompute(): void {
    const text = [...this.counters]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([table, changes]) => `${table}=${changes}`)
      .join(',');
    this.set(createHash('sha256').update(text).digest('base64url').slice(0, 22));
  }

  private set(version: string | null): void {
    if (version === this.current) return;
    this.current = version;
    for (const listener of this.listeners) listener(version);
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.set(null);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.log('data version: listening connection lost, cached answers paused', {
      error: error.message,
      retryInMs: this.retryMs,
    });
    this.retryTimer = setTimeout(() => {
      this.starting = this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }
}
