import { ApolloServer } from '@apollo/server';
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { createApp, formatError, type App } from '../../api/src/app';
import { createContext, type Context } from '../../api/src/common/context';
import { newRequestScope, scopedManager } from '../../api/src/db/sql-counter';
import { buildAppSchema } from '../../api/src/schema';
import { seedId } from '../../api/src/seed/upsert';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { staff } from '../support/staff';
import { PUBLIC_VIEWER, StaffRole, type Viewer } from '../../api/src/common/viewer';
import { listen } from '../support/listen';

/**
 * The public sees only what is public: published, not deleted, and reached through published,
 * undeleted records up to its exercise. Over a fixture of published records hidden by their
 * parents (a commitment under a draft plan, a delivery under a deleted commitment, a session of a
 * draft Secretariat, an event of a draft exercise in a second state, a draft agency linked to a
 * public commitment), every public root query and every nested field the schema has today is
 * walked, generated from the schema itself, so a field added tomorrow is walked too. No hidden id
 * may appear anywhere; every total and figure must equal what an independent computation (written
 * here in TypeScript over the raw rows, not with the API's SQL) says is public.
 */

/**
 * How each record is reached, written again for the test: table → [foreign key, parent table] that
 * must all be public; `anyOf` for one-of links; `ifAny` for optional links (public when empty).
 */
const PARENTS: Record<string, { all: [string, string][]; anyOf?: [string, string][]; ifAny?: [string, string][] }> = {
  exercise: { all: [] },
  organization: { all: [] },
  person: { all: [] },
  region: { all: [] },
  venue: { all: [] },
  theme: { all: [['exercise_id', 'exercise']] },
  secretariat: { all: [['exercise_id', 'exercise']] },
  post: { all: [['secretariat_id', 'secretariat']] },
  membership: { all: [['post_id', 'post']], ifAny: [['person_id', 'person']] },
  session: { all: [['secretariat_id', 'secretariat']] },
  agreement: {
    all: [],
    anyOf: [
      ['session_id', 'session'],
      ['event_id', 'event'],
    ],
  },
  event: { all: [['exercise_id', 'exercise']] },
  action_plan: { all: [['exercise_id', 'exercise']] },
  commitment: { all: [['plan_id', 'action_plan']] },
  milestone: { all: [['commitment_id', 'commitment']] },
  information_request: { all: [['commitment_id', 'commitment']] },
  information_delivery: { all: [['commitment_id', 'commitment']] },
  evaluation: {
    all: [
      ['plan_id', 'action_plan'],
      ['evaluator_id', 'organization'],
    ],
  },
  evaluation_criterion: { all: [['evaluation_id', 'evaluation']] },
  evaluation_score: {
    all: [
      ['criterion_id', 'evaluation_criterion'],
      ['commitment_id', 'commitment'],
    ],
  },
  recommendation: { all: [['exercise_id', 'exercise']] },
  document: {
    all: [],
    anyOf: [
      ['session_id', 'session'],
      ['event_id', 'event'],
      ['milestone_id', 'milestone'],
      ['information_delivery_id', 'information_delivery'],
      ['evaluation_id', 'evaluation'],
      ['exercise_id', 'exercise'],
    ],
  },
};

type Row = Record<string, any>;

/** The public rows of every table, computed in TypeScript from all rows. */
async function publicRows(db: OwnDatabase): Promise<Map<string, Row[]>> {
  const rows = new Map<string, Map<string, Row>>();
  for (const table of Object.keys(PARENTS))
    rows.set(table, new Map((await db.dataSource.query(`SELECT * FROM ${table}`)).map((r: Row) => [r.id, r])));
  const memo = new Map<string, boolean>();
  const isPublic = (table: string, id: string | null): boolean => {
    if (id === null) return false;
    const key = `${table}:${id}`;
    if (!memo.has(key)) {
      const row = rows.get(table)?.get(id);
      const { all, anyOf, ifAny = [] } = PARENTS[table];
      memo.set(
        key,
        Boolean(row) &&
          row!.publication === 'PUBLISHED' &&
          row!.deleted_at === null &&
          all.every(([column, parent]) => isPublic(parent, row![column])) &&
          ifAny.every(([column, parent]) => row![column] === null || isPublic(parent, row![column])) &&
          (!anyOf || anyOf.some(([column, parent]) => isPublic(parent, row![column]))),
      );
    }
    return memo.get(key)!;
  };
  return new Map(
    [...rows].map(([table, byId]) => [table, [...byId.values()].filter((row) => isPublic(table, row.id))]),
  );
}

