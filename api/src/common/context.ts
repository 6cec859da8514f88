import type { EntityManager } from 'typeorm';
import { Loaders } from './loaders';

/** What every resolver gets: the database, this request's loaders and its id (for logs). */
export interface Context {
  manager: EntityManager;
  loaders: Loaders;
  requestId: string;
}

export const createContext = (manager: EntityManager, requestId: string): Context => ({
  manager,
  loaders: new Loaders(manager),
  requestId,
});
