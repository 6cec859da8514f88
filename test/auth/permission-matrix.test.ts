import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { storeBytes } from '../../api/src/modules/document/document.storage';
import { roles } from '../support/staff';
import { PUBLIC_VIEWER, type Viewer } from '../../api/src/common/viewer';

/**
 * Every role × every kind of record × create, update and delete, on records of commitment 2 of
 * Coahuila (DIPETRE is responsible for it, Movimiento Magisterial follows it). Each role is
 * either in scope or out of it for those records; a refused write must leave the table as it was.
 */
type Role =
  'public' | 'agency' | 'otherAgency' | 'follower' | 'institute' | 'otherInstitute' | 'evaluator' | 'platform';
const ROLES: Role[] = [
  'public',
  'agency',
  'otherAgency',
  'follower',
  'institute',
  'otherInstitute',
  'evaluator',
  'platform',
];

const X = 'coahuila-2015-2017';
const ids = {
  state: seedId('state:MX-COA'),
  saltillo: seedId('municipality:MX-COA:030'),
  exercise: seedId(`exercise:${X}`),
  plan: seedId(`plan:${X}:pal`),
  c2: seedId(`commitment:${X}:c2`),
  secretariat: seedId(`secretariat:${X}:stga`),
  evaluation: seedId(`evaluation:${X}:pal`),
  icai: seedId('organization:icai'),
  inai: seedId('organization:inai'),
};

/**
 * The file the matrix's documents name, stored in its set-up as an upload stores it: real bytes
 * under their own hash, as the document rows expect.
 */
const PDF = Buffer.from('%PDF-1.4\n% matriz de permisos\n%%EOF\n');
let content: string;

let serial = 0;
const unique = () => `${Date.now().toString(36)}-${(serial += 1)}`;

interface Kind {
  name: string;
  table: string;
  /** Who may write this kind of record (of commitment 2, in Coahuila). */
  writers: Role[];
  /** Who writes other records of this kind only (the evaluator the documents of evaluations): it may create some. */
  writersElsewhere?: Role[];
  /** A create input; may build parents first (as the platform admin). */
  input: () => Promise<Record<string, unknown>>;
  patch: () => Record<string, unknown>;
}

