/**
 * The one definition of "public": a record is public when it is published, not deleted, and
 * reached through published, undeleted parents all the way up to its exercise. Every read path
 * (by id, lists, totals, filters, nested fields, figures, downloads, calendars, feeds) builds its
 * condition from the `reach` each kind declares (record-kind.ts), so a parent going back to draft
 * hides its whole subtree.
 *
 * Deny by default: an undeclared table makes `publicCondition` throw, and the start-up check
 * (`assertKindsDeclared`) refuses to serve; no table is ever public by omission.
 */
import { kindOfTable, type ParentLink, type Reach } from './record-kind';

const reachOf = (table: string): Reach => kindOfTable(table).reach;

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
