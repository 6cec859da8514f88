import { aliveCondition, hasOwnState, publicCondition } from './public-reach';
import { kindOfTable, type RecordKind, type RowSql } from './record-kind';
import { StaffRole } from './viewer';
import type { Viewer } from './viewer';

/**
 * Who may see and change a record is decided from the record's own links, in SQL, on the
 * server: the state its exercise belongs to, and the commitments it serves (whose responsible
 * agencies and following organisations are in `commitment_organization`), as each kind declares
 * them (record-kind.ts). Nothing the client sends takes part, and anything no rule allows is denied.
 */

export interface ScopeCondition {
  sql: string;
  parameters: Record<string, unknown>;
}

/** A scope condition's named parameters (`:viewerStateId`) as positional ones, appended to `params`. */
export function bind(condition: ScopeCondition, params: unknown[]): string {
  return condition.sql.replace(/:(\w+)/g, (_m, name: string) => {
    params.push(condition.parameters[name]);
    return `$${params.length}`;
  });
}

const TRUE: ScopeCondition = { sql: 'TRUE', parameters: {} };
const FALSE: ScopeCondition = { sql: 'FALSE', parameters: {} };

type Scoped = RecordKind & { scope: NonNullable<RecordKind['scope']>; state: NonNullable<RecordKind['state']> };

/** The kind of `table` when staff scope applies to it (a record with its own publication state), else null. */
const scopedKind = (table: string): Scoped | null => {
  const kind = kindOfTable(table);
  return kind.scope && kind.state ? (kind as Scoped) : null;
};

const linkedThrough = (kind: Scoped, a: string, role: 'RESPONSIBLE' | 'FOLLOWER') =>
  kind.scope.commitments
    ? `EXISTS (SELECT 1 FROM commitment_organization co WHERE co.organization_id = :viewerOrganizationId AND co.role = '${role}' AND co.commitment_id IN (${kind.scope.commitments(a)}))`
    : 'FALSE';

const viewerState = (viewer: Extract<Viewer, { kind: 'staff' }>) => ({ viewerStateId: viewer.stateId });

/** Rows an agency reaches: those `own` allows, in its account's state. */
const agencyScope = (
  viewer: Extract<Viewer, { kind: 'staff' }>,
  kind: Scoped,
  own: string,
  a: string,
): ScopeCondition => ({
  sql: `(${own} AND ${kind.state(a)} = :viewerStateId)`,
  parameters: { viewerOrganizationId: viewer.organizationId, ...viewerState(viewer) },
});

/**
 * Which rows of `table` (aliased `a`) the viewer may change. Checked on the row as it was and on
 * the row as it stands after the write, in the write's transaction. Staff of an organisation
 * write only within their account's state (a national body's account is limited to one state).
 */
export function writableBy(viewer: Viewer, table: string, a: string): ScopeCondition {
  const kind = scopedKind(table);
  if (!kind || viewer.kind !== 'staff' || !writesSome(viewer.role, table)) return FALSE;
  switch (viewer.role) {
    case StaffRole.PLATFORM_ADMIN:
      return TRUE;
    case StaffRole.INSTITUTE_ADMIN:
      return { sql: `${kind.state(a)} = :viewerStateId`, parameters: viewerState(viewer) };
    case StaffRole.NATIONAL_EVALUATOR:
      return { sql: evaluatorWrites(table, a), parameters: {} };
    case StaffRole.AGENCY_EDITOR:
      return agencyScope(viewer, kind, agencyWrites(table, a), a);
    default:
      return FALSE;
  }
}

/**
 * Whether `role` writes some rows of `table` (so it may create them, within its scope): the
 * platform admin and the institute every kind with a write scope, the evaluator and agencies the
 * kinds that name them as writers, nobody else any.
 */
export function writesSome(role: StaffRole, table: string): boolean {
  if (!scopedKind(table)) return false;
  switch (role) {
    case StaffRole.PLATFORM_ADMIN:
    case StaffRole.INSTITUTE_ADMIN:
      return true;
    case StaffRole.NATIONAL_EVALUATOR:
      return evaluatorWrites(table, 'a') !== 'FALSE';
    case StaffRole.AGENCY_EDITOR:
      return agencyWrites(table, 'a') !== 'FALSE';
    default:
      return false;
  }
}

