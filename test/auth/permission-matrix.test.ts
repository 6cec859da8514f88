import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { roles } from '../support/staff';
import { builder, coahuilaBase, ROLES, scope, unique, type Role, type Scope } from '../support/two-states';
import { ADMINS, storeDocumentFile, WRITE_FIXTURES } from '../support/write-fixtures';
import { PUBLIC_VIEWER, type Viewer } from '../../api/src/common/viewer';

/**
 * Every role × every kind of record × create, update and delete, on records of commitment 2 of
 * Coahuila (DIPETRE is responsible for it, Movimiento Magisterial follows it). Each role is
 * either in scope or out of it for those records; a refused write must leave the table as it was.
 * The valid inputs and who writes each kind are the ones `test/support/write-fixtures.ts` holds.
 */
const X = 'coahuila-2015-2017';
const ids = {
  state: seedId('state:MX-COA'),
  exercise: seedId(`exercise:${X}`),
  c2: seedId(`commitment:${X}:c2`),
};

describe('permission matrix: role × record kind × write', () => {
  // A database of its own: the records it writes under Coahuila's commitments stay out of the
  // suites that read Coahuila as seeded.
  let db: OwnDatabase;
  let api: TestApi;
  let viewers: Record<Role, Viewer>;

  const as = (role: Role) => viewers[role];
  /** Runs a mutation as the platform admin and returns the record it names. */
  const build = async (name: string, input: Record<string, unknown>) => {
    const data = await api.data(
      `mutation($input: ${name}Input!) { record: create${name}(input: $input) { id version } }`,
      { input },
      viewers.platform,
    );
    return data.record as { id: string; version: number };
  };
  const exercise = () =>
    build('Exercise', { slug: `prueba-${unique()}`, title: 'Ejercicio de prueba', stateId: ids.state });

  /** The records of commitment 2 of Coahuila the inputs name. */
  let c2: Scope;
  /** The kind's valid create input within commitment 2, its parents built first. */
  const inputOf = (name: string) =>
    WRITE_FIXTURES[name].input(c2, async (parent, input) => (await build(parent, input)).id);
  const tableOf = (name: string) => api.dataSource.getMetadata(name).tableName;

  beforeAll(async () => {
    db = await ownDatabase('permission_matrix');
    api = await TestApi.open(db.url);
    viewers = { public: PUBLIC_VIEWER, ...(await roles(api.dataSource.manager)) };
    await storeDocumentFile(api.dataSource.manager);
    c2 = await scope(builder(api, viewers.platform), await coahuilaBase(api.dataSource, ids.c2));
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const expected = (name: string, role: Role) =>
    role === 'public' ? 'UNAUTHENTICATED' : WRITE_FIXTURES[name].writers.includes(role) ? 'OK' : 'FORBIDDEN';
  const outcome = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.length ? String(result.errors[0].extensions?.code) : 'OK';
  const tableState = async (table: string) =>
    JSON.stringify(await api.dataSource.query(`SELECT * FROM ${table} ORDER BY id`));
  const auditCount = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n);

  const KINDS = Object.keys(WRITE_FIXTURES);
  const cases = KINDS.flatMap((name) => ROLES.map((role) => [name, role, expected(name, role)] as const));

  /** The kinds the role's account may create, as the API tells it (`me.canCreate`); nothing for the public. */
  const canCreate = async (role: Role): Promise<string[]> =>
    (await api.data('{ me { canCreate } }', {}, as(role))).me?.canCreate ?? [];
  /** An account out of scope of commitment 2 still creates the same kinds, within its own scope. */
  const IN_SCOPE: Partial<Record<Role, Role>> = { otherAgency: 'agency', otherInstitute: 'institute' };

  it.each(cases)('create%s as %s → %s', async (name, role, want) => {
    const inScope = IN_SCOPE[role] ?? role;
    expect((await canCreate(role)).includes(name)).toBe(
      expected(name, inScope) === 'OK' || !!WRITE_FIXTURES[name].writersElsewhere?.includes(role),
    );
    const input = await inputOf(name);
    const [before, audits] = [await tableState(tableOf(name)), await auditCount()];
    const result = await api.query(
      `mutation($input: ${name}Input!) { record: create${name}(input: $input) { id } }`,
      { input },
      as(role),
    );
    expect(outcome(result)).toBe(want);
    if (want === 'OK') expect(await auditCount()).toBe(audits + 1);
    else {
      expect(await tableState(tableOf(name))).toBe(before);
      expect(await auditCount()).toBe(audits);
    }
  });

  /** What the API says the role may do to the record (recordAbilities, the same as the record's viewerCan). */
  const abilities = async (name: string, id: string, role: Role) => {
    const data = await api.data(
      `query($ids: [ID!]!) { recordAbilities(kind: ${name}, ids: $ids) { update onlyFields delete restore history review } }`,
      { ids: [id] },
      as(role),
    );
    return data.recordAbilities[0] as Record<string, unknown>;
  };

  it.each(cases)('update%s as %s → %s', async (name, role, want) => {
    const record = await build(name, await inputOf(name));
    // What the admin is told beforehand is what the mutation then does.
    expect(await abilities(name, record.id, role)).toMatchObject({
      update: want === 'OK',
      onlyFields: null,
    });
    const before = await tableState(tableOf(name));
    const result = await api.query(
      `mutation($id: ID!, $v: Int!, $input: ${name}Input!) { record: update${name}(id: $id, version: $v, input: $input) { id version } }`,
      { id: record.id, v: record.version, input: WRITE_FIXTURES[name].patch() },
      as(role),
    );
    expect(outcome(result)).toBe(want);
    if (want === 'OK') expect(result.data?.record.version).toBe(record.version + 1);
    else expect(await tableState(tableOf(name))).toBe(before);
  });

  it.each(cases)('delete%s as %s → %s', async (name, role, want) => {
    const record = await build(name, await inputOf(name));
    expect((await abilities(name, record.id, role)).delete).toBe(want === 'OK');
    const before = await tableState(tableOf(name));
    const result = await api.query(
      `mutation($id: ID!, $v: Int!) { record: delete${name}(id: $id, version: $v) { id } }`,
      { id: record.id, v: record.version },
      as(role),
    );
    expect(outcome(result)).toBe(want);
    const [{ deleted }] = await api.dataSource.query(
      `SELECT deleted_at IS NOT NULL AS deleted FROM ${tableOf(name)} WHERE id = $1`,
      [record.id],
    );
    expect(deleted).toBe(want === 'OK');
    if (want !== 'OK') expect(await tableState(tableOf(name))).toBe(before);
  });

  /**
   * Creating under a record: for every kind whose create input names a parent of a written kind
   * (a milestone's commitment) or links to one (a meeting's commitments), what the parent's
   * viewerCan.create says equals what the create naming it then does, in scope (commitment 2 of
   * Coahuila) and out of it.
   */
  const PARENT_FIELDS: Record<string, string> = {
    commitmentId: 'Commitment',
    commitmentIds: 'Commitment',
    criterionId: 'EvaluationCriterion',
    evaluationId: 'Evaluation',
    eventId: 'Event',
    exerciseId: 'Exercise',
    milestoneId: 'Milestone',
    personId: 'Person',
    planId: 'ActionPlan',
    postId: 'Post',
    secretariatId: 'Secretariat',
    sessionId: 'Session',
    evaluatorId: 'Organization',
  };
  /** Records a create names without being placed under them (its scope is read through another parent). */
  const NAMED_ONLY = [
    'Membership.personId',
    'Evaluation.evaluatorId',
    'EvaluationScore.criterionId',
    'Recommendation.evaluationId',
  ];
  /**
   * Parents the role may create under with other links than the input's: CONAGUA keeps meetings of
   * its commitment 6 in the same exercise (the test below creates one).
   */
  const ELSEWHERE_UNDER = ['Event.exerciseId:otherAgency'];
  /** The records an input names in `field`: one id, or a list of them. */
  const named = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];

  it.each(cases)(
    "create%s as %s naming its parents → %s, as each parent's viewerCan.create says",
    async (name, role, want) => {
      const input = await inputOf(name);
      const parents = Object.entries(PARENT_FIELDS).flatMap(([field, parent]) =>
        named(input[field]).map((id) => [field, parent, id] as const),
      );
      const said = await Promise.all(
        parents.map(async ([field, parent, id]) => {
          const data = await api.data(
            `query($ids: [ID!]!) { recordAbilities(kind: ${parent}, ids: $ids) { create } }`,
            { ids: [id] },
            as(role),
          );
          return [field, (data.recordAbilities[0].create as string[]).includes(name)] as const;
        }),
      );
      const result = await api.query(
        `mutation($input: ${name}Input!) { record: create${name}(input: $input) { id } }`,
        { input },
        as(role),
      );
      expect(outcome(result)).toBe(want);
      expect(Object.fromEntries(said)).toEqual(
        Object.fromEntries(
          parents.map(([field]) => [
            field,
            (want === 'OK' && !NAMED_ONLY.includes(`${name}.${field}`)) ||
              ELSEWHERE_UNDER.includes(`${name}.${field}:${role}`),
          ]),
        ),
      );
    },
  );

  /**
   * A meeting is kept by an agency through the commitments it serves: on a commitment it is not
   * responsible for, the agency is told it may not add one, and the create naming it is refused.
   */
  it("tells an agency it may not add a meeting to another agency's commitment, as createEvent refuses", async () => {
    const c6 = seedId(`commitment:${X}:c6`); // CONAGUA's
    const { recordAbilities } = await api.data(
      `query($ids: [ID!]!) { recordAbilities(kind: Commitment, ids: $ids) { create } }`,
      { ids: [ids.c2, c6] },
      as('agency'),
    );
    expect(recordAbilities.map((r: { create: string[] }) => r.create.includes('Event'))).toEqual([true, false]);
    const refused = await api.query(
      `mutation($input: EventInput!) { record: createEvent(input: $input) { id } }`,
      {
        input: { exerciseId: ids.exercise, kind: 'WORKING_MEETING', title: `Reunión ${unique()}`, commitmentIds: [c6] },
      },
      as('agency'),
    );
    expect(outcome(refused)).toBe('FORBIDDEN');
  });

  it('tells an agency it may add a meeting under an exercise where it keeps a commitment, as createEvent allows', async () => {
    const c6 = seedId(`commitment:${X}:c6`);
    const other = await exercise();
    const { recordAbilities } = await api.data(
      `query($ids: [ID!]!) { recordAbilities(kind: Exercise, ids: $ids) { create } }`,
      { ids: [ids.exercise, other.id] },
      as('otherAgency'),
    );
    expect(recordAbilities.map((r: { create: string[] }) => r.create.includes('Event'))).toEqual([true, false]);
    const meeting = { exerciseId: ids.exercise, kind: 'WORKING_MEETING', title: `Reunión ${unique()}` };
    const created = await api.query(
      `mutation($input: EventInput!) { record: createEvent(input: $input) { id } }`,
      { input: { ...meeting, commitmentIds: [c6] } },
      as('otherAgency'),
    );
    expect(outcome(created)).toBe('OK');
  });

  /** Restoring: the institute of the record's state and the platform admin. */
  const restoreCases = KINDS.flatMap((name) =>
    ROLES.map(
      (role) =>
        [name, role, role === 'public' ? 'UNAUTHENTICATED' : ADMINS.includes(role) ? 'OK' : 'FORBIDDEN'] as const,
    ),
  );

  it.each(restoreCases)('restore%s as %s → %s, as recordAbilities says', async (name, role, want) => {
    // The account is told it restores the kind (`me.canRestore`, the wastebasket's door), in its own scope.
    const restores = (await api.data('{ me { canRestore } }', {}, as(role))).me?.canRestore ?? [];
    expect(restores.includes(name)).toBe(ADMINS.includes(IN_SCOPE[role] ?? role));
    const record = await build(name, await inputOf(name));
    const { record: deleted } = await api.data(
      `mutation($id: ID!, $v: Int!) { record: delete${name}(id: $id, version: $v) { id version } }`,
      { id: record.id, v: record.version },
      viewers.platform,
    );
    expect(deleted.id).toBe(record.id);
    expect(await abilities(name, record.id, role)).toMatchObject({
      update: false,
      delete: false,
      restore: want === 'OK',
    });
    const result = await api.query(
      `mutation($id: ID!) { record: restore${name}(id: $id) { id } }`,
      { id: record.id },
      as(role),
    );
    expect(outcome(result)).toBe(want);
  });

  /** A record's full history: the institute of its state, the evaluator and the platform admin. */
  const historyCases = KINDS.flatMap((name) =>
    ROLES.map(
      (role) =>
        [
          name,
          role,
          role === 'public'
            ? 'UNAUTHENTICATED'
            : [...ADMINS, 'evaluator'].includes(role) && role !== 'otherInstitute'
              ? 'OK'
              : 'FORBIDDEN',
        ] as const,
    ),
  );

  it.each(historyCases)('recordHistory of a %s as %s → %s, as recordAbilities says', async (name, role, want) => {
    const record = await build(name, await inputOf(name));
    expect((await abilities(name, record.id, role)).history).toBe(want === 'OK');
    const result = await api.query(
      `query($id: ID!) { recordHistory(recordId: $id) { action } }`,
      { id: record.id },
      as(role),
    );
    expect(outcome(result)).toBe(want);
  });

  it("answers no, not an error, where a rule has nothing to decide on (an institute and a national body's record)", async () => {
    const national = await build('Organization', {
      slug: `org-${unique()}`,
      name: 'Organismo nacional',
      kind: 'FEDERAL_AGENCY',
    });
    expect(await abilities('Organization', national.id, 'institute')).toEqual({
      update: false,
      onlyFields: null,
      delete: false,
      restore: false,
      history: false,
      review: false,
    });
  });

  it('has a valid input for every kind of record that has writes', async () => {
    const schema = await api.data(`{ __schema { mutationType { fields { name } } } }`);
    const written = schema.__schema.mutationType.fields
      .map((f: { name: string }) => f.name)
      .filter((n: string) => n.startsWith('create') && n !== 'createStaffAccount')
      .map((n: string) => n.slice('create'.length));
    // Named, so a kind missing from test/support/write-fixtures.ts (or one no longer written) shows itself.
    expect({
      withoutFixture: written.filter((name: string) => !KINDS.includes(name)),
      notWritten: KINDS.filter((name) => !written.includes(name)),
    }).toEqual({ withoutFixture: [], notWritten: [] });
  });
});
