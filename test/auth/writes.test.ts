import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { roles } from '../support/staff';
import { PUBLIC_VIEWER, type Viewer } from '../../api/src/common/viewer';

const X = 'coahuila-2015-2017';
const c2 = seedId(`commitment:${X}:c2`);

describe('staff writes', () => {
  let db: OwnDatabase;
  let api: TestApi;
  let who: Awaited<ReturnType<typeof roles>>;
  /**
   * Published writes go to a sandbox exercise in Coahuila, not to the seeded one, in this suite's
   * own database: the public figures other test files read stay the report's. DIPETRE is responsible for `ours`
   * (which Movimiento Magisterial follows); `theirs` belongs to CONAGUA.
   */
  const sandbox = { plan: '', ours: '', theirs: '' };

  beforeAll(async () => {
    db = await ownDatabase('writes');
    api = await TestApi.open(db.url);
    who = await roles(api.dataSource.manager);
    const create = async (name: string, input: Record<string, unknown>) =>
      (
        await api.data(
          `mutation($i: ${name}Input!) { record: create${name}(input: $i) { id } }`,
          { i: input },
          who.institute,
        )
      ).record.id as string;
    // Published, like the records under them: the public sees only what it reaches through published parents.
    const exercise = await create('Exercise', {
      slug: `pruebas-escritura-${Date.now()}`,
      title: 'Ejercicio de pruebas de escritura',
      stateId: seedId('state:MX-COA'),
      publication: 'PUBLISHED',
    });
    sandbox.plan = await create('ActionPlan', {
      exerciseId: exercise,
      title: 'Plan de pruebas de escritura',
      publication: 'PUBLISHED',
    });
    sandbox.ours = await create('Commitment', {
      planId: sandbox.plan,
      title: 'Compromiso de prueba de la DIPETRE',
      publication: 'PUBLISHED',
      responsibleAgencyIds: [seedId('organization:dipetre')],
      followerIds: [seedId('organization:movimiento-magisterial')],
    });
    sandbox.theirs = await create('Commitment', {
      planId: sandbox.plan,
      title: 'Compromiso de prueba de CONAGUA',
      publication: 'PUBLISHED',
      responsibleAgencyIds: [seedId('organization:conagua')],
    });
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const createMilestone = async (viewer: Viewer, extra: Record<string, unknown> = {}) => {
    const { record } = await api.data(
      `mutation($input: MilestoneInput!) { record: createMilestone(input: $input) { id version publication } }`,
      {
        input: {
          commitmentId: sandbox.ours,
          position: 1,
          title: 'Entregar los informes trimestrales en Excel',
          ...extra,
        },
      },
      viewer,
    );
    return record as { id: string; version: number; publication: string };
  };
  const updateMilestone = (viewer: Viewer, id: string, version: number, input: Record<string, unknown>) =>
    api.query(
      `mutation($id: ID!, $v: Int!, $input: MilestoneInput!) { record: updateMilestone(id: $id, version: $v, input: $input) { id version status } }`,
      { id, v: version, input },
      viewer,
    );
  const audits = async (recordId: string) =>
    (await api.dataSource.query('SELECT action FROM audit_event WHERE record_id = $1 ORDER BY id', [recordId])).map(
      (r: { action: string }) => r.action,
    );

  describe('validation names the field and the problem', () => {
    const bad = async (name: string, input: Record<string, unknown>, field: string, viewer: Viewer = who.platform) => {
      const result = await api.query(
        `mutation($input: ${name}Input!) { create${name}(input: $input) { id } }`,
        { input },
        viewer,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      return result.errors?.[0];
    };

    it.each([
      ['Milestone', { commitmentId: c2, position: 1 }, 'input.title'],
      ['Milestone', { commitmentId: c2, position: 0, title: 'x' }, 'input.position'],
      [
        'Milestone',
        { commitmentId: c2, position: 1, title: 'x', startDate: '2017-05', dueDate: '2017-04-30' },
        'input.dueDate',
      ],
      ['Milestone', { commitmentId: c2, position: 1, title: 'x', status: 'DONE' }, 'input.evidenceUrl'],
      [
        'Milestone',
        { commitmentId: c2, position: 1, title: 'x', evidenceUrl: 'javascript:alert(1)' },
        'input.evidenceUrl',
      ],
      ['Milestone', { commitmentId: c2, position: 1, title: 'x', weight: -2 }, 'input.weight'],
      ['Milestone', { commitmentId: 'not-an-id', position: 1, title: 'x' }, 'input.commitmentId'],
      [
        'Milestone',
        { commitmentId: '7f2d8a40-2b1c-4c3d-9e8f-0a1b2c3d4e5f', position: 1, title: 'x' },
        'input.commitmentId',
      ],
      [
        'InformationDelivery',
        { commitmentId: c2, description: 'x', pages: -1, pagesQualifier: 'EXACT' },
        'input.pages',
      ],
      ['InformationDelivery', { commitmentId: c2, description: 'x', pages: 10 }, 'input.pagesQualifier'],
      ['InformationRequest', { commitmentId: c2, subject: 'x' }, 'input.recipientId'],
      [
        'InformationRequest',
        { commitmentId: c2, subject: 'x', recipientDescription: 'Oos', recipientCount: 38, respondedCount: 39 },
        'input.respondedCount',
      ],
      [
        'Session',
        { secretariatId: seedId(`secretariat:${X}:stga`), type: 'ORDINARY', number: 4, date: '2018-01-01' },
        'input.number',
      ],
      ['Agreement', { position: 1, text: 'x' }, 'input.sessionId'],
      [
        'Event',
        { exerciseId: seedId(`exercise:${X}`), kind: 'WORKSHOP', title: 'x', attendeeCount: 30 },
        'input.attendeeCountQualifier',
      ],
      [
        'Event',
        {
          exerciseId: seedId(`exercise:${X}`),
          kind: 'WORKSHOP',
          title: 'x',
          startDate: '2016-03-17',
          endDate: '2016-03-14',
        },
        'input.endDate',
      ],
      ['Organization', { slug: 'Con Mayúsculas', name: 'x', kind: 'STATE_AGENCY' }, 'input.slug'],
      ['Organization', { slug: 'icai', name: 'x', kind: 'STATE_AGENCY' }, 'input.slug'],
      ['Commitment', { planId: seedId(`plan:${X}:pal`), number: 2, title: 'x' }, 'input.number'],
      [
        'Commitment',
        { planId: seedId(`plan:${X}:pal`), title: 'x', activationCondition: 'si acaba otro' },
        'input.activationCondition',
      ],
      [
        'ActionPlan',
        { exerciseId: seedId(`exercise:${X}`), title: 'x', startYear: 2018, endYear: 2017 },
        'input.endYear',
      ],
      [
        'Exercise',
        { slug: 'nuevo', title: 'x', stateId: seedId('state:MX-COA'), startDate: '2018', endDate: '2017-12' },
        'input.endDate',
      ],
    ])('refuses a bad %s', async (name, input, field) => {
      await bad(name, input, field);
    });

    it('refuses a second holder of a seat over an overlapping period', async () => {
      const [cso] = (
        await api.data(
          `query($s: ID!) { posts(filter: { secretariatId: $s, sector: CIVIL_SOCIETY, role: REPRESENTATIVE }) { nodes { id } } }`,
          { s: seedId(`secretariat:${X}:stga`) },
        )
      ).posts.nodes;
      const { record: person } = await api.data(
        `mutation { record: createPerson(input: { name: "Otra Persona" }) { id } }`,
        {},
        who.platform,
      );
      const error = await bad(
        'Membership',
        { postId: cso.id, personId: person.id, startDate: '2016-06-01', endDate: '2016-07-01' },
        'input.startDate',
      );
      expect(error?.message).toMatch(/overlap/);
    });

    it('refuses a membership that ends on the day it starts', async () => {
      const [cso] = (
        await api.data(
          `query($s: ID!) { posts(filter: { secretariatId: $s, sector: CIVIL_SOCIETY, role: ALTERNATE }) { nodes { id } } }`,
          { s: seedId(`secretariat:${X}:stga`) },
        )
      ).posts.nodes;
      const { record: person } = await api.data(
        `mutation { record: createPerson(input: { name: "Alguien" }) { id } }`,
        {},
        who.platform,
      );
      await bad(
        'Membership',
        { postId: cso.id, personId: person.id, startDate: '2019-01-01', endDate: '2019-01-01' },
        'input.endDate',
      );
    });
  });

  describe('optimistic concurrency', () => {
    it('applies exactly one of many racing updates from the same version; the others get CONFLICT and nothing is lost silently', async () => {
      const milestone = await createMilestone(who.agency);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          updateMilestone(who.agency, milestone.id, milestone.version, { title: `Versión ${i}` }),
        ),
      );
      const codes = results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'OK'));
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
      const winner = results.findIndex((r) => !r.errors);
      const [row] = await api.dataSource.query('SELECT title, version FROM milestone WHERE id = $1', [milestone.id]);
      expect(row).toEqual({ title: `Versión ${winner}`, version: 2 });
      expect(await audits(milestone.id)).toEqual(['CREATE', 'UPDATE']);
    });

    it('applies every update that is based on the current version, even when they race', async () => {
      const milestone = await createMilestone(who.agency);
      const writers = Array.from({ length: 10 }, (_, i) => async () => {
        for (;;) {
          const [{ version }] = await api.dataSource.query('SELECT version FROM milestone WHERE id = $1', [
            milestone.id,
          ]);
          const result = await updateMilestone(who.agency, milestone.id, version, { description: `escritor ${i}` });
          if (!result.errors) return;
          expect(result.errors[0].extensions?.code).toBe('CONFLICT');
        }
      });
      await Promise.all(writers.map((write) => write()));
      const [row] = await api.dataSource.query('SELECT version FROM milestone WHERE id = $1', [milestone.id]);
      expect(row.version).toBe(11);
      expect((await audits(milestone.id)).filter((a: string) => a === 'UPDATE')).toHaveLength(10);
    });

    it('says which version is current', async () => {
      const milestone = await createMilestone(who.agency);
      await updateMilestone(who.agency, milestone.id, 1, { title: 'primera' });
      const stale = await updateMilestone(who.agency, milestone.id, 1, { title: 'segunda' });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    });
  });

  describe('audit trail', () => {
    it('writes one audit row per successful write, with who and the fields before and after, and none for a refused write', async () => {
      const milestone = await createMilestone(who.agency);
      const refused = await updateMilestone(who.otherAgency, milestone.id, 1, { title: 'fuera de alcance' });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const invalid = await updateMilestone(who.agency, milestone.id, 1, { status: 'DONE' });
      expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await updateMilestone(who.agency, milestone.id, 1, {
        status: 'DONE',
        evidenceUrl: 'https://dipetre.gob.mx/informes',
      });
      const rows = await api.dataSource.query(
        'SELECT action, account_id, role, organization_id, before, after FROM audit_event WHERE record_id = $1 ORDER BY id',
        [milestone.id],
      );
      expect(rows.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'UPDATE']);
      expect(rows[1]).toMatchObject({
        account_id: who.agency.kind === 'staff' && who.agency.accountId,
        role: 'AGENCY_EDITOR',
        organization_id: seedId('organization:dipetre'),
      });
      expect(rows[1].before.status).toBe('NOT_STARTED');
      expect(rows[1].after).toMatchObject({ status: 'DONE', evidenceUrl: 'https://dipetre.gob.mx/informes' });
    });

    it('cannot be changed or emptied, whatever the database role', async () => {
      await expect(api.dataSource.query(`UPDATE audit_event SET entity = 'x'`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    });

    it("shows a record's history to its institute and to the evaluator, not to an agency or another state", async () => {
      const milestone = await createMilestone(who.agency);
      const query = `query($id: ID!) { recordHistory(recordId: $id) { action role account { email } organization { abbreviation } changes { field } } }`;
      const forInstitute = await api.data(query, { id: milestone.id }, who.institute);
      expect(forInstitute.recordHistory[0]).toMatchObject({
        action: 'CREATE',
        role: 'AGENCY_EDITOR',
        organization: { abbreviation: 'DIPETRE' },
      });
      expect((await api.query(query, { id: milestone.id }, who.evaluator)).errors).toBeUndefined();
      expect((await api.query(query, { id: milestone.id }, who.agency)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.query(query, { id: milestone.id }, who.otherInstitute)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await api.query(query, { id: milestone.id }, PUBLIC_VIEWER)).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('publication', () => {
    const visible = async (viewer: Viewer, id: string) =>
      !(await api.query(`query($id: ID!) { milestone(id: $id) { id } }`, { id }, viewer)).errors;

    it('keeps drafts from the public and from those out of scope, and shows them to those in scope', async () => {
      const milestone = await createMilestone(who.agency);
      expect(milestone.publication).toBe('DRAFT');
      expect(await visible(PUBLIC_VIEWER, milestone.id)).toBe(false);
      expect(await visible(who.otherAgency, milestone.id)).toBe(false);
      expect(await visible(who.otherInstitute, milestone.id)).toBe(false);
      expect(await visible(who.agency, milestone.id)).toBe(true);
      expect(await visible(who.follower, milestone.id)).toBe(true);
      expect(await visible(who.institute, milestone.id)).toBe(true);
      expect(await visible(who.evaluator, milestone.id)).toBe(true);

      await updateMilestone(who.agency, milestone.id, 1, { publication: 'PUBLISHED' });
      expect(await visible(PUBLIC_VIEWER, milestone.id)).toBe(true);
    });

    it('moves the public progress when a published milestone is done, in the same transaction as the write', async () => {
      const { record: commitment } = await api.data(
        `mutation($input: CommitmentInput!) { record: createCommitment(input: $input) { id } }`,
        {
          input: {
            planId: sandbox.plan,
            title: 'Compromiso con hitos',
            publication: 'PUBLISHED',
            responsibleAgencyIds: [seedId('organization:dipetre')],
          },
        },
        who.institute,
      );
      const progress = async () =>
        (
          await api.data(`query($id: ID!) { commitment(id: $id) { progress { percent unknownReason } } }`, {
            id: commitment.id,
          })
        ).commitment.progress;
      expect(await progress()).toEqual({ percent: null, unknownReason: 'NO_MILESTONES' });
      const input = (title: string, weight: number) => ({
        commitmentId: commitment.id,
        position: weight,
        title,
        weight,
        publication: 'PUBLISHED',
      });
      const { record: first } = await api.data(
        `mutation($i: MilestoneInput!) { record: createMilestone(input: $i) { id version } }`,
        { i: input('Uno', 1) },
        who.agency,
      );
      await api.data(
        `mutation($i: MilestoneInput!) { record: createMilestone(input: $i) { id } }`,
        { i: input('Tres', 3) },
        who.agency,
      );
      expect(await progress()).toEqual({ percent: 0, unknownReason: null });
      await updateMilestone(who.agency, first.id, first.version, {
        status: 'DONE',
        evidenceDescription: 'Acta en el archivo del ICAI',
      });
      expect(await progress()).toEqual({ percent: 25, unknownReason: null });
    });

    it('moves the pages delivered when a published delivery is recorded', async () => {
      const pages = async () =>
        (
          await api.data(
            `query($id: ID!) { commitment(id: $id) { pagesDelivered { pages qualifier deliveriesCounted } } }`,
            { id: sandbox.ours },
          )
        ).commitment.pagesDelivered;
      const deliver = (pagesDelivered: number, qualifier: string) =>
        api.data(
          `mutation($input: InformationDeliveryInput!) { createInformationDelivery(input: $input) { id } }`,
          {
            input: {
              commitmentId: sandbox.ours,
              description: 'Auxiliares contables 2001-2014 en Excel',
              pages: pagesDelivered,
              pagesQualifier: qualifier,
              publication: 'PUBLISHED',
            },
          },
          who.agency,
        );
      const before = await pages();
      expect(before).toEqual({ pages: null, qualifier: 'UNKNOWN', deliveriesCounted: 0 });
      await deliver(120, 'EXACT');
      expect(await pages()).toEqual({ pages: 120, qualifier: 'EXACT', deliveriesCounted: 1 });
      await deliver(300, 'MORE_THAN');
      expect(await pages()).toEqual({ pages: 420, qualifier: 'MORE_THAN', deliveriesCounted: 2 });
    });
  });

  describe('deletes', () => {
    it('refuses to delete a record others point at, deletes it softly once they are gone, and lets the institute restore it', async () => {
      const { record: commitment } = await api.data(
        `mutation($i: CommitmentInput!) { record: createCommitment(input: $i) { id version } }`,
        { i: { planId: sandbox.plan, title: 'Temporal' } },
        who.institute,
      );
      const { record: milestone } = await api.data(
        `mutation($i: MilestoneInput!) { record: createMilestone(input: $i) { id version } }`,
        { i: { commitmentId: commitment.id, position: 1, title: 'h' } },
        who.institute,
      );
      const refused = await api.query(
        `mutation($id: ID!) { deleteCommitment(id: $id, version: 1) { id } }`,
        { id: commitment.id },
        who.institute,
      );
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
      expect(refused.errors?.[0].message).toMatch(/1 Milestone/);

      await api.data(
        `mutation($id: ID!) { deleteMilestone(id: $id, version: 1) { id } }`,
        { id: milestone.id },
        who.institute,
      );
      await api.data(
        `mutation($id: ID!) { deleteCommitment(id: $id, version: 1) { id } }`,
        { id: commitment.id },
        who.institute,
      );
      expect(
        (await api.query(`query($id: ID!) { commitment(id: $id) { id } }`, { id: commitment.id }, who.institute))
          .errors?.[0].extensions?.code,
      ).toBe('NOT_FOUND');
      const [row] = await api.dataSource.query(
        'SELECT deleted_at IS NOT NULL AS deleted FROM commitment WHERE id = $1',
        [commitment.id],
      );
      expect(row.deleted).toBe(true);

      expect(
        (await api.query(`mutation($id: ID!) { restoreCommitment(id: $id) { id } }`, { id: commitment.id }, who.agency))
          .errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await api.query(
            `mutation($id: ID!) { restoreCommitment(id: $id) { id } }`,
            { id: commitment.id },
            who.otherInstitute,
          )
        ).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      const restored = await api.data(
        `mutation($id: ID!) { restoreCommitment(id: $id) { id title } }`,
        { id: commitment.id },
        who.institute,
      );
      expect(restored.restoreCommitment.title).toBe('Temporal');
      expect(await audits(commitment.id)).toEqual(['CREATE', 'DELETE', 'RESTORE']);
    });
  });

  describe('agreement follow-up by an agency', () => {
    it('lets an agency follow up a session agreement that names it, but not rewrite it', async () => {
      const session = (await api.data(`{ sessions(filter: { type: EXTRAORDINARY }) { nodes { id } } }`)).sessions
        .nodes[0];
      const { record: agreement } = await api.data(
        `mutation($i: AgreementInput!) { record: createAgreement(input: $i) { id version } }`,
        {
          i: {
            sessionId: session.id,
            position: 90,
            text: 'La DIPETRE entregará los informes',
            responsibleIds: [seedId('organization:dipetre')],
          },
        },
        who.institute,
      );
      const update = (viewer: Viewer, input: Record<string, unknown>, version: number) =>
        api.query(
          `mutation($id: ID!, $v: Int!, $i: AgreementInput!) { updateAgreement(id: $id, version: $v, input: $i) { status version } }`,
          { id: agreement.id, v: version, i: input },
          viewer,
        );
      expect((await update(who.agency, { text: 'Otro texto' }, 1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await update(who.otherAgency, { status: 'DONE' }, 1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(
        (await update(who.agency, { status: 'DONE', statusNote: 'Entregados el 30 de mayo' }, 1)).errors,
      ).toBeUndefined();
    });
  });

  describe('civil society reviews', () => {
    const review = (
      viewer: Viewer,
      milestoneId: string,
      verdict: string,
      comment = 'Revisamos los archivos en la DIPETRE',
    ) =>
      api.query(
        `mutation($m: ID!, $v: ReviewVerdict!, $c: String!) { reviewMilestone(milestoneId: $m, verdict: $v, comment: $c) { verdict reviewedStatus organization { abbreviation name } } }`,
        { m: milestoneId, v: verdict, c: comment },
        viewer,
      );

    it("lets the following organisation dispute a milestone's status, publicly, beside the agency's claim", async () => {
      const milestone = await createMilestone(who.agency, {
        status: 'DONE',
        evidenceUrl: 'https://dipetre.gob.mx/x',
        publication: 'PUBLISHED',
      });
      const result = await review(who.follower, milestone.id, 'DISPUTED', 'Faltan los años 2001 a 2014');
      expect(result.errors).toBeUndefined();
      expect(result.data?.reviewMilestone).toMatchObject({ verdict: 'DISPUTED', reviewedStatus: 'DONE' });
      const { milestone: seen } = await api.data(
        `query($id: ID!) { milestone(id: $id) { status reviews { verdict comment organization { name } } } }`,
        { id: milestone.id },
      );
      expect(seen.status).toBe('DONE');
      expect(seen.reviews).toEqual([
        {
          verdict: 'DISPUTED',
          comment: 'Faltan los años 2001 a 2014',
          organization: { name: expect.stringMatching(/Magisterial/) },
        },
      ]);
    });

    it('refuses reviews from anyone but the followers of the commitment, and empty comments', async () => {
      const milestone = await createMilestone(who.agency, { publication: 'PUBLISHED' });
      expect((await review(who.agency, milestone.id, 'CONFIRMED')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await review(who.institute, milestone.id, 'CONFIRMED')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await review(PUBLIC_VIEWER, milestone.id, 'CONFIRMED')).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await review(who.follower, milestone.id, 'CONFIRMED', '   ')).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'comment',
      });
      const { record: notFollowed } = await api.data(
        `mutation($i: MilestoneInput!) { record: createMilestone(input: $i) { id } }`,
        { i: { commitmentId: sandbox.theirs, position: 1, title: 'Río', publication: 'PUBLISHED' } },
        who.institute,
      );
      expect((await review(who.follower, notFollowed.id, 'CONFIRMED')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('public change history', () => {
    it('shows what changed in a published record and which organisation changed it, never the person', async () => {
      const milestone = await createMilestone(who.agency, { publication: 'PUBLISHED' });
      await updateMilestone(who.agency, milestone.id, 1, { status: 'IN_PROGRESS' });
      const { publicHistory } = await api.data(
        `query($id: ID!) { publicHistory(recordId: $id) { action organization { abbreviation } changes { field before after } } }`,
        { id: milestone.id },
      );
      expect(publicHistory.map((c: { action: string }) => c.action)).toEqual(['CREATE', 'UPDATE']);
      expect(publicHistory[1].organization).toEqual({ abbreviation: 'DIPETRE' });
      expect(publicHistory[1].changes).toEqual([{ field: 'status', before: 'NOT_STARTED', after: 'IN_PROGRESS' }]);
      expect(JSON.stringify(publicHistory)).not.toMatch(/@test\.tablero\.mx|accountId/);
    });

    it('does not open the history of drafts to the public', async () => {
      const milestone = await createMilestone(who.agency);
      const result = await api.query(`query($id: ID!) { publicHistory(recordId: $id) { action } }`, {
        id: milestone.id,
      });
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});
