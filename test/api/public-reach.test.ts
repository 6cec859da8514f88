import { assertPublicReachDeclared, publicCondition } from '../../api/src/common/public-reach';
import { readableBy } from '../../api/src/common/scope';
import { PUBLIC_VIEWER } from '../../api/src/modules/account/viewer';
import { TestApi } from '../support/api';

/**
 * "Public" has one definition, declared per table (api/src/common/public-reach.ts); a table
 * nobody declared is an error, never public by omission.
 */
describe('public reach declarations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  it('covers every table the app maps, so the server starts', () => {
    expect(() => assertPublicReachDeclared(api.dataSource.entityMetadatas.map((m) => m.tableName))).not.toThrow();
  });

  it('refuses to start, and refuses to read, a table without a declaration', () => {
    const tables = [...api.dataSource.entityMetadatas.map((m) => m.tableName), 'undeclared_table'];
    expect(() => assertPublicReachDeclared(tables)).toThrow(/undeclared_table/);
    expect(() => publicCondition('undeclared_table', 'r')).toThrow(/undeclared_table/);
    expect(() => readableBy(PUBLIC_VIEWER, 'undeclared_table', 'r')).toThrow(/undeclared_table/);
  });

  it('builds, for a record under parents, a condition that reaches up to its exercise', async () => {
    const sql = publicCondition('information_delivery', 'd');
    for (const table of ['information_delivery', 'commitment', 'action_plan', 'exercise']) expect(sql).toContain(table === 'information_delivery' ? "d.publication = 'PUBLISHED'" : `"${table}"`);
    // Valid SQL that PostgreSQL plans: the condition runs as written.
    await expect(api.dataSource.query(`SELECT count(*) FROM information_delivery d WHERE ${sql}`)).resolves.toHaveLength(1);
  });
});
