import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, type LogLevel, type LogMessage, type LoggerOptions } from 'typeorm';

/** What follows one request through every await: its id (for logs) and its SQL statement count. */
export interface RequestScope {
  requestId: string;
  statements: number;
  /** The GraphQL operation's name, once Apollo has resolved it (for logs and metrics). */
  operationName?: string;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` in a request scope, counting the SQL statements TypeORM sends on its behalf. */
export function inRequestScope<T>(requestId: string, fn: () => T): { result: T; scope: RequestScope } {
  const scope: RequestScope = { requestId, statements: 0 };
  return { result: scopes.run(scope, fn), scope };
}

/** The current request's scope, or undefined outside one. */
export const currentRequestScope = () => scopes.getStore();

/**
 * TypeORM logger that counts every query in the current scope and writes the log levels it is
 * given (so the migration CLI still prints its SQL when asked).
 */
export class CountingLogger extends AbstractLogger {
  constructor(options?: LoggerOptions) {
    super(options);
  }

  logQuery(query: string, parameters?: unknown[]): void {
    const scope = scopes.getStore();
    if (scope) scope.statements += 1;
    super.logQuery(query, parameters);
  }

  protected writeLog(level: LogLevel, logMessage: LogMessage | string | number | (LogMessage | string | number)[]): void {
    for (const message of this.prepareLogMessages(logMessage)) {
      const line = `[typeorm] ${message.prefix ?? level}: ${String(message.message)}`;
      if (level === 'error' || level === 'warn') console.error(line);
      else console.log(line);
    }
  }
}
