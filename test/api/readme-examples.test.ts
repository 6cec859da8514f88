import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../api/src/app';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { seedDemo } from '../../api/src/seed/demo-accounts';
import { Client } from 'pg';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { exited, startServerProcess } from '../support/server-process';
import { listen } from '../support/listen';

/** The address the README's examples use: the server `npm start` runs. */
const README_SERVER = 'http://127.0.0.1:4000';

interface Example {
  language: string;
  code: string;
  /** The paragraph just above the block: what the example says it does. */
  says: string;
}

/** The fenced code blocks of the README, each with the paragraph that introduces it. */
function readmeExamples(): Example[] {
  const text = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  return [...text.matchAll(/((?:[^\n]+\n)*)\n```(\w*)\n([\s\S]*?)```/g)].map(([, says, language, code]) => ({
    language,
    code,
    says: says.replace(/\s+/g, ' ').trim(),
  }));
}

/** Shell examples that talk to the server (curl); those that run npm scripts set up or operate it and are not requests. */
const isRequest = (example: Example) =>
  example.language === 'sh' && example.code.includes(README_SERVER) && !/\bnpm\b/.test(example.code);
/** Shell examples that run npm: installing, starting and operating the server. */
const isCommand = (example: Example) => example.language === 'sh' && /\bnpm\b/.test(example.code);
/** A block without a language: what the server prints (the README shows its "ready" line). */
const isOutput = (example: Example) => example.language === '';

/** The README's npm commands no test runs as written, and why; every other one runs below. */
const NOT_RUN: Record<string, string> = {
  'npm ci': 'installs the dependencies: the tests run on them',
  'npm test': 'the whole suite, which runs this file',
  'npm run bench': 'the benchmark, minutes of load on purpose (its figures are reported, not asserted)',
};

/** `npm run <script>` as its package.json script runs it, past `npm run build`: the CLI, from source. */
function scriptCommand(script: string): string {
  const scripts = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<
    string,
    string
  >;
  const cli = /dist\/(api\/src\/cli\/[\w-]+)\.js/.exec(scripts[script] ?? '')?.[1];
  if (!cli) throw new Error(`package.json has no CLI script "${script}"`);
  return `${JSON.stringify(process.execPath)} -r @swc-node/register ${cli}.ts`;
}

/** The npm commands of a block, one per line or `&&`, without their comments. */
const npmCommands = (code: string) =>
  code
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npm '))
    .flatMap((line) => line.split(/\s*&&\s*/));

/**
 * Every request example in the README, run as written against a real server over a database
 * seeded as `npm start` seeds one (the report's data, the demo accounts): each does what its text
 * says.
 */
