import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { StaffRole } from '../../api/src/common/viewer';
import { createDataSource } from '../../api/src/db/data-source';
import { createAccount } from '../../api/src/modules/account/account.service';
import { loadSeedFiles } from '../../api/src/seed/load-files';
import { seed } from '../../api/src/seed/seed';
import { exerciseId, memory, resetPeak, signInAsInstitute, startServer, stopServer } from './measure';

/**
 * Part of `npm run bench`: the peak resident memory of a data package carrying a 20 MB document,
 * both ways: the server's while it streams /data/exercises/<slug>/datapackage.zip, and
 * `npm run import`'s (the built CLI, measured by /usr/bin/time) while it brings that zip into an
 * empty database; beside the same for the package before the document was added.
 */
const EMBEDDED_PORT = Number(process.env.BENCH_PACKAGE_PG_PORT ?? 54369);
/** The document's size: 20 MB unless BENCH_PACKAGE_MB says (a larger one shows whether memory grows with it). */
const SIZE = Number(process.env.BENCH_PACKAGE_MB ?? 20) * 1024 * 1024;
const SLUG = 'coahuila-2015-2017';
const IMPORTER = 'bench-package@example.org';

const fmt = (n: number) => n.toFixed(1);

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablero-bench-package-'));
  chmodSync(dataDir, 0o755);
  const server = await startServer({
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(EMBEDDED_PORT),
    DOCUMENT_MAX_BYTES: String(2 * SIZE),
  });
  const origin = new URL(server.url).origin;
  const pid = server.child.pid as number;
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const databaseUrl = (name: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${EMBEDDED_PORT}/${name}`;
  try {
    /** The package downloaded to a file: the server's peak memory meanwhile, the zip's size. */
    const exportPackage = async (file: string) => {
      const before = memory(pid).rss;
      resetPeak(pid);
      const started = performance.now();
      const response = await fetch(`${origin}/data/exercises/${SLUG}/datapackage.zip`);
      if (response.status !== 200 || !response.body) throw new Error(`the package answered ${response.status}`);
      await pipeline(Readable.fromWeb(response.body as ReadableStream), createWriteStream(file));
      return { before, peak: memory(pid).peak, ms: performance.now() - started, bytes: statSync(file).size };
    };
    /** `npm run import` of `zip` into a new empty database (reference catalogues only): its peak memory. */
    const importPackage = async (zip: string, database: string) => {
      const admin = new Client({ connectionString: databaseUrl('postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${database} ENCODING 'UTF8' TEMPLATE template0`);
      await admin.end();
      const dataSource = createDataSource(databaseUrl(database), { poolSize: 2, quiet: true });
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await seed(dataSource, { ...loadSeedFiles(), exercises: [] });
      await createAccount(dataSource.manager, null, {
        email: IMPORTER,
        displayName: 'Bench',
        password: 'a long bench password',
        role: StaffRole.PLATFORM_ADMIN,
      });
      await dataSource.destroy();
      const started = performance.now();
      const run = spawnSync(
        '/usr/bin/time',
        ['-f', 'maxrss %M', process.execPath, 'dist/api/src/cli/import.js', zip, '--as', IMPORTER, '--json'],
        {
          cwd: PROJECT_ROOT,
          env: { ...process.env, DATABASE_URL: databaseUrl(database), DOCUMENT_MAX_BYTES: String(2 * SIZE) },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const ms = performance.now() - started;
      if (run.status !== 0) throw new Error(`the import failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
      const report = JSON.parse(run.stdout) as { written: boolean; changes: { kind: string }[] };
      const peakKb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1]);
      return { peak: peakKb / 1024, ms, documents: report.changes.filter((c) => c.kind === 'Document').length };
    };

    const plain = join(dataDir, 'plain.zip');
    const withDocument = join(dataDir, 'with-document.zip');
    const plainExport = await exportPackage(plain);
    const imported = await importPackage(plain, 'bench_package_plain');

    const cookie = await signInAsInstitute(origin);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(SIZE - 9)]);
    const uploaded = await fetch(`${origin}/documents/upload`, {
      method: 'POST',
      headers: { cookie, 'x-file-name': 'informe.pdf', 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    });
    const { sha256 } = (await uploaded.json()) as { sha256: string };
    const created = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: 'mutation($i: DocumentInput!) { createDocument(input: $i) { id } }',
        variables: {
          i: {
            exerciseId: await exerciseId(origin),
            title: 'Informe de 20 MB',
            kind: 'REPORT',
            contentSha256: sha256,
            fileName: 'informe.pdf',
            publication: 'PUBLISHED',
          },
        },
      }),
    });
    const answer = await created.json();
    if (!answer.data?.createDocument) throw new Error(`createDocument answered ${JSON.stringify(answer)}`);
    const after = await exportPackage(withDocument);
    const importedAfter = await importPackage(withDocument, 'bench_package_document');
    if (importedAfter.documents !== imported.documents + 1)
      throw new Error(`the import created ${importedAfter.documents} documents, not ${imported.documents + 1}`);

    console.log(`\n## Data package with a ${SIZE / 1048576} MB document (random bytes: the zip cannot compress them)`);
    for (const [label, exported, into] of [
      ['without it', plainExport, imported],
      ['with it', after, importedAfter],
    ] as const)
      console.log(
        `${label}: zip ${fmt(exported.bytes / 1048576)} MB; export: server peak RSS ${fmt(exported.peak)} MB (${fmt(exported.before)} MB before it; ${fmt(exported.ms)} ms); npm run import into an empty database: peak RSS ${fmt(into.peak)} MB (${fmt(into.ms)} ms, ${into.documents} documents)`,
      );
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
