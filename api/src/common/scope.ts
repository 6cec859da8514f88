import { StaffRole } from '../modules/account/account.enums';
import type { Viewer } from '../modules/account/viewer';
import { DOCUMENT_PARENTS } from '../modules/document/document.parents';
import { aliveCondition, hasOwnState, publicCondition } from './public-reach';

/**
 * Who may see and change a record is decided from the record's own links, in SQL, on the
 * server: the state its exercise belongs to, and the commitments it serves (whose responsible
 * agencies and following organisations are in `commitment_organization`). Nothing the client
 * sends takes part, and anything no rule allows is denied.
 */
interface TableScope {
  /** SQL for the id of the state the record belongs to. */
  state: (a: string) => string;
  /** SQL listing the commitments the record serves (for agencies and civil society). */
  commitments?: (a: string) => string;
}

const exerciseState = (exerciseId: string) => `(SELECT x.state_id FROM exercise x WHERE x.id = ${exerciseId})`;
const ofCommitment = (commitmentId: string) =>
  exerciseState(`(SELECT p.exercise_id FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE c.id = ${commitmentId})`);
const ofSecretariat = (secretariatId: string) => exerciseState(`(SELECT t.exercise_id FROM secretariat t WHERE t.id = ${secretariatId})`);
const ofPlan = (planId: string) => exerciseState(`(SELECT p.exercise_id FROM action_plan p WHERE p.id = ${planId})`);
const ofEvaluation = (evaluationId: string) => ofPlan(`(SELECT v.plan_id FROM evaluation v WHERE v.id = ${evaluationId})`);

export const TABLE_SCOPES: Record<string, TableScope> = {
  region: { state: (a) => `${a}.state_id` },
  venue: { state: (a) => `(SELECT m.state_id FROM municipality m WHERE m.id = ${a}.municipality_id)` },
  organization: { state: (a) => `${a}.state_id` },
  person: { state: (a) => `${a}.state_id` },
  // An exercise and a plan serve the commitments they hold: staff who keep a draft commitment
  // reach the draft plan and exercise above it (its non-null parents), and nothing else of them.
  exercise: { state: (a) => `${a}.state_id`, commitments: (a) => `SELECT c.id FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE p.exercise_id = ${a}.id` },
  theme: { state: (a) => exerciseState(`${a}.exercise_id`) },
  secretariat: { state: (a) => exerciseState(`${a}.exercise_id`) },
  post: { state: (a) => ofSecretariat(`${a}.secretariat_id`) },
  membership: { state: (a) => ofSecretariat(`(SELECT p.secretariat_id FROM post p WHERE p.id = ${a}.post_id)`) },
  session: { state: (a) => ofSecretariat(`${a}.secretariat_id`) },
  session_attendance: { state: (a) => ofSecretariat(`(SELECT s.secretariat_id FROM session s WHERE s.id = ${a}.session_id)`) },
  agreement: {
    state: (a) =>
      `COALESCE(${ofSecretariat(`(SELECT s.secretariat_id FROM session s WHERE s.id = ${a}.session_id)`)}, ${exerciseState(`(SELECT e.exercise_id FROM event e WHERE e.id = ${a}.event_id)`)})`,
    commitments: (a) => `SELECT ec.commitment_id FROM event_commitment ec WHERE ec.event_id = ${a}.event_id`,
  },
  event: { state: (a) => exerciseState(`${a}.exercise_id`), commitments: (a) => `SELECT ec.commitment_id FROM event_commitment ec WHERE ec.event_id = ${a}.id` },
  action_plan: { state: (a) => exerciseState(`${a}.exercise_id`), commitments: (a) => `SELECT c.id FROM commitment c WHERE c.plan_id = ${a}.id` },
  commitment: { state: (a) => ofPlan(`${a}.plan_id`), commitments: (a) => `SELECT ${a}.id` },
  milestone: { state: (a) => ofCommitment(`${a}.commitment_id`), commitments: (a) => `SELECT ${a}.commitment_id` },
  information_request: { state: (a) => ofCommitment(`${a}.commitment_id`), commitments: (a) => `SELECT ${a}.commitment_id` },
  information_delivery: { state: (a) => ofCommitment(`${a}.commitment_id`), commitments: (a) => `SELECT ${a}.commitment_id` },
  evaluation: { state: (a) => ofPlan(`${a}.plan_id`) },
  evaluation_criterion: { state: (a) => ofEvaluation(`${a}.evaluation_id`) },
  evaluation_score: { state: (a) => ofCommitment(`${a}.commitment_id`), commitments: (a) => `SELECT ${a}.commitment_id` },
  recommendation: { state: (a) => exerciseState(`${a}.exercise_id`) },
};

