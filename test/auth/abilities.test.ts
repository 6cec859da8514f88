import { seedId } from '../../api/src/seed/upsert';
import { PUBLIC_VIEWER, type Viewer } from '../../api/src/common/viewer';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { roles } from '../support/staff';

/**
 * What the API tells a viewer it may do (`viewerCan`, `recordAbilities`) beyond plain writes:
 * an agency follows up the agreements that name it (some fields only), a civil-society follower
 * reviews the milestones of the commitments it follows. Each answer is checked against the
 * mutation it stands for, for every role (permission-matrix.test.ts does update, delete, restore,
 * history and create for every kind).
 */
const X = 'coahuila-2015-2017';
const ids = {
  exercise: seedId(`exercise:${X}`),
  secretariat: seedId(`secretariat:${X}:stga`),
  c2: seedId(`commitment:${X}:c2`), // DIPETRE is responsible for it, Movimiento Magisterial follows it
  c6: seedId(`commitment:${X}:c6`), // CONAGUA is responsible for it; nobody of the fixtures follows it
  dipetre: seedId('organization:dipetre'),
};

const CAN = 'update onlyFields delete restore history review';

describe('what the viewer may do, as the API tells it', () => {
  // A database of its own: the records it writes under Coahuila's commitments stay out of the
  // suites that read Coahuila as seeded.
  let db: OwnDatabase;
  let api: TestApi;
  let viewers: Record<string, Viewer>;
  let serial = 0;

  const build = async (name: string, input: Record<string, unknown>) =>
    (
      await api.data(
        `mutation($input: ${name}Input!) { record: create${name}(input: $input) { id version } }`,
        { input },
        viewers.platform,
      )
    ).record as { id: string; version: number };
  const abilities = async (kind: string, id: string, viewer: Viewer) =>
    (
      await api.data(
        `query($ids: [ID!]!) { recordAbilities(kind: ${kind}, ids: $ids) { ${CAN} } }`,
        { ids: [id] },
        viewer,
      )
    ).recordAbilities[0];
  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.length ? String(result.errors[0].extensions?.code) : 'OK';

  beforeAll(async () => {
    db = await ownDatabase('abilities');
    api = await TestApi.open(db.url);
    viewers = { public: PUBLIC_VIEWER, ...(await roles(api.dataSource.manager)) };
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const ROLES = ['public', 'agency', 'otherAgency', 'follower', 'institute', 'otherInstitute', 'evaluator', 'platform'];

  it.each(ROLES)(
    'follow-up of an agreement that names DIPETRE, as %s: onlyFields is what an update may change',
    async (role) => {
      const session = await build('Session', {
        secretariatId: ids.secretariat,
        type: 'EXTRAORDINARY',
        number: 500 + (serial += 1) + ROLES.indexOf(role) * 10,
        date: '2018-03-01',
      });
      const agreement = await build('Agreement', {
        sessionId: session.id,
        position: 1,
        text: 'Acuerdo de seguimiento',
        responsibleIds: [ids.dipetre],
      });
      const can = await abilities('Agreement', agreement.id, viewers[role]);
      const update = (input: Record<string, unknown>, version: number) =>
        api.query(
          `mutation($id: ID!, $v: Int!, $input: AgreementInput!) { record: updateAgreement(id: $id, version: $v, input: $input) { version } }`,
          { id: agreement.id, v: version, input },
          viewers[role],
        );
      const rewrite = await update({ text: 'Otro texto' }, agreement.version);
      const version = rewrite.data?.record.version ?? agreement.version;
      const followUp = await update({ status: 'DONE', statusNote: 'Cumplido' }, version);
      // The session's agreements are the institute's; the agency only follows up those that name it.
      if (role === 'agency')
        expect(can).toMatchObject({ update: true, onlyFields: ['status', 'statusNote'], delete: false });
      else expect(can).toMatchObject({ onlyFields: null, delete: can.update });
      expect(code(rewrite) === 'OK').toBe(can.update && can.onlyFields === null);
      expect(code(followUp) === 'OK').toBe(can.update);
    },
  );

  it.each(ROLES)(
    'review of milestones, followed and not, as %s: review is what reviewMilestone allows',
    async (role) => {
      for (const commitmentId of [ids.c2, ids.c6]) {
        const milestone = await build('Milestone', {
          commitmentId,
          position: 1,
          title: `Hito por revisar ${(serial += 1)}`,
          publication: 'PUBLISHED',
        });
        const can = await abilities('Milestone', milestone.id, viewers[role]);
        const result = await api.query(
          `mutation($id: ID!) { reviewMilestone(milestoneId: $id, verdict: CONFIRMED, comment: "Lo constatamos") { id } }`,
          { id: milestone.id },
          viewers[role],
        );
        expect(can.review).toBe(role === 'follower' && commitmentId === ids.c2);
        expect(code(result) === 'OK').toBe(can.review);
      }
    },
  );

  it.each(ROLES)("a record's viewerCan is its recordAbilities, as %s", async (role) => {
    const milestone = await build('Milestone', {
      commitmentId: ids.c2,
      position: 1,
      title: 'Hito visible',
      publication: 'PUBLISHED',
    });
    const { milestone: read } = await api.data(
      `query($id: ID!) { milestone(id: $id) { viewerCan { ${CAN} } } }`,
      { id: milestone.id },
      viewers[role],
    );
    expect(read.viewerCan).toEqual(await abilities('Milestone', milestone.id, viewers[role]));
  });

  it('refuses more ids than a page holds, and ids that are not ids, naming the field', async () => {
    const many = Array.from({ length: 201 }, () => ids.c2);
    const tooMany = await api.query(`query($ids: [ID!]!) { recordAbilities(kind: Commitment, ids: $ids) { update } }`, {
      ids: many,
    });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const notId = await api.query(`{ recordAbilities(kind: Commitment, ids: ["x"]) { update } }`);
    expect(notId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids[0]' });
  });
});
