import type { QueryRunner } from 'typeorm';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { roles } from '../support/staff';

const c2 = seedId('commitment:coahuila-2015-2017:c2');

/** The evaluator enters rubric scores: each stored score carries its id and version; unknown stays null. */
// Its own database: suites that write scores to the shared one would show to the evaluator here.
describe('entering rubric scores', () => {
  let db: OwnDatabase;
  let api: TestApi;
  let who: Awaited<ReturnType<typeof roles>>;
  let runner: QueryRunner;

  beforeAll(async () => {
    db = await ownDatabase('scores');
    api = await TestApi.open(db.url);
    who = await roles(api.dataSource.manager);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });
  // Each case in a transaction rolled back afterwards: the seeded rubric stays the report's (all unknown).
  beforeEach(async () => {
    runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
  });
  afterEach(async () => {
    await runner.rollbackTransaction();
    await runner.release();
  });

  const SCORES = `query($id: ID!) { commitment(id: $id) { evaluationScores { score criterion { id code } record { id version score publication } } } }`;
  const scores = async (viewer?: Parameters<TestApi['query']>[2]) =>
    (await api.query(SCORES, { id: c2 }, viewer, { manager: runner.manager })).data?.commitment.evaluationScores as {
      score: number | null;
      criterion: { id: string; code: string };
      record: { id: string; version: number; score: number | null; publication: string } | null;
    }[];

  it('lists every criterion with an unknown score and no stored record until one is entered', async () => {
    const before = await scores();
    expect(before.length).toBe(9);
    expect(before.every((s) => s.score === null && s.record === null)).toBe(true);
    expect((await scores(who.evaluator)).every((s) => s.record === null)).toBe(true);
  });

  it('lets the evaluator enter a draft score, correct it by its version and publish it; the public sees it only then', async () => {
    const [first, second] = await scores(who.evaluator);
    const created = await api.query(
      `mutation($input: EvaluationScoreInput!) { record: createEvaluationScore(input: $input) { id version } }`,
      { input: { criterionId: first.criterion.id, commitmentId: c2, score: 2 } },
      who.evaluator,
      { manager: runner.manager },
    );
    expect(created.errors).toBeUndefined();
    const mine = await scores(who.evaluator);
    expect(mine[0]).toMatchObject({
      score: 2,
      record: { id: created.data?.record.id, version: 1, score: 2, publication: 'DRAFT' },
    });
    // The other criteria stay unknown: nothing is filled in for them.
    expect(mine.slice(1).every((s) => s.score === null && s.record === null)).toBe(true);
    expect((await scores())[0]).toEqual({ score: null, criterion: first.criterion, record: null });

    const UPDATE = `mutation($id: ID!, $v: Int!, $input: EvaluationScoreInput!) { record: updateEvaluationScore(id: $id, version: $v, input: $input) { version score publication } }`;
    const updated = await api.query(
      UPDATE,
      { id: mine[0].record?.id, v: 1, input: { score: 3, publication: 'PUBLISHED' } },
      who.evaluator,
      { manager: runner.manager },
    );
    expect(updated.data?.record).toEqual({ version: 2, score: 3, publication: 'PUBLISHED' });
    expect((await scores())[0]).toMatchObject({ score: 3, record: { version: 2, score: 3, publication: 'PUBLISHED' } });
    // A stale version is refused; an agency may not score.
    const stale = await api.query(UPDATE, { id: mine[0].record?.id, v: 1, input: { score: 1 } }, who.evaluator, {
      manager: runner.manager,
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const agency = await api.query(
      `mutation($input: EvaluationScoreInput!) { createEvaluationScore(input: $input) { id } }`,
      { input: { criterionId: second.criterion.id, commitmentId: c2, score: 4 } },
      who.agency,
      { manager: runner.manager },
    );
    expect(agency.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await scores(who.evaluator))[1]).toMatchObject({ score: null, record: null });
  });

  it('costs one statement for the scores of many commitments, and one for their stored records', async () => {
    const result = await api.query(
      `{ commitments(first: 10) { nodes { evaluationScores { score record { id } } } } }`,
      {},
      who.evaluator,
      { manager: runner.manager },
    );
    expect(result.errors).toBeUndefined();
    // The page (and its count), the scores of every commitment at once; no record to load.
    expect(result.statements).toBeLessThanOrEqual(3);
  });
});
