import { Client } from 'pg';

/**
 * Fails the test file in which a statement is handed to a pg client still running another (or
 * with others waiting), outside pg's pipeline mode. pg 8 queues such a statement, warns only from
 * the third and only once, lost among a run's output; pg 9 removes that queue. Statements on one
 * connection wait for each other, go through pipeline mode, or take a connection each.
 */

/** The parts of pg's Client that tell whether it is busy (not in its type declarations). */
interface ClientState {
  pipeline: boolean;
  _activeQuery: unknown;
  _queryQueue: unknown[];
}

const sentWhileBusy: Error[] = [];
const query = Client.prototype.query;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  const state = this as unknown as ClientState;
  if (!Array.isArray(state._queryQueue))
    throw new Error('pg no longer keeps Client._queryQueue: test/support/one-statement-at-a-time.ts must follow it');
  if (!state.pipeline && (state._activeQuery || state._queryQueue.length > 0))
    sentWhileBusy.push(new Error('a statement was sent on a pg client already running one'));
  return (query as (...args: unknown[]) => unknown).apply(this, args);
} as typeof query;

afterAll(() => {
  if (sentWhileBusy.length) throw sentWhileBusy[0];
});
