import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import { PROJECT_ROOT } from '../common/paths';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { backup } from '../ops/backup';

/**
 * `npm run backup [-- FILE]`: a consistent snapshot of the whole database, gzipped, while the
 * server keeps running (default file: backups/tablero-<time>.jsonl.gz).
 */
async function main() {
  const file = resolve(
    process.argv[2] ??
      join(PROJECT_ROOT, 'backups', `tablero-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`),
  );
  await mkdir(dirname(file), { recursive: true });
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    const lines = new PassThrough();
    const written = pipeline(lines, createGzip(), createWriteStream(file, { mode: 0o600 }));
    const counts = await backup(database.dataSource, lines);
    lines.end();
    await written;
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(`Backed up ${rows} rows of ${Object.keys(counts).length} tables to ${file}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