/** A field the sweep can ask for without arguments. */
const askable = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);
const composite = (type: GraphQLNamedType): type is GraphQLObjectType => isObjectType(type) || isInterfaceType(type);

/** Every askable field of `type`, nested `depth` levels (then only ids), straight from the schema. */
function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!askable(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (composite(named)) {
      const fields = (named as GraphQLObjectType).getFields();
      const inner = depth > 0 ? selection(named as GraphQLObjectType, depth - 1) : 'id' in fields ? 'id' : '__typename';
      parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** Root queries by kind: paginated lists (`<Type>Connection`) and single records by `id`. */
function rootQueries(schema: GraphQLSchema) {
  const fields = Object.values(schema.getQueryType()!.getFields());
  const lists = fields.filter((f) => getNamedType(f.type).name.endsWith('Connection') && askable(f));
  const singles = fields.filter(
    (f) => f.args.length === 1 && f.args[0].name === 'id' && composite(getNamedType(f.type)),
  );
  return { lists, singles };
}

describe('the public sees only what is published and reached through published records', () => {
  let db: OwnDatabase;
  let apollo: ApolloServer<Context>;
  let schema: GraphQLSchema;
  let admin: Viewer;
  const hidden: Record<string, string> = {};
  const shown: Record<string, string> = {};

  const run = async (query: string, variables?: Record<string, unknown>, viewer: Viewer = PUBLIC_VIEWER) => {
    const scope = newRequestScope('sweep');
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(scopedManager(db.dataSource.manager, scope), scope, viewer) },
    );
    if (response.body.kind !== 'single') throw new Error('single result expected');
    return response.body.singleResult as {
      data?: Record<string, any> | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
  };
  const create = async (kind: string, input: Record<string, unknown>) => {
    const result = await run(
      `mutation($i: ${kind}Input!) { record: create${kind}(input: $i) { id } }`,
      { i: input },
      admin,
    );
    if (result.errors) throw new Error(`${kind}: ${JSON.stringify(result.errors)}`);
    return result.data!.record.id as string;
  };
  /** Errors a sweep may meet: a field whose arguments need one of several (asked for with none). Never an internal error. */
  const unexpectedErrors = (errors: { extensions?: Record<string, unknown> }[] | undefined) =>
    (errors ?? []).filter((e) => e.extensions?.code !== 'BAD_USER_INPUT');
  const expectNoHiddenId = (answer: unknown, what: string) => {
    const text = JSON.stringify(answer);
    const leaked = Object.entries(hidden)
      .filter(([, id]) => text.includes(id))
      .map(([name]) => name);
    expect({ what, leaked }).toEqual({ what, leaked: [] });
  };

  beforeAll(async () => {
    db = await ownDatabase('public_sweep');
    schema = await buildAppSchema();
    apollo = new ApolloServer<Context>({ schema, formatError });
    await apollo.start();
    admin = (await staff(db.dataSource.manager, StaffRole.PLATFORM_ADMIN)).viewer;
    const P = { publication: 'PUBLISHED' };
    const dipetre = seedId('organization:dipetre');
    const [{ id: coahuila }] = await db.dataSource.query(`SELECT id FROM exercise WHERE slug = 'coahuila-2015-2017'`);
    const [{ id: plan }] = await db.dataSource.query(
      `SELECT id FROM action_plan WHERE exercise_id = $1 AND publication = 'PUBLISHED' LIMIT 1`,
      [coahuila],
    );

    // A published commitment (with its milestone, request and delivery) under a draft plan.
    hidden.draftPlan = await create('ActionPlan', { exerciseId: coahuila, title: 'Plan en borrador' });
    hidden.commitmentOfDraftPlan = await create('Commitment', {
      planId: hidden.draftPlan,
      title: 'Compromiso de un plan en borrador',
      ...P,
      responsibleAgencyIds: [dipetre],
    });
    hidden.milestoneOfDraftPlan = await create('Milestone', {
      commitmentId: hidden.commitmentOfDraftPlan,
      position: 1,
      title: 'Hito oculto',
      weight: 1,
      status: 'DONE',
      completedOn: '2017-01',
      evidenceDescription: 'Acta',
      ...P,
    });
    hidden.requestOfDraftPlan = await create('InformationRequest', {
      commitmentId: hidden.commitmentOfDraftPlan,
      subject: 'Solicitud oculta',
      recipientId: dipetre,
      ...P,
    });
    hidden.deliveryOfDraftPlan = await create('InformationDelivery', {
      commitmentId: hidden.commitmentOfDraftPlan,
      description: 'Entrega oculta',
      pages: 777,
      pagesQualifier: 'EXACT',
      deliveredById: dipetre,
      ...P,
    });

    // A published delivery under a commitment deleted afterwards (deletes are refused while records point at it, so in SQL).
    hidden.deletedCommitment = await create('Commitment', {
      planId: plan,
      title: 'Compromiso eliminado',
      ...P,
      responsibleAgencyIds: [dipetre],
    });
    hidden.deliveryOfDeletedCommitment = await create('InformationDelivery', {
      commitmentId: hidden.deletedCommitment,
      description: 'Entrega de un compromiso eliminado',
      pages: 555,
      pagesQualifier: 'MORE_THAN',
      deliveredById: dipetre,
      ...P,
    });
    await db.dataSource.query(`UPDATE commitment SET deleted_at = now() WHERE id = $1`, [hidden.deletedCommitment]);

    // A second state: a published exercise with a draft Secretariat holding a published session and agreement.
    shown.secondExercise = await create('Exercise', {
      slug: 'nuevo-leon-prueba',
      title: 'Ejercicio de Nuevo León',
      stateId: seedId('state:MX-NLE'),
      ...P,
    });
    hidden.draftSecretariat = await create('Secretariat', {
      exerciseId: shown.secondExercise,
      name: 'Secretariado en borrador',
    });
    hidden.sessionOfDraftSecretariat = await create('Session', {
      secretariatId: hidden.draftSecretariat,
      type: 'ORDINARY',
      number: 1,
      date: '2018-02-01',
      ...P,
    });
    hidden.agreementOfHiddenSession = await create('Agreement', {
      sessionId: hidden.sessionOfDraftSecretariat,
      position: 1,
      text: 'Acuerdo oculto',
      ...P,
    });

    // A draft exercise with a published event (and its agreement) and a published plan and commitment.
    hidden.draftExercise = await create('Exercise', {
      slug: 'ejercicio-en-borrador',
      title: 'Ejercicio en borrador',
      stateId: seedId('state:MX-NLE'),
    });
    hidden.eventOfDraftExercise = await create('Event', {
      exerciseId: hidden.draftExercise,
      kind: 'WORKING_MEETING',
      title: 'Reunión oculta',
      startDate: '2018-03-01',
      attendeeCount: 99,
      attendeeCountQualifier: 'EXACT',
      ...P,
    });
    hidden.agreementOfHiddenEvent = await create('Agreement', {
      eventId: hidden.eventOfDraftExercise,
      position: 1,
      text: 'Acuerdo de reunión oculta',
      ...P,
    });
    hidden.planOfDraftExercise = await create('ActionPlan', {
      exerciseId: hidden.draftExercise,
      title: 'Plan de un ejercicio en borrador',
      ...P,
    });
    hidden.commitmentOfDraftExercise = await create('Commitment', {
      planId: hidden.planOfDraftExercise,
      title: 'Compromiso de un ejercicio en borrador',
      ...P,
    });

    // A draft agency named beside a public one on a public commitment.
    hidden.draftAgency = await create('Organization', {
      slug: 'dependencia-en-borrador',
      name: 'Dependencia en borrador',
      kind: 'STATE_AGENCY',
    });
    shown.publicCommitment = await create('Commitment', {
      planId: plan,
      title: 'Compromiso público',
      ...P,
      responsibleAgencyIds: [hidden.draftAgency, dipetre],
    });
    // ...as the organiser of a public meeting, and as the evaluator of a published evaluation (hidden with it).
    shown.meetingWithDraftAgency = await create('Event', {
      exerciseId: coahuila,
      kind: 'WORKING_MEETING',
      title: 'Reunión con una dependencia en borrador',
      organizerIds: [hidden.draftAgency],
      ...P,
    });
    hidden.evaluationByDraftAgency = await create('Evaluation', {
      planId: plan,
      evaluatorId: hidden.draftAgency,
      title: 'Evaluación de una dependencia en borrador',
      ...P,
    });

    // Published documents of hidden records (a milestone under a draft plan, a session of a draft Secretariat, a deleted commitment's delivery), and a public one.
    const content = 'a'.repeat(64);
    await db.dataSource.query(`INSERT INTO document_content (sha256, size, media_type) VALUES ($1, 3, 'text/plain')`, [
      content,
    ]);
    await db.dataSource.query(`INSERT INTO document_chunk (content_sha256, seq, data) VALUES ($1, 0, 'abc')`, [
      content,
    ]);
    const file = { kind: 'EVIDENCE', contentSha256: content, fileName: 'oculto.txt', ...P };
    hidden.documentOfHiddenMilestone = await create('Document', {
      ...file,
      title: 'Evidencia oculta',
      milestoneId: hidden.milestoneOfDraftPlan,
    });
    hidden.documentOfHiddenSession = await create('Document', {
      ...file,
      title: 'Acta oculta',
      kind: 'ACTA',
      sessionId: hidden.sessionOfDraftSecretariat,
    });
    hidden.documentOfDeletedCommitment = await create('Document', {
      ...file,
      title: 'Evidencia de una entrega oculta',
      informationDeliveryId: hidden.deliveryOfDeletedCommitment,
    });
    hidden.draftDocument = await create('Document', {
      ...file,
      title: 'Documento en borrador',
      exerciseId: coahuila,
      publication: 'DRAFT',
    });
    shown.publicDocument = await create('Document', {
      ...file,
      title: 'Informe público',
      kind: 'REPORT',
      exerciseId: coahuila,
    });
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.drop();
  });

  it('walks every root list and every nested field without meeting a hidden record, with totals of the public rows only', async () => {
    const expected = await publicRows(db);
    const { lists } = rootQueries(schema);
    expect(lists.length).toBeGreaterThan(20);
    for (const list of lists) {
      const node = (getNamedType(list.type) as GraphQLObjectType).getFields().nodes;
      const nodeType = getNamedType(node.type) as GraphQLObjectType;
      const result = await run(`{ ${list.name}(first: 100) { totalCount nodes { ${selection(nodeType, 1)} } } }`);
      // A staff-only list (the activity log) refuses the public whole: nothing to find in it.
      if (result.data?.[list.name] == null && result.errors?.every((e) => e.extensions?.code === 'UNAUTHENTICATED'))
        continue;
      expect({ list: list.name, errors: unexpectedErrors(result.errors) }).toEqual({ list: list.name, errors: [] });
      expectNoHiddenId(result.data, list.name);
      const table = db.dataSource.getMetadata(nodeType.name).tableName;
      if (expected.has(table))
        expect({ list: list.name, total: result.data![list.name].totalCount }).toEqual({
          list: list.name,
          total: expected.get(table)!.length,
        });
    }
  });

  it('answers NOT_FOUND for every hidden record by every single-record query', async () => {
    const { singles } = rootQueries(schema);
    expect(singles.length).toBeGreaterThan(20);
    for (const single of singles) {
      for (const [name, id] of Object.entries(hidden)) {
        const result = await run(`query($id: ID!) { ${single.name}(id: $id) { __typename } }`, { id });
        expect({ single: single.name, name, code: result.errors?.[0]?.extensions?.code }).toEqual({
          single: single.name,
          name,
          code: 'NOT_FOUND',
        });
      }
    }
  });

  it('walks every nested field of the public records around the hidden ones without meeting them', async () => {
    const { singles } = rootQueries(schema);
    const byType = new Map(singles.map((s) => [getNamedType(s.type).name, s]));
    const [{ id: coahuila }] = await db.dataSource.query(`SELECT id FROM exercise WHERE slug = 'coahuila-2015-2017'`);
    const around: [string, string][] = [
      ['Exercise', coahuila],
      ['Exercise', shown.secondExercise],
      ['Commitment', shown.publicCommitment],
      ['Event', shown.meetingWithDraftAgency],
      ['Organization', seedId('organization:dipetre')],
      ['Organization', seedId('organization:icai')],
    ];
    for (const [type, id] of around) {
      const single = byType.get(type)!;
      const result = await run(
        `query($id: ID!) { record: ${single.name}(id: $id) { ${selection(schema.getType(type) as GraphQLObjectType, 2)} } }`,
        { id },
      );
      expect({ type, id, errors: unexpectedErrors(result.errors) }).toEqual({ type, id, errors: [] });
      expectNoHiddenId(result.data, `${type} ${id}`);
    }
    const agencies = await run(`query($id: ID!) { commitment(id: $id) { responsibleAgencies { id } } }`, {
      id: shown.publicCommitment,
    });
    expect(agencies.data?.commitment.responsibleAgencies).toEqual([{ id: seedId('organization:dipetre') }]);
  });

  it('refuses public history and feeds-by-id of hidden records', async () => {
    for (const [name, id] of Object.entries(hidden)) {
      const result = await run(`query($id: ID!) { publicHistory(recordId: $id) { recordId } }`, { id });
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({ name, code: 'NOT_FOUND' });
    }
  });

  it('counts in every figure only the public records: pages, progress, statistics and comparisons', async () => {
    const pub = await publicRows(db);
    const deliveries = pub.get('information_delivery')!;
    const commitments = pub.get('commitment')!;
    const plans = pub.get('action_plan')!;
    const planOf = new Map(commitments.map((c) => [c.id, c.plan_id]));
    const exerciseOf = new Map(plans.map((p) => [p.id, p.exercise_id]));
    // No delivery with a page count: the total is unknown (null), never 0.
    const pagesWhere = (keep: (d: Row) => boolean) => {
      const counted = deliveries.filter(keep).filter((d) => d.pages !== null);
      return counted.length ? counted.reduce((sum, d) => sum + d.pages, 0) : null;
    };
    const secretariatExercise = new Map(pub.get('secretariat')!.map((t) => [t.id, t.exercise_id]));
    const sessions = pub.get('session')!;
    const events = pub.get('event')!;
    // Each event counted once: a series whose parts are public counts as those parts.
    const countedEvents = events.filter((e) => !events.some((part) => part.parent_id === e.id));
    const sessionExercise = new Map(sessions.map((s) => [s.id, secretariatExercise.get(s.secretariat_id)]));
    const eventExercise = new Map(events.map((e) => [e.id, e.exercise_id]));
    const agreements = pub.get('agreement')!;

    const { exercises } = (
      await run(`{ exercises(first: 100) { nodes { id unreportedRecords pagesDelivered { pages } statistics { sessions agreements events commitments }
      actionPlans { id pagesDelivered { pages } commitments { id pagesDelivered { pages } progress { milestonesTotal milestonesDone } } } } } }`)
    ).data!;
    let figures = 0;
    for (const x of exercises.nodes) {
      expect({ x: x.id, pages: x.pagesDelivered.pages }).toEqual({
        x: x.id,
        pages: pagesWhere((d) => exerciseOf.get(planOf.get(d.commitment_id)) === x.id),
      });
      expect({ x: x.id, ...x.statistics }).toEqual({
        x: x.id,
        // Kinds of record its sources do not report are no data, whatever rows there are.
        sessions: x.unreportedRecords.includes('SESSIONS')
          ? null
          : sessions.filter((s) => sessionExercise.get(s.id) === x.id).length,
        agreements: x.unreportedRecords.includes('AGREEMENTS')
          ? null
          : agreements.filter(
              (a) => sessionExercise.get(a.session_id) === x.id || eventExercise.get(a.event_id) === x.id,
            ).length,
        events: countedEvents.filter((e) => e.exercise_id === x.id).length,
        commitments: commitments.filter((c) => exerciseOf.get(c.plan_id) === x.id).length,
      });
      figures += 2;
      for (const p of x.actionPlans) {
        expect({ p: p.id, pages: p.pagesDelivered.pages }).toEqual({
          p: p.id,
          pages: pagesWhere((d) => planOf.get(d.commitment_id) === p.id),
        });
        figures += 1;
        for (const c of p.commitments) {
          const milestones = pub.get('milestone')!.filter((m) => m.commitment_id === c.id && m.status !== 'CANCELLED');
          expect({ c: c.id, pages: c.pagesDelivered.pages, ...c.progress }).toEqual({
            c: c.id,
            pages: pagesWhere((d) => d.commitment_id === c.id),
            milestonesTotal: milestones.length,
            milestonesDone: milestones.filter((m) => m.status === 'DONE').length,
          });
          figures += 2;
        }
      }
    }
    const dipetre = seedId('organization:dipetre');
    const org = (await run(`query($id: ID!) { organization(id: $id) { pagesDelivered { pages } } }`, { id: dipetre }))
      .data!.organization;
    expect(org.pagesDelivered.pages).toBe(pagesWhere((d) => d.delivered_by_id === dipetre));

    const { compareExercises } = (
      await run(
        `{ compareExercises { exerciseId unreportedRecords commitments { total } pagesDelivered { pages } sessions { total } events } }`,
      )
    ).data!;
    expect(compareExercises.map((c: Row) => c.exerciseId).sort()).toEqual(
      pub
        .get('exercise')!
        .map((x) => x.id)
        .sort(),
    );
    for (const c of compareExercises) {
      expect({
        x: c.exerciseId,
        commitments: c.commitments.total,
        pages: c.pagesDelivered.pages,
        sessions: c.sessions?.total ?? null,
        events: c.events,
      }).toEqual({
        x: c.exerciseId,
        commitments: commitments.filter((m) => exerciseOf.get(m.plan_id) === c.exerciseId).length,
        pages: pagesWhere((d) => exerciseOf.get(planOf.get(d.commitment_id)) === c.exerciseId),
        sessions: c.unreportedRecords.includes('SESSIONS')
          ? null
          : sessions.filter((s) => sessionExercise.get(s.id) === c.exerciseId).length,
        events: countedEvents.filter((e) => e.exercise_id === c.exerciseId).length,
      });
    }
    // The fixture is in the figures: the second state's exercise is compared, Coahuila's pages are the report's.
    expect(figures).toBeGreaterThan(10);
    expect(compareExercises.some((c: Row) => c.exerciseId === shown.secondExercise)).toBe(true);
  });

  describe('public history and feeds', () => {
    let app: App;
    let base: string;
    beforeAll(async () => {
      app = await createApp(db.dataSource, () => undefined);
      base = await listen(app.server);
    });
    afterAll(() => app.stop());

    it('start at first publication: draft text, account ids and hidden links never show', async () => {
      const draft = await create('Milestone', {
        commitmentId: shown.publicCommitment,
        position: 1,
        title: 'Texto secreto del borrador',
        weight: 1,
      });
      const update = async (version: number, input: Record<string, unknown>) => {
        const result = await run(
          `mutation($id: ID!, $v: Int!, $i: MilestoneInput!) { updateMilestone(id: $id, version: $v, input: $i) { version } }`,
          { id: draft, v: version, i: input },
          admin,
        );
        expect(result.errors).toBeUndefined();
      };
      await update(1, { title: 'Otro texto del borrador', description: 'Nota interna' });
      await update(2, { title: 'Hito publicado', description: 'Descripción pública', publication: 'PUBLISHED' });
      await update(3, { title: 'Hito publicado y corregido' });
      const history = (
        await run(`query($id: ID!) { publicHistory(recordId: $id) { action changes { field before after } } }`, {
          id: draft,
        })
      ).data!.publicHistory;
      expect(history).toHaveLength(2);
      // The first public entry shows the record as published, compared with nothing: not with the draft.
      expect(history[0].changes.every((c: Row) => c.before === null)).toBe(true);
      expect(history[1].changes).toEqual([
        { field: 'title', before: 'Hito publicado', after: 'Hito publicado y corregido' },
      ]);
      const text = JSON.stringify(history);
      for (const secret of [
        'Texto secreto del borrador',
        'Otro texto del borrador',
        'Nota interna',
        'accountId',
        admin.kind === 'staff' ? admin.accountId : '',
      ])
        expect(text).not.toContain(secret);

      const links = JSON.stringify(
        (
          await run(`query($id: ID!) { publicHistory(recordId: $id) { changes { field before after } } }`, {
            id: shown.publicCommitment,
          })
        ).data,
      );
      expect(links).toContain(seedId('organization:dipetre'));
      expectNoHiddenId(links, 'publicHistory of a commitment linked to a draft agency');

      for (const path of [
        '/feeds/exercises/coahuila-2015-2017.atom',
        `/feeds/commitments/${shown.publicCommitment}.atom`,
      ]) {
        const feed = await (await fetch(`${base}${path}`)).text();
        expect(feed).toContain('Hito publicado y corregido');
        for (const secret of [
          'Texto secreto del borrador',
          'Otro texto del borrador',
          'Nota interna',
          admin.kind === 'staff' ? admin.accountId : '',
        ])
          expect(feed).not.toContain(secret);
        expectNoHiddenId(feed, path);
      }
    });
  });

  it('shows staff a draft in scope, but nothing whose parent is deleted', async () => {
    const platform = admin;
    const draft = await run(`query($id: ID!) { actionPlan(id: $id) { id } }`, { id: hidden.draftPlan }, platform);
    expect(draft.data?.actionPlan.id).toBe(hidden.draftPlan);
    const orphan = await run(
      `query($id: ID!) { informationDelivery(id: $id) { id } }`,
      { id: hidden.deliveryOfDeletedCommitment },
      platform,
    );
    expect(orphan.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