/**
 * The fields of `table` rows (aliased `a`) the viewer may change outside its write scope, and on
 * which rows, as the kind declares (`followUp`: an agency follows up the agreements that name it,
 * within its account's state); null when it follows up none. Updates only.
 */
export function followedUpBy(
  viewer: Viewer,
  table: string,
  a: string,
): { fields: string[]; rows: ScopeCondition } | null {
  const kind = scopedKind(table);
  const followUp = kind?.scope.followUp;
  if (!kind || !followUp || viewer.kind !== 'staff' || viewer.role !== StaffRole.AGENCY_EDITOR) return null;
  return { fields: followUp.fields, rows: agencyScope(viewer, kind, followUp.agency(a), a) };
}

/** Whether `role` brings back some deleted rows of `table`: the institute and the platform admin, of the kinds they write. */
export const restoresSome = (role: StaffRole, table: string): boolean =>
  (role === StaffRole.INSTITUTE_ADMIN || role === StaffRole.PLATFORM_ADMIN) && writesSome(role, table);

/** Which deleted rows of `table` (aliased `a`) the viewer may bring back: the institute (its state's) and the platform admin. */
export function restorableBy(viewer: Viewer, table: string, a: string): ScopeCondition {
  if (viewer.kind !== 'staff' || !restoresSome(viewer.role, table)) return FALSE;
  return writableBy(viewer, table, a);
}

/**
 * Which rows of `table` (aliased `a`) the viewer may review (confirm or dispute their reported
 * status), as the kind declares (`reviews: 'followers'`): civil-society followers of the
 * commitments the row serves.
 */
export function reviewableBy(viewer: Viewer, table: string, a: string): ScopeCondition {
  const kind = scopedKind(table);
  if (
    !kind?.scope.reviews ||
    viewer.kind !== 'staff' ||
    viewer.role !== StaffRole.CIVIL_SOCIETY_FOLLOWER ||
    !viewer.organizationId
  )
    return FALSE;
  return { sql: linkedThrough(kind, a, 'FOLLOWER'), parameters: { viewerOrganizationId: viewer.organizationId } };
}

/**
 * Whose full audit trail of a row (aliased `a`, of a kind whose state is `state`) the viewer may
 * read: the evaluator's and the platform admin's, any; an institute admin's, its state's records.
 */
export function historyReadableBy(viewer: Viewer, state: RowSql | null, a: string): ScopeCondition {
  if (viewer.kind !== 'staff') return FALSE;
  switch (viewer.role) {
    case StaffRole.PLATFORM_ADMIN:
    case StaffRole.NATIONAL_EVALUATOR:
      return TRUE;
    case StaffRole.INSTITUTE_ADMIN:
      return state ? { sql: `${state(a)} = :viewerStateId`, parameters: viewerState(viewer) } : FALSE;
    default:
      return FALSE;
  }
}

/** Whether `condition` is the one that holds for no row (the viewer may do it to none). */
export const holdsForNone = (condition: ScopeCondition): boolean => condition === FALSE;

/**
 * SQL for the rows of `table` (aliased `a`) an agency editor writes as its kind declares, before
 * its state is checked (`:viewerOrganizationId` is its organisation); 'FALSE' when it writes none.
 * A kind that belongs to another record (a document) is written as that record is.
 */
export function agencyWrites(table: string, a: string): string {
  const kind = scopedKind(table);
  const agency = kind?.scope.writers?.agency;
  if (!kind || !agency) return 'FALSE';
  return agency === 'responsible' ? linkedThrough(kind, a, 'RESPONSIBLE') : agency(a);
}

/** SQL for the rows of `table` (aliased `a`) the national evaluator writes; 'FALSE' when it writes none. */
export function evaluatorWrites(table: string, a: string): string {
  const evaluator = scopedKind(table)?.scope.writers?.evaluator;
  return evaluator === true ? 'TRUE' : evaluator ? evaluator(a) : 'FALSE';
}

/** SQL for the state a row of `table` belongs to, or null when it belongs to none (national bodies, source documents). */
export const stateOf = (table: string): ((a: string) => string) | null => kindOfTable(table).state;

