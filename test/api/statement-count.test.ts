import { totalStatements } from '../../api/src/db/sql-counter';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { DEEPEST_QUERY } from '../support/queries';

/**
 * N+1 is a bug: each nesting level of a request costs one SQL statement per relation field,
 * however many parents that level has. The same query over 1 and over 7 commitments must cost
 * the same number of statements.
 *
 * One statement per loader a level uses, whatever the list sizes: exercises; state, actionPlans,
 * secretariat; commitments, posts, sessions; responsibleAgencies, followers, milestones (progress
 * shares it), meetings, informationRequests, informationDeliveries, pagesDelivered, memberships,
 * agreements (of sessions); then the organisations named by parent, recipient, deliveredBy and
 * onBehalfOf (one loader, so one statement: the statements of a level are pipelined and answered
 * together, and the next level's loads batch together), person, venue, agreements (of meetings),
 * responsible (of session agreements); last municipality and responsible (of meeting agreements).
 */
const EXPECTED_STATEMENTS = 23;

describe('SQL statements per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  it('costs a fixed number of statements for the deepest nested query, one per relation field', async () => {
    const result = await api.query(DEEPEST_QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(EXPECTED_STATEMENTS);
  });

  it("counts in the request's scope every statement the process sent for it", async () => {
    // One request at a time here: whatever the process sent meanwhile was sent for it.
    for (const query of [DEEPEST_QUERY, '{ events(first: 5) { totalCount nodes { title } } }', '{ exerciseBySlug(slug: "coahuila-2015-2017") { id } }']) {
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
    const single = await api.query(`{ commitments(first: 1, filter: { ${coahuila} }) { nodes { responsibleAgencies { name } meetings { agreements { responsible { name } } } } } }`);
    const all = await api.query(`{ commitments(first: 7, filter: { ${coahuila} }) { nodes { responsibleAgencies { name } meetings { agreements { responsible { name } } } } } }`);
    expect(single.data?.commitments.nodes).toHaveLength(1);
    expect(all.data?.commitments.nodes).toHaveLength(7);
    expect(single.statements).toBe(5); // commitments, responsibleAgencies, meetings, agreements, responsible
    expect(all.statements).toBe(single.statements);
  });

  it('answers a list with its total count in one statement', async () => {
    const result = await api.query(`{ events(first: 5) { totalCount nodes { title } } }`);
    expect(result.data?.events.totalCount).toBeGreaterThan(5);
    expect(result.statements).toBe(1);
  });
});
