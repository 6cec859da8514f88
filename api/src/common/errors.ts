import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can rely on. */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** A stale version, or a delete that would leave other records pointing at nothing. */
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error the caller can act on: a code, a message, and the argument or field it is about. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...(field ? { field } : {}), ...details } });
  }
}

export const notFound = (kind: string, id: string, field = 'id') =>
  new DomainError(ErrorCode.NOT_FOUND, `No ${kind} with ${field} "${id}"`, field);

export const badInput = (field: string, problem: string) => new DomainError(ErrorCode.BAD_USER_INPUT, `${field} ${problem}`, field);

export const unauthenticated = () => new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first: this needs a staff account');

export const forbidden = (what: string) => new DomainError(ErrorCode.FORBIDDEN, `Your account may not ${what}`);
