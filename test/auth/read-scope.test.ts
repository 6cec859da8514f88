import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { roles } from '../support/staff';

/**
 * Staff who may read a draft record may read the drafts it hangs from: an agency keeping a draft
 * commitment of a draft plan reaches the plan and the exercise through it, instead of meeting an
 * internal error on a non-null parent field. Nobody else sees those drafts.
 */
describe('staff read the drafts their records hang from', () => {
  let db: OwnDatabase;
  let api: TestApi;
  let viewers: Awaited<ReturnType<typeof roles>>;
  const exercise = seedId('exercise:coahuila-2015-2017');
  const plan = seedId('plan:coahuila-2015-2017:pal');
  const c2 = seedId('commitment:coahuila-2015-2017:c2');

  beforeAll(async () => {
    db = await ownDatabase('read_scope');
    api = await TestApi.open(db.url);
    viewers = await roles(db.dataSource.manager);
    await db.dataSource.query(`UPDATE exercise SET publication = 'DRAFT' WHERE id = $1`, [exercise]);
    await db.dataSource.query(`UPDATE action_plan SET publication = 'DRAFT' WHERE id = $1`, [plan]);
    await db.dataSource.query(`UPDATE commitment SET publication = 'DRAFT' WHERE id = $1`, [c2]);
  }, 240_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const commitmentWithParents = `query($id: ID!) { commitment(id: $id) { id plan { id exercise { id } } } }`;
  const meetingsOfCommitment = `query($id: ID!) { commitment(id: $id) { meetings { id exercise { id } } } }`;

  it.each(['agency', 'follower'] as const)(
    'gives the %s of a draft commitment its draft plan and exercise, with no error',
    async (role) => {
      const result = await api.query(commitmentWithParents, { id: c2 }, viewers[role]);
      expect(result.errors).toBeUndefined();
      expect(result.data?.commitment).toEqual({ id: c2, plan: { id: plan, exercise: { id: exercise } } });
      const meetings = await api.query(meetingsOfCommitment, { id: c2 }, viewers[role]);
      expect(meetings.errors).toBeUndefined();
      expect(meetings.data?.commitment.meetings.length).toBeGreaterThan(0);
      expect(
        meetings.data?.commitment.meetings.every((m: { exercise: { id: string } }) => m.exercise.id === exercise),
      ).toBe(true);
    },
  );

  it('shows those drafts to no one outside the commitments they serve', async () => {
    // CONAGUA keeps commitment 6 of the same plan: it reaches the plan, never commitment 2.
    const otherAgency = await api.query(commitmentWithParents, { id: c2 }, viewers.otherAgency);
    expect(otherAgency.data?.commitment ?? null).toBeNull();
    const plan6 = await api.query(`query($id: ID!) { actionPlan(id: $id) { id } }`, { id: plan }, viewers.otherAgency);
    expect(plan6.data?.actionPlan).toEqual({ id: plan });
    for (const viewer of [viewers.otherInstitute, undefined]) {
      const result = await api.query(commitmentWithParents, { id: c2 }, viewer);
      expect(result.data?.commitment ?? null).toBeNull();
      const plans = await api.query(`query($id: ID!) { actionPlan(id: $id) { id } }`, { id: plan }, viewer);
      expect(plans.data?.actionPlan ?? null).toBeNull();
    }
  });
});