/**
 * Whether a row of `table` (aliased `r`) and a record it names, of `target` (aliased `t`), belong
 * together: the same exercise when both belong to one, else the same state when both have one
 * (a national body, with no state, goes with any state). A model rule: it holds for every role.
 */
export function belongTogether(table: string, r: string, target: string, t: string): string {
  const [rowExercise, targetExercise] = [kindOfTable(table).exercise, kindOfTable(target).exercise];
  if (rowExercise && targetExercise) return `${targetExercise(t)} IS NOT DISTINCT FROM ${rowExercise(r)}`;
  const [rowState, targetState] = [stateOf(table), stateOf(target)];
  if (!rowState || !targetState) return 'TRUE';
  return `(${targetState(t)} IS NULL OR ${rowState(r)} IS NULL OR ${targetState(t)} = ${rowState(r)})`;
}

/**
 * Which records of `table` (aliased `a`) the viewer may name in a record it writes (a parent,
 * a link): the platform admin and the evaluator any; an institute admin those of its state and
 * national ones; an agency as each kind declares (`agencyNames`: what it writes, the rows of the
 * commitments it is responsible for, or none), and otherwise what it can see in its account's
 * state or of no state.
 */
export function linkableBy(viewer: Viewer, table: string, a: string): ScopeCondition {
  if (viewer.kind !== 'staff') return FALSE;
  const state = stateOf(table);
  switch (viewer.role) {
    case StaffRole.PLATFORM_ADMIN:
    case StaffRole.NATIONAL_EVALUATOR:
      return TRUE;
    case StaffRole.INSTITUTE_ADMIN:
      return state
        ? { sql: `(${state(a)} IS NULL OR ${state(a)} = :viewerStateId)`, parameters: viewerState(viewer) }
        : TRUE;
    case StaffRole.AGENCY_EDITOR: {
      const kind = scopedKind(table);
      switch (kind?.scope.agencyNames) {
        case 'written':
          return writableBy(viewer, table, a);
        case 'responsible':
          return agencyScope(viewer, kind, linkedThrough(kind, a, 'RESPONSIBLE'), a);
        case 'none':
          return FALSE;
      }
      const readable = readableBy(viewer, table, a);
      const inState = state ? `(${state(a)} IS NULL OR ${state(a)} = :viewerStateId)` : 'TRUE';
      return {
        sql: `(${readable.sql}) AND ${inState}`,
        parameters: { ...readable.parameters, ...viewerState(viewer) },
      };
    }
    default:
      return FALSE;
  }
}

/**
 * Which rows of `table` (aliased `a`) the viewer may see: public ones (public-reach.ts), plus, for
 * staff, drafts in scope. Never a deleted row, nor one whose parent (or any record up the chain) is deleted.
 */
export function readableBy(viewer: Viewer, table: string, a: string): ScopeCondition {
  const published = publicCondition(table, a);
  if (viewer.kind !== 'staff') return { sql: published, parameters: {} };
  const alive = aliveCondition(table, a);
  // Rows without a publication state of their own (links, reviews) follow the records they join.
  if (!hasOwnState(table)) return { sql: alive, parameters: {} };
  const scope = scopedKind(table);
  if (!scope) return { sql: published, parameters: {} };
  switch (viewer.role) {
    case StaffRole.PLATFORM_ADMIN:
    case StaffRole.NATIONAL_EVALUATOR:
      return { sql: alive, parameters: {} };
    case StaffRole.INSTITUTE_ADMIN:
      return {
        sql: `${alive} AND (${published} OR ${scope.state(a)} = :viewerStateId)`,
        parameters: { viewerStateId: viewer.stateId },
      };
    case StaffRole.AGENCY_EDITOR:
      return {
        sql: `${alive} AND (${published} OR ${linkedThrough(scope, a, 'RESPONSIBLE')})`,
        parameters: { viewerOrganizationId: viewer.organizationId },
      };
    case StaffRole.CIVIL_SOCIETY_FOLLOWER:
      return {
        sql: `${alive} AND (${published} OR ${linkedThrough(scope, a, 'FOLLOWER')})`,
        parameters: { viewerOrganizationId: viewer.organizationId },
      };
    default:
      return { sql: published, parameters: {} };
  }
}
