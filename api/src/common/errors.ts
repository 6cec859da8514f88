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

/**
 * Why an input was refused, beside `code: BAD_USER_INPUT` as `extensions.reason` (and in each of
 * `extensions.problems`): stable, so a client can say it in its own language at the field
 * `extensions.field` names.
 */
export enum InputProblem {
  /** Missing, empty, or emptied. */
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  TOO_SHORT = 'TOO_SHORT',
  /** Below the field's minimum (`extensions.min` when known). */
  TOO_SMALL = 'TOO_SMALL',
  TOO_LARGE = 'TOO_LARGE',
  /** A whole number was expected (2.5 pages). */
  NOT_INTEGER = 'NOT_INTEGER',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  /** Not a date YYYY-MM-DD, or no such day. */
  INVALID_DATE = 'INVALID_DATE',
  /** Not YYYY, YYYY-MM or YYYY-MM-DD, or no such month or day. */
  INVALID_PARTIAL_DATE = 'INVALID_PARTIAL_DATE',
  /** An end before its start. */
  DATE_ORDER = 'DATE_ORDER',
  /** A date far outside its exercise's span (a 2015-2017 exercise's delivery in 0001 or 2099). */
  DATE_OUT_OF_RANGE = 'DATE_OUT_OF_RANGE',
  INVALID_URL = 'INVALID_URL',
  INVALID_EMAIL = 'INVALID_EMAIL',
  /** Not in the shape the field takes (a slug, a code, an id). */
  INVALID_FORMAT = 'INVALID_FORMAT',
  /** Not one of the field's values (an enum). */
  INVALID_CHOICE = 'INVALID_CHOICE',
  /** Another record already has this value. */
  ALREADY_USED = 'ALREADY_USED',
  /** Points at a record that does not exist. */
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  /** Two holders of one seat at once. */
  OVERLAP = 'OVERLAP',
  /** A count and its qualifier ("más de") go together. */
  QUALIFIER_PAIR = 'QUALIFIER_PAIR',
  /** Exactly one of two fields (session or event; recipient or its description). */
  ONE_OF = 'ONE_OF',
  /** A milestone marked done needs its evidence. */
  EVIDENCE_NEEDED = 'EVIDENCE_NEEDED',
  /** The write would take away the only evidence of a milestone marked done. */
  LAST_EVIDENCE = 'LAST_EVIDENCE',
  /** Breaks another rule of the record (the message says which). */
  INVALID = 'INVALID',
}

/** An error the caller can act on: a code, a message, and the argument or field it is about. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...(field ? { field } : {}), ...details } });
  }
}

export const notFound = (kind: string, id: string, field = 'id') =>
  new DomainError(ErrorCode.NOT_FOUND, `No ${kind} with ${field} "${id}"`, field);

export const badInput = (
  field: string,
  problem: string,
  reason: InputProblem = InputProblem.INVALID,
  details: Record<string, unknown> = {},
) => new DomainError(ErrorCode.BAD_USER_INPUT, `${field} ${problem}`, field, { reason, ...details });

export const unauthenticated = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first: this needs a staff account');

export const forbidden = (what: string) => new DomainError(ErrorCode.FORBIDDEN, `Your account may not ${what}`);