/** A record that belongs to one of several records (a document): its parent links, by table. */
const BELONGS_TO: Record<string, readonly { column: string; table: string }[]> = {
  document: DOCUMENT_PARENTS,
};

/** The scope of a record that belongs to one of `parents`: the state and commitments of the one it names. */
function belongingScope(parents: readonly { column: string; table: string }[]): TableScope {
  // `owner`: an alias no table scope uses inside its own SQL.
  const of = (a: string, { column, table }: { column: string; table: string }, sql: (p: string) => string) => `(SELECT ${sql('owner')} FROM "${table}" owner WHERE owner.id = ${a}.${column})`;
  return {
    state: (a) => `COALESCE(${parents.map((parent) => of(a, parent, TABLE_SCOPES[parent.table].state)).join(', ')})`,
    commitments: (a) =>
      parents
        .filter((parent) => AGENCY_TABLES.has(parent.table))
        .map(({ column, table }) => `SELECT owned.id FROM "${table}" owner CROSS JOIN LATERAL (${TABLE_SCOPES[table].commitments?.('owner')}) owned(id) WHERE owner.id = ${a}.${column}`)
        .join(' UNION ALL '),
  };
}

/** Meetings are the events an agency keeps; the exercise's other events are the institute's. */
export const MEETING_KINDS = ['WORKING_MEETING', 'SITE_VISIT', 'COMMITMENT_WORKING_TABLE'];

/** The tables the national evaluator writes: evaluations, their rubric and scores, and its recommendations. */
const EVALUATOR_TABLES = new Set(['evaluation', 'evaluation_criterion', 'evaluation_score']);

/** The tables an agency editor keeps, for the commitments its organisation is responsible for. */
const AGENCY_TABLES = new Set(['milestone', 'information_request', 'information_delivery', 'event', 'agreement']);

for (const [table, parents] of Object.entries(BELONGS_TO)) TABLE_SCOPES[table] = belongingScope(parents);

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

const linkedThrough = (scope: TableScope, a: string, role: 'RESPONSIBLE' | 'FOLLOWER') =>
  scope.commitments
    ? `EXISTS (SELECT 1 FROM commitment_organization co WHERE co.organization_id = :viewerOrganizationId AND co.role = '${role}' AND co.commitment_id IN (${scope.commitments(a)}))`
    : 'FALSE';

const viewerState = (viewer: Extract<Viewer, { kind: 'staff' }>) => ({ viewerStateId: viewer.stateId });

/**
 * An agency keeps a meeting (and its agreements) only when its organisation is responsible for
 * every commitment the meeting serves: a meeting shared with another agency's commitment is
 * kept by the institute, so no agency can rewrite, unlink or delete what another agency holds.
 */
const keptMeeting = (eventId: string) =>
  `(EXISTS (SELECT 1 FROM event_commitment ec WHERE ec.event_id = ${eventId})
    AND NOT EXISTS (SELECT 1 FROM event_commitment ec WHERE ec.event_id = ${eventId} AND NOT EXISTS (
      SELECT 1 FROM commitment_organization co WHERE co.commitment_id = ec.commitment_id AND co.organization_id = :viewerOrganizationId AND co.role = 'RESPONSIBLE'))
    AND (SELECT CAST(e.kind AS text) FROM event e WHERE e.id = ${eventId}) IN (${MEETING_KINDS.map((k) => `'${k}'`).join(', ')}))`;

/**
 * Which rows of `table` (aliased `a`) the viewer may change. Checked on the row as it was and on
 * the row as it stands after the write, in the write's transaction. Staff of an organisation
 * write only within their account's state (a national body's account is limited to one state).
 */
