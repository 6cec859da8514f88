import { currentRequestScope } from '../db/sql-counter';

/** Where log lines go: stdout in the server, a list in tests. */
export type LogSink = (line: string) => void;

export type LogLevel = 'info' | 'warn' | 'error';

/**
 * One JSON object per line, with the request id of the request being served (if any), so a
 * line can be traced to its request. Callers pass facts, never secrets: no passwords, tokens,
 * cookies, request bodies or variables are ever given to it.
 */
export function logEvent(sink: LogSink, level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  const requestId = currentRequestScope()?.requestId;
  sink(JSON.stringify({ time: new Date().toISOString(), level, msg, ...(requestId ? { requestId } : {}), ...fields }));
}
