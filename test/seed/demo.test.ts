import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { signIn } from '../../api/src/modules/account/account.service';
import { seedDemo } from '../../api/src/seed/demo-accounts';
import { loadSeedFiles } from '../../api/src/seed/load-files';
import { TestApi } from '../support/api';
import { StaffRole } from '../../api/src/common/viewer';

const run = promisify(execFile);

describe('demo data and the first admin', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  it('keeps the demonstration exercise apart from the real ones, flagged demo and fictitious', () => {
    const real = loadSeedFiles().exercises.map((e) => e.exercise);
    const demo = loadSeedFiles(undefined, { demo: true }).exercises.map((e) => e.exercise);
    expect(real.every((e) => !e.demo)).toBe(true);
    expect(demo.length).toBeGreaterThan(0);
    expect(demo.every((e) => e.demo && /demostración/i.test(e.title))).toBe(true);
    expect(demo.map((e) => e.slug)).not.toEqual(expect.arrayContaining(real.map((e) => e.slug)));
  });

  it('refuses demo accounts and data when NODE_ENV=production', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(seedDemo(api.dataSource)).rejects.toThrow(/refused when NODE_ENV=production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('creates the first platform admin from the command line, with the password from the environment', async () => {
    const email = `primer-admin-${process.pid}@test.tablero.mx`;
    const env = {
      ...process.env,
      DATABASE_URL: process.env.TEST_DATABASE_URL,
      ADMIN_PASSWORD: 'una contraseña segura',
    };
    const { stdout } = await run(
      process.execPath,
      ['-r', '@swc-node/register', 'api/src/cli/create-admin.ts', email, 'Primera Administradora'],
      { cwd: PROJECT_ROOT, env },
    );
    expect(stdout).toContain(`Created platform admin ${email}`);
    expect(stdout).not.toContain('una contraseña segura');
    const [account] = await api.dataSource.query('SELECT role, password_hash FROM staff_account WHERE email = $1', [
      email,
    ]);
    expect(account.role).toBe(StaffRole.PLATFORM_ADMIN);
    expect(account.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('reads the password on a terminal without echoing it, and keeps it exactly as typed (spaces too)', async () => {
    const email = `admin-terminal-${process.pid}@test.tablero.mx`;
    const password = '  frase de paso con espacios  ';
    // `script` gives the command a real terminal, whose line discipline echoes typed text unless the program turns it off.
    const env = { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, ADMIN_PASSWORD: '' };
    const command = `${process.execPath} -r @swc-node/register api/src/cli/create-admin.ts ${email} Terminal`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, env });
    let output = '';
    const prompted = new Promise<void>((resolve) =>
      child.stdout.on(
        'data',
        (chunk: Buffer) => ((output += chunk.toString()), output.includes('Password') && resolve()),
      ),
    );
    await prompted;
    child.stdin.write(`${password}\r`);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(output).toContain(`Created platform admin ${email}`);
    expect(code).toBe(0);
    expect(output).not.toContain('frase de paso');
    await expect(signIn(api.dataSource.manager, email, password, '192.0.2.60')).resolves.toMatchObject({
      account: { email },
    });
    await expect(signIn(api.dataSource.manager, email, password.trim(), '192.0.2.61')).rejects.toThrow(/Wrong email/);
  });
});