export function writableBy(viewer: Viewer, table: string, a: string): ScopeCondition {
  const parents = BELONGS_TO[table];
  if (parents) return writableParent(viewer, parents, a);
  const scope = TABLE_SCOPES[table];
  if (!scope || viewer.kind !== 'staff') return FALSE;
  switch (viewer.role) {
    case StaffRole.PLATFORM_ADMIN:
      return TRUE;
    case StaffRole.INSTITUTE_ADMIN:
      return { sql: `${scope.state(a)} = :viewerStateId`, parameters: viewerState(viewer) };
    case StaffRole.NATIONAL_EVALUATOR:
      if (EVALUATOR_TABLES.has(table)) return TRUE;
      return table === 'recommendation' ? { sql: `${a}.kind = 'EVALUATOR_RECOMMENDATION'`, parameters: {} } : FALSE;
    case StaffRole.AGENCY_EDITOR: {
      if (!AGENCY_TABLES.has(table)) return FALSE;
      const own =
        table === 'event' ? keptMeeting(`${a}.id`) : table === 'agreement' ? `(${a}.event_id IS NOT NULL AND ${keptMeeting(`${a}.event_id`)})` : linkedThrough(scope, a, 'RESPONSIBLE');
      return { sql: `(${own} AND ${scope.state(a)} = :viewerStateId)`, parameters: { viewerOrganizationId: viewer.organizationId, ...viewerState(viewer) } };
    }
    default:
      return FALSE;
  }
}

/** A record that belongs to another (a document) is written by whoever may write the one it names. */
function writableParent(viewer: Viewer, parents: readonly { column: string; table: string }[], a: string): ScopeCondition {
  const conditions = parents.map(({ column, table }) => ({ column, table, condition: writableBy(viewer, table, 'owner') }));
  return {
    sql: `(${conditions.map(({ column, table, condition }) => `EXISTS (SELECT 1 FROM "${table}" owner WHERE owner.id = ${a}.${column} AND ${condition.sql})`).join(' OR ')})`,
    parameters: Object.assign({}, ...conditions.map(({ condition }) => condition.parameters)),
  };
}

/** The state of a record that only serves as a reference (places), beside TABLE_SCOPES' records. */
const REFERENCE_STATES: Record<string, (a: string) => string> = {
  state: (a) => `${a}.id`,
  municipality: (a) => `${a}.state_id`,
};

/** SQL for the state a row of `table` belongs to, or null when it belongs to none (national bodies, source documents). */
export const stateOf = (table: string): ((a: string) => string) | null => TABLE_SCOPES[table]?.state ?? REFERENCE_STATES[table] ?? null;

/** The exercise a record belongs to, for the records that belong to one. */
const EXERCISE_OF: Record<string, (a: string) => string> = {
  exercise: (a) => `${a}.id`,
  theme: (a) => `${a}.exercise_id`,
  secretariat: (a) => `${a}.exercise_id`,
  event: (a) => `${a}.exercise_id`,
  action_plan: (a) => `${a}.exercise_id`,
  recommendation: (a) => `${a}.exercise_id`,
  post: (a) => `(SELECT t.exercise_id FROM secretariat t WHERE t.id = ${a}.secretariat_id)`,
  membership: (a) => `(SELECT t.exercise_id FROM post p JOIN secretariat t ON t.id = p.secretariat_id WHERE p.id = ${a}.post_id)`,
  session: (a) => `(SELECT t.exercise_id FROM secretariat t WHERE t.id = ${a}.secretariat_id)`,
  session_attendance: (a) => `(SELECT t.exercise_id FROM session s JOIN secretariat t ON t.id = s.secretariat_id WHERE s.id = ${a}.session_id)`,
  agreement: (a) =>
    `COALESCE((SELECT t.exercise_id FROM session s JOIN secretariat t ON t.id = s.secretariat_id WHERE s.id = ${a}.session_id), (SELECT e.exercise_id FROM event e WHERE e.id = ${a}.event_id))`,
  commitment: (a) => `(SELECT p.exercise_id FROM action_plan p WHERE p.id = ${a}.plan_id)`,
  milestone: (a) => `(SELECT p.exercise_id FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE c.id = ${a}.commitment_id)`,
  information_request: (a) => `(SELECT p.exercise_id FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE c.id = ${a}.commitment_id)`,
  information_delivery: (a) => `(SELECT p.exercise_id FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE c.id = ${a}.commitment_id)`,
  evaluation: (a) => `(SELECT p.exercise_id FROM action_plan p WHERE p.id = ${a}.plan_id)`,
  evaluation_criterion: (a) => `(SELECT p.exercise_id FROM evaluation v JOIN action_plan p ON p.id = v.plan_id WHERE v.id = ${a}.evaluation_id)`,
  evaluation_score: (a) => `(SELECT p.exercise_id FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE c.id = ${a}.commitment_id)`,
};

