import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { roles } from '../support/staff';

/**
 * The back-office's reads over the audit trail and soft deletes: deleted records for who may
 * restore them, labels for ids, the activity of a state, a commitment's writes with its parts, and
 * lists filtered by publication. Scope is the server's: nothing the client sends widens it.
 */
describe('deleted records, labels, activity and the publication filter', () => {
  let db: OwnDatabase;
  let api: TestApi;
  let who: Awaited<ReturnType<typeof roles>>;
  const made = { exercise: '', plan: '', commitment: '', milestone: '', delivery: '', durango: '' };

  const create = async (name: string, input: Record<string, unknown>, viewer = who.institute) =>
    (
      await api.data(
        `mutation($i: ${name}Input!) { record: create${name}(input: $i) { id version } }`,
        { i: input },
        viewer,
      )
    ).record as { id: string; version: number };
  const remove = async (name: string, record: { id: string; version: number }, viewer = who.institute) =>
    api.data(
      `mutation($id: ID!, $v: Int!) { delete${name}(id: $id, version: $v) { id } }`,
      { id: record.id, v: record.version },
      viewer,
    );
  const deleted = (viewer: typeof who.institute, entity?: string) =>
    api.query(
      `query($e: String) { deletedRecords(entity: $e, first: 100) { totalCount nodes { entity recordId label deletedAt account { displayName } organization { abbreviation } } } }`,
      { e: entity ?? null },
      viewer,
    );

  beforeAll(async () => {
    db = await ownDatabase('trash');
    api = await TestApi.open(db.url);
    who = await roles(api.dataSource.manager);
    made.exercise = (
      await create('Exercise', {
        slug: `papelera-${Date.now()}`,
        title: 'Ejercicio de la papelera',
        stateId: seedId('state:MX-COA'),
      })
    ).id;
    made.plan = (await create('ActionPlan', { exerciseId: made.exercise, title: 'Plan de la papelera' })).id;
    const commitment = await create('Commitment', {
      planId: made.plan,
      number: 7,
      title: 'Compromiso borrado',
      responsibleAgencyIds: [seedId('organization:dipetre')],
    });
    made.commitment = commitment.id;
    const milestone = await create('Milestone', { commitmentId: commitment.id, position: 2, title: 'Hito borrado' });
    made.milestone = milestone.id;
    const delivery = await create(
      'InformationDelivery',
      { commitmentId: commitment.id, description: 'Entrega de la papelera', pages: 40, pagesQualifier: 'MORE_THAN' },
      who.agency,
    );
    made.delivery = delivery.id;
    await remove('Milestone', milestone);
    await remove('InformationDelivery', delivery, who.agency);
    const current = (
      await api.data(`query($id: ID!) { commitment(id: $id) { version } }`, { id: commitment.id }, who.institute)
    ).commitment;
    await remove('Commitment', { id: commitment.id, version: current.version });
    // A deleted record of another state.
    const durangoExercise = await create(
      'Exercise',
      { slug: `papelera-durango-${Date.now()}`, title: 'Ejercicio de Durango', stateId: seedId('state:MX-DUR') },
      who.otherInstitute,
    );
    made.durango = durangoExercise.id;
    await remove('Exercise', durangoExercise, who.otherInstitute);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it("lists an institute's deleted records of its state only, newest first, named and with who deleted them", async () => {
    const { data, errors } = await deleted(who.institute);
    expect(errors).toBeUndefined();
    const nodes = data!.deletedRecords.nodes as {
      entity: string;
      recordId: string;
      label: string;
      account: { displayName: string } | null;
      organization: { abbreviation: string } | null;
    }[];
    expect(nodes.map((n) => n.recordId)).toEqual([made.commitment, made.delivery, made.milestone]);
    expect(nodes.map((n) => [n.entity, n.label])).toEqual([
      ['Commitment', '7. Compromiso borrado'],
      ['InformationDelivery', 'Entrega de la papelera'],
      ['Milestone', '2. Hito borrado'],
    ]);
    expect(nodes[0].organization?.abbreviation).toBe('ICAI');
    // Who deleted it: accounts are never readable records, but the author of a change is part of its history.
    expect(nodes[1].account?.displayName).toMatch(/^Persona de prueba /);
    expect(nodes[1].organization?.abbreviation).toBe('DIPETRE');
    expect(data!.deletedRecords.totalCount).toBe(3);
  });

  it('filters by kind, refuses an unknown kind, and lets the platform admin see every state', async () => {
    const only = await deleted(who.institute, 'Milestone');
    expect(only.data!.deletedRecords.nodes.map((n: { recordId: string }) => n.recordId)).toEqual([made.milestone]);
    expect((await deleted(who.institute, 'StaffAccount')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'entity',
    });
    const all = await deleted(who.platform);
    expect(all.data!.deletedRecords.nodes.map((n: { recordId: string }) => n.recordId)).toEqual(
      expect.arrayContaining([made.commitment, made.durango]),
    );
  });

  it('refuses the roles that may not restore', async () => {
    for (const viewer of [who.agency, who.follower, who.evaluator])
      expect((await deleted(viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to restore under a deleted parent, with the reason, and restores once the parent is back', async () => {
    const refused = await api.query(
      `mutation($id: ID!) { restoreMilestone(id: $id) { id } }`,
      { id: made.milestone },
      who.institute,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PARENT_DELETED',
      parentField: 'commitmentId',
    });
    await api.data(`mutation($id: ID!) { restoreCommitment(id: $id) { id } }`, { id: made.commitment }, who.institute);
    await api.data(`mutation($id: ID!) { restoreMilestone(id: $id) { id } }`, { id: made.milestone }, who.institute);
    const after = await deleted(who.institute);
    expect(after.data!.deletedRecords.nodes.map((n: { recordId: string }) => n.recordId)).toEqual([made.delivery]);
  });

  it('names the records a viewer may see, deleted ones for who may restore them, and leaves out the rest', async () => {
    const ids = [made.commitment, made.delivery, made.durango, seedId('organization:dipetre')];
    const labels = async (viewer: typeof who.institute) =>
      (await api.data(`query($ids: [ID!]!) { recordLabels(ids: $ids) { id entity label deleted } }`, { ids }, viewer))
        .recordLabels as { id: string; label: string; deleted: boolean }[];
    const institute = await labels(who.institute);
    expect(institute.find((l) => l.id === made.delivery)).toMatchObject({
      label: 'Entrega de la papelera',
      deleted: true,
    });
    expect(institute.find((l) => l.id === made.commitment)).toMatchObject({
      label: '7. Compromiso borrado',
      deleted: false,
    });
    expect(institute.find((l) => l.id === made.durango)).toBeUndefined();
    expect(institute.find((l) => l.id === seedId('organization:dipetre'))?.label).toMatch(/^Dirección de Pensiones/);
    // The public sees the published organisation, not the drafts.
    const anyone = await api.data(`query($ids: [ID!]!) { recordLabels(ids: $ids) { id } }`, { ids });
    expect(anyone.recordLabels.map((l: { id: string }) => l.id)).toEqual([seedId('organization:dipetre')]);
    const tooMany = await api.query(`query($ids: [ID!]!) { recordLabels(ids: $ids) { id } }`, {
      ids: Array.from({ length: 201 }, () => made.commitment),
    });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it("gives a commitment's writes together with those of its milestones and deliveries, newest first", async () => {
    const { activity } = await api.data(
      `query($id: ID!) { activity(recordId: $id, first: 100) { totalCount nodes { entity recordId action } } }`,
      { id: made.commitment },
      who.institute,
    );
    const seen = (activity.nodes as { entity: string; recordId: string; action: string }[]).map(
      (n) => `${n.entity} ${n.action}`,
    );
    expect(seen).toEqual([
      'Milestone RESTORE',
      'Commitment RESTORE',
      'Commitment DELETE',
      'InformationDelivery DELETE',
      'Milestone DELETE',
      'InformationDelivery CREATE',
      'Milestone CREATE',
      'Commitment CREATE',
    ]);
  });

  it("gives a seeded commitment's parts, though the seed wrote no audit row for the commitment itself", async () => {
    const c2 = seedId('commitment:coahuila-2015-2017:c2');
    const milestone = await create('Milestone', {
      commitmentId: c2,
      position: 8,
      title: 'Hito de un compromiso sembrado',
    });
    const { activity } = await api.data(
      `query($id: ID!) { activity(recordId: $id, first: 100) { nodes { recordId action } } }`,
      { id: c2 },
      who.institute,
    );
    expect(activity.nodes).toEqual([{ recordId: milestone.id, action: 'CREATE' }]);
  });

  it("gives an institute the activity of its state and no other's; the evaluator all; others are refused", async () => {
    const query = `{ activity(first: 100) { totalCount nodes { recordId } } }`;
    const institute = (await api.data(query, {}, who.institute)).activity.nodes.map(
      (n: { recordId: string }) => n.recordId,
    );
    expect(institute).toContain(made.commitment);
    expect(institute).not.toContain(made.durango);
    const durango = (await api.data(query, {}, who.otherInstitute)).activity.nodes.map(
      (n: { recordId: string }) => n.recordId,
    );
    expect(durango).toContain(made.durango);
    expect(durango).not.toContain(made.commitment);
    const evaluator = (
      await api.data(`{ activity(entity: "Exercise", first: 100) { nodes { recordId entity } } }`, {}, who.evaluator)
    ).activity.nodes;
    expect(evaluator.map((n: { recordId: string }) => n.recordId)).toEqual(
      expect.arrayContaining([made.exercise, made.durango]),
    );
    expect(new Set(evaluator.map((n: { entity: string }) => n.entity))).toEqual(new Set(['Exercise']));
    for (const viewer of [who.agency, who.follower])
      expect((await api.query(query, {}, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('filters lists by publication, within what the viewer may see, and refuses it where records have none', async () => {
    const list = (publication: string) =>
      api.data(
        `query($p: Publication, $x: ID) { commitments(publication: $p, filter: { exerciseId: $x }) { nodes { id publication } } }`,
        { p: publication, x: made.exercise },
        who.institute,
      );
    expect((await list('DRAFT')).commitments.nodes).toEqual([{ id: made.commitment, publication: 'DRAFT' }]);
    expect((await list('PUBLISHED')).commitments.nodes).toEqual([]);
    const seeded = await api.data(
      `{ commitments(publication: DRAFT, filter: { search: "Compromiso borrado" }) { totalCount } }`,
    );
    expect(seeded.commitments.totalCount).toBe(0);
    expect((await api.query(`{ states(publication: DRAFT) { totalCount } }`)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'publication',
    });
  });
});
