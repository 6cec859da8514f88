import { encodeCursor } from '../../api/src/common/pagination';
import { afterForPage, offsetCursor } from '../../admin/src/providers/cursor';
import { canAccess, limitedFields, type Identity } from '../../admin/src/providers/permissions';
import { changedInput, pickInput, type InputFields } from '../../admin/src/providers/inputs';
import type { AbilitiesFragment, MilestoneInput, RecordKindName } from '../../admin/src/generated/graphql';

const COAHUILA = 'state-coa';
const DIPETRE = 'org-dipetre';
const MAGISTERIO = 'org-magisterio';

const identity = (
  role: Identity['role'],
  organization: string | null = null,
  state: string | null = null,
  canCreate: RecordKindName[] = [],
  canRestore: RecordKindName[] = [],
): Identity => ({
  id: `account-${role}`,
  email: `${role.toLowerCase()}@test`,
  displayName: role,
  role,
  organization: organization ? { id: organization, name: organization, abbreviation: null } : null,
  state: state ? { id: state, code: 'MX-COA', name: 'Coahuila de Zaragoza' } : null,
  canCreate,
  canRestore,
});

describe("the data provider's pagination", () => {
  it('uses the same offset cursors as the API', () => {
    for (const offset of [0, 1, 24, 49, 99, 123456]) expect(offsetCursor(offset)).toBe(encodeCursor(offset));
  });

  it('starts page P of size S after the record at offset (P - 1) × S − 1', () => {
    expect(afterForPage(1, 25)).toBeNull();
    expect(afterForPage(2, 25)).toBe(encodeCursor(24));
    expect(afterForPage(3, 100)).toBe(encodeCursor(199));
  });
});

describe('the write inputs', () => {
  const fields: InputFields<MilestoneInput, never> = {
    commitmentId: () => undefined,
    position: () => undefined,
    title: () => undefined,
    description: () => undefined,
    startDate: () => undefined,
    dueDate: () => undefined,
    completedOn: () => undefined,
    status: () => undefined,
    weight: () => undefined,
    evidenceUrl: () => undefined,
    evidenceDescription: () => undefined,
    publication: () => undefined,
    sourceDocumentId: () => undefined,
    sourceNote: () => undefined,
  };

  it('send only the input fields, an emptied text as null', () => {
    expect(
      pickInput(fields, { id: 'x', version: 3, title: 'Hito', description: '', viewerCan: {}, reviews: [] }),
    ).toEqual({ title: 'Hito', description: null });
  });

  it('send on update only what changed, so fields left out stay as they are', () => {
    expect(
      changedInput(
        fields,
        { title: 'Nuevo', status: 'DONE', weight: 1 },
        { title: 'Viejo', status: 'DONE', weight: 1 },
      ),
    ).toEqual({ title: 'Nuevo' });
  });
});

describe('canAccess says what the server says', () => {
  const agency = identity('AGENCY_EDITOR', DIPETRE, COAHUILA, ['Milestone', 'Agreement']);
  const follower = identity('CIVIL_SOCIETY_FOLLOWER', MAGISTERIO, COAHUILA);
  const institute = identity('INSTITUTE_ADMIN', 'org-icai', COAHUILA, ['Commitment', 'Milestone'], ['Commitment']);
  const NOTHING: AbilitiesFragment = {
    update: false,
    onlyFields: null,
    delete: false,
    restore: false,
    history: false,
    review: false,
    create: [],
  };
  const told = (can: Partial<AbilitiesFragment>) => ({ viewerCan: { ...NOTHING, ...can } });

  it('lets everyone signed in read, and nobody signed out', () => {
    for (const who of [agency, follower, institute])
      expect(canAccess(who, 'list', 'commitments', 'Commitment')).toBe(true);
    expect(canAccess(null, 'list', 'commitments', 'Commitment')).toBe(false);
  });

  it("reads a record's viewerCan for its edit, delete, review, history and restore", () => {
    const editable = told({ update: true, history: true });
    expect(canAccess(agency, 'edit', 'milestones', 'Milestone', editable)).toBe(true);
    expect(canAccess(agency, 'delete', 'milestones', 'Milestone', editable)).toBe(false);
    expect(canAccess(agency, 'history', 'milestones', 'Milestone', editable)).toBe(true);
    expect(canAccess(institute, 'edit', 'milestones', 'Milestone', told({}))).toBe(false);
    expect(canAccess(follower, 'review', 'milestones', 'Milestone', told({ review: true }))).toBe(true);
    expect(canAccess(follower, 'review', 'milestones', 'Milestone', told({}))).toBe(false);
    expect(canAccess(institute, 'restore', 'commitments', 'Commitment', told({ restore: true }))).toBe(true);
    // A record without viewerCan (a kind nobody writes) allows nothing but reading.
    expect(canAccess(institute, 'edit', 'commitments', 'Commitment', {})).toBe(false);
  });

  it("creates under a record as the parent's viewerCan.create says, and at the top as me.canCreate says", () => {
    expect(canAccess(agency, 'create', 'milestones', 'Milestone', told({ create: ['Milestone'] }))).toBe(true);
    expect(canAccess(agency, 'create', 'milestones', 'Milestone', told({ create: [] }))).toBe(false);
    expect(canAccess(agency, 'create', 'milestones', 'Milestone')).toBe(true);
    expect(canAccess(agency, 'create', 'commitments', 'Commitment')).toBe(false);
    expect(canAccess(institute, 'create', 'commitments', 'Commitment')).toBe(true);
    expect(canAccess(institute, 'create', 'states', undefined)).toBe(false);
  });

  it('offers imports to accounts that create something, and the wastebasket to those that restore something', () => {
    expect(canAccess(agency, 'import', 'imports')).toBe(true);
    expect(canAccess(follower, 'import', 'imports')).toBe(false);
    expect(canAccess(institute, 'restore', 'trash')).toBe(true);
    expect(canAccess(agency, 'restore', 'trash')).toBe(false);
  });

  it('limits the fields of a form to viewerCan.onlyFields', () => {
    expect(limitedFields(told({ update: true, onlyFields: ['status', 'statusNote'] }))).toEqual([
      'status',
      'statusNote',
    ]);
    expect(limitedFields(told({ update: true }))).toBeNull();
    expect(limitedFields(undefined)).toBeNull();
  });

  it('lets the institute and the platform admin administer staff', () => {
    expect(canAccess(institute, 'list', 'staffAccounts')).toBe(true);
    expect(canAccess(agency, 'list', 'staffAccounts')).toBe(false);
  });
});