/**
 * Whether a row of `table` (aliased `r`) and a record it names, of `target` (aliased `t`), belong
 * together: the same exercise when both belong to one, else the same state when both have one
 * (a national body, with no state, goes with any state). A model rule: it holds for every role.
 */
export function belongTogether(table: string, r: string, target: string, t: string): string {
  const [rowExercise, targetExercise] = [EXERCISE_OF[table], EXERCISE_OF[target]];
  if (rowExercise && targetExercise) return `${targetExercise(t)} IS NOT DISTINCT FROM ${rowExercise(r)}`;
  const [rowState, targetState] = [stateOf(table), stateOf(target)];
  if (!rowState || !targetState) return 'TRUE';
  return `(${targetState(t)} IS NULL OR ${rowState(r)} IS NULL OR ${targetState(t)} = ${rowState(r)})`;
}

/**
 * Which records of `table` (aliased `a`) the viewer may name in a record it writes (a parent,
 * a link): the platform admin and the evaluator any; an institute admin those of its state and
 * national ones; an agency only the commitments it is responsible for, the meetings it keeps and
 * their requests, and otherwise what it can see in its account's state or of no state.
 */
export function linkableBy(viewer: Viewer, table: string, a: string): ScopeCondition {
  if (viewer.kind !== 'staff') return FALSE;
  const state = stateOf(table);
  switch (viewer.role) {
    case StaffRole.PLATFORM_ADMIN:
    case StaffRole.NATIONAL_EVALUATOR:
      return TRUE;
    case StaffRole.INSTITUTE_ADMIN:
      return state ? { sql: `(${state(a)} IS NULL OR ${state(a)} = :viewerStateId)`, parameters: viewerState(viewer) } : TRUE;
    case StaffRole.AGENCY_EDITOR: {
      if (table === 'commitment') {
        return { sql: `(${linkedThrough(TABLE_SCOPES.commitment, a, 'RESPONSIBLE')} AND ${TABLE_SCOPES.commitment.state(a)} = :viewerStateId)`, parameters: { viewerOrganizationId: viewer.organizationId, ...viewerState(viewer) } };
      }
      if (AGENCY_TABLES.has(table)) return writableBy(viewer, table, a);
      // The Secretariat, plans and evaluations are the institute's: an agency names none of their records.
      if (EXERCISE_OF[table] && table !== 'exercise' && table !== 'theme') return FALSE;
      const readable = readableBy(viewer, table, a);
      const inState = state ? `(${state(a)} IS NULL OR ${state(a)} = :viewerStateId)` : 'TRUE';
      return { sql: `(${readable.sql}) AND ${inState}`, parameters: { ...readable.parameters, ...viewerState(viewer) } };
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
  const scope = TABLE_SCOPES[table];
  // Rows without a publication state of their own (links, reviews) follow the records they join.
  if (!hasOwnState(table)) return { sql: alive, parameters: {} };
  if (!scope) return { sql: published, parameters: {} };
  switch (viewer.role) {
    case StaffRole.PLATFORM_ADMIN:
    case StaffRole.NATIONAL_EVALUATOR:
      return { sql: alive, parameters: {} };
    case StaffRole.INSTITUTE_ADMIN:
      return { sql: `${alive} AND (${published} OR ${scope.state(a)} = :viewerStateId)`, parameters: { viewerStateId: viewer.stateId } };
    case StaffRole.AGENCY_EDITOR:
      return { sql: `${alive} AND (${published} OR ${linkedThrough(scope, a, 'RESPONSIBLE')})`, parameters: { viewerOrganizationId: viewer.organizationId } };
    case StaffRole.CIVIL_SOCIETY_FOLLOWER:
      return { sql: `${alive} AND (${published} OR ${linkedThrough(scope, a, 'FOLLOWER')})`, parameters: { viewerOrganizationId: viewer.organizationId } };
    default:
      return { sql: published, parameters: {} };
  }
}
