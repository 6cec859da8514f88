import { logEvent } from '../common/log';
import {
  AbstractLogger,
  EntityManager,
  type DataSource,
  type LogLevel,
  type LogMessage,
  type LoggerOptions,
  type QueryRunner,
  type ReplicationMode,
} from 'typeorm';

/** What follows one request to the database: its id (for logs) and its SQL statement count. */
export interface RequestScope {
  requestId: string;
  statements: number;
  /** The GraphQL operation's name, once Apollo has resolved it (for logs and metrics). */
  operationName?: string;
}

export const newRequestScope = (requestId: string): RequestScope => ({ requestId, statements: 0 });

/** Where a query runner carries the scope of the request it works for (TypeORM's `QueryRunner.data`). */
interface ScopedData {
  requestScope?: RequestScope;
}

/** A data source as one request sees it: the shared one, whose query runners count into `requestScope`. */
interface ScopedDataSource extends DataSource {
  readonly requestScope: RequestScope;
}

/**
 * An entity manager for one request: the shared data source and pool, but every statement it
 * sends (through query builders, repositories, `query` or transactions, whose query runners it
 * creates) is counted in `scope`.
 *
 * Explicit, not AsyncLocalStorage: on Node 20 that storage needs a hook on every promise the
 * process creates, which cost 15-20% of the throughput of a nested GraphQL read (measured; see
 * the commit). A manager that already runs in a transaction is the caller's: its query runner
 * is tagged for as long as the caller uses it.
 */
export function scopedManager(manager: EntityManager, scope: RequestScope): EntityManager {
  if (manager.queryRunner) {
    (manager.queryRunner.data as ScopedData).requestScope = scope;
    return manager;
  }
  const shared = manager.connection;
  const connection: ScopedDataSource = Object.create(shared, {
    requestScope: { value: scope },
    createQueryRunner: {
      value: (mode?: ReplicationMode): QueryRunner => {
        const runner = shared.createQueryRunner(mode);
        (runner.data as ScopedData).requestScope = scope;
        return runner;
      },
    },
  });
  return new EntityManager(connection);
}

/** The manager an HTTP handler reads through: one that counts into its request's scope. */
export type RequestManager = (res: { locals: Record<string, unknown> }) => EntityManager;

/** The scope of the request `manager` works for, if any. */
export function requestScopeOf(manager: EntityManager): RequestScope | undefined {
  return (
    (manager.queryRunner?.data as ScopedData | undefined)?.requestScope ??
    (manager.connection as unknown as Partial<ScopedDataSource>).requestScope
  );
}

/**
 * What the logger is given for a statement sent outside TypeORM's query runners (the loaders'
 * prepared reads): it only reads the scope of the request `manager` works for.
 */
export const statementOrigin = (manager: EntityManager): QueryRunner =>
  manager.queryRunner ?? ({ data: { requestScope: requestScopeOf(manager) } } as unknown as QueryRunner);

let statementsSent = 0;

/** Every statement this process has sent, in any scope or none (tests compare it with a request's count). */
export const totalStatements = () => statementsSent;

/**
 * TypeORM logger that counts every query, in the scope of the request its query runner works
 * for, and writes the log levels it is given (so the migration CLI still prints its SQL when asked).
 */
export class CountingLogger extends AbstractLogger {
  constructor(options?: LoggerOptions) {
    super(options);
  }

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    statementsSent += 1;
    const scope = (queryRunner?.data as ScopedData | undefined)?.requestScope;
    if (scope) scope.statements += 1;
    super.logQuery(query, parameters, queryRunner);
  }

  /**
   * One JSON line per event, never a statement's parameters (a token's hash, an email, a search)
   * nor the driver's error text (PostgreSQL quotes the offending value in it): the statement's
   * text, its SQLSTATE, and the request it served.
   */
  protected writeLog(
    level: LogLevel,
    logMessage: LogMessage | string | number | (LogMessage | string | number)[],
    queryRunner?: QueryRunner,
  ): void {
    const messages = (Array.isArray(logMessage) ? logMessage : [logMessage]).map((m): LogMessage =>
      typeof m === 'object' ? m : { message: m },
    );
    const fields: Record<string, unknown> = {
      requestId: (queryRunner?.data as ScopedData | undefined)?.requestScope?.requestId,
    };
    for (const message of messages) {
      const value: unknown = message.message;
      if (message.type === 'query-error' && message.format !== 'sql')
        fields.sqlState = (value as { code?: unknown } | null)?.code ?? 'unknown';
      else if (message.format === 'sql') fields.statement = String(value);
      else fields.detail = String(value);
    }
    const type = messages[0]?.type ?? level;
    logEvent(
      (line) => console.log(line),
      level === 'warn' || level === 'error' ? level : 'info',
      `SQL ${type}`,
      fields,
    );
  }
}
