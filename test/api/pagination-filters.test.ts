import { getNamedType, GraphQLInputObjectType } from 'graphql';
import { buildAppSchema } from '../../api/src/schema';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';

/** Other tests add exercises to the same database; these read Coahuila's. */
const COAHUILA = seedId('exercise:coahuila-2015-2017');

describe('lists: pages, totals, filters and sorting', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  const page = (args: string) =>
    // Coahuila's events: fewer than a page of 100, so "everything" is one page whatever other exercises add.
    api
      .data(
        `{ events(filter: { exerciseId: "${COAHUILA}" }, ${args}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      )
      .then((d) => d.events);

  it('walks a list page by page with first/after, without gaps or overlaps, and knows the total', async () => {
    const everything = await page('first: 100');
    const total = everything.totalCount;
    expect(total).toBe(everything.edges.length);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const current = await page(`first: 10${after ? `, after: "${after}"` : ''}`);
      expect(current.totalCount).toBe(total);
      seen.push(...current.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(current.pageInfo.hasPreviousPage).toBe(pages > 0);
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(Math.ceil(total / 10));
    expect(seen).toEqual(everything.edges.map((e: { node: { id: string } }) => e.node.id));
  });

  it('pages backwards with last/before', async () => {
    const everything = await page('first: 100');
    const ids = everything.edges.map((e: { node: { id: string } }) => e.node.id);
    const lastThree = await page('last: 3');
    expect(lastThree.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(ids.slice(-3));
    expect(lastThree.pageInfo.hasNextPage).toBe(false);
    expect(lastThree.pageInfo.hasPreviousPage).toBe(true);
    const before = await page(`last: 2, before: "${lastThree.pageInfo.startCursor}"`);
    expect(before.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(ids.slice(-5, -3));
  });

  it('answers first: 0 with the total and no records', async () => {
    const empty = await page('first: 0');
    expect(empty.edges).toEqual([]);
    expect(empty.totalCount).toBeGreaterThan(0);
  });

  it('filters events by kind, commitment and date range, and sorts them', async () => {
    const { commitments } = await api.data(
      `{ commitments(filter: { exerciseId: "${COAHUILA}", search: "San Rodrigo" }) { nodes { id number } } }`,
    );
    expect(commitments.nodes.map((c: { number: number }) => c.number)).toEqual([6]);
    const { events } = await api.data(
      `query($c: ID!) { events(filter: { commitmentId: $c, kinds: [WORKING_MEETING, SITE_VISIT], dateFrom: "2017-10-01" }, orderBy: { field: START_DATE, direction: DESC }) { totalCount nodes { startDate kind } } }`,
      { c: commitments.nodes[0].id },
    );
    const dates = events.nodes.map((e: { startDate: string }) => e.startDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).toEqual(expect.arrayContaining(['2017-10-04', '2017-10-24', '2017-11-08', '2017-11-14']));
    expect(dates.every((d: string) => d >= '2017-10-01')).toBe(true);
    expect(events.totalCount).toBe(dates.length);
  });

  it("filters every list of an exercise's records by the exercise's slug as by its id; an unknown slug matches none", async () => {
    const schema = await buildAppSchema();
    const lists = Object.values(schema.getQueryType()!.getFields()).flatMap((field) => {
      const filter = field.args.find((arg) => arg.name === 'filter');
      const type = filter && getNamedType(filter.type);
      return type instanceof GraphQLInputObjectType && 'exerciseId' in type.getFields()
        ? [{ list: field.name, filter: type }]
        : [];
    });
    expect(lists.map(({ list }) => list)).toEqual(
      expect.arrayContaining([
        'actionPlans',
        'agreements',
        'commitments',
        'events',
        'informationDeliveries',
        'informationRequests',
        'organizations',
        'sessions',
        'themes',
      ]),
    );
    for (const { list, filter } of lists) {
      expect([list, Object.keys(filter.getFields())]).toEqual([list, expect.arrayContaining(['exerciseSlug'])]);
      const query = `query($f: ${filter.name}) { ${list}(filter: $f, first: 100) { totalCount nodes { id } } }`;
      const byId = (await api.data(query, { f: { exerciseId: COAHUILA } }))[list];
      const bySlug = (await api.data(query, { f: { exerciseSlug: 'coahuila-2015-2017' } }))[list];
      expect([list, bySlug]).toEqual([list, byId]);
      expect([list, (await api.data(query, { f: { exerciseSlug: 'no-existe' } }))[list]]).toEqual([
        list,
        { totalCount: 0, nodes: [] },
      ]);
    }
    // Coahuila has records in every one of these lists, so each comparison above compared some.
    const empty: string[] = [];
    for (const { list } of lists)
      if (
        (await api.data(`{ ${list}(filter: { exerciseSlug: "coahuila-2015-2017" }, first: 0) { totalCount } }`))[list]
          .totalCount === 0
      )
        empty.push(list);
    expect(empty).toEqual([]);
  });

  // Milestones take the same filter; the report names none, so the dashboard's test tries theirs.
  it("filters commitments, agreements and deliveries by their exercise's state: the states part each list exactly", async () => {
    const COAHUILA_STATE = seedId('state:MX-COA');
    const EXERCISE = 'exercise { state { id } }';
    const stateOf: Record<string, string> = {
      commitments: `plan { ${EXERCISE} }`,
      informationDeliveries: `commitment { plan { ${EXERCISE} } }`,
      agreements: `session { secretariat { ${EXERCISE} } } event { ${EXERCISE} }`,
    };
    const states: string[] = (await api.data('{ states(first: 100) { nodes { id } } }')).states.nodes.map(
      (s: { id: string }) => s.id,
    );
    for (const [list, path] of Object.entries(stateOf)) {
      const count = async (filter: string) =>
        (await api.data(`{ ${list}(${filter} first: 0) { totalCount } }`))[list].totalCount as number;
      let sum = 0;
      for (const state of states) sum += await count(`filter: { stateId: "${state}" },`);
      expect([list, sum]).toEqual([list, await count('')]);
      const ours = (
        await api.data(
          `{ ${list}(filter: { stateId: "${COAHUILA_STATE}" }, first: 100) { totalCount nodes { ${path} } } }`,
        )
      )[list];
      expect([list, ours.totalCount > 0]).toEqual([list, true]);
      const found = new Set(JSON.stringify(ours.nodes).match(/"id":"[^"]+"/g));
      expect([list, [...found]]).toEqual([list, [`"id":"${COAHUILA_STATE}"`]]);
    }
    const refused = await api.query('{ milestones(filter: { stateId: "Coahuila" }) { totalCount } }');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.stateId' });
  });

  it('filters sessions by type and commitments by responsible agency', async () => {
    const { sessions } = await api.data(
      `{ sessions(filter: { exerciseId: "${COAHUILA}", type: EXTRAORDINARY }) { totalCount nodes { date convenedBy } } }`,
    );
    expect(sessions.totalCount).toBe(1);
    expect(sessions.nodes[0].convenedBy).toBeTruthy();

    const { organizations } = await api.data(`{ organizations(filter: { search: "DIPETRE" }) { nodes { id } } }`);
    const { commitments } = await api.data(
      `query($o: ID!) { commitments(filter: { exerciseId: "${COAHUILA}", organizationId: $o, organizationRole: RESPONSIBLE }) { nodes { number } } }`,
      {
        o: organizations.nodes[0].id,
      },
    );
    expect(commitments.nodes).toEqual([{ number: 2 }]);
  });

  it('filters agreements by status and counts them the same way the exercise statistics do', async () => {
    const { exerciseBySlug } = await api.data(
      `{ exerciseBySlug(slug: "coahuila-2015-2017") { id statistics { agreements agreementsByStatus { status count } } } }`,
    );
    for (const { status, count } of exerciseBySlug.statistics.agreementsByStatus) {
      const { agreements } = await api.data(
        `query($x: ID!) { agreements(filter: { exerciseId: $x, statuses: [${status}] }) { totalCount } }`,
        { x: exerciseBySlug.id },
      );
      expect({ status, count: agreements.totalCount }).toEqual({ status, count });
    }
  });

  it('finds memberships held on a date', async () => {
    const { memberships } = await api.data(
      `{ memberships(filter: { heldOn: "2016-01-15" }, first: 50) { nodes { person { name } } } }`,
    );
    const names = memberships.nodes.map((m: { person: { name: string } }) => m.person.name);
    expect(names).toContain('Jorge E. Verastegui Saucedo');
    expect(names).not.toContain('Carlos Eduardo Cabello Gutiérrez');
  });
});
