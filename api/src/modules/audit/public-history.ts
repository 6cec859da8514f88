import type { EntityManager } from 'typeorm';
import { publicIdsSql } from '../../common/public-reach';
import type { FieldChange } from './audit.types';
import { changedFields } from './audit.resolver';

/**
 * Public history, the one definition `publicHistory` and the Atom feeds share: it starts at a
 * record's first publication. Only writes after which the record stood published (and not
 * deleted) are shown, each compared with the record as the public last saw it, so what was typed
 * while it was a draft never shows. Fields that name a person's account are left out, and ids of
 * other records that are not public are blanked.
 */

/** An audit snapshot (JSON) of the record as the public could see it; rows without a publication state (reviews) always. */
const shownPublicly = (snapshot: string) =>
  `(${snapshot} IS NOT NULL AND coalesce(${snapshot}->>'publication', 'PUBLISHED') = 'PUBLISHED' AND ${snapshot}->>'deletedAt' IS NULL)`;

/**
 * The public audit rows among `from` (audit rows aliased `a`, possibly joined; `extraColumns`
 * selects from the joins), with `before` replaced by the record as last shown publicly (null at
 * first publication). Callers add conditions with `AND`.
 */
export const publicAuditSql = (from: string, extraColumns = '') => `
  SELECT a.id, a.at, a.action, a.entity, a.record_id, a.organization_id, seen.after AS before, a.after${extraColumns}
    FROM ${from}
    LEFT JOIN LATERAL (
      SELECT b.after FROM audit_event b
       WHERE b.record_id = a.record_id AND b.id < a.id AND ${shownPublicly('b.after')}
       ORDER BY b.id DESC LIMIT 1) seen ON TRUE
   WHERE ${shownPublicly('a.after')}`;

/** Fields that would name who made a change: people are never shown, only their organisation. */
const PERSONAL_FIELDS = new Set(['accountId', 'createdById']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Snapshot = Record<string, unknown> | null;

const idsIn = (snapshot: Snapshot): string[] =>
  Object.values(snapshot ?? {})
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((v): v is string => typeof v === 'string' && UUID.test(v));

/** The ids the snapshots name (links, parents) that are public now: one statement for any number of rows. */
export async function publicIdsOf(manager: EntityManager, snapshots: Snapshot[]): Promise<Set<string>> {
  const ids = [...new Set(snapshots.flatMap(idsIn))];
  if (!ids.length) return new Set();
  const tables = manager.connection.entityMetadatas
    .filter((m) => m.primaryColumns.length === 1 && m.primaryColumns[0].propertyName === 'id')
    .map((m) => m.tableName);
  const rows: { id: string }[] = await manager.query(publicIdsSql(tables), [ids]);
  return new Set(rows.map((row) => row.id));
}

/** A snapshot as the public may read it: no personal fields, ids of hidden records blanked (removed from link sets). */
function scrub(snapshot: Snapshot, publicIds: Set<string>): Snapshot {
  if (!snapshot) return snapshot;
  const shown: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(snapshot)) {
    if (PERSONAL_FIELDS.has(field)) continue;
    const hidden = (v: unknown) => typeof v === 'string' && UUID.test(v) && !publicIds.has(v);
    shown[field] = Array.isArray(value) ? value.filter((v) => !hidden(v)) : hidden(value) ? null : value;
  }
  return shown;
}

/** What a public audit row changed, as the public may read it. */
export const publicChanges = (before: Snapshot, after: Snapshot, publicIds: Set<string>): FieldChange[] =>
  changedFields(scrub(before, publicIds), scrub(after, publicIds));
