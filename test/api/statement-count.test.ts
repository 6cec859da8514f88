import { totalStatements } from '../../api/src/db/sql-counter';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { DEEPEST_QUERY } from '../support/queries';
import { roles } from '../support/staff';

/**
 * N+1 is a bug: each nesting level of a request costs one SQL statement per relation field,
 * however many parents that level has. The same query over 1 and over 7 commitments must cost
 * the same number of statements.
 *
 * One statement per loader a level uses, whatever the list sizes: exercises; state, actionPlans,
 * secretariat; commitments, posts, sessions; responsibleAgencies, followers, milestones (progress
 * shares it), the milestones' latest civil-society reviews (progress counts disputes), meetings, informationRequests, informationDeliveries, pagesDelivered, memberships,
 * agreements (of sessions); then the organisations named by parent, recipient, deliveredBy and
 * onBehalfOf (one loader, so one statement: the statements of a level are pipelined and answered
 * together, and the next level's loads batch together), person, venue, agreements (of meetings),
 * responsible (of session agreements); last municipality and responsible (of meeting agreements).
 */
const EXPECTED_STATEMENTS = 24;

describe('SQL statements per request', () => {
  let db: OwnDatabase;
  let api: TestApi;
  // Its own database with a milestone and a civil-society review of it: progress reads reviews only
  // for milestones, so the count would otherwise depend on what other suites wrote elsewhere.
  beforeAll(async () => {
    db = await ownDatabase('statements');
    api = await TestApi.open(db.url);
    const { follower, platform } = await roles(db.dataSource.manager);
    if (follower.kind !== 'staff') throw new Error('the follower is staff');
    const { record } = await api.data(
      `mutation($i: MilestoneInput!) { record: createMilestone(input: $i) { id } }`,
      {
        i: {
          commitmentId: seedId('commitment:coahuila-2015-2017:c2'),
          position: 1,
          title: 'Hito de prueba',
          status: 'DONE',
          completedOn: '2017-06-01',
          evidenceDescription: 'Minuta de prueba',
          publication: 'PUBLISHED',
        },
      },
      platform,
    );
    await db.dataSource.query(
      `INSERT INTO milestone_review (milestone_id, organization_id, account_id, verdict, reviewed_status, comment) VALUES ($1, $2, $3, 'DISPUTED', 'DONE', 'Revisión de prueba')`,
      [record.id, follower.organizationId, follower.accountId],
    );
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('costs a fixed number of statements for the deepest nested query, one per relation field', async () => {
    const result = await api.query(DEEPEST_QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(EXPECTED_STATEMENTS);
  });

  it("counts in the request's scope every statement the process sent for it", async () => {
    // One request at a time here: whatever the process sent meanwhile was sent for it.
    for (const query of [
      DEEPEST_QUERY,
      '{ events(first: 5) { totalCount nodes { title } } }',
      '{ exerciseBySlug(slug: "coahuila-2015-2017") { id } }',
    ]) {
      const before = totalStatements();
      const result = await api.query(query);
      expect(result.errors).toBeUndefined();
      expect(result.statements).toBeGreaterThan(0);
      expect(result.statements).toBe(totalStatements() - before);
    }
  });

  it('costs the same for 1 commitment as for all of them', async () => {
    // Coahuila's: every level below has rows, so every level costs its statement.
    const coahuila = `exerciseId: "${seedId('exercise:coahuila-2015-2017')}"`;
    const single = await api.query(
      `{ commitments(first: 1, filter: { ${coahuila} }) { nodes { responsibleAgencies { name } meetings { agreements { responsible { name } } } } } }`,
    );
    const all = await api.query(
      `{ commitments(first: 7, filter: { ${coahuila} }) { nodes { responsibleAgencies { name } meetings { agreements { responsible { name } } } } } }`,
    );
    expect(single.data?.commitments.nodes).toHaveLength(1);
    expect(all.data?.commitments.nodes).toHaveLength(7);
    expect(single.statements).toBe(5); // commitments, responsibleAgencies, meetings, agreements, responsible
    expect(all.statements).toBe(single.statements);
  });

  it('answers what the viewer may do with one statement per kind and level, for 1 record as for all of them', async () => {
    const { institute } = await roles(db.dataSource.manager);
    const coahuila = `exerciseId: "${seedId('exercise:coahuila-2015-2017')}"`;
    const can = 'viewerCan { update onlyFields delete restore history review create }';
    const query = (first: number) =>
      `{ commitments(first: ${first}, filter: { ${coahuila} }) { nodes { ${can} milestones { ${can} } meetings { ${can} agreements { ${can} } } } } }`;
    // Two: the first has no milestones, so its level would cost nothing.
    const [two, all] = [await api.query(query(2), {}, institute), await api.query(query(7), {}, institute)];
    expect(two.errors).toBeUndefined();
    expect(all.data?.commitments.nodes).toHaveLength(7);
    const agreements = all.data?.commitments.nodes.flatMap((c: any) => c.meetings.flatMap((m: any) => m.agreements));
    expect(agreements.length).toBeGreaterThan(1);
    expect(agreements.every((a: any) => a.viewerCan.update && a.viewerCan.delete)).toBe(true);
    // What may be created under each record is answered in the same statements.
    expect(all.data?.commitments.nodes.every((c: any) => c.viewerCan.create.includes('Milestone'))).toBe(true);
    expect(agreements.every((a: any) => a.viewerCan.create.length === 0)).toBe(true);
    // commitments, milestones, meetings, agreements, and each level's abilities.
    expect(two.statements).toBe(8);
    expect(all.statements).toBe(two.statements);
    // The public may do nothing: its answer costs no statement.
    const anonymous = await api.query(query(7));
    expect(anonymous.statements).toBe(4);
    const abilities = anonymous.data?.commitments.nodes.flatMap((c: any) => [
      c.viewerCan,
      ...c.milestones.map((m: any) => m.viewerCan),
    ]);
    expect(abilities.length).toBeGreaterThan(7);
    for (const ability of abilities)
      expect(ability).toEqual({
        update: false,
        onlyFields: null,
        delete: false,
        restore: false,
        history: false,
        review: false,
        create: [],
      });
  });

  it("reads the sessions' actas, as the calendar widget asks for them, in one statement however many sessions", async () => {
    const result = await api.query(
      '{ exerciseBySlug(slug: "coahuila-2015-2017") { secretariat { sessions { documents(kind: ACTA) { downloadPath } } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.exerciseBySlug.secretariat.sessions.length).toBe(9);
    expect(result.statements).toBe(4); // exercise, secretariat, sessions, documents
  });

  it('answers a list with its total count in one statement', async () => {
    const result = await api.query(`{ events(first: 5) { totalCount nodes { title } } }`);
    expect(result.data?.events.totalCount).toBeGreaterThan(5);
    expect(result.statements).toBe(1);
  });
});
