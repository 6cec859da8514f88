import { formatError } from '../../api/src/app';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { staff } from '../support/staff';
import { StaffRole } from '../../api/src/common/viewer';

describe('errors callers can act on', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  const firstError = async (query: string, variables?: Record<string, unknown>) => {
    const result = await api.query(query, variables);
    expect(result.errors).toHaveLength(1);
    return result.errors![0];
  };

  it('answers an unknown id with NOT_FOUND naming the argument', async () => {
    const error = await firstError(`{ commitment(id: "7f2d8a40-2b1c-4c3d-9e8f-0a1b2c3d4e5f") { id } }`);
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(error.message).toContain('Commitment');
  });

  it('answers a malformed id with BAD_USER_INPUT before any SQL runs', async () => {
    const result = await api.query(`{ session(id: "1; DROP TABLE session") { id } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(result.statements).toBe(0);
  });

  it('names the filter field that is wrong', async () => {
    const error = await firstError(`{ events(filter: { commitmentId: "abc" }) { totalCount } }`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.commitmentId' });
  });

  it.each([
    ['first above the maximum', `{ events(first: 101) { totalCount } }`, 'first'],
    ['a negative page size', `{ events(last: -1) { totalCount } }`, 'last'],
    ['first with last', `{ events(first: 1, last: 1) { totalCount } }`, 'last'],
    ['a cursor it never gave out', `{ events(after: "bm90LWEtY3Vyc29y") { totalCount } }`, 'after'],
    [
      'dates out of order',
      `{ sessions(filter: { dateFrom: "2017-01-01", dateTo: "2016-01-01" }) { totalCount } }`,
      'filter.dateTo',
    ],
    ['an empty search', `{ organizations(filter: { search: "  " }) { totalCount } }`, 'filter.search'],
    [
      'a holder asked both by date and by session',
      `{ posts(first: 1) { nodes { holder(on: "2016", atSessionId: "7f2d8a40-2b1c-4c3d-9e8f-0a1b2c3d4e5f") { id } } } }`,
      'on',
    ],
  ])('rejects %s with BAD_USER_INPUT', async (_case, query, field) => {
    const error = await firstError(query);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects an impossible date literal as BAD_USER_INPUT naming its field', async () => {
    const error = await firstError(`{ sessions(filter: { dateFrom: "2017-02-30" }) { totalCount } }`);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.dateFrom', reason: 'INVALID_DATE' });
    expect(error.message).toContain('2017-02-30');
  });

  it.each([
    [
      'a PartialDate literal',
      `{ memberships(filter: { heldOn: "2017-2" }) { totalCount } }`,
      'BAD_USER_INPUT',
      'filter.heldOn',
    ],
    [
      'a PartialDate literal in a mutation input',
      `mutation { createInformationDelivery(input: { commitmentId: "7f2d8a40-2b1c-4c3d-9e8f-0a1b2c3d4e5f", description: "x", deliveredOn: "15/01/2018" }) { id } }`,
      'BAD_USER_INPUT',
      'input.deliveredOn',
    ],
    ['2.5 as a page size', `{ events(first: 2.5) { totalCount } }`, 'GRAPHQL_VALIDATION_FAILED', 'first'],
    [
      'an enum value that is not one, in a list',
      `{ events(filter: { kinds: [JOINT_DECLARATION, CHARLAS] }) { totalCount } }`,
      'GRAPHQL_VALIDATION_FAILED',
      'filter.kinds[1]',
    ],
    [
      'an input field that does not exist',
      `{ events(filter: { exerciseIdd: "x" }) { totalCount } }`,
      'GRAPHQL_VALIDATION_FAILED',
      'filter.exerciseIdd',
    ],
  ])('names the field of %s written in the document', async (_case, query, code, field) => {
    const error = await firstError(query);
    expect(error.extensions).toMatchObject({ code, field });
  });

  it('rejects a bad PartialDate variable as BAD_USER_INPUT', async () => {
    const error = await firstError(`query($d: PartialDate!) { memberships(filter: { heldOn: $d }) { totalCount } }`, {
      d: '2017-13',
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers text the database cannot hold (a NUL character) with BAD_USER_INPUT, not an internal error', async () => {
    const error = await firstError(`query($slug: String!) { exerciseBySlug(slug: $slug) { id } }`, {
      slug: 'coahuila\u0000',
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unexpected failure with "Internal error" and a request id, and logs the cause with that id', async () => {
    // A transaction PostgreSQL has already aborted: every read through it fails (25P02), as no caller could cause.
    const runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query('SELECT 1 / 0').catch(() => undefined);
    try {
      const before = api.logged.length;
      const result = await api.query(`{ exercises { totalCount } }`, undefined, undefined, {
        manager: runner.manager,
        requestId: 'peticion-fallida',
      });
      expect(result.errors).toEqual([
        {
          message: 'Internal error',
          path: ['exercises'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'peticion-fallida' },
        },
      ]);
      const lines = api.logged.slice(before).map((line) => JSON.parse(line));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'error', requestId: 'peticion-fallida', path: ['exercises'] });
      expect(lines[0].msg).toMatch(/current transaction is aborted/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('keeps the message and code of errors callers can act on, and masks everything else', () => {
    expect(
      formatError(
        { message: 'No Commitment with this id', extensions: { code: 'NOT_FOUND', field: 'id', stacktrace: ['at x'] } },
        undefined,
      ),
    ).toEqual({
      message: 'No Commitment with this id',
      extensions: { code: 'NOT_FOUND', field: 'id' },
    });
    expect(
      formatError(
        { message: 'relation "x" does not exist', path: ['events'] },
        new Error('relation "x" does not exist'),
      ),
    ).toEqual({
      message: 'Internal error',
      path: ['events'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

/** What a form needs to mark the field and say why in its own language: field and reason, stable. */
describe('a refused input names its field and a stable reason', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  const CREATE_DELIVERY = `mutation($input: InformationDeliveryInput!) { createInformationDelivery(input: $input) { id } }`;
  const COMMITMENT_2 = seedId('commitment:coahuila-2015-2017:c2');

  it.each([
    ['a date written dd/mm/yyyy', { deliveredOn: '15/01/2018' }, 'input.deliveredOn', 'INVALID_PARTIAL_DATE'],
    ['a day that does not exist', { deliveredOn: '2018-02-30' }, 'input.deliveredOn', 'INVALID_PARTIAL_DATE'],
    ['2.5 pages', { pages: 2.5 }, 'input.pages', 'NOT_INTEGER'],
    ['a qualifier that is not one', { pagesQualifier: 'MAS' }, 'input.pagesQualifier', 'INVALID_CHOICE'],
  ])('before any resolver runs: %s', async (_case, input, field, reason) => {
    const result = await api.query(CREATE_DELIVERY, { input });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    expect(result.statements).toBe(0);
  });

  it('a required variable left out', async () => {
    const result = await api.query(CREATE_DELIVERY, {});
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input', reason: 'REQUIRED' });
  });

  it('class-validator rules, each problem with its reason', async () => {
    const { viewer } = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, {
      organization: 'icai',
      state: 'MX-COA',
    });
    const result = await api.query(
      CREATE_DELIVERY,
      {
        input: {
          commitmentId: COMMITMENT_2,
          description: 'x',
          pages: -1,
          pagesQualifier: 'EXACT',
          deliveredByDescription: 'y'.repeat(501),
        },
      },
      viewer,
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.deliveredByDescription',
      reason: 'TOO_LONG',
    });
    expect(result.errors?.[0].extensions?.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'input.pages', reason: 'TOO_SMALL' }),
        expect.objectContaining({ field: 'input.deliveredByDescription', reason: 'TOO_LONG' }),
      ]),
    );
  });

  it.each(['0001-01-01', '2099-01-01'])(
    'a delivery of the 2015-2017 exercise dated %s: far outside its span, refused',
    async (deliveredOn) => {
      const { viewer } = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, {
        organization: 'icai',
        state: 'MX-COA',
      });
      const before = await api.dataSource.query('SELECT count(*)::int AS n FROM information_delivery');
      const result = await api.query(
        CREATE_DELIVERY,
        { input: { commitmentId: COMMITMENT_2, description: 'Oficio', deliveredOn } },
        viewer,
      );
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.deliveredOn',
        reason: 'DATE_OUT_OF_RANGE',
        min: '2013',
        max: '2022',
      });
      expect(await api.dataSource.query('SELECT count(*)::int AS n FROM information_delivery')).toEqual(before);
    },
  );

  it('rules between fields say which rule', async () => {
    const { viewer } = await staff(api.dataSource.manager, StaffRole.INSTITUTE_ADMIN, {
      organization: 'icai',
      state: 'MX-COA',
    });
    const result = await api.query(
      CREATE_DELIVERY,
      { input: { commitmentId: COMMITMENT_2, description: 'Oficio', pages: 10 } },
      viewer,
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.pagesQualifier',
      reason: 'QUALIFIER_PAIR',
    });
  });
});
