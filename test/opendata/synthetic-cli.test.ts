import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { isolatedDatabase } from './support';

/** `npm run synthetic` as a person types it, on a database of its own. */
describe('npm run synthetic', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  beforeAll(async () => {
    db = await isolatedDatabase('synthetic_cli');
  });
  afterAll(() => db.drop());

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', 'api/src/cli/synthetic.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: db.url },
      encoding: 'utf8',
    });
  const syntheticExercises = async () =>
    (await db.dataSource.query(`SELECT slug FROM exercise WHERE is_synthetic ORDER BY slug`)).map(
      (row: { slug: string }) => row.slug,
    );

  it('creates N synthetic exercises, then removes them all in one command', async () => {
    const exercises = async () => (await db.dataSource.query(`SELECT count(*)::int AS n FROM exercise`))[0].n;
    const before = await exercises();
    const created = run('3');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/Wrote 3 synthetic exercise\(s\) \(seed 1, \d+ rows\)/);
    const slugs = await syntheticExercises();
    expect(slugs).toHaveLength(3);
    expect(slugs.every((slug: string) => slug.startsWith('sintetico-'))).toBe(true);

    const removed = run('--remove');
    expect(removed.status).toBe(0);
    expect(removed.stdout).toMatch(/Removed 3 synthetic exercise\(s\)/);
    expect(await syntheticExercises()).toEqual([]);
    expect(await exercises()).toBe(before);
  }, 60_000);

  it('refuses arguments it does not understand, with its usage, and writes nothing', async () => {
    for (const args of [[], ['tres'], ['0'], ['3', '--bogus'], ['3', '--seed', 'x'], ['3', '--remove']]) {
      const result = run(...args);
      expect([args, result.status]).toEqual([args, 2]);
      expect(result.stderr).toContain('npm run synthetic -- <N>');
    }
    expect(await syntheticExercises()).toEqual([]);
  }, 60_000);
});
