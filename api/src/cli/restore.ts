import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { restore } from '../ops/backup';

/**
 * `npm run restore FILE`: loads a backup into an empty database (the embedded one after removing
 * `.data/`, or DATABASE_URL's), migrating it first. All of it lands or none.
 */
async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run restore -- <backup file>');
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    const counts = await restore(database.dataSource, createReadStream(resolve(file)).pipe(createGunzip()));
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(`Restored ${rows} rows of ${Object.keys(counts).length} tables from ${file}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
