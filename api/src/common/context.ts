import type { EntityManager } from 'typeorm';
import { PUBLIC_VIEWER, type Viewer } from '../modules/account/viewer';
import { Loaders } from './loaders';

/** What the sign-in mutations need of the HTTP exchange (absent on the public endpoint). */
export interface HttpSession {
  ipAddress: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** What every resolver gets: the database, who is asking, this request's loaders and its id (for logs). */
export interface Context {
  manager: EntityManager;
  viewer: Viewer;
  loaders: Loaders;
  requestId: string;
  http?: HttpSession;
}

export const createContext = (manager: EntityManager, requestId: string, viewer: Viewer = PUBLIC_VIEWER, http?: HttpSession): Context => ({
  manager,
  viewer,
  loaders: new Loaders(manager, viewer),
  requestId,
  http,
});
