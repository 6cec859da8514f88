import { randomUUID } from 'node:crypto';
import type express from 'express';
import { ErrorCode } from './errors';
import { logEvent, type LogSink } from './log';
import type { RequestScope } from '../db/sql-counter';

/** Codes of errors refused before GraphQL runs (the request itself is unreadable), beside ErrorCode's. */
export enum HttpErrorCode {
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
}

/** body-parser's error types, as the caller should read them; any other 4xx is a BAD_REQUEST. */
const BODY_ERRORS: Record<string, { code: HttpErrorCode; message: string }> = {
  'entity.parse.failed': {
    code: HttpErrorCode.BAD_REQUEST,
    message: 'The request body must be a JSON object: {"query": "…", "variables": {…}}',
  },
  'entity.too.large': { code: HttpErrorCode.PAYLOAD_TOO_LARGE, message: 'The request body is too large' },
  'charset.unsupported': { code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'The request body must be UTF-8 JSON' },
  'encoding.unsupported': {
    code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
    message: "The request body's content encoding is not supported",
  },
};

/** The id of the request (its scope's, or a new one sent in `x-request-id` now). */
function requestIdOf(res: express.Response): string {
  const scope = res.locals.scope as RequestScope | undefined;
  if (scope) return scope.requestId;
  const existing = res.getHeader('x-request-id');
  if (typeof existing === 'string') return existing;
  const requestId = randomUUID();
  res.setHeader('x-request-id', requestId);
  return requestId;
}

/** An error answer in GraphQL-over-HTTP form: `{"errors":[{message, extensions:{code, requestId}}]}`. */
export function sendError(res: express.Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, requestId: requestIdOf(res) } }] }));
}

/** Anything no route answered: a JSON 404, never Express's HTML page. */
export const notFoundHandler: express.RequestHandler = (_req, res) =>
  sendError(res, 404, ErrorCode.NOT_FOUND, 'Nothing is served at this address');

/**
 * The last error handler: every error that reaches Express (the JSON body parser's, a router's)
 * becomes JSON with a stable code and the request id; no stack, path or library message reaches
 * the client. Unexpected ones are logged with their cause under that id.
 */
export const errorHandler =
  (log: LogSink): express.ErrorRequestHandler =>
  (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error); // a stream failed mid-answer: Express closes the connection
      return;
    }
    const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(res, status, known?.code ?? HttpErrorCode.BAD_REQUEST, known?.message ?? 'The request cannot be read');
      return;
    }
    const requestId = requestIdOf(res);
    logEvent(log, 'error', 'Unexpected error', {
      requestId,
      error: error instanceof Error ? String(error.stack) : String(error),
    });
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error');
  };
