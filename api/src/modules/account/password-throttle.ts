import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/errors';

/** How far back failures count. */
const WINDOW_MINUTES = 60;
/** Failures of one account from one address checked without waiting; each one after doubles the wait. */
const FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS = 3;
/** Failures from one address, over every account, checked without waiting (against spraying many accounts). */
const FREE_FAILURES_PER_ADDRESS = 20;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;
/** Attempts older than this are purged: nothing reads them any more. */
export const ATTEMPTS_KEPT_HOURS = 24;

/** The wait after the last of `failures` failures: none for the first `free`, then 30 s, 1 min, 2 min, … 15 min at most. */
export const delaySeconds = (failures: number, free: number) =>
  failures < free ? 0 : Math.min(FIRST_DELAY_SECONDS * 2 ** (failures - free), MAX_DELAY_SECONDS);

/**
 * Failures of the (account, address) pair since its last success, and of the address over every
 * account, within the window; with the seconds since the last of each. Served by the indexes on
 * (email, ip_address, at) and (ip_address, at).
 */
export const THROTTLE_COUNT_SQL = `
  WITH pair AS (
    SELECT count(*) FILTER (WHERE NOT succeeded AND at > coalesce(last_success, '-infinity'))::int AS failures,
           max(at) FILTER (WHERE NOT succeeded) AS last_failure
      FROM (SELECT succeeded, at, max(at) FILTER (WHERE succeeded) OVER () AS last_success
              FROM sign_in_attempt WHERE email = $1 AND ip_address = $2 AND at > clock_timestamp() - make_interval(mins => $3)) recent
  ), address AS (
    SELECT count(*)::int AS failures, max(at) AS last_failure
      FROM sign_in_attempt WHERE ip_address = $2 AND NOT succeeded AND at > clock_timestamp() - make_interval(mins => $3)
  )
  SELECT pair.failures AS pair_failures, extract(epoch FROM clock_timestamp() - pair.last_failure)::float8 AS pair_since,
         address.failures AS address_failures, extract(epoch FROM clock_timestamp() - address.last_failure)::float8 AS address_since
    FROM pair, address`;

/**
 * Checks whether `email` may have a password checked from `ipAddress` now and records the attempt
 * (as failed until `passwordAccepted` says otherwise), in one transaction serialised per account
 * and per address: parallel guesses queue behind each other and each one sees the ones before it.
 * The wait grows per (account, address), so a stranger's failures never lock the owner out from
 * another address; one address also waits after many failures over all accounts.
 * Refused with RATE_LIMITED (and `retryAfterSeconds`) while a wait runs; a refusal is not recorded.
 */
export async function recordPasswordAttempt(manager: EntityManager, email: string, ipAddress: string): Promise<string> {
  return manager.transaction(async (m) => {
    // Always the account's lock first, then the address's: two attempts never wait on each other in a cycle.
    await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`password-attempt:account:${email}`]);
    await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`password-attempt:address:${ipAddress}`]);
    const [row]: {
      pair_failures: number;
      pair_since: number | null;
      address_failures: number;
      address_since: number | null;
    }[] = await m.query(THROTTLE_COUNT_SQL, [email, ipAddress, WINDOW_MINUTES]);
    const wait = Math.max(
      delaySeconds(row.pair_failures, FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS) - (row.pair_since ?? Infinity),
      delaySeconds(row.address_failures, FREE_FAILURES_PER_ADDRESS) - (row.address_since ?? Infinity),
    );
    if (wait > 0) {
      const retryAfterSeconds = Math.ceil(wait);
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `Too many failed attempts from this address; try again in ${retryAfterSeconds} seconds`,
        undefined,
        { retryAfterSeconds },
      );
    }
    const [{ id }]: { id: string }[] = await m.query(
      'INSERT INTO sign_in_attempt (email, ip_address, succeeded, at) VALUES ($1, $2, false, clock_timestamp()) RETURNING id',
      [email, ipAddress],
    );
    return id;
  });
}

/** Marks a recorded attempt as succeeded: the pair's count starts again from it. */
export async function passwordAccepted(manager: EntityManager, attemptId: string): Promise<void> {
  await manager.query('UPDATE sign_in_attempt SET succeeded = true WHERE id = $1', [attemptId]);
}

/** Deletes attempts nothing counts any more and expired sessions. */
export async function purgeExpired(manager: EntityManager): Promise<{ attempts: number; sessions: number }> {
  const [, attempts]: [unknown, number] = await manager.query(
    'DELETE FROM sign_in_attempt WHERE at < now() - make_interval(hours => $1)',
    [ATTEMPTS_KEPT_HOURS],
  );
  const [, sessions]: [unknown, number] = await manager.query('DELETE FROM staff_session WHERE expires_at < now()');
  return { attempts, sessions };
}
