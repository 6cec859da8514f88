import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../api/src/common/paths';

/**
 * The guard every test file runs under (test/support/one-statement-at-a-time.ts), proved on two
 * files of its own run by a Jest of their own: one sending a statement on a busy client must
 * fail, the other, sending statements as pg supports, must pass.
 */
describe('the guard against statements sent on a busy pg client', () => {
  let results: { name: string; status: string; message: string }[];
  beforeAll(() => {
    const config = {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      ...(require(join(PROJECT_ROOT, 'jest.config.js')) as Record<string, unknown>),
      rootDir: PROJECT_ROOT,
      roots: ['<rootDir>/test/db/fixtures'],
      testMatch: ['**/*.fixture.ts'],
      // The test database is this run's, already made.
      globalSetup: undefined,
      globalTeardown: undefined,
    };
    const run = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/jest/bin/jest.js'),
        '--config',
        JSON.stringify(config),
        '--json',
        '--runInBand',
      ],
      { cwd: PROJECT_ROOT, env: process.env, encoding: 'utf8' },
    );
    results = (JSON.parse(run.stdout) as { testResults: typeof results }).testResults;
  });

  it('fails the file that sends a statement while another runs, pointing at the line', () => {
    const busy = results.find((result) => result.name.endsWith('statement-while-busy.fixture.ts'));
    expect(busy?.status).toBe('failed');
    expect(busy?.message).toContain('a statement was sent on a pg client already running one');
    expect(busy?.message).toContain('statement-while-busy.fixture.ts:8');
  });

  it('passes statements awaited in turn, pipelined, or spread over a pool', () => {
    const inTurn = results.find((result) => result.name.endsWith('statements-in-turn.fixture.ts'));
    expect(inTurn).toMatchObject({ status: 'passed', message: '' });
  });
});
