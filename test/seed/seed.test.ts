import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { loadSeedFiles, SeedFileError } from '../../api/src/seed/load-files';
import { seed } from '../../api/src/seed/seed';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';

const SEED_DIR = join(PROJECT_ROOT, 'api', 'src', 'seed');

/** A copy of the seed folder whose Coahuila file `edit` has changed. */
function seedDirWith(edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  cpSync(SEED_DIR, dir, { recursive: true });
  const file = join(dir, 'data', 'coahuila-2015-2017.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('seeding', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  /**
   * A digest of every seeded row. Other test files write to the same database at the same time;
   * their rows have random (version 4) ids, while seeded ids are derived (version 5), so the
   * snapshot keeps only rows whose uuid columns are all version 5.
   */
  const snapshot = async () => {
    const columns: { table_name: string; column_name: string }[] = await api.dataSource.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type = 'uuid' ORDER BY 1, 2`,
    );
    const byTable = new Map<string, string[]>();
    for (const { table_name, column_name } of columns)
      byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
    const result: Record<string, string> = {};
    for (const [table, uuids] of byTable) {
      const seeded = uuids.map((c) => `(${c} IS NULL OR substr(${c}::text, 15, 1) = '5')`).join(' AND ');
      const [{ digest }] = await api.dataSource.query(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t WHERE ${seeded}`,
      );
      result[table] = digest;
    }
    return result;
  };

  it('changes nothing when run a second time: every row, updated_at included, stays as it was', async () => {
    const before = await snapshot();
    await seed(api.dataSource, loadSeedFiles());
    expect(await snapshot()).toEqual(before);
  });

  it('derives the same id from the same key, and different ids from different keys', () => {
    expect(seedId('organization:icai')).toBe(seedId('organization:icai'));
    expect(seedId('organization:icai')).not.toBe(seedId('organization:inai'));
    expect(seedId('organization:icai')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses a data file with a wrong field, naming the file and the field', () => {
    const dir = seedDirWith((yaml) =>
      yaml.replace("jointDeclarationOn: '2015-03-09'", "jointDeclarationOn: '2015-02-30'"),
    );
    expect(() => loadSeedFiles(dir)).toThrow(SeedFileError);
    expect(() => loadSeedFiles(dir)).toThrow(
      /coahuila-2015-2017\.yaml[\s\S]*exercise\.jointDeclarationOn: date has no such day/,
    );
  });

  it('refuses a data file that names an organisation it does not define', () => {
    const dir = seedDirWith((yaml) => yaml.replace('guarantor: icai', 'guarantor: icai-typo'));
    expect(() => loadSeedFiles(dir)).toThrow(/exercise\.guarantor: no organization with key "icai-typo"/);
  });

  it('writes nothing when a file fails in the database: the whole seed is one transaction', async () => {
    const before = await snapshot();
    const files = loadSeedFiles();
    // Valid for the file schema, refused by the database (a second seat holder row pointing nowhere).
    files.exercises[0].recommendations.push({
      kind: 'AREA_OF_OPPORTUNITY' as never,
      text: 'x',
      issuedBy: null,
      issuedByPerson: null,
      issuedOn: '2017-02-30',
      source: 'test',
    });
    await expect(seed(api.dataSource, files)).rejects.toThrow(/recommendation_date_valid/);
    expect(await snapshot()).toEqual(before);
  });
});
