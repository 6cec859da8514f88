import { commitmentProgress } from '../../api/src/modules/milestone/progress';
import { MilestoneStatus } from '../../api/src/modules/milestone/milestone.enums';
import {
  generateSynthetic,
  removeSynthetic,
  SYNTHETIC_DOCUMENT_PREFIX,
} from '../../api/src/modules/synthetic/synthetic';
import { loadSeedFiles } from '../../api/src/seed/load-files';
import { apiOn, COAHUILA_ID, isolatedDatabase } from './support';

const FIGURES = `
  exerciseId slug stateCode isSynthetic
  commitments { total withMeasuredProgress withUnknownProgress complete notStarted averageProgressPercent milestones milestonesDone }
  pagesDelivered { pages qualifier deliveriesCounted deliveriesWithoutPageCount }
  informationRequests { total answeredFully answeredPartially notAnswered responseUnknown groupRecipients groupResponded }
  sessions { total ordinary extraordinary }
  agreements { total done pending unknown byStatus { status count } }
  events attendance { value qualifier } eventsWithAttendance
  daysToSecretariatInstallation { from to days atLeast atMost }
  daysToPlanPublication { from to days atLeast atMost }
  evaluation { evaluations scoresExpected scoresKnown averageQualityScore averageRelevanceScore }`;

