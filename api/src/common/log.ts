/** Where log lines go: stdout in the server, a list in tests. */
export type LogSink = (line: string) => void;

export type LogLevel = 'info' | 'warn' | 'error';

/**
 * One JSON object per line; a line about a request names its `requestId` among the fields, so it
 * can be traced to that request. Callers pass facts, never secrets: no passwords, tokens,
 * cookies, request bodies or variables are ever given to it.
 */
export function logEvent(sink: LogSink, level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  sink(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
}
