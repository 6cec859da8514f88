/**
 * Every resource of the back-office, in menu order. App renders one <Resource> per name (its views
 * typed by this list, so none is missing), and the sweep (test/admin/sweep.ts) opens them.
 */
export const RESOURCE_NAMES = [
  'commitments',
  'milestones',
  'informationRequests',
  'informationDeliveries',
  'events',
  'agreements',
  'sessions',
  'sessionAttendance',
  'secretariats',
  'posts',
  'memberships',
  'people',
  'exercises',
  'actionPlans',
  'themes',
  'evaluations',
  'evaluationCriteria',
  'recommendations',
  'organizations',
  'regions',
  'venues',
  'municipalities',
  'states',
  'sourceDocuments',
  'staffAccounts',
] as const;

export type ResourceName = (typeof RESOURCE_NAMES)[number];

/** Resources kept only from another record's page (no list of their own). */
export const WITHOUT_LIST: readonly ResourceName[] = ['sessionAttendance'];
