import { DOCUMENT_PARENTS } from '../modules/document/document.parents';

/**
 * The one definition of "public": a record is public when it is published, not deleted, and
 * reached through published, undeleted parents all the way up to its exercise. Every read path
 * (by id, lists, totals, filters, nested fields, figures, downloads, calendars, feeds) builds its
 * condition from the declaration below, so a parent going back to draft hides its whole subtree.
 *
 * Deny by default: a table missing here makes `publicCondition` throw, and the start-up check
 * (`assertPublicReachDeclared`) refuses to serve; no table is ever public by omission.
 */

/** A link to a parent the record is reached through: its foreign-key column and the parent's table. */
interface ParentLink {
  column: string;
  table: string;
  /** The link may be empty (a seat held by a body whose person the source does not name): then it asks nothing. */
  optional?: boolean;
}

interface Reach {
  /** Whether the row has its own publication state and soft-delete mark. */
  ownState: boolean;
  /** Every one of these parents must be public. */
  parents: ParentLink[];
  /** At least one of these parents must be public (an agreement is of a session or of an event). */
  anyOf?: ParentLink[];
  /** Never public (accounts, sessions, the audit trail itself). */
  never?: boolean;
}

const via = (column: string, table: string): ParentLink => ({ column, table });
/** A parent that must be public when the record names one. */
const viaIfAny = (column: string, table: string): ParentLink => ({ column, table, optional: true });
/** A record with its own publication state, reached through `parents`. */
const record = (...parents: ParentLink[]): Reach => ({ ownState: true, parents });
/** Rows without a publication state, public exactly when every parent is (link rows, reviews). */
const through = (...parents: ParentLink[]): Reach => ({ ownState: false, parents });
/** Reference rows (states, municipalities, source documents): always public. */
const ALWAYS: Reach = { ownState: false, parents: [] };
const NEVER: Reach = { ownState: false, parents: [], never: true };

export const PUBLIC_REACH: Readonly<Record<string, Reach>> = {
  state: ALWAYS,
  municipality: ALWAYS,
  source_document: ALWAYS,
  region: record(),
  venue: record(),
  organization: record(),
  person: record(),
  exercise: record(),
  theme: record(via('exercise_id', 'exercise')),
  secretariat: record(via('exercise_id', 'exercise')),
  post: record(via('secretariat_id', 'secretariat')),
  membership: record(via('post_id', 'post'), viaIfAny('person_id', 'person')),
  session: record(via('secretariat_id', 'secretariat')),
  session_attendance: record(via('session_id', 'session')),
  agreement: { ownState: true, parents: [], anyOf: [via('session_id', 'session'), via('event_id', 'event')] },
  agreement_responsible: through(via('agreement_id', 'agreement'), via('organization_id', 'organization')),
  event: record(via('exercise_id', 'exercise')),
  event_organization: through(via('event_id', 'event'), via('organization_id', 'organization')),
  event_theme: through(via('event_id', 'event'), via('theme_id', 'theme')),
  event_commitment: through(via('event_id', 'event'), via('commitment_id', 'commitment')),
  action_plan: record(via('exercise_id', 'exercise')),
  commitment: record(via('plan_id', 'action_plan')),
  commitment_organization: through(via('commitment_id', 'commitment'), via('organization_id', 'organization')),
  commitment_theme: through(via('commitment_id', 'commitment'), via('theme_id', 'theme')),
  milestone: record(via('commitment_id', 'commitment')),
  // A review shows its organisation, an evaluation its evaluator: both must be public too.
  milestone_review: through(via('milestone_id', 'milestone'), via('organization_id', 'organization')),
  information_request: record(via('commitment_id', 'commitment')),
  information_delivery: record(via('commitment_id', 'commitment')),
  evaluation: record(via('plan_id', 'action_plan'), via('evaluator_id', 'organization')),
  evaluation_criterion: record(via('evaluation_id', 'evaluation')),
  evaluation_score: record(via('criterion_id', 'evaluation_criterion'), via('commitment_id', 'commitment')),
  recommendation: record(via('exercise_id', 'exercise')),
  // A document is public through the one record it belongs to; its bytes only through a public document.
  document: { ownState: true, parents: [], anyOf: DOCUMENT_PARENTS.map(({ column, table }) => via(column, table)) },
  document_content: NEVER,
  document_chunk: NEVER,
  staff_account: NEVER,
  staff_session: NEVER,
  sign_in_attempt: NEVER,
  password_link: NEVER,
  audit_event: NEVER,
};

