import { partialDatesInOrder, partialDatesStrictlyInOrder } from '../../api/src/common/columns';
import {
  inOrder,
  isPartialDate,
  partialDateEnd,
  partialDateStart,
  strictlyInOrder,
} from '../../api/src/common/partial-date';
import { TestApi } from '../support/api';

/**
 * Partial dates have two definitions that must say the same thing: the TypeScript one
 * (api/src/common/partial-date.ts, which the API, the admin and the widgets import) and the SQL
 * functions the CHECK constraints, filters and orderings use. One table of cases, both asked.
 */
const CASES = [
  '2017',
  '2017-02',
  '2017-02-15',
  '2016-02-29',
  '2000-02-29',
  '1900-02-29',
  '2100-02-29',
  '2017-02-29',
  '2017-02-30',
  '2017-04-31',
  '2017-12-31',
  '2017-01-31',
  '2017-00',
  '2017-13',
  '2017-02-00',
  '2017-02-32',
  '0000',
  '0000-01',
  '0000-01-01',
  '0001',
  '0001-01-01',
  '0004-02-29',
  '0096-02-29',
  '0097-02-29',
  '0099-12-31',
  '0100-02-29',
  '9999-12-31',
  '17',
  '20170',
  '2017-2',
  '2017-2-1',
  '2017-02-1',
  '2017/02/15',
  '2017-02-15T00:00',
  ' 2017',
  '2017 ',
  '2017\n',
  '2017-02\n',
  '',
  'hacia 2016',
  '١٢٣٤',
];

describe('partial dates: TypeScript and SQL agree', () => {
  let api: TestApi;
  let sql: Map<string, { valid: boolean; first: string | null; last: string | null }>;
  beforeAll(async () => {
    api = await TestApi.open();
    const rows: { value: string; valid: boolean; first: string | null; last: string | null }[] =
      await api.dataSource.query(
        `SELECT value, is_partial_date(value) AS valid,
                CASE WHEN is_partial_date(value) THEN to_char(partial_date_first_day(value), 'YYYY-MM-DD') END AS first,
                CASE WHEN is_partial_date(value) THEN to_char(partial_date_last_day(value), 'YYYY-MM-DD') END AS last
           FROM unnest($1::text[]) AS value`,
        [CASES],
      );
    sql = new Map(rows.map((row) => [row.value, row]));
  });
  afterAll(() => api.close());

  it.each(CASES.map((value) => [JSON.stringify(value), value]))('%s', (_, value) => {
    const valid = isPartialDate(value);
    expect({
      valid,
      first: valid ? partialDateStart(value) : null,
      last: valid ? partialDateEnd(value) : null,
    }).toEqual({
      valid: sql.get(value)!.valid,
      first: sql.get(value)!.first,
      last: sql.get(value)!.last,
    });
  });

  // Interval order at every pair of precisions, as the CHECK constraints and the write rules decide it.
  const DATES = ['2015', '2015-05', '2015-05-15', '2015-05-31', '2015-06', '2016', '2014-12-31'];
  const PAIRS = DATES.flatMap((start) => DATES.map((end) => [start, end] as const));
  it.each(PAIRS)('orders %s to %s alike', async (start, end) => {
    const [row] = await api.dataSource.query(
      `SELECT ${partialDatesInOrder('s', 'e')} AS closed, ${partialDatesStrictlyInOrder('s', 'e')} AS open FROM (SELECT $1::text AS s, $2::text AS e) t`,
      [start, end],
    );
    expect({ closed: inOrder(start, end), open: strictlyInOrder(start, end) }).toEqual(row);
  });

  it('covers both answers', () => {
    expect(CASES.filter((value) => isPartialDate(value)).length).toBeGreaterThan(10);
    expect(CASES.filter((value) => !isPartialDate(value)).length).toBeGreaterThan(10);
  });
});
