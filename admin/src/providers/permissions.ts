import type { IdentityFragment, StaffRole } from '../generated/graphql';

/**
 * What the server decides a write from (api/src/common/scope.ts), as far as the record shows it:
 * the state its exercise belongs to, and the organisations responsible for and following the
 * commitments it serves. `stateId` undefined means the API does not say (organisations and people
 * do not expose their state): the server decides, and a refusal is shown as such.
 */
export interface Scope {
  stateId: string | null | undefined;
  responsibleIds: string[];
  followerIds: string[];
  /** Event kind (agencies keep meetings only). */
  eventKind?: string;
  /** Recommendation kind (the evaluator writes its own recommendations only). */
  recommendationKind?: string;
  /** Organisations an agreement names as responsible (they may follow it up). */
  namedIds?: string[];
}

export type Identity = IdentityFragment;

/** Resources whose records staff write; the others are read-only references. */
export const WRITABLE = [
  'exercises',
  'actionPlans',
  'commitments',
  'milestones',
  'informationRequests',
  'informationDeliveries',
  'events',
  'agreements',
  'secretariats',
  'posts',
  'memberships',
  'sessions',
  'sessionAttendance',
  'organizations',
  'people',
  'themes',
  'regions',
  'venues',
  'evaluations',
  'evaluationCriteria',
  'recommendations',
] as const;
export type WritableResource = (typeof WRITABLE)[number];

/** Meetings are the events an agency keeps; the exercise's other events are the institute's. */
export const MEETING_KINDS = ['WORKING_MEETING', 'SITE_VISIT', 'COMMITMENT_WORKING_TABLE'] as const;

const AGENCY = new Set<string>(['milestones', 'informationRequests', 'informationDeliveries', 'events', 'agreements']);
const EVALUATOR = new Set<string>(['evaluations', 'evaluationCriteria', 'evaluationScores', 'recommendations']);
const READ_ACTIONS = new Set(['list', 'show', 'export']);
const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone']);

const isWritable = (resource: string) =>
  (WRITABLE as readonly string[]).includes(resource) || resource === 'evaluationScores';

/** The record scope react-admin passes along (the data provider attaches it as `_scope`). */
export interface ScopedRecord {
  _scope?: Scope;
  [field: string]: unknown;
}

/**
 * Whether the server would accept `action` on `resource` (and `record`, when given) from this
 * account: the mirror of api/src/common/scope.ts writableBy and the README's table. Without a
 * record, "could this account do this to some record of the kind" (to show a Create button).
 */
export function canAccess(identity: Identity | null, action: string, resource: string, record?: ScopedRecord): boolean {
  if (!identity) return false;
  const role: StaffRole = identity.role;
  const scope = record?._scope;
  const organizationId = identity.organization?.id ?? null;

  if (resource === 'staffAccounts') return role === 'PLATFORM_ADMIN' || role === 'INSTITUTE_ADMIN';
  // Deleted records come back through the institute (its state) and the platform admin only.
  if (action === 'restore') return role === 'PLATFORM_ADMIN' || role === 'INSTITUTE_ADMIN';
  // Spreadsheets come in through the institute (its state), an agency (its own commitments' deliveries and milestones) and the platform admin; the API checks each row.
  if (action === 'import')
    return role === 'PLATFORM_ADMIN' || role === 'INSTITUTE_ADMIN' || (role === 'AGENCY_EDITOR' && !!organizationId);
  if (action === 'history')
    return (
      role === 'PLATFORM_ADMIN' ||
      role === 'NATIONAL_EVALUATOR' ||
      (role === 'INSTITUTE_ADMIN' && (!scope || scope.stateId === undefined || scope.stateId === identity.state?.id))
    );
  if (action === 'review') {
    return (
      role === 'CIVIL_SOCIETY_FOLLOWER' &&
      resource === 'milestones' &&
      !!organizationId &&
      (!scope || scope.followerIds.includes(organizationId))
    );
  }
  if (READ_ACTIONS.has(action)) return true;
  if (!WRITE_ACTIONS.has(action) || !isWritable(resource)) return false;

  switch (role) {
    case 'PLATFORM_ADMIN':
      return true;
    case 'INSTITUTE_ADMIN':
      return !scope || scope.stateId === undefined || (scope.stateId !== null && scope.stateId === identity.state?.id);
    case 'NATIONAL_EVALUATOR':
      if (!EVALUATOR.has(resource)) return false;
      if (resource === 'recommendations' && scope?.recommendationKind)
        return scope.recommendationKind === 'EVALUATOR_RECOMMENDATION';
      return true;
    case 'AGENCY_EDITOR': {
      if (!AGENCY.has(resource) || !organizationId) return false;
      if (!scope) return true;
      // Within its account's state only (a national body's office is limited to one).
      const own =
        scope.responsibleIds.includes(organizationId) &&
        (scope.stateId === undefined || scope.stateId === identity.state?.id);
      if (resource === 'events')
        return own && (!scope.eventKind || (MEETING_KINDS as readonly string[]).includes(scope.eventKind));
      if (resource === 'agreements') return own || (action === 'edit' && !!scope.namedIds?.includes(organizationId));
      return own;
    }
    default:
      return false;
  }
}

/**
 * Fields of an agreement an agency may change when the agreement only names it (it follows it up,
 * it does not rewrite it); null when it may change every field.
 */
export function limitedFields(identity: Identity | null, resource: string, record?: ScopedRecord): string[] | null {
  if (!identity || identity.role !== 'AGENCY_EDITOR' || resource !== 'agreements' || !record?._scope) return null;
  const organizationId = identity.organization?.id ?? '';
  return record._scope.responsibleIds.includes(organizationId) ? null : ['status', 'statusNote'];
}
