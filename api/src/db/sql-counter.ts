import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, type LogLevel, type LogMessage, type LoggerOptions } from 'typeorm';

interface SqlScope {
  statements: number;
}

const scopes = new AsyncLocalStorage<SqlScope>();

/** Runs `fn` counting the SQL statements TypeORM sends on its behalf (per GraphQL request, per test). */
export function countingSql<T>(fn: () => T): { result: T; scope: SqlScope } {
  const scope: SqlScope = { statements: 0 };
  return { result: scopes.run(scope, fn), scope };
}

/** The current request's SQL statement count, or undefined outside a counted scope. */
export const currentSqlScope = () => scopes.getStore();

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