describe('the README examples', () => {
  let db: OwnDatabase;
  let app: App;
  let base: string;
  const examples = readmeExamples();

  beforeAll(async () => {
    db = await ownDatabase('readme');
    await seedDemo(db.dataSource);
    app = await createApp(db.dataSource, () => undefined);
    base = await listen(app.server);
  }, 120_000);
  afterAll(async () => {
    await app.stop();
    await db.drop();
  });

  const graphql = async (query: string) => {
    const response = await fetch(`${base}/graphql/public`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, ...(await response.json()) };
  };
  const example = (says: RegExp) => {
    const found = examples.filter((e) => says.test(e.says));
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('finds the examples it runs, and every fenced block of the README is one of them', () => {
    expect(examples.filter((e) => e.language === 'graphql').length).toBeGreaterThanOrEqual(4);
    expect(examples.filter(isRequest).length).toBeGreaterThanOrEqual(5);
    expect(examples.filter(isCommand).length).toBeGreaterThanOrEqual(6);
    const fences = (readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8').match(/^```/gm) ?? []).length / 2;
    expect(examples).toHaveLength(fences);
    expect(
      examples
        .filter((e) => !(e.language === 'graphql' || isRequest(e) || isCommand(e) || isOutput(e)))
        .map((e) => e.code),
    ).toEqual([]);
  });

  it('answers every GraphQL example without an error', async () => {
    for (const { code, says } of examples.filter((e) => e.language === 'graphql')) {
      const result = await graphql(code);
      expect([says, result.status, result.errors]).toEqual([says, 200, undefined]);
      expect(Object.values(result.data).every((value) => value !== null)).toBe(true);
    }
  });

  it("answers commitment 6's meetings since October 2017 and only those, newest first", async () => {
    const { data } = await graphql(example(/^Commitment 6's meetings since October 2017, newest first/).code);
    expect(data.commitment.number).toBe(6);
    // The same meetings as the commitment itself lists, read another way.
    const id = /commitmentId: "([0-9a-f-]{36})"/.exec(example(/^Commitment 6's meetings/).code)![1];
    const own = (await graphql(`{ commitment(id: "${id}") { meetings { startDate title } } }`)).data.commitment
      .meetings as { startDate: string; title: string }[];
    const since = own
      .filter((m) => m.startDate >= '2017-10-01')
      .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title));
    expect(since.length).toBeGreaterThan(2);
    expect(since.length).toBeLessThan(own.length);
    const answered = (data.events.nodes as { startDate: string; title: string }[]).map(({ startDate, title }) => ({
      startDate,
      title,
    }));
    expect(data.events.totalCount).toBe(since.length);
    expect(
      [...answered].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title)),
    ).toEqual(since);
    expect(answered.map((m) => m.startDate)).toEqual(since.map((m) => m.startDate));
  });

  it("lists Coahuila's sessions only, in date order, with who sat at each", async () => {
    const { data } = await graphql(example(/^Who sat in the Secretariat at each session/).code);
    const coahuila = (
      await graphql(
        '{ exerciseBySlug(slug: "coahuila-2015-2017") { statistics { ordinarySessions extraordinarySessions } } }',
      )
    ).data.exerciseBySlug.statistics;
    const dates = data.sessions.nodes.map((s: { date: string }) => s.date);
    expect(dates).toHaveLength(coahuila.ordinarySessions + coahuila.extraordinarySessions);
    expect(dates).toEqual([...dates].sort());
    expect(data.sessions.nodes.every((s: { seatHolders: unknown[] }) => s.seatHolders.length > 0)).toBe(true);
  });

  it('gives the exercise in figures with the "more than" kept and unknown progress unknown, never 0 %', async () => {
    const { data } = await graphql(example(/^The exercise in figures/).code);
    const x = data.exerciseBySlug;
    expect(x.pagesDelivered).toEqual({ pages: expect.any(Number), qualifier: 'MORE_THAN' });
    expect(x.statistics.ordinarySessions + x.statistics.extraordinarySessions).toBeGreaterThan(0);
    expect(x.statistics.agreementsByStatus.length).toBeGreaterThan(0);
    const commitments = x.actionPlans.flatMap((p: { commitments: unknown[] }) => p.commitments);
    expect(commitments.map((c: { progress: unknown }) => c.progress)).toEqual(
      commitments.map(() => ({ percent: null, unknownReason: 'NO_MILESTONES' })),
    );
  });

  it('compares the exercises it names, synthetic ones on request', async () => {
    const { code } = example(/^\*\*Comparing exercises\*\*/);
    const { data } = await graphql(code);
    const named = /slugs: \[("[^\]]+")\]/
      .exec(code)![1]
      .split(',')
      .map((slug) => JSON.parse(slug.trim()));
    const rows = data.compareExercises as { slug: string; isSynthetic: boolean; commitments: { total: number } }[];
    expect(rows.filter((row) => !row.isSynthetic).map((row) => row.slug)).toEqual(named);
    expect(rows.find((row) => row.slug === named[0])!.commitments.total).toBeGreaterThan(0);
  });

  // Run asynchronously: the server answering them is in this process.
  const run = promisify(execFile);

  it('records the delivery of commitment 2 the sign-in example records, as the demo agency', async () => {
    const { code } = examples.filter(isRequest).find((e) => e.code.includes('createInformationDelivery'))!;
    const cwd = mkdtempSync(join(tmpdir(), 'tablero-readme-'));
    try {
      await run('bash', ['-euo', 'pipefail', '-c', code.replaceAll(README_SERVER, base)], { cwd, encoding: 'utf8' });
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
    const commitment = /"c":"([0-9a-f-]{36})"/.exec(code)![1];
    const rows = await db.dataSource.query(
      `SELECT d.pages, d.pages_qualifier, o.slug AS agency, c.number FROM information_delivery d JOIN commitment c ON c.id = d.commitment_id
         JOIN audit_event a ON a.record_id = d.id AND a.action = 'CREATE' JOIN organization o ON o.id = a.organization_id
        WHERE d.commitment_id = $1 AND d.description = 'Estados financieros 2017'`,
      [commitment],
    );
    expect(rows).toEqual([{ pages: 40, pages_qualifier: 'EXACT', agency: 'dipetre', number: 2 }]);
  });

  it('runs every curl example as written: no error, and what a comment says it prints is printed', async () => {
    for (const { code, says } of examples.filter(isRequest)) {
      const cwd = mkdtempSync(join(tmpdir(), 'tablero-readme-'));
      try {
        const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', code.replaceAll(README_SERVER, base)], {
          cwd,
          encoding: 'utf8',
        });
        expect([says, stdout]).not.toEqual([says, expect.stringContaining('"errors"')]);
        for (const [, printed] of code.matchAll(/# prints (\S+)/g))
          expect([says, stdout]).toEqual([says, expect.stringContaining(printed)]);
        // A download (-O) leaves a file that is not empty.
        for (const file of readdirSync(cwd).filter((name) => name !== 'jar'))
          expect([file, statSync(join(cwd, file)).size > 0]).toEqual([file, true]);
        if (!/ -[a-zA-Z]*O\b/.test(code)) expect([says, stdout.trim().length]).not.toEqual([says, 0]);
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    }
  });

  /** Every table's rows, hashed: what "changes nothing" compares. */
  const tables = async (url: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const names = (
        await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
      ).rows.map((r) => r.tablename as string);
      const hashes: Record<string, string> = {};
      for (const name of names)
        hashes[name] = (
          await client.query(
            `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM "${name}" t`,
          )
        ).rows[0].h;
      return hashes;
    } finally {
      await client.end();
    }
  };

  it('runs every npm command the README gives, as its script runs it, against a database of its own: each does what its text says', async () => {
    const work = mkdtempSync(join(tmpdir(), 'tablero-readme-npm-'));
    const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    const empty = `${process.env.TEST_DATABASE_NAME}_readme_empty`;
    const emptyUrl = Object.assign(new URL(db.url), { pathname: `/${empty}` }).toString();
    await admin.query(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${empty} ENCODING 'UTF8' TEMPLATE template0`);
    // The data package the import example reads: this server's own, as the README downloads it.
    writeFileSync(
      join(work, 'coahuila.zip'),
      Buffer.from(await (await fetch(`${base}/data/exercises/coahuila-2015-2017/datapackage.zip`)).arrayBuffer()),
    );
    const backups: string[] = [];
    const ran: string[] = [];
    const env = (databaseUrl: string) => ({
      ...process.env,
      DATABASE_URL: databaseUrl,
      ADMIN_PASSWORD: 'contraseña de la primera administradora',
    });
    /** One README command, with the README's placeholders put to this test's files and accounts. */
    const runCommand = async (command: string, databaseUrl: string) => {
      ran.push(command);
      if (command === 'npm start') {
        // Against an external database (DATABASE_URL), as the README runs it there: migrations at start, then ready.
        const server = await startServerProcess({ DATABASE_URL: databaseUrl });
        const ready = server.lines.find((line) => line.msg === 'Tablero Abierto ready') as Record<string, unknown>;
        const shown = JSON.parse(examples.find(isOutput)!.code.trim());
        expect(Object.keys(ready).sort()).toEqual(Object.keys(shown).sort());
        expect((await fetch(String(ready.healthUrl))).status).toBe(200);
        server.child.kill('SIGINT');
        expect(await exited(server.child)).toBe(0);
        return '';
      }
      const [, script, args = ''] = /^npm run (\S+)(?: -- (.*))?$/.exec(command) ?? [];
      if (!script) throw new Error(`not an npm command this test knows how to run: ${command}`);
      const concrete = args
        .replace('/safe/place.gz', join(work, 'place.gz'))
        .replace('backups/tablero-<time>.jsonl.gz', backups[0] ?? 'no backup yet')
        .replace('coahuila.zip', join(work, 'coahuila.zip'))
        .replace(/\b(plantilla\.xlsx|ejercicio\.xlsx|sesiones\.csv|acuerdos\.csv)\b/g, (file) => join(work, file))
        // The account create-admin made, as the README says to for a fresh instance.
        .replace('admin@example.org', 'admin@institute.gob.mx');
      const { stdout } = await run('bash', ['-c', `${scriptCommand(script)} ${concrete}`], {
        cwd: PROJECT_ROOT,
        env: env(databaseUrl),
        encoding: 'utf8',
      });
      return stdout;
    };
    try {
      const blocks = examples.filter(isCommand);
      const commands = blocks.flatMap((e) => npmCommands(e.code));
      expect(commands.filter((c) => !(c in NOT_RUN) && c !== 'npm start' && !c.startsWith('npm run '))).toEqual([]);

      // An external PostgreSQL: migrate (nothing pending: the database is up to date), seed, and seed again: running it again changes nothing.
      const external = example(/^### An external PostgreSQL/).code;
      expect(external).toMatch(/^export DATABASE_URL=/m);
      const before = await tables(db.url);
      for (const command of npmCommands(external)) await runCommand(command, db.url);
      expect(await tables(db.url)).toEqual(before);

      // The first platform admin, from the command line (the password from ADMIN_PASSWORD).
      const [create] = npmCommands(example(/^\*\*The first platform admin\*\*/).code);
      expect(await runCommand(create, db.url)).toContain('Created platform admin admin@institute.gob.mx');
      expect(
        await db.dataSource.query(
          `SELECT role, display_name FROM staff_account WHERE email = 'admin@institute.gob.mx'`,
        ),
      ).toEqual([{ role: 'PLATFORM_ADMIN', display_name: 'Nombre Apellido' }]);

      // Backups while the server runs: the default file under backups/, or the one named.
      for (const command of npmCommands(example(/^### Backup and restore/).code)) {
        const file = /Backed up \d+ rows of \d+ tables to (\S+)/.exec(await runCommand(command, db.url))?.[1];
        expect([command, file && existsSync(file)]).toEqual([command, true]);
        backups.push(file as string);
      }
      expect(backups[0]).toMatch(new RegExp(`^${join(PROJECT_ROOT, 'backups')}/tablero-.+\\.jsonl\\.gz$`));
      expect(backups[1]).toBe(join(work, 'place.gz'));

      // Restore into an empty database, then start on it: the same rows as the backed-up one.
      for (const command of npmCommands(example(/^To restore, start from an empty database/).code))
        await runCommand(command, emptyUrl);
      const [restored, original] = [await tables(emptyUrl), await tables(db.url)];
      for (const table of ['exercise', 'commitment', 'information_delivery', 'membership', 'audit_event'])
        expect([table, restored[table]]).toEqual([table, original[table]]);

      // The import: the dry run writes nothing; the import of this instance's own package finds every record as it is.
      const [dryRun, realRun] = npmCommands(example(/^An exercise's own data package/).code);
      const beforeImport = await tables(db.url);
      await runCommand(dryRun, db.url);
      expect(await tables(db.url)).toEqual(beforeImport);
      expect(realRun).not.toContain('--dry-run');
      await runCommand(realRun, db.url);
      const after = await tables(db.url);
      for (const table of ['commitment', 'information_delivery', 'membership', 'event', 'session'])
        expect([table, after[table]]).toEqual([table, beforeImport[table]]);

      // Spreadsheets: the template, a workbook filled from it (previewed: nothing written), and CSV files with its headers (written).
      const [template, workbookRun, csvRun] = npmCommands(example(/^### Importing spreadsheets/).code);
      await runCommand(template, db.url);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(work, 'plantilla.xlsx'));
      expect(book.worksheets.map((sheet) => sheet.name)).toContain('Sesiones');
      book.getWorksheet('Sesiones')!.addRow(['EXTRAORDINARY', 60, '2017-06']);
      await book.xlsx.writeFile(join(work, 'ejercicio.xlsx'));
      const beforeSheets = await tables(db.url);
      expect(await runCommand(workbookRun, db.url)).toMatch(/^Vista previa \(no se escribió nada\)/);
      expect(await tables(db.url)).toEqual(beforeSheets);
      writeFileSync(
        join(work, 'sesiones.csv'),
        'Tipo,Número,Fecha,Municipio\r\nEXTRAORDINARY,61,2017-07-03,Saltillo\r\n',
      );
      writeFileSync(
        join(work, 'acuerdos.csv'),
        'Tipo de sesión,Número de sesión,Acuerdo,Estatus\r\nEXTRAORDINARY,61,Acuerdo leído de un CSV,UNKNOWN\r\n',
      );
      expect(await runCommand(csvRun, db.url)).toMatch(/^Importación escrita/);
      expect(
        await db.dataSource.query(
          `SELECT a.text FROM agreement a JOIN session s ON s.id = a.session_id WHERE s.number = 61 AND s.type = 'EXTRAORDINARY'`,
        ),
      ).toEqual([{ text: 'Acuerdo leído de un CSV' }]);

      // Every command was run, or is one of the few no test runs as written (with the reason).
      expect(commands.filter((c) => !ran.includes(c) && !(c in NOT_RUN))).toEqual([]);
    } finally {
      for (const file of backups) rmSync(file, { force: true });
      rmSync(work, { recursive: true, force: true });
      await admin.query(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`);
      await admin.end();
    }
  }, 600_000);
});
