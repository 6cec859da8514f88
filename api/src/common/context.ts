import type { EntityManager } from 'typeorm';
import type { AuditBatch } from './audit-trail';
import type { RequestScope } from '../db/sql-counter';
import { Loaders } from './loaders';
import { PUBLIC_VIEWER, type Viewer } from './viewer';

/** What the sign-in mutations need of the HTTP exchange (absent on the public endpoint). */
export interface HttpSession {
  ipAddress: string;
  /** Where this request came to (PUBLIC_BASE_URL when set), for links sent by e-mail. */
  origin: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/**
 * What every resolver gets: the database (a manager that counts the request's statements), who
 * is asking, this request's loaders, and its scope (its id, for logs and audit rows).
 */
export interface Context {
  manager: EntityManager;
  viewer: Viewer;
  loaders: Loaders;
  requestId: string;
  scope: RequestScope;
  http?: HttpSession;
  /** Where the writes' audit rows wait to be written together (an import); each write inserts its own without it. */
  audit?: AuditBatch;
  /**
   * false: the caller's transaction is the unit of work and a refused write ends it (an import that
   * then starts over), so writes take no savepoint of their own; each does otherwise.
   */
  savepoints?: boolean;
}

export const createContext = (
  manager: EntityManager,
  scope: RequestScope,
  viewer: Viewer = PUBLIC_VIEWER,
  http?: HttpSession,
): Context => ({
  manager,
  viewer,
  loaders: new Loaders(manager, viewer),
  requestId: scope.requestId,
  scope,
  http,
});
