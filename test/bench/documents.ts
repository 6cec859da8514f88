import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exerciseId, median, memory, resetPeak, signInAsInstitute, startServer, stopServer } from './measure';

/**
 * `npm run bench`, documents: upload and download throughput of a 20 MB file through the API
 * (POST /documents/upload, GET /files/<sha256>/<name>, PostgreSQL chunks on the embedded
 * database) and the server process's peak resident memory during each, beside a plain copy of
 * the same file on the same disk (the physical limit). Each upload is new bytes (no
 * deduplication); each download is checked against its hash.
 */
const EMBEDDED_PORT = Number(process.env.BENCH_DOCUMENTS_PG_PORT ?? 54369);
const SIZE = 20 * 1024 * 1024;
const RUNS = 3;

const mbps = (bytes: number, ms: number) => bytes / 1048576 / (ms / 1000);
const fmt = (n: number) => n.toFixed(1);

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablero-bench-documents-'));
  chmodSync(dataDir, 0o755);
  const server = await startServer({
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(EMBEDDED_PORT),
    DOCUMENT_MAX_BYTES: String(4 * SIZE),
  });
  const origin = new URL(server.url).origin;
  const pid = server.child.pid as number;
  try {
    const cookie = await signInAsInstitute(origin);

    const exercise = await exerciseId(origin);
    const before = memory(pid).rss;
    /** One file of `size` bytes up, recorded as a document, and down again: times and the server's peak memory of each. */
    const roundTrip = async (size: number, run: number) => {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
      const file = join(dataDir, `file-${run}.pdf`);
      writeFileSync(file, bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      let started = performance.now();
      copyFileSync(file, join(dataDir, `copy-${run}.pdf`));
      const copy = performance.now() - started;

      resetPeak(pid);
      started = performance.now();
      const response = await fetch(`${origin}/documents/upload`, {
        method: 'POST',
        headers: { cookie, 'x-file-name': `informe-${run}.pdf`, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(bytes),
      });
      const stored = await response.json();
      const upload = performance.now() - started;
      const uploadPeak = memory(pid).peak;
      if (stored.sha256 !== sha256) throw new Error(`upload answered ${JSON.stringify(stored)}`);
      const created = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: 'mutation($i: DocumentInput!) { createDocument(input: $i) { downloadPath } }',
          variables: {
            i: {
              exerciseId: exercise,
              title: `Informe ${run}`,
              kind: 'REPORT',
              contentSha256: sha256,
              fileName: `informe-${run}.pdf`,
            },
          },
        }),
      });
      const path = (await created.json()).data.createDocument.downloadPath as string;

      resetPeak(pid);
      started = performance.now();
      const download = Buffer.from(await (await fetch(`${origin}${path}`, { headers: { cookie } })).arrayBuffer());
      const downloadMs = performance.now() - started;
      const downloadPeak = memory(pid).peak;
      if (createHash('sha256').update(download).digest('hex') !== sha256)
        throw new Error('the download differs from the upload');
      return { copy, upload, uploadPeak, download: downloadMs, downloadPeak };
    };
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await roundTrip(SIZE, run));
    // The same with a file three times the size (the limit raised for it): memory that stays flat does not grow with it.
    const large = await roundTrip(3 * SIZE, RUNS);
    const copies = runs.map((r) => r.copy);
    const uploads = runs.map((r) => r.upload);
    const downloads = runs.map((r) => r.download);
    const peaks = { upload: runs.map((r) => r.uploadPeak), download: runs.map((r) => r.downloadPeak) };
    console.log(`\n## Documents: a 20 MB file through the API (median of ${RUNS}; loopback, embedded PostgreSQL)`);
    console.log(
      `plain file copy on the same disk: ${fmt(mbps(SIZE, median(copies)))} MB/s (${fmt(median(copies))} ms)`,
    );
    console.log(
      `upload   (POST /documents/upload): ${fmt(mbps(SIZE, median(uploads)))} MB/s (${fmt(median(uploads))} ms); server peak RSS ${fmt(Math.max(...peaks.upload))} MB`,
    );
    console.log(
      `download (GET /files/<sha256>/…):  ${fmt(mbps(SIZE, median(downloads)))} MB/s (${fmt(median(downloads))} ms); server peak RSS ${fmt(Math.max(...peaks.download))} MB`,
    );
    console.log(
      `server RSS before the first upload: ${fmt(before)} MB; with a 60 MB file instead: peak ${fmt(large.uploadPeak)} MB up, ${fmt(large.downloadPeak)} MB down`,
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
