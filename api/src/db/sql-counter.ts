import { AbstractLogger, EntityManager, type DataSource, type LogLevel, type LogMessage, type LoggerOptions, type QueryRunner, type ReplicationMode } from 'typeorm';

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
  return (manager.queryRunner?.data as ScopedData | undefined)?.requestScope ?? (manager.connection as unknown as Partial<ScopedDataSource>).requestScope;
}

/**
 * What the logger is given for a statement sent outside TypeORM's query runners (the loaders'
 * prepared reads): it only reads the scope of the request `manager` works for.
 */
export const statementOrigin = (manager: EntityManager): QueryRunner => manager.queryRunner ?? ({ data: { requestScope: requestScopeOf(manager) } } as unknown as QueryRunner);

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

  protected writeLog(level: LogLevel, logMessage: LogMessage | string | number | (LogMessage | string | number)[]): void {
    for (const message of this.prepareLogMessages(logMessage)) {
      const line = `[typeorm] ${message.prefix ?? level}: ${String(message.message)}`;
      if (level === 'error' || level === 'warn') console.error(line);
      else console.log(line);
    }
  }
}
