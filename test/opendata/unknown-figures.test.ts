import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { loadSeedFiles } from '../../api/src/seed/load-files';
import { seedId } from '../../api/src/seed/upsert';
import { roles } from '../support/staff';
import { COAHUILA, COAHUILA_ID, csvObjects, readZip, sandboxExercise, startApp } from './support';

/**
 * What the report does not count is not served as a number, on any channel: pages the source
 * does not count are unknown (null, UNKNOWN), and where some are counted the sum says it is a
 * lower bound. (The widget's "sin dato" is checked in Chromium, test/widgets/browser.test.ts.)
 * The last test walks every channel at once.
 */
describe('figures the source does not give', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  const PROACTIVE = seedId(`commitment:${COAHUILA}:proactivo`);

  beforeAll(async () => {
    ctx = await startApp('unknown_figures');
  });
  afterAll(() => ctx.stop());

  it('GraphQL: no organisation and no commitment reads "0 pages, exact" when nothing is counted', async () => {
    const { exerciseBySlug } = await ctx.api.data(`{ exerciseBySlug(slug: "${COAHUILA}") {
      actionPlans { commitments { id isProactive pagesDelivered { pages qualifier deliveriesCounted deliveriesWithoutPageCount } } }
    } }`);
    const { organizations } = await ctx.api.data(
      `{ organizations(first: 100) { nodes { name pagesDelivered { pages qualifier deliveriesCounted deliveriesWithoutPageCount } } } }`,
    );
    const totals = [
      ...organizations.nodes.map((o: any) => o.pagesDelivered),
      ...exerciseBySlug.actionPlans[0].commitments.map((c: any) => c.pagesDelivered),
    ];
    for (const total of totals) {
      if (total.deliveriesCounted === 0) expect(total).toMatchObject({ pages: null, qualifier: 'UNKNOWN' });
      else expect(total.pages).toEqual(expect.any(Number));
      if (total.deliveriesWithoutPageCount > 0 && total.pages !== null) expect(total.qualifier).toBe('MORE_THAN');
    }
    const conagua = organizations.nodes.find((o: any) => o.name.startsWith('Comisión Nacional del Agua'));
    expect(conagua.pagesDelivered).toEqual({
      pages: null,
      qualifier: 'UNKNOWN',
      deliveriesCounted: 0,
      deliveriesWithoutPageCount: expect.any(Number),
    });
    const proactive = exerciseBySlug.actionPlans[0].commitments.find((c: any) => c.isProactive);
    expect(proactive.pagesDelivered).toEqual({
      pages: null,
      qualifier: 'UNKNOWN',
      deliveriesCounted: 0,
      deliveriesWithoutPageCount: 0,
    });
  });

  it("CSV and JSON: the proactive commitment's pages are an empty cell / null, qualified UNKNOWN", async () => {
    const at = (path: string) => `${ctx.base}/data/exercises/${COAHUILA}/${path}`;
    const rows = csvObjects(Buffer.from(await (await fetch(at('commitments.csv'))).arrayBuffer()).toString('utf8'));
    const row = rows.find((r) => r.id === PROACTIVE) as Record<string, string>;
    expect(row).toMatchObject({ pages_delivered: '', pages_delivered_qualifier: 'UNKNOWN', deliveries_counted: '0' });
    const records = (await (await fetch(at('commitments.json'))).json()) as Record<string, unknown>[];
    expect(records.find((r) => r.id === PROACTIVE)).toMatchObject({
      pages_delivered: null,
      pages_delivered_qualifier: 'UNKNOWN',
    });
    for (const r of rows) if (r.deliveries_counted === '0') expect(r.pages_delivered).toBe('');
  });

  it('comparisons: an exercise with no deliveries has unknown pages, and uncounted deliveries make a lower bound', async () => {
    const { institute } = await roles(ctx.api.dataSource.manager);
    const sandbox = await sandboxExercise(ctx.api, institute, 'sin-fojas');
    const compare = async () =>
      (
        await ctx.api.data(
          `query($ids: [ID!]) { compareExercises(ids: $ids) { pagesDelivered { pages qualifier deliveriesCounted deliveriesWithoutPageCount } } }`,
          { ids: [sandbox.exercise] },
        )
      ).compareExercises[0].pagesDelivered;
    expect(await compare()).toEqual({
      pages: null,
      qualifier: 'UNKNOWN',
      deliveriesCounted: 0,
      deliveriesWithoutPageCount: 0,
    });
    const commitment = await sandbox.create('Commitment', {
      planId: sandbox.plan,
      number: 1,
      title: 'Compromiso de prueba',
      publication: 'PUBLISHED',
    });
    await sandbox.create('InformationDelivery', {
      commitmentId: commitment,
      description: 'Entrega sin conteo',
      publication: 'PUBLISHED',
    });
    expect(await compare()).toEqual({
      pages: null,
      qualifier: 'UNKNOWN',
      deliveriesCounted: 0,
      deliveriesWithoutPageCount: 1,
    });
    await sandbox.create('InformationDelivery', {
      commitmentId: commitment,
      description: 'Entrega contada',
      pages: 10,
      pagesQualifier: 'EXACT',
      publication: 'PUBLISHED',
    });
    expect(await compare()).toEqual({
      pages: 10,
      qualifier: 'MORE_THAN',
      deliveriesCounted: 1,
      deliveriesWithoutPageCount: 1,
    });
  });

  it("no channel serves a figure the source does not give as a number: GraphQL, tables, data package, Popolo, calendar, widgets' data, comparisons, feeds", async () => {
    const CONAGUA = seedId('organization:conagua');
    // GraphQL: what Coahuila's report does not give. It gives no page count of the proactive
    // commitment or of CONAGUA's deliveries, no plan of milestones (so no progress), no score (the
    // table was an image) and no head count for most events; each is null.
    const { exercise, organization, events } = await ctx.api.data(
      `query($x: ID!, $o: ID!) {
        exercise(id: $x) { actionPlans { id commitments { id pagesDelivered { pages qualifier deliveriesCounted } progress { percent unknownReason } evaluationScores { score } } } }
        organization(id: $o) { pagesDelivered { pages qualifier deliveriesCounted } }
        events(filter: { exerciseId: $x }, first: 100) { nodes { id attendeeCount } }
      }`,
      { x: COAHUILA_ID, o: CONAGUA },
    );
    const [plan] = exercise.actionPlans;
    const commitments = plan.commitments as {
      id: string;
      pagesDelivered: { pages: number | null; qualifier: string; deliveriesCounted: number };
      progress: { percent: number | null; unknownReason: string | null };
      evaluationScores: { score: number | null }[];
    }[];
    const pagesUnknown = commitments.filter((c) => c.pagesDelivered.deliveriesCounted === 0).map((c) => c.id);
    expect(pagesUnknown).toContain(PROACTIVE);
    expect(commitments.every((c) => c.progress.percent === null && c.progress.unknownReason === 'NO_MILESTONES')).toBe(
      true,
    );
    expect(organization.pagesDelivered).toEqual({ pages: null, qualifier: 'UNKNOWN', deliveriesCounted: 0 });
    const headcountUnknown = new Set(
      (events.nodes as { id: string; attendeeCount: number | null }[])
        .filter((e) => e.attendeeCount === null)
        .map((e) => e.id),
    );
    expect(headcountUnknown.size).toBeGreaterThan(10);
    const scores = commitments.flatMap((c) => c.evaluationScores);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((s) => s.score === null)).toBe(true);

    // Tables, as CSV and JSON, and the same CSVs inside the data package: empty cells and nulls, never 0
    // (a score nobody entered has no row at all: evaluation-scores lists stored scores).
    const at = (path: string) => `${ctx.base}/data/exercises/${COAHUILA}/${path}`;
    const zip = await readZip(Buffer.from(await (await fetch(at('datapackage.zip'))).arrayBuffer()));
    const unknownCells: [string, (row: Record<string, unknown>) => boolean, string[]][] = [
      ['commitments', (r) => pagesUnknown.includes(String(r.id)), ['pages_delivered']],
      ['commitments', () => true, ['progress_percent']],
      ['events', (r) => headcountUnknown.has(String(r.id)), ['attendee_count']],
      ['evaluation-scores', () => true, ['score']],
      ['information-deliveries', (r) => r.pages_qualifier === '' || r.pages_qualifier === null, ['pages']],
    ];
    for (const [table, which, columns] of unknownCells) {
      const served = Buffer.from(await (await fetch(at(`${table}.csv`))).arrayBuffer()).toString('utf8');
      expect([table, zip.get(`${table}.csv`)?.toString('utf8')]).toEqual([table, served]);
      const csvRows = csvObjects(served).filter(which);
      const jsonRows = ((await (await fetch(at(`${table}.json`))).json()) as Record<string, unknown>[]).filter(which);
      if (table !== 'evaluation-scores') expect([table, csvRows.length]).not.toEqual([table, 0]);
      expect(jsonRows.length).toBe(csvRows.length);
      for (const column of columns) {
        expect([table, column, csvRows.filter((r) => r[column] !== '').map((r) => r[column])]).toEqual([
          table,
          column,
          [],
        ]);
        expect([table, column, jsonRows.filter((r) => r[column] !== null).map((r) => r[column])]).toEqual([
          table,
          column,
          [],
        ]);
      }
    }

    // Popolo carries no figure at all: no value in it is a number.
    const numbers: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'number') numbers.push(`${path} = ${value}`);
      else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
      else if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    };
    walk(await (await fetch(at('popolo.json'))).json(), 'popolo');
    expect(numbers).toEqual([]);

    // The calendar states dates, places and the source's own words; no count it does not give.
    const calendar = (await (await fetch(`${ctx.base}/calendar/exercises/${COAHUILA}.ics`)).text()).replace(
      /\r\n[ \t]/g,
      '',
    );
    expect(calendar.match(/(^|[^\d.,])0 ?(fojas|páginas|personas|asistentes|%)/gim)).toBeNull();

    // The widgets' own operations, as they send them: pages and progress unknown, never 0.
    const operations = readdirSync(join(PROJECT_ROOT, 'widgets', 'src', 'operations'))
      .filter((f) => f !== 'demo.graphql')
      .map((f) => readFileSync(join(PROJECT_ROOT, 'widgets', 'src', 'operations', f), 'utf8'))
      .join('\n');
    const widget = async (operationName: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${ctx.base}/graphql/public`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: operations, operationName, variables }),
      });
      const body = await response.json();
      expect([operationName, body.errors]).toEqual([operationName, undefined]);
      return body.data;
    };
    expect((await widget('CommitmentPages', { id: PROACTIVE })).commitment.pagesDelivered).toMatchObject({
      pages: null,
      qualifier: 'UNKNOWN',
    });
    expect((await widget('OrganizationPages', { id: CONAGUA })).organization.pagesDelivered).toMatchObject({
      pages: null,
      qualifier: 'UNKNOWN',
    });
    const progress = (await widget('PlanProgress', { id: plan.id })).actionPlan.commitments as {
      progress: { percent: number | null };
      pagesDelivered: { pages: number | null };
    }[];
    expect(progress.map((c) => c.progress.percent)).toEqual(commitments.map(() => null));
    expect((await widget('CommitmentProgress', { id: PROACTIVE })).commitment).toMatchObject({
      progress: { percent: null },
      pagesDelivered: { pages: null, qualifier: 'UNKNOWN' },
    });

    // Comparisons: no average over progress or scores nobody measured.
    const { compareExercises } = await ctx.api.data(
      `query($s: [String!]) { compareExercises(slugs: $s) { commitments { withMeasuredProgress withUnknownProgress averageProgressPercent } evaluation { scoresKnown averageQualityScore } } }`,
      { s: [COAHUILA] },
    );
    expect(compareExercises[0]).toEqual({
      commitments: { withMeasuredProgress: 0, withUnknownProgress: commitments.length, averageProgressPercent: null },
      evaluation: { scoresKnown: 0, averageQualityScore: null },
    });

    // Feeds: a delivery recorded without a page count gives none, and moves no total to 0.
    const { institute } = await roles(ctx.api.dataSource.manager);
    const { record } = await ctx.api.data(
      `mutation($i: InformationDeliveryInput!) { record: createInformationDelivery(input: $i) { id commitment { pagesDelivered { pages qualifier } } } }`,
      { i: { commitmentId: PROACTIVE, description: 'Entrega sin conteo de fojas', publication: 'PUBLISHED' } },
      institute,
    );
    expect(record.commitment.pagesDelivered).toEqual({ pages: null, qualifier: 'UNKNOWN' });
    const feed = await (await fetch(`${ctx.base}/feeds/commitments/${PROACTIVE}.atom`)).text();
    expect(feed).toContain('<code>description</code>: (vacío) → Entrega sin conteo de fojas');
    // Its pages stay unknown, so the entry names no page count; nothing in the feed turns into 0.
    expect(feed).not.toContain('<code>pages</code>');
    // A 0 as a whole value: a record id may start with 0 (0d8b49b5-…).
    expect(feed).not.toMatch(/→ 0(?![\w.,-])/);
  });
});

/** The national program's pages (api/src/seed/sources/programa-nacional/), by the slug of their exercise. */
const PROGRAM = loadSeedFiles()
  .exercises.filter((file) => file.document.key.startsWith('programa-nacional-'))
  .map((file) => ({
    slug: file.exercise.slug,
    text: readFileSync(
      join(
        PROJECT_ROOT,
        'api',
        'src',
        'seed',
        'sources',
        'programa-nacional',
        `${file.document.key.replace('programa-nacional-', '')}.txt`,
      ),
      'utf8',
    ),
  }));
const UNREPORTED = ['SESSIONS', 'AGREEMENTS', 'INFORMATION_REQUESTS', 'MILESTONES'];

describe('kinds of record a source never reports', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    ctx = await startApp('unreported_records');
  });
  afterAll(() => ctx.stop());

  const STATISTICS =
    'slug unreportedRecords statistics { sessions ordinarySessions extraordinarySessions agreements agreementsByStatus { status count } events }';
  const COMPARED = `slug unreportedRecords sessions { total ordinary extraordinary } agreements { total done pending } informationRequests { total }
    commitments { complete notStarted milestones milestonesDone withUnknownProgress total } events`;

  it('the program pages tell no Secretariat session, agreement, information request or milestone', () => {
    expect(PROGRAM).toHaveLength(12);
    for (const { slug, text } of PROGRAM) {
      const words = text.toLowerCase();
      expect({
        slug,
        said: [
          'sesión ordinaria',
          'sesiones ordinarias',
          'sesión extraordinaria',
          'acuerdo',
          'solicitud',
          'hito',
        ].filter((w) => words.includes(w)),
      }).toEqual({ slug, said: [] });
    }
  });

  it('GraphQL: their exercises say so, and those counts are null (no data), while the events the pages tell are counted', async () => {
    const query = `{ ${[COAHUILA, ...PROGRAM.map((p) => p.slug)].map((slug, i) => `x${i}: exerciseBySlug(slug: "${slug}") { ${STATISTICS} }`).join(' ')} }`;
    const [coahuila, ...program] = Object.values(await ctx.api.data(query)) as any[];
    for (const x of program) {
      expect(x).toMatchObject({
        unreportedRecords: UNREPORTED,
        statistics: {
          sessions: null,
          ordinarySessions: null,
          extraordinarySessions: null,
          agreements: null,
          agreementsByStatus: null,
        },
      });
      // Every page dates at least its joint declaration.
      expect(x.statistics.events).toBeGreaterThan(0);
    }
    // Coahuila's report covers everything: its counts are numbers.
    expect(coahuila.unreportedRecords).toEqual([]);
    expect(coahuila.statistics).toMatchObject({ sessions: expect.any(Number), agreements: expect.any(Number) });
    expect(coahuila.statistics.sessions).toBe(
      coahuila.statistics.ordinarySessions + coahuila.statistics.extraordinarySessions,
    );
    expect(coahuila.statistics.agreements).toBeGreaterThan(0);
  });

  it('compareExercises: the same figures are null for the twelve, numbers for Coahuila', async () => {
    const { compareExercises } = await ctx.api.data(`{ compareExercises { ${COMPARED} } }`);
    const bySlug = Object.fromEntries(compareExercises.map((x: { slug: string }) => [x.slug, x]));
    for (const { slug } of PROGRAM) {
      expect(bySlug[slug]).toMatchObject({
        unreportedRecords: UNREPORTED,
        sessions: null,
        agreements: null,
        informationRequests: null,
        commitments: { complete: null, notStarted: null, milestones: null, milestonesDone: null },
      });
      expect(bySlug[slug].events).toBeGreaterThan(0);
      // Progress is unknown for every commitment: none of them is counted as measured.
      expect(bySlug[slug].commitments.withUnknownProgress).toBe(bySlug[slug].commitments.total);
    }
    const { exerciseBySlug } = await ctx.api.data(
      `{ exerciseBySlug(slug: "${COAHUILA}") { statistics { sessions agreements } } }`,
    );
    expect(bySlug[COAHUILA]).toMatchObject({
      unreportedRecords: [],
      sessions: { total: exerciseBySlug.statistics.sessions },
      agreements: { total: exerciseBySlug.statistics.agreements },
    });
    expect(bySlug[COAHUILA].informationRequests.total).toBeGreaterThan(0);
    expect(bySlug[COAHUILA].commitments.milestones).toEqual(expect.any(Number));
  });

  it('the comparison download: empty cells for the twelve, the same numbers as compareExercises for Coahuila', async () => {
    const { compareExercises } = await ctx.api.data(
      `query($s: [String!]) { compareExercises(slugs: $s) { sessions { total } agreements { total } informationRequests { total } } }`,
      { s: [COAHUILA] },
    );
    const [coahuila] = compareExercises;
    const json = (await (await fetch(`${ctx.base}/data/comparacion.json`)).json()) as Record<string, unknown>[];
    const csv = csvObjects(
      Buffer.from(await (await fetch(`${ctx.base}/data/comparacion.csv`)).arrayBuffer()).toString('utf8'),
    );
    for (const { slug } of PROGRAM) {
      expect(json.find((r) => r.slug === slug)).toMatchObject({
        unreported_records: UNREPORTED,
        sessions: null,
        agreements: null,
        information_requests: null,
      });
      expect(csv.find((r) => r.slug === slug)).toMatchObject({
        unreported_records: UNREPORTED.join(';'),
        sessions: '',
        agreements: '',
        information_requests: '',
      });
    }
    expect(json.find((r) => r.slug === COAHUILA)).toMatchObject({
      unreported_records: [],
      sessions: coahuila.sessions.total,
      agreements: coahuila.agreements.total,
      information_requests: coahuila.informationRequests.total,
    });
    expect(csv.find((r) => r.slug === COAHUILA)).toMatchObject({
      unreported_records: '',
      sessions: String(coahuila.sessions.total),
      agreements: String(coahuila.agreements.total),
    });
  });

  it('a real zero stays 0: a Secretariat whose records cover sessions and that held none', async () => {
    const { institute } = await roles(ctx.api.dataSource.manager);
    const sandbox = await sandboxExercise(ctx.api, institute, 'sin-sesiones');
    const { exercise } = await ctx.api.data(`query($id: ID!) { exercise(id: $id) { ${STATISTICS} } }`, {
      id: sandbox.exercise,
    });
    expect(exercise).toMatchObject({
      unreportedRecords: [],
      statistics: { sessions: 0, ordinarySessions: 0, extraordinarySessions: 0, agreements: 0 },
    });
    const { compareExercises } = await ctx.api.data(
      `query($ids: [ID!]) { compareExercises(ids: $ids) { ${COMPARED} } }`,
      { ids: [sandbox.exercise] },
    );
    expect(compareExercises[0]).toMatchObject({
      sessions: { total: 0, ordinary: 0, extraordinary: 0 },
      agreements: { total: 0 },
      informationRequests: { total: 0 },
      commitments: { complete: 0, notStarted: 0, milestones: 0, milestonesDone: 0 },
    });
  });
});
