import { StaffRole } from '../modules/account/account.enums';
import type { Viewer } from '../modules/account/viewer';
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
  exercise: { state: (a) => `${a}.state_id` },
  theme: { state: (a) => exerciseState(`${a}.exercise_id`) },
  secretariat: { state: (a) => exerciseState(`${a}.exercise_id`) },
  post: { state: (a) => ofSecretariat(`${a}.secretariat_id`) },
  membership: { state: (a) => ofSecretariat(`(SELECT p.secretariat_id FROM post p WHERE p.id = ${a}.post_id)`) },
  session: { state: (a) => ofSecretariat(`${a}.secretariat_id`) },
  agreement: {
    state: (a) =>
      `COALESCE(${ofSecretariat(`(SELECT s.secretariat_id FROM session s WHERE s.id = ${a}.session_id)`)}, ${exerciseState(`(SELECT e.exercise_id FROM event e WHERE e.id = ${a}.event_id)`)})`,
    commitments: (a) => `SELECT ec.commitment_id FROM event_commitment ec WHERE ec.event_id = ${a}.event_id`,
  },
  event: { state: (a) => exerciseState(`${a}.exercise_id`), commitments: (a) => `SELECT ec.commitment_id FROM event_commitment ec WHERE ec.event_id = ${a}.id` },
  action_plan: { state: (a) => exerciseState(`${a}.exercise_id`) },
  commitment: { state: (a) => ofPlan(`${a}.plan_id`), commitments: (a) => `SELECT ${a}.id` },
  milestone: { state: (a) => ofCommitment(`${a}.commitment_id`), commitments: (a) => `SELECT ${a}.commitment_id` },
  information_request: { state: (a) => ofCommitment(`${a}.commitment_id`), commitments: (a) => `SELECT ${a}.commitment_id` },
  information_delivery: { state: (a) => ofCommitment(`${a}.commitment_id`), commitments: (a) => `SELECT ${a}.commitment_id` },
  evaluation: { state: (a) => ofPlan(`${a}.plan_id`) },
  evaluation_criterion: { state: (a) => ofEvaluation(`${a}.evaluation_id`) },
  evaluation_score: { state: (a) => ofCommitment(`${a}.commitment_id`), commitments: (a) => `SELECT ${a}.commitment_id` },
  recommendation: { state: (a) => exerciseState(`${a}.exercise_id`) },
};

/** Meetings are the events an agency keeps; the exercise's other events are the institute's. */
export const MEETING_KINDS = ['WORKING_MEETING', 'SITE_VISIT', 'COMMITMENT_WORKING_TABLE'];

/** The tables the national evaluator writes: evaluations, their rubric and scores, and its recommendations. */
const EVALUATOR_TABLES = new Set(['evaluation', 'evaluation_criterion', 'evaluation_score']);

/** The tables an agency editor keeps, for the commitments its organisation is responsible for. */
const AGENCY_TABLES = new Set(['milestone', 'information_request', 'information_delivery', 'event', 'agreement']);

export interface ScopeCondition {
  sql: string;
  parameters: Record<string, unknown>;
}

const TRUE: ScopeCondition = { sql: 'TRUE', parameters: {} };
const FALSE: ScopeCondition = { sql: 'FALSE', parameters: {} };

const linkedThrough = (scope: TableScope, a: string, role: 'RESPONSIBLE' | 'FOLLOWER') =>
  scope.commitments
    ? `EXISTS (SELECT 1 FROM commitment_organization co WHERE co.organization_id = :viewerOrganizationId AND co.role = '${role}' AND co.commitment_id IN (${scope.commitments(a)}))`
    : 'FALSE';

/** Which rows of `table` (aliased `a`) the viewer may change. */
export function writableBy(viewer: Viewer, table: string, a: string): ScopeCondition {
  const scope = TABLE_SCOPES[table];
  if (!scope || viewer.kind !== 'staff') return FALSE;
  switch (viewer.role) {
    case StaffRole.PLATFORM_ADMIN:
      return TRUE;
    case StaffRole.INSTITUTE_ADMIN:
      return { sql: `${scope.state(a)} = :viewerStateId`, parameters: { viewerStateId: viewer.stateId } };
    case StaffRole.NATIONAL_EVALUATOR:
      if (EVALUATOR_TABLES.has(table)) return TRUE;
      return table === 'recommendation' ? { sql: `${a}.kind = 'EVALUATOR_RECOMMENDATION'`, parameters: {} } : FALSE;
    case StaffRole.AGENCY_EDITOR: {
      if (!AGENCY_TABLES.has(table)) return FALSE;
      let sql = linkedThrough(scope, a, 'RESPONSIBLE');
      if (table === 'event') sql = `(${sql} AND ${a}.kind IN (${MEETING_KINDS.map((k) => `'${k}'`).join(', ')}))`;
      if (table === 'agreement') {
        sql = `(${sql} OR EXISTS (SELECT 1 FROM agreement_responsible ar WHERE ar.agreement_id = ${a}.id AND ar.organization_id = :viewerOrganizationId))`;
      }
      return { sql, parameters: { viewerOrganizationId: viewer.organizationId } };
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

/** Public figures (pages, statistics, progress) count what the public can see. */
export const publicRow = (a: string) => `${a}.publication = 'PUBLISHED' AND ${a}.deleted_at IS NULL`;
