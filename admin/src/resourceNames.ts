/** The menu's groups (layout.tsx; labelled `tablero.menu.<group>`). */
export type MenuGroup = 'work' | 'secretariat' | 'plan' | 'evaluation' | 'catalogs' | 'administration';

/**
 * Every resource of the back-office, in menu order, with the menu group it is listed under (null:
 * kept only from another record's page, no list of its own). App renders one <Resource> per name
 * (its views and data typed by this list, so none is missing), the menu lists them by group, and
 * the sweep (test/admin/sweep.ts) opens them.
 */
const RESOURCES = {
  commitments: 'work',
  milestones: 'work',
  informationRequests: 'work',
  informationDeliveries: 'work',
  events: 'work',
  agreements: 'work',
  sessions: 'secretariat',
  sessionAttendance: null,
  secretariats: 'secretariat',
  posts: 'secretariat',
  memberships: 'secretariat',
  people: 'secretariat',
  exercises: 'plan',
  actionPlans: 'plan',
  themes: 'plan',
  evaluations: 'evaluation',
  evaluationCriteria: 'evaluation',
  recommendations: 'evaluation',
  organizations: 'catalogs',
  regions: 'catalogs',
  venues: 'catalogs',
  municipalities: 'catalogs',
  states: 'catalogs',
  sourceDocuments: 'catalogs',
  staffAccounts: 'administration',
} as const satisfies Record<string, MenuGroup | null>;

export type ResourceName = keyof typeof RESOURCES;

export const RESOURCE_NAMES = Object.keys(RESOURCES) as ResourceName[];

/** The resources listed under a menu group, in order. */
export const resourcesIn = (group: MenuGroup) => RESOURCE_NAMES.filter((name) => RESOURCES[name] === group);

/** Resources kept only from another record's page (no list of their own). */
export const WITHOUT_LIST: readonly ResourceName[] = RESOURCE_NAMES.filter((name) => RESOURCES[name] === null);