function reachOf(table: string): Reach {
  const reach = PUBLIC_REACH[table];
  if (!reach) throw new Error(`Table "${table}" has no public-reach declaration (api/src/common/public-reach.ts): it cannot be read until it has one`);
  return reach;
}

/** Refuses to start when a table the app maps has no declaration. */
export function assertPublicReachDeclared(tables: Iterable<string>): void {
  const missing = [...tables].filter((table) => !PUBLIC_REACH[table]);
  if (missing.length) throw new Error(`No public-reach declaration for: ${missing.join(', ')} (api/src/common/public-reach.ts)`);
}

/**
 * SQL over `table` aliased `a` built from the declaration: `own` is the condition on each row's
 * own state, and every parent link becomes a correlated EXISTS on the parent's primary key (an
 * index lookup per level, in the same statement).
 */
function chain(table: string, a: string, own: (a: string) => string): string {
  const reach = reachOf(table);
  if (reach.never) return 'FALSE';
  const parent = (link: ParentLink, index: number) => {
    const p = `${a}_${index}`;
    const exists = `EXISTS (SELECT 1 FROM "${link.table}" ${p} WHERE ${p}.id = ${a}.${link.column} AND ${chain(link.table, p, own)})`;
    return link.optional ? `(${a}.${link.column} IS NULL OR ${exists})` : exists;
  };
  const terms = reach.ownState ? [own(a)] : [];
  terms.push(...reach.parents.map(parent));
  if (reach.anyOf) terms.push(`(${reach.anyOf.map((link, i) => parent(link, reach.parents.length + i)).join(' OR ')})`);
  return terms.length ? terms.join(' AND ') : 'TRUE';
}

const publishedAndAlive = (a: string) => `${a}.publication = 'PUBLISHED' AND ${a}.deleted_at IS NULL`;
const alive = (a: string) => `${a}.deleted_at IS NULL`;

/**
 * The conditions are built once per table and alias: every request's loaders ask for them, and
 * the same string each time lets the statement caches find their entry without rehashing it.
 */
const memoised = (own: (a: string) => string) => {
  const built = new Map<string, string>();
  return (table: string, a: string): string => {
    const key = `${table} ${a}`;
    let sql = built.get(key);
    if (sql === undefined) {
      sql = chain(table, a, own);
      built.set(key, sql);
    }
    return sql;
  };
};

/** Rows of `table` (aliased `a`) the public sees: published, undeleted and reached through public parents. */
export const publicCondition = memoised(publishedAndAlive);

/** Rows of `table` none of whose records up the chain is deleted (what staff may see, before their scope). */
export const aliveCondition = memoised(alive);

/** Whether `table` has rows of its own publication state (so staff scope applies to it). */
export const hasOwnState = (table: string): boolean => reachOf(table).ownState;

/**
 * SQL listing which of the ids in `$1` (a uuid array) are public records of any of `tables`
 * (each with an `id` primary key): for values that name other records, such as the links kept in
 * the audit trail.
 */
export function publicIdsSql(tables: string[]): string {
  const reachable = tables
    .filter((table) => !reachOf(table).never)
    .map((table) => `EXISTS (SELECT 1 FROM "${table}" r WHERE r.id = u.id AND ${publicCondition(table, 'r')})`);
  return `SELECT u.id FROM unnest($1::uuid[]) u(id) WHERE ${reachable.join(' OR ') || 'FALSE'}`;
}
