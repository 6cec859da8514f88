import { seedId } from '../../api/src/seed/upsert';
import { twoStates, unique, type TwoStates } from '../support/two-states';
import type { Viewer } from '../../api/src/common/viewer';

/**
 * The attacks of issue 12, each as it was tried: every one must be refused with a stable code,
 * naming the field, and leave the rows and the audit trail as they were.
 */
describe('writes stay inside the writer scope', () => {
  let world: TwoStates;
  const c2 = seedId('commitment:coahuila-2015-2017:c2');
  const c6 = seedId('commitment:coahuila-2015-2017:c6');

  beforeAll(async () => {
    world = await twoStates('write_scope');
  }, 240_000);
  afterAll(() => world?.close());

  const TABLES = [
    'staff_account',
    'commitment',
    'milestone',
    'event',
    'event_commitment',
    'agreement',
    'agreement_responsible',
    'information_request',
    'information_delivery',
    'audit_event',
  ];
  // Every column orders the rows: a link table's first column (event_id) ties, and tied rows come in any order.
  const snapshot = async () =>
    JSON.stringify(
      await Promise.all(
        TABLES.map((t) => world.database.dataSource.query(`SELECT * FROM ${t} r ORDER BY r::text COLLATE "C"`)),
      ),
    );

  /** Runs a mutation that must be refused with `code` (and `field`, when given), and checks nothing changed. */
  async function refused(
    viewer: Viewer,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field?: string,
  ) {
    const before = await snapshot();
    const result = await world.api.query(query, variables, viewer);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await snapshot()).toBe(before);
    return result.errors?.[0];
  }
  const create = (name: string) => `mutation($i: ${name}Input!) { record: create${name}(input: $i) { id version } }`;
  const update = (name: string) =>
    `mutation($id: ID!, $v: Int!, $i: ${name}Input!) { record: update${name}(id: $id, version: $v, input: $i) { id version } }`;
  const made = async (viewer: Viewer, name: string, input: Record<string, unknown>) =>
    (await world.api.data(create(name), { i: input }, viewer)).record as { id: string; version: number };

  describe('accounts', () => {
    const account = (extra: Record<string, unknown>) => ({
      i: {
        email: `cuenta-${unique()}@test.tablero.mx`,
        displayName: 'Enlace',
        password: 'contraseña inicial',
        role: 'AGENCY_EDITOR',
        ...extra,
      },
    });
    const CREATE = `mutation($i: StaffAccountInput!) { createStaffAccount(input: $i) { id state { code } } }`;

    it("refuses an institute admin an account for another state's organisation, whatever stateId it sends", async () => {
      await refused(
        world.viewers.institute,
        CREATE,
        account({ organizationId: world.other.organization, stateId: world.ours.state }),
        'FORBIDDEN',
      );
      await refused(
        world.viewers.institute,
        CREATE,
        account({ organizationId: world.other.organization }),
        'FORBIDDEN',
      );
    });

    it("takes the account's state from its organisation, never from the input", async () => {
      await refused(
        world.viewers.platform,
        CREATE,
        account({ organizationId: world.other.organization, stateId: world.ours.state }),
        'BAD_USER_INPUT',
        'input.stateId',
      );
      const created = await world.api.data(
        CREATE,
        account({ organizationId: world.other.organization }),
        world.viewers.otherInstitute,
      );
      expect(created.createStaffAccount.state.code).toBe(world.otherStateCode);
    });

    it("gives a national body's local office an account limited to one state, which that state's institute sees and disables", async () => {
      const conagua = seedId('organization:conagua');
      await refused(world.viewers.institute, CREATE, account({ organizationId: conagua }), 'FORBIDDEN');
      await refused(
        world.viewers.platform,
        CREATE,
        account({ organizationId: conagua }),
        'BAD_USER_INPUT',
        'input.stateId',
      );
      const { createStaffAccount: office } = await world.api.data(
        CREATE,
        account({ organizationId: conagua, stateId: world.ours.state }),
        world.viewers.platform,
      );
      expect(office.state.code).toBe('MX-COA');
      const listed = async (viewer: Viewer) =>
        (await world.api.data(`{ staffAccounts { id } }`, {}, viewer)).staffAccounts.map((a: { id: string }) => a.id);
      expect(await listed(world.viewers.institute)).toContain(office.id);
      expect(await listed(world.viewers.otherInstitute)).not.toContain(office.id);
      const DISABLE = `mutation($id: ID!) { setStaffAccountDisabled(id: $id, disabled: true) { disabledAt } }`;
      await refused(world.viewers.otherInstitute, DISABLE, { id: office.id }, 'FORBIDDEN');
      expect(
        (await world.api.data(DISABLE, { id: office.id }, world.viewers.institute)).setStaffAccountDisabled.disabledAt,
      ).toBeTruthy();
    });

    it("limits that office's writes to its state: it cannot touch another state's commitment, even one its body is responsible for", async () => {
      const { id: commitment } = await made(world.viewers.platform, 'Commitment', {
        planId: world.other.plan,
        title: 'Compromiso con CONAGUA',
        publication: 'PUBLISHED',
        responsibleAgencyIds: [seedId('organization:conagua')],
      });
      await refused(
        world.viewers.otherAgency,
        create('InformationDelivery'),
        {
          i: {
            commitmentId: commitment,
            description: 'Entrega',
            pages: 12345,
            pagesQualifier: 'EXACT',
            publication: 'PUBLISHED',
          },
        },
        'FORBIDDEN',
      );
    });
  });

  describe('links an agency may not follow', () => {
    it("refuses a meeting in another state's exercise, linked to that state's commitment", async () => {
      await refused(
        world.viewers.agency,
        create('Event'),
        {
          i: {
            exerciseId: world.other.exercise,
            kind: 'WORKING_MEETING',
            title: 'Reunión',
            commitmentIds: [world.other.commitment],
            publication: 'PUBLISHED',
          },
        },
        'FORBIDDEN',
      );
      await refused(
        world.viewers.agency,
        create('Event'),
        {
          i: {
            exerciseId: world.other.exercise,
            kind: 'WORKING_MEETING',
            title: 'Reunión',
            commitmentIds: [c2],
            publication: 'PUBLISHED',
          },
        },
        'FORBIDDEN',
        'input.exerciseId',
      );
    });

    it('refuses an agreement on a Secretariat session, even one naming the agency responsible', async () => {
      await refused(
        world.viewers.agency,
        create('Agreement'),
        {
          i: {
            sessionId: world.ours.session,
            position: 99,
            text: 'La DIPETRE lo hará',
            responsibleIds: [seedId('organization:dipetre')],
            publication: 'PUBLISHED',
          },
        },
        'FORBIDDEN',
      );
    });

    it("refuses moving an agreement to another state's session, for the agency and the institute alike", async () => {
      const agreement = await made(world.viewers.agency, 'Agreement', {
        eventId: world.ours.meeting,
        position: 50,
        text: 'Acuerdo de la reunión',
      });
      await refused(
        world.viewers.agency,
        update('Agreement'),
        { id: agreement.id, v: agreement.version, i: { eventId: null, sessionId: world.other.session } },
        'FORBIDDEN',
      );
      const sessionAgreement = await made(world.viewers.institute, 'Agreement', {
        sessionId: world.ours.session,
        position: 51,
        text: 'Acuerdo de la sesión',
      });
      await refused(
        world.viewers.institute,
        update('Agreement'),
        { id: sessionAgreement.id, v: sessionAgreement.version, i: { sessionId: world.other.session } },
        'FORBIDDEN',
        'input.sessionId',
      );
    });

    it("keeps every other commitment's link on a shared meeting: the agency can neither rewrite, unlink nor delete it", async () => {
      const shared = await made(world.viewers.institute, 'Event', {
        exerciseId: world.ours.exercise,
        kind: 'WORKING_MEETING',
        title: 'Mesa compartida',
        commitmentIds: [c2, c6],
        publication: 'PUBLISHED',
      });
      await refused(
        world.viewers.agency,
        update('Event'),
        { id: shared.id, v: shared.version, i: { commitmentIds: [c2] } },
        'FORBIDDEN',
      );
      await refused(
        world.viewers.agency,
        update('Event'),
        { id: shared.id, v: shared.version, i: { title: 'Reescrita' } },
        'FORBIDDEN',
      );
      await refused(
        world.viewers.agency,
        `mutation($id: ID!, $v: Int!) { deleteEvent(id: $id, version: $v) { id } }`,
        { id: shared.id, v: shared.version },
        'FORBIDDEN',
      );
      await refused(
        world.viewers.agency,
        create('Agreement'),
        { i: { eventId: shared.id, position: 1, text: 'Acuerdo' } },
        'FORBIDDEN',
      );
      const own = await made(world.viewers.agency, 'Event', {
        exerciseId: world.ours.exercise,
        kind: 'WORKING_MEETING',
        title: 'Reunión propia',
        commitmentIds: [c2],
      });
      await refused(
        world.viewers.agency,
        update('Event'),
        { id: own.id, v: own.version, i: { commitmentIds: [c2, c6] } },
        'FORBIDDEN',
      );
    });

    it("refuses a delivery attached to another commitment's information request", async () => {
      const theirs = await made(world.viewers.institute, 'InformationRequest', {
        commitmentId: c6,
        subject: 'Concesiones',
        recipientDescription: 'CONAGUA',
        publication: 'PUBLISHED',
      });
      await refused(
        world.viewers.agency,
        create('InformationDelivery'),
        { i: { commitmentId: c2, requestId: theirs.id, description: 'Entrega', pages: 10, pagesQualifier: 'EXACT' } },
        'BAD_USER_INPUT',
        'input.requestId',
      );
      await refused(
        world.viewers.institute,
        create('InformationDelivery'),
        { i: { commitmentId: c2, requestId: theirs.id, description: 'Entrega', pages: 10, pagesQualifier: 'EXACT' } },
        'BAD_USER_INPUT',
        'input.requestId',
      );
    });

    it('refuses pages credited to an organisation the commitment does not name', async () => {
      const input = {
        commitmentId: c2,
        description: 'Entrega',
        pages: 99999,
        pagesQualifier: 'EXACT',
        publication: 'PUBLISHED',
      };
      await refused(
        world.viewers.agency,
        create('InformationDelivery'),
        { i: { ...input, deliveredById: seedId('organization:movimiento-magisterial') } },
        'BAD_USER_INPUT',
        'input.deliveredById',
      );
      await refused(
        world.viewers.agency,
        create('InformationDelivery'),
        { i: { ...input, deliveredById: world.other.organization } },
        'BAD_USER_INPUT',
        'input.deliveredById',
      );
      const credited = await made(world.viewers.agency, 'InformationDelivery', {
        ...input,
        pages: 5,
        deliveredById: seedId('organization:dipetre'),
      });
      expect(credited.id).toBeTruthy();
    });
  });

  describe('links an institute may not follow', () => {
    it("refuses an institute admin linking its event to another state's commitment", async () => {
      await refused(
        world.viewers.institute,
        create('Event'),
        {
          i: {
            exerciseId: world.ours.exercise,
            kind: 'WORKSHOP',
            title: 'Taller',
            commitmentIds: [world.other.commitment],
          },
        },
        'FORBIDDEN',
        'input.commitmentIds',
      );
      const event = await made(world.viewers.institute, 'Event', {
        exerciseId: world.ours.exercise,
        kind: 'WORKSHOP',
        title: 'Taller',
      });
      await refused(
        world.viewers.institute,
        update('Event'),
        { id: event.id, v: event.version, i: { commitmentIds: [world.other.commitment] } },
        'FORBIDDEN',
        'input.commitmentIds',
      );
    });

    it("refuses even the platform admin a record that mixes two states' records", async () => {
      await refused(
        world.viewers.platform,
        create('Event'),
        {
          i: {
            exerciseId: world.ours.exercise,
            kind: 'WORKSHOP',
            title: 'Taller',
            commitmentIds: [world.other.commitment],
          },
        },
        'BAD_USER_INPUT',
        'input.commitmentIds',
      );
    });
  });

  describe('restore', () => {
    it('refuses to bring a record back under a deleted parent, and restores it once the parent is back', async () => {
      const commitment = await made(world.viewers.institute, 'Commitment', {
        planId: world.ours.plan,
        title: 'Temporal',
      });
      const milestone = await made(world.viewers.institute, 'Milestone', {
        commitmentId: commitment.id,
        position: 1,
        title: 'Hito',
      });
      await world.api.data(
        `mutation($id: ID!) { deleteMilestone(id: $id, version: 1) { id } }`,
        { id: milestone.id },
        world.viewers.institute,
      );
      await world.api.data(
        `mutation($id: ID!) { deleteCommitment(id: $id, version: 1) { id } }`,
        { id: commitment.id },
        world.viewers.institute,
      );
      const RESTORE_MILESTONE = `mutation($id: ID!) { restoreMilestone(id: $id) { id } }`;
      const error = await refused(world.viewers.institute, RESTORE_MILESTONE, { id: milestone.id }, 'CONFLICT', 'id');
      expect(error?.extensions).toMatchObject({ reason: 'PARENT_DELETED', parentField: 'commitmentId' });
      await world.api.data(
        `mutation($id: ID!) { restoreCommitment(id: $id) { id } }`,
        { id: commitment.id },
        world.viewers.institute,
      );
      expect(
        (await world.api.data(RESTORE_MILESTONE, { id: milestone.id }, world.viewers.institute)).restoreMilestone.id,
      ).toBe(milestone.id);
    });
  });
});