const ADMINS: Role[] = ['institute', 'platform'];
const AGENCY: Role[] = ['agency', ...ADMINS];
const EVALUATION: Role[] = ['evaluator', ...ADMINS];

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

  const meetingOnC2 = () =>
    build('Event', {
      exerciseId: ids.exercise,
      kind: 'WORKING_MEETING',
      title: `Reunión ${unique()}`,
      commitmentIds: [ids.c2],
    });
  const person = () => build('Person', { name: `Persona ${unique()}`, stateId: ids.state });
  const post = () =>
    build('Post', { secretariatId: ids.secretariat, label: `Asiento ${unique()}`, role: 'ALTERNATE', voting: true });
  const criterion = () =>
    build('EvaluationCriterion', {
      evaluationId: ids.evaluation,
      code: `TEST_${serial + 1}`,
      dimension: 'QUALITY',
      position: 99,
      label: `Criterio ${unique()}`,
    });
  const session = () =>
    build('Session', {
      secretariatId: ids.secretariat,
      type: 'EXTRAORDINARY',
      number: 100 + (serial += 1),
      date: '2018-02-01',
    });
  const exercise = () =>
    build('Exercise', { slug: `prueba-${unique()}`, title: 'Ejercicio de prueba', stateId: ids.state });

  const KINDS: Kind[] = [
    {
      name: 'Region',
      table: 'region',
      writers: ADMINS,
      input: async () => ({ stateId: ids.state, name: `Región ${unique()}` }),
      patch: () => ({ name: `Región ${unique()}` }),
    },
    {
      name: 'Venue',
      table: 'venue',
      writers: ADMINS,
      input: async () => ({ municipalityId: ids.saltillo, name: `Sede ${unique()}` }),
      patch: () => ({ name: `Sede ${unique()}` }),
    },
    {
      name: 'Organization',
      table: 'organization',
      writers: ADMINS,
      input: async () => ({
        slug: `org-${unique()}`,
        name: 'Organización de prueba',
        kind: 'STATE_AGENCY',
        stateId: ids.state,
      }),
      patch: () => ({ abbreviation: 'OP' }),
    },
    {
      name: 'Person',
      table: 'person',
      writers: ADMINS,
      input: async () => ({ name: `Persona ${unique()}`, stateId: ids.state }),
      patch: () => ({ honorificPrefix: 'Lic.' }),
    },
    {
      name: 'Exercise',
      table: 'exercise',
      writers: ADMINS,
      input: async () => ({ slug: `prueba-${unique()}`, title: 'Ejercicio de prueba', stateId: ids.state }),
      patch: () => ({ description: 'Cambio' }),
    },
    {
      name: 'Theme',
      table: 'theme',
      writers: ADMINS,
      input: async () => ({ exerciseId: ids.exercise, name: `Tema ${unique()}` }),
      patch: () => ({ name: `Tema ${unique()}` }),
    },
    {
      name: 'Secretariat',
      table: 'secretariat',
      writers: ADMINS,
      input: async () => ({ exerciseId: (await exercise()).id, name: 'Secretariado de prueba' }),
      patch: () => ({ abbreviation: 'SP' }),
    },
    {
      name: 'Post',
      table: 'post',
      writers: ADMINS,
      input: async () => ({
        secretariatId: ids.secretariat,
        label: `Asiento ${unique()}`,
        role: 'ALTERNATE',
        voting: true,
      }),
      patch: () => ({ label: `Asiento ${unique()}` }),
    },
    {
      name: 'Membership',
      table: 'membership',
      writers: ADMINS,
      input: async () => ({ postId: (await post()).id, personId: (await person()).id, startDate: '2018-01-01' }),
      patch: () => ({ title: 'Titular' }),
    },
    {
      name: 'Session',
      table: 'session',
      writers: ADMINS,
      input: async () => ({
        secretariatId: ids.secretariat,
        type: 'EXTRAORDINARY',
        number: 100 + (serial += 1),
        date: '2018-02-01',
      }),
      patch: () => ({ summary: 'Cambio' }),
    },
    {
      name: 'SessionAttendance',
      table: 'session_attendance',
      writers: ADMINS,
      input: async () => ({ sessionId: (await session()).id, description: `Asistente ${unique()}` }),
      patch: () => ({ description: 'Cambio' }),
    },
    {
      name: 'Agreement',
      table: 'agreement',
      writers: AGENCY,
      input: async () => ({
        eventId: (await meetingOnC2()).id,
        position: 1,
        text: 'Acuerdo de prueba',
        responsibleIds: [],
      }),
      patch: () => ({ status: 'DONE', statusNote: 'Cumplido' }),
    },
    {
      name: 'Event',
      table: 'event',
      writers: AGENCY,
      input: async () => ({
        exerciseId: ids.exercise,
        kind: 'WORKING_MEETING',
        title: `Reunión ${unique()}`,
        commitmentIds: [ids.c2],
      }),
      patch: () => ({ description: 'Cambio' }),
    },
    {
      name: 'ActionPlan',
      table: 'action_plan',
      writers: ADMINS,
      input: async () => ({ exerciseId: ids.exercise, title: `Plan ${unique()}` }),
      patch: () => ({ methodology: 'Cambio' }),
    },
    {
      name: 'Commitment',
      table: 'commitment',
      writers: ADMINS,
      input: async () => ({ planId: ids.plan, title: `Compromiso ${unique()}` }),
      patch: () => ({ objective: 'Cambio' }),
    },
    {
      name: 'Milestone',
      table: 'milestone',
      writers: AGENCY,
      input: async () => ({ commitmentId: ids.c2, position: 1, title: `Hito ${unique()}` }),
      patch: () => ({ status: 'IN_PROGRESS' }),
    },
    {
      name: 'InformationRequest',
      table: 'information_request',
      writers: AGENCY,
      input: async () => ({ commitmentId: ids.c2, subject: 'Solicitud', recipientDescription: 'DIPETRE' }),
      patch: () => ({ response: 'FULL' }),
    },
    {
      name: 'InformationDelivery',
      table: 'information_delivery',
      writers: AGENCY,
      input: async () => ({ commitmentId: ids.c2, description: 'Entrega', pages: 10, pagesQualifier: 'EXACT' }),
      patch: () => ({ pages: 12 }),
    },
    {
      // A document is written as the record it belongs to: here a milestone of commitment 2.
      name: 'Document',
      table: 'document',
      writers: AGENCY,
      writersElsewhere: ['evaluator'],
      input: async () => ({
        milestoneId: (await build('Milestone', { commitmentId: ids.c2, position: 1, title: `Hito ${unique()}` })).id,
        title: `Evidencia ${unique()}`,
        kind: 'EVIDENCE',
        contentSha256: content,
        fileName: 'evidencia.pdf',
      }),
      patch: () => ({ title: `Evidencia ${unique()}` }),
    },
    {
      name: 'Evaluation',
      table: 'evaluation',
      writers: EVALUATION,
      input: async () => ({ planId: ids.plan, evaluatorId: ids.inai, title: `Evaluación ${unique()}` }),
      patch: () => ({ scoresNote: 'Cambio' }),
    },
    {
      name: 'EvaluationCriterion',
      table: 'evaluation_criterion',
      writers: EVALUATION,
      input: async () => ({
        evaluationId: ids.evaluation,
        code: `TEST_${(serial += 1)}`,
        dimension: 'QUALITY',
        position: 99,
        label: 'Criterio',
      }),
      patch: () => ({ question: '¿Cambio?' }),
    },
    {
      name: 'EvaluationScore',
      table: 'evaluation_score',
      writers: EVALUATION,
      input: async () => ({ criterionId: (await criterion()).id, commitmentId: ids.c2, score: 2 }),
      patch: () => ({ score: 3 }),
    },
    {
      name: 'Recommendation',
      table: 'recommendation',
      writers: EVALUATION,
      input: async () => ({
        exerciseId: ids.exercise,
        evaluationId: ids.evaluation,
        kind: 'EVALUATOR_RECOMMENDATION',
        position: 99,
        text: 'Recomendación de prueba',
      }),
      patch: () => ({ text: 'Cambio' }),
    },
  ];

  beforeAll(async () => {
    db = await ownDatabase('permission_matrix');
    api = await TestApi.open(db.url);
    viewers = { public: PUBLIC_VIEWER, ...(await roles(api.dataSource.manager)) };
    ({ sha256: content } = await storeBytes(api.dataSource.manager, PDF));
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const expected = (kind: Kind, role: Role) =>
    role === 'public' ? 'UNAUTHENTICATED' : kind.writers.includes(role) ? 'OK' : 'FORBIDDEN';
  const outcome = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.length ? String(result.errors[0].extensions?.code) : 'OK';
  const tableState = async (table: string) =>
    JSON.stringify(await api.dataSource.query(`SELECT * FROM ${table} ORDER BY id`));
  const auditCount = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n);

  const cases = KINDS.flatMap((kind) => ROLES.map((role) => [kind.name, role, expected(kind, role)] as const));
  const kindNamed = (name: string) => KINDS.find((k) => k.name === name) as Kind;

  /** The kinds the role's account may create, as the API tells it (`me.canCreate`); nothing for the public. */
  const canCreate = async (role: Role): Promise<string[]> =>
    (await api.data('{ me { canCreate } }', {}, as(role))).me?.canCreate ?? [];
  /** An account out of scope of commitment 2 still creates the same kinds, within its own scope. */
  const IN_SCOPE: Partial<Record<Role, Role>> = { otherAgency: 'agency', otherInstitute: 'institute' };

  it.each(cases)('create%s as %s → %s', async (name, role, want) => {
    const kind = kindNamed(name);
    const inScope = IN_SCOPE[role] ?? role;
    expect((await canCreate(role)).includes(name)).toBe(
      expected(kind, inScope) === 'OK' || !!kind.writersElsewhere?.includes(role),
    );
    const input = await kind.input();
    const [before, audits] = [await tableState(kind.table), await auditCount()];
    const result = await api.query(
      `mutation($input: ${name}Input!) { record: create${name}(input: $input) { id } }`,
      { input },
      as(role),
    );
    expect(outcome(result)).toBe(want);
    if (want === 'OK') expect(await auditCount()).toBe(audits + 1);
    else {
      expect(await tableState(kind.table)).toBe(before);
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
    const kind = kindNamed(name);
    const record = await build(name, await kind.input());
    // What the admin is told beforehand is what the mutation then does.
    expect(await abilities(name, record.id, role)).toMatchObject({
      update: want === 'OK',
      onlyFields: null,
    });
    const before = await tableState(kind.table);
    const result = await api.query(
      `mutation($id: ID!, $v: Int!, $input: ${name}Input!) { record: update${name}(id: $id, version: $v, input: $input) { id version } }`,
      { id: record.id, v: record.version, input: kind.patch() },
      as(role),
    );
    expect(outcome(result)).toBe(want);
    if (want === 'OK') expect(result.data?.record.version).toBe(record.version + 1);
    else expect(await tableState(kind.table)).toBe(before);
  });

  it.each(cases)('delete%s as %s → %s', async (name, role, want) => {
    const kind = kindNamed(name);
    const record = await build(name, await kind.input());
    expect((await abilities(name, record.id, role)).delete).toBe(want === 'OK');
    const before = await tableState(kind.table);
    const result = await api.query(
      `mutation($id: ID!, $v: Int!) { record: delete${name}(id: $id, version: $v) { id } }`,
      { id: record.id, v: record.version },
      as(role),
    );
    expect(outcome(result)).toBe(want);
    const [{ deleted }] = await api.dataSource.query(
      `SELECT deleted_at IS NOT NULL AS deleted FROM ${kind.table} WHERE id = $1`,
      [record.id],
    );
    expect(deleted).toBe(want === 'OK');
    if (want !== 'OK') expect(await tableState(kind.table)).toBe(before);
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
  const createUnderCases = KINDS.flatMap((kind) =>
    ROLES.map((role) => [kind.name, role, expected(kind, role)] as const),
  );
  /** The records an input names in `field`: one id, or a list of them. */
  const named = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];

  it.each(createUnderCases)(
    "create%s as %s naming its parents → %s, as each parent's viewerCan.create says",
    async (name, role, want) => {
      const kind = kindNamed(name);
      const input = await kind.input();
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
  const restoreCases = KINDS.flatMap((kind) =>
    ROLES.map(
      (role) =>
        [kind.name, role, role === 'public' ? 'UNAUTHENTICATED' : ADMINS.includes(role) ? 'OK' : 'FORBIDDEN'] as const,
    ),
  );

  it.each(restoreCases)('restore%s as %s → %s, as recordAbilities says', async (name, role, want) => {
    const kind = kindNamed(name);
    // The account is told it restores the kind (`me.canRestore`, the wastebasket's door), in its own scope.
    const restores = (await api.data('{ me { canRestore } }', {}, as(role))).me?.canRestore ?? [];
    expect(restores.includes(name)).toBe(ADMINS.includes(IN_SCOPE[role] ?? role));
    const record = await build(name, await kind.input());
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
  const historyCases = KINDS.flatMap((kind) =>
    ROLES.map(
      (role) =>
        [
          kind.name,
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
    const record = await build(name, await kindNamed(name).input());
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

  it('covers every kind of record that has writes', async () => {
    const schema = await api.data(`{ __schema { mutationType { fields { name } } } }`);
    const creates = schema.__schema.mutationType.fields
      .map((f: { name: string }) => f.name)
      .filter((n: string) => n.startsWith('create') && n !== 'createStaffAccount');
    expect(creates.map((n: string) => n.slice('create'.length)).sort()).toEqual(KINDS.map((k) => k.name).sort());
  });
});
