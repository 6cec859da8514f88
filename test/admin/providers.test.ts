import { encodeCursor } from '../../api/src/common/pagination';
import { afterForPage, offsetCursor } from '../../admin/src/providers/cursor';
import { canAccess, limitedFields, type Identity, type Scope } from '../../admin/src/providers/permissions';
import { changedInput, pickInput, type InputFields } from '../../admin/src/providers/inputs';
import type { MilestoneInput } from '../../admin/src/generated/graphql';

const COAHUILA = 'state-coa';
const DIPETRE = 'org-dipetre';
const MAGISTERIO = 'org-magisterio';

const identity = (
  role: Identity['role'],
  organization: string | null = null,
  state: string | null = null,
): Identity => ({
  id: `account-${role}`,
  email: `${role.toLowerCase()}@test`,
  displayName: role,
  role,
  organization: organization ? { id: organization, name: organization, abbreviation: null } : null,
  state: state ? { id: state, code: 'MX-COA', name: 'Coahuila de Zaragoza' } : null,
});

const scope = (extra: Partial<Scope> = {}): { _scope: Scope } => ({
  _scope: { stateId: COAHUILA, responsibleIds: [DIPETRE], followerIds: [MAGISTERIO], ...extra },
});
const otherAgencys = scope({ responsibleIds: ['org-conagua'], followerIds: [] });

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
    expect(pickInput(fields, { id: 'x', version: 3, title: 'Hito', description: '', _scope: {}, reviews: [] })).toEqual(
      { title: 'Hito', description: null },
    );
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

describe("canAccess mirrors the server's write scope", () => {
  const agency = identity('AGENCY_EDITOR', DIPETRE, COAHUILA);
  const follower = identity('CIVIL_SOCIETY_FOLLOWER', MAGISTERIO, COAHUILA);
  const institute = identity('INSTITUTE_ADMIN', 'org-icai', COAHUILA);
  const otherInstitute = identity('INSTITUTE_ADMIN', null, 'state-dur');
  const evaluator = identity('NATIONAL_EVALUATOR', 'org-inai');
  const platform = identity('PLATFORM_ADMIN');

  it('lets everyone signed in read, and nobody signed out', () => {
    for (const who of [agency, follower, institute, evaluator, platform])
      expect(canAccess(who, 'list', 'commitments')).toBe(true);
    expect(canAccess(null, 'list', 'commitments')).toBe(false);
  });

  it("keeps an agency inside its account's state, even on records of its organisation", () => {
    const conaguaOffice = identity('AGENCY_EDITOR', 'org-conagua', COAHUILA);
    expect(canAccess(conaguaOffice, 'edit', 'milestones', otherAgencys)).toBe(true);
    expect(
      canAccess(conaguaOffice, 'edit', 'milestones', scope({ stateId: 'state-nle', responsibleIds: ['org-conagua'] })),
    ).toBe(false);
  });

  it("lets an agency keep its own commitments' milestones, requests, deliveries and meetings, not another agency's", () => {
    for (const resource of ['milestones', 'informationRequests', 'informationDeliveries']) {
      expect(canAccess(agency, 'edit', resource, scope())).toBe(true);
      expect(canAccess(agency, 'create', resource, scope())).toBe(true);
      expect(canAccess(agency, 'edit', resource, otherAgencys)).toBe(false);
      expect(canAccess(agency, 'create', resource, otherAgencys)).toBe(false);
    }
    expect(canAccess(agency, 'edit', 'events', scope({ eventKind: 'WORKING_MEETING' }))).toBe(true);
    expect(canAccess(agency, 'edit', 'events', scope({ eventKind: 'WORKSHOP' }))).toBe(false);
    for (const resource of ['commitments', 'sessions', 'exercises', 'organizations', 'evaluations'])
      expect(canAccess(agency, 'edit', resource, scope())).toBe(false);
  });

  it('lets an agency follow up an agreement that names it, but not rewrite it', () => {
    const named = scope({ responsibleIds: [], namedIds: [DIPETRE] });
    expect(canAccess(agency, 'edit', 'agreements', named)).toBe(true);
    expect(canAccess(agency, 'delete', 'agreements', named)).toBe(false);
    expect(limitedFields(agency, 'agreements', named)).toEqual(['status', 'statusNote']);
    expect(limitedFields(agency, 'agreements', scope())).toBeNull();
    expect(canAccess(agency, 'edit', 'agreements', scope({ responsibleIds: [], namedIds: ['org-conagua'] }))).toBe(
      false,
    );
  });

  it('lets a follower review the milestones of the commitments it follows, and write nothing else', () => {
    expect(canAccess(follower, 'review', 'milestones', scope())).toBe(true);
    expect(canAccess(follower, 'review', 'milestones', otherAgencys)).toBe(false);
    expect(canAccess(agency, 'review', 'milestones', scope())).toBe(false);
    for (const resource of ['milestones', 'informationDeliveries', 'commitments'])
      expect(canAccess(follower, 'edit', resource, scope())).toBe(false);
  });

  it('lets the institute write everything of its own state only, and administer staff', () => {
    expect(canAccess(institute, 'edit', 'commitments', scope())).toBe(true);
    expect(canAccess(institute, 'delete', 'sessions', scope())).toBe(true);
    expect(canAccess(otherInstitute, 'edit', 'commitments', scope())).toBe(false);
    expect(canAccess(institute, 'edit', 'organizations', scope({ stateId: null }))).toBe(false);
    expect(canAccess(institute, 'list', 'staffAccounts')).toBe(true);
    expect(canAccess(agency, 'list', 'staffAccounts')).toBe(false);
  });

  it('lets the evaluator write evaluations, criteria and its own recommendations only', () => {
    expect(canAccess(evaluator, 'edit', 'evaluations', scope())).toBe(true);
    expect(canAccess(evaluator, 'create', 'evaluationCriteria')).toBe(true);
    expect(
      canAccess(evaluator, 'edit', 'recommendations', scope({ recommendationKind: 'EVALUATOR_RECOMMENDATION' })),
    ).toBe(true);
    expect(canAccess(evaluator, 'edit', 'recommendations', scope({ recommendationKind: 'AREA_OF_OPPORTUNITY' }))).toBe(
      false,
    );
    expect(canAccess(evaluator, 'edit', 'commitments', scope())).toBe(false);
    expect(canAccess(evaluator, 'history', 'commitments', scope())).toBe(true);
  });

  it('lets the platform admin do everything', () => {
    for (const resource of ['commitments', 'organizations', 'staffAccounts'])
      expect(canAccess(platform, 'edit', resource, scope({ stateId: null }))).toBe(true);
  });
});
