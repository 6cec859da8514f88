import type { AbilitiesFragment, IdentityFragment, RecordKindName } from '../generated/graphql';

export type Identity = IdentityFragment;

/** Meetings are the events an agency keeps; the exercise's other events are the institute's (the event form offers an agency these). */
export const MEETING_KINDS = ['WORKING_MEETING', 'SITE_VISIT', 'COMMITMENT_WORKING_TABLE'] as const;

const WRITES = new Set(['create', 'clone', 'edit', 'delete']);

/** A record as react-admin passes it: what the server says the viewer may do to it comes along (`viewerCan`). */
export interface RecordWithAbilities {
  viewerCan?: AbilitiesFragment | null;
  [field: string]: unknown;
}

/**
 * Whether the server would accept `action` on `resource` (whose records are of `kind`, the API's
 * name, when staff write them) from this account, as the server says:
 * on a record, its `viewerCan`; creating under a record (a milestone of a commitment), the
 * parent's `viewerCan.create`; without a record (a Create button, a bulk action), whether the
 * account creates records of the kind at all (`me.canCreate`). No rule is copied here.
 */
export function canAccess(
  identity: Identity | null,
  action: string,
  resource: string,
  kind?: RecordKindName,
  record?: RecordWithAbilities,
): boolean {
  if (!identity) return false;
  const role = identity.role;
  const can = record?.viewerCan;
  // Accounts are no record kind: the API lets the platform admin and the institute (its state's) manage them.
  if (resource === 'staffAccounts') return role === 'PLATFORM_ADMIN' || role === 'INSTITUTE_ADMIN';
  // The wastebasket lists only what the account may restore (deletedRecords): its door is whether it restores any kind.
  if (action === 'restore') return record ? !!can?.restore : identity.canRestore.length > 0;
  // The activity feed covers every kind: the API shows it to these roles (activity, recordHistory).
  if (action === 'history')
    return record
      ? !!can?.history
      : role === 'PLATFORM_ADMIN' || role === 'NATIONAL_EVALUATOR' || role === 'INSTITUTE_ADMIN';
  // The API takes spreadsheets from staff who create records and checks each row; any kind will do for the page.
  if (action === 'import') return identity.canCreate.length > 0;
  if (action === 'review') return !!can?.review;
  if (action === 'list' || action === 'show' || action === 'export') return true;
  if (!kind) return false;
  // Without a record: whether the account writes some records of the kind (Create buttons, bulk actions; the server checks each).
  if (!record || action === 'clone') return WRITES.has(action) && identity.canCreate.includes(kind);
  switch (action) {
    case 'create':
      return !!can?.create.includes(kind);
    case 'edit':
      return !!can?.update;
    case 'delete':
      return !!can?.delete;
    default:
      return false;
  }
}

/** The only fields the server lets this account change on the record (an agency following up an agreement); null when all. */
export const limitedFields = (record?: RecordWithAbilities): string[] | null => record?.viewerCan?.onlyFields ?? null;