type Row = Record<string, any>;
const pub = (row: Row) => row.publication === 'PUBLISHED' && row.deleted_at === null;
const DAY = 86_400_000;
const first = (d: string) => Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`);
const last = (d: string) => {
  if (d.length === 10) return first(d);
  const [y, m] = d.split('-').map(Number);
  return d.length === 4 ? Date.UTC(y, 11, 31) : Date.UTC(y, m, 0);
};
const days = (from: string | null, to: string | null) =>
  !from || !to
    ? { from, to, days: null, atLeast: null, atMost: null }
    : {
        from,
        to,
        days: from.length === 10 && to.length === 10 ? (first(to) - first(from)) / DAY : null,
        atLeast: (first(to) - last(from)) / DAY,
        atMost: (last(to) - first(from)) / DAY,
      };
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * The comparison's figures counted the slow way: every row of every table read into memory, the
 * public rule applied record by record (published, not deleted, reached through public records),
 * then counted in JavaScript with the API's own progress rule.
 */
async function bruteForce(query: (sql: string) => Promise<Row[]>, exerciseIds: string[]) {
  const all = async (table: string) => query(`SELECT * FROM ${table}`);
  const [
    exercises,
    states,
    plans,
    commitments,
    milestones,
    deliveries,
    requests,
    secretariats,
    sessions,
    events,
    agreements,
    evaluations,
    criteria,
    scores,
  ] = await Promise.all(
    [
      'exercise',
      'state',
      'action_plan',
      'commitment',
      'milestone',
      'information_delivery',
      'information_request',
      'secretariat',
      'session',
      'event',
      'agreement',
      'evaluation',
      'evaluation_criterion',
      'evaluation_score',
    ].map(all),
  );
  return exerciseIds.map((id) => {
    const x = exercises.find((e) => e.id === id) as Row;
    const ps = plans.filter((p) => p.exercise_id === id && pub(p));
    const cs = commitments.filter((c) => ps.some((p) => p.id === c.plan_id) && pub(c));
    const progress = cs.map((c) =>
      commitmentProgress(
        milestones
          .filter((m) => m.commitment_id === c.id && pub(m))
          .map((m) => ({
            status: m.status as MilestoneStatus,
            weight: Number(m.weight),
            completedOn: m.completed_on,
            disputed: false,
          })),
      ),
    );
    const measured = progress.filter((p) => p.percent !== null).map((p) => p.percent as number);
    const ds = deliveries.filter((d) => cs.some((c) => c.id === d.commitment_id) && pub(d));
    const rs = requests.filter((r) => cs.some((c) => c.id === r.commitment_id) && pub(r));
    const t = secretariats.find((s) => s.exercise_id === id && pub(s));
    const ss = sessions.filter((s) => t && s.secretariat_id === t.id && pub(s));
    const es = events.filter((e) => e.exercise_id === id && pub(e));
    const as = agreements.filter(
      (a) => pub(a) && (ss.some((s) => s.id === a.session_id) || es.some((e) => e.id === a.event_id)),
    );
    const status = (s: string) => as.filter((a) => a.status === s).length;
    const withAttendance = es.filter((e) => e.attendee_count !== null);
    const published = ps
      .filter((p) => p.published_on)
      .sort((a, b) => first(a.published_on) - first(b.published_on) || (a.published_on < b.published_on ? -1 : 1))[0];
    const vs = evaluations.filter((v) => ps.some((p) => p.id === v.plan_id) && pub(v));
    const ks = criteria.filter((k) => vs.some((v) => v.id === k.evaluation_id) && pub(k));
    const planOf = (k: Row) => vs.find((v) => v.id === k.evaluation_id)?.plan_id;
    const known = scores.filter(
      (s) =>
        pub(s) &&
        s.score !== null &&
        ks.some((k) => k.id === s.criterion_id && cs.some((c) => c.id === s.commitment_id && c.plan_id === planOf(k))),
    );
    const mean = (dimension: string) => {
      const values = known
        .filter((s) => ks.find((k) => k.id === s.criterion_id)?.dimension === dimension)
        .map((s) => Number(s.score));
      return values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, 2) : null;
    };
    return {
      exerciseId: id,
      slug: x.slug,
      stateCode: states.find((s) => s.id === x.state_id)?.code,
      isSynthetic: x.is_synthetic,
      commitments: {
        total: cs.length,
        withMeasuredProgress: measured.length,
        withUnknownProgress: cs.length - measured.length,
        complete: measured.filter((p) => p === 100).length,
        notStarted: measured.filter((p) => p === 0).length,
        // In tenths, as PostgreSQL's exact numeric does it: a float mean of 34.95 may read 34.9499… and round down.
        averageProgressPercent: measured.length
          ? Math.round(Math.round(measured.reduce((a, b) => a + b, 0) * 10) / measured.length) / 10
          : null,
        milestones: progress.reduce((sum, p) => sum + p.milestonesTotal, 0),
        milestonesDone: progress.reduce((sum, p) => sum + p.milestonesDone, 0),
      },
      pagesDelivered: (() => {
        const counted = ds.filter((d) => d.pages !== null);
        // Nothing counted is unknown; an uncounted delivery or a "more than" makes the sum a lower bound.
        if (!counted.length)
          return { pages: null, qualifier: 'UNKNOWN', deliveriesCounted: 0, deliveriesWithoutPageCount: ds.length };
        return {
          pages: counted.reduce((sum, d) => sum + d.pages, 0),
          qualifier:
            counted.length < ds.length || ds.some((d) => d.pages_qualifier === 'MORE_THAN') ? 'MORE_THAN' : 'EXACT',
          deliveriesCounted: counted.length,
          deliveriesWithoutPageCount: ds.length - counted.length,
        };
      })(),
      informationRequests: {
        total: rs.length,
        answeredFully: rs.filter((r) => r.response === 'FULL').length,
        answeredPartially: rs.filter((r) => r.response === 'PARTIAL').length,
        notAnswered: rs.filter((r) => r.response === 'NONE').length,
        responseUnknown: rs.filter((r) => r.response === 'UNKNOWN').length,
        groupRecipients: rs.reduce((sum, r) => sum + (r.recipient_count ?? 0), 0),
        groupResponded: rs.reduce((sum, r) => sum + (r.recipient_count !== null ? (r.responded_count ?? 0) : 0), 0),
      },
      sessions: {
        total: ss.length,
        ordinary: ss.filter((s) => s.type === 'ORDINARY').length,
        extraordinary: ss.filter((s) => s.type === 'EXTRAORDINARY').length,
      },
      agreements: {
        total: as.length,
        done: status('DONE'),
        pending: status('PENDING') + status('IN_PROGRESS'),
        unknown: status('UNKNOWN'),
        byStatus: ['UNKNOWN', 'PENDING', 'IN_PROGRESS', 'DONE', 'CANCELLED'].map((s) => ({
          status: s,
          count: status(s),
        })),
      },
      // Each event once: a series with public parts counts as its parts.
      events: es.filter((e) => !events.some((part) => part.parent_id === e.id && pub(part))).length,
      attendance: withAttendance.length
        ? {
            value: withAttendance.reduce((sum, e) => sum + e.attendee_count, 0),
            qualifier: withAttendance.some((e) => e.attendee_count_qualifier === 'MORE_THAN') ? 'MORE_THAN' : 'EXACT',
          }
        : null,
      eventsWithAttendance: withAttendance.length,
      daysToSecretariatInstallation: days(x.joint_declaration_on, t?.installed_on ?? null),
      daysToPlanPublication: days(x.joint_declaration_on, published?.published_on ?? null),
      evaluation: {
        evaluations: vs.length,
        scoresExpected: ks.reduce((sum, k) => sum + cs.filter((c) => c.plan_id === planOf(k)).length, 0),
        scoresKnown: known.length,
        averageQualityScore: mean('QUALITY'),
        averageRelevanceScore: mean('RELEVANCE'),
      },
    };
  });
}

/**
 * The evaluator's comparison, on a database of its own (synthetic exercises would otherwise
 * swell the lists other test files read).
 */
describe('comparing exercises', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let api: Awaited<ReturnType<typeof apiOn>>;
  const compare = async (args: string) =>
    (await api.data(`{ compareExercises${args ? `(${args})` : ''} { ${FIGURES} } }`)).compareExercises as Row[];
  const sql = (text: string) => db.dataSource.query(text) as Promise<Row[]>;

  beforeAll(async () => {
    db = await isolatedDatabase('comparison');
    api = await apiOn(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("gives Coahuila's figures as the report states them", async () => {
    const [coahuila] = await compare(`ids: ["${COAHUILA_ID}"]`);
    expect(coahuila.pagesDelivered).toEqual({
      pages: 11169,
      qualifier: 'MORE_THAN',
      deliveriesCounted: 6,
      deliveriesWithoutPageCount: 12,
    });
    expect(coahuila.sessions).toEqual({ total: 9, ordinary: 8, extraordinary: 1 });
    // Seven commitments and no plan of milestones in the report: progress unknown for all, never 0 %.
    expect(coahuila.commitments).toMatchObject({
      total: 7,
      withMeasuredProgress: 0,
      withUnknownProgress: 7,
      complete: 0,
      notStarted: 0,
      averageProgressPercent: null,
    });
    // Commitment 4 asked the water operators of the 38 municipalities; 34 answered.
    // "34 de los 38 Oos enviaron, algunos de manera parcial": the group request is answered in part, a stated figure.
    expect(coahuila.informationRequests).toMatchObject({
      total: 13,
      answeredPartially: 1,
      responseUnknown: 12,
      groupRecipients: 38,
      groupResponded: 34,
    });
    expect(coahuila.attendance).toEqual({ value: 240, qualifier: 'MORE_THAN' });
    // Joint declaration 9 March 2015; Secretariat installed 28 September 2015; plan published 8 November 2016.
    expect(coahuila.daysToSecretariatInstallation).toEqual({
      from: '2015-03-09',
      to: '2015-09-28',
      days: 203,
      atLeast: 203,
      atMost: 203,
    });
    expect(coahuila.daysToPlanPublication).toMatchObject({ days: 610 });
    // The table of scores was an image and is lost: every score unknown, no average invented.
    expect(coahuila.evaluation).toEqual({
      evaluations: 1,
      scoresExpected: 63,
      scoresKnown: 0,
      averageQualityScore: null,
      averageRelevanceScore: null,
    });
    const { exercise } = await api.data(
      `{ exercise(id: "${COAHUILA_ID}") { statistics { sessions agreements events } } }`,
    );
    expect([coahuila.sessions.total, coahuila.agreements.total, coahuila.events]).toEqual([
      exercise.statistics.sessions,
      exercise.statistics.agreements,
      exercise.statistics.events,
    ]);
    expect(await bruteForce(sql, [COAHUILA_ID])).toEqual([coahuila]);
  });

  it('compares 32 synthetic states and Coahuila in one query, each figure equal to a brute-force count', async () => {
    const generated = await generateSynthetic(db.dataSource, { count: 32, seed: 3 });
    expect(generated.exercises).toBe(32);
    const ids = ((await sql(`SELECT id FROM exercise WHERE is_synthetic`)) as { id: string }[]).map((r) => r.id);
    const compared = await compare(`ids: ${JSON.stringify([...ids, COAHUILA_ID])}`);
    expect(compared).toHaveLength(33);
    expect(compared[0].exerciseId).toBe(COAHUILA_ID); // real exercises first
    expect(new Set(compared.slice(1).map((c) => c.stateCode)).size).toBe(32);
    const expected = await bruteForce(
      sql,
      compared.map((c) => c.exerciseId),
    );
    expect(compared).toEqual(expected);
    // The synthetic data exercise every figure, and hide some records the public never counts.
    const synthetic = compared.slice(1);
    expect(synthetic.some((c) => c.commitments.withMeasuredProgress > 0 && c.commitments.withUnknownProgress > 0)).toBe(
      true,
    );
    expect(
      synthetic.some((c) => c.evaluation.scoresKnown > 0) && synthetic.some((c) => c.evaluation.scoresKnown === 0),
    ).toBe(true);
    expect(
      synthetic.some((c) => c.daysToPlanPublication.days === null && c.daysToPlanPublication.atLeast !== null),
    ).toBe(true);
    const [hidden] = await sql(
      `SELECT count(*)::int AS n FROM agreement WHERE publication = 'DRAFT' OR deleted_at IS NOT NULL`,
    );
    expect(hidden.n).toBeGreaterThan(0);
  });

  it('selects exercises by slug and by filter as well', async () => {
    const bySlug = await compare(`slugs: ["coahuila-2015-2017"]`);
    expect(bySlug.map((c) => c.exerciseId)).toEqual([COAHUILA_ID]);
    const byFilter = await compare(`filter: { isSynthetic: true, stateCode: "MX-COA" }`);
    expect(byFilter.length).toBe(1);
    expect(byFilter[0]).toMatchObject({ isSynthetic: true, stateCode: 'MX-COA' });
  });

  it('marks synthetic exercises in the data, never in the seed files, and regenerates them unchanged', async () => {
    const { exercises } = await api.data(
      `{ exercises(filter: { isSynthetic: true }, first: 100) { totalCount nodes { slug title isSynthetic source { note document { title } } } } }`,
    );
    expect(exercises.totalCount).toBe(32);
    for (const exercise of exercises.nodes) {
      expect(exercise.slug).toMatch(/^sintetico-s3-\d{3}-mx-[a-z]{3}$/);
      expect(exercise.title).toContain('sintético');
      expect(exercise.source.document.title).toContain('sintéticos');
    }
    const files = JSON.stringify(loadSeedFiles());
    expect(files).not.toContain('sintetico');
    const before = await compare('filter: { isSynthetic: true }');
    await generateSynthetic(db.dataSource, { count: 32, seed: 3 });
    expect(await compare('filter: { isSynthetic: true }')).toEqual(before);
    expect((await sql(`SELECT count(*)::int AS n FROM exercise WHERE is_synthetic`))[0].n).toBe(32);
  });

  it('removes every synthetic exercise and what came with it in one step, and leaves the real data as it was', async () => {
    const [coahuila] = await compare(`ids: ["${COAHUILA_ID}"]`);
    const removed = await removeSynthetic(db.dataSource);
    expect(removed.exercises).toBe(32);
    expect(removed.rows).toBeGreaterThan(32 * 100);
    expect((await sql(`SELECT count(*)::int AS n FROM exercise WHERE is_synthetic`))[0].n).toBe(0);
    expect(
      (await sql(`SELECT count(*)::int AS n FROM source_document WHERE key LIKE '${SYNTHETIC_DOCUMENT_PREFIX}%'`))[0].n,
    ).toBe(0);
    for (const table of ['organization', 'person', 'venue']) {
      expect([table, (await sql(`SELECT count(*)::int AS n FROM ${table} WHERE name LIKE '%sintétic%'`))[0].n]).toEqual(
        [table, 0],
      );
    }
    expect(await compare(`ids: ["${COAHUILA_ID}"]`)).toEqual([coahuila]);
    expect(await compare('')).toEqual((await compare('')).filter((c) => !c.isSynthetic));
  });
});
