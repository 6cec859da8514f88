import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { sniffBinary, SNIFF_BYTES, TextSniffer, type Verdict } from './document.detect';

/**
 * File contents in PostgreSQL, content-addressed by SHA-256 and kept in chunks: a file streams in
 * and out a chunk at a time, so the server's memory stays flat whatever the file's size, and
 * every API process behind a load balancer serves every file.
 */

/** Where a document's file is served: stable, keyed by its hash (the name is for people). */
export const filePath = (sha256: string, fileName: string) => `/files/${sha256}/${encodeURIComponent(fileName)}`;

/**
 * filePath in SQL, for addresses built inside a statement (source-address.ts): the name's UTF-8
 * bytes percent-encoded as encodeURIComponent does, so both give the same address.
 */
export const filePathSql = (sha256: string, fileName: string) =>
  `('/files/' || ${sha256} || '/' || (SELECT string_agg(CASE WHEN ch ~ '^[A-Za-z0-9_.!~*''()-]$' THEN ch ELSE upper(regexp_replace(encode(convert_to(ch, 'UTF8'), 'hex'), '(..)', '%\\1', 'g')) END, '' ORDER BY n) FROM regexp_split_to_table(${fileName}, '') WITH ORDINALITY AS name_chars(ch, n)))`;

/** Bytes per stored chunk. */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks read per statement on the way out. */
const CHUNKS_PER_READ = 4;

/** Why an upload was refused: stable reasons (`extensions.reason`), with the HTTP status to answer. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly reason: 'FILE_TOO_LARGE' | 'FILE_EMPTY' | 'FILE_TYPE_REFUSED' | 'FILE_TYPE_UNKNOWN',
    message: string,
  ) {
    super(message);
  }
}

export interface StoredContent {
  sha256: string;
  size: number;
  mediaType: string;
  /** False when the same bytes were already stored (nothing new was kept). */
  created: boolean;
}

const tooLarge = (limit: number) =>
  new UploadRefused(
    413,
    'FILE_TOO_LARGE',
    `is larger than the limit of ${limit} bytes (${(limit / 1048576).toFixed(0)} MB)`,
  );

/** Groups a byte stream into pieces of CHUNK_BYTES (the last may be shorter). */
async function* chunked(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let length = 0;
  for await (const piece of source) {
    let buffer = typeof piece === 'string' ? Buffer.from(piece) : piece;
    while (length + buffer.length >= CHUNK_BYTES) {
      const take = CHUNK_BYTES - length;
      parts.push(buffer.subarray(0, take));
      yield Buffer.concat(parts, CHUNK_BYTES);
      buffer = buffer.subarray(take);
      parts = [];
      length = 0;
    }
    if (buffer.length) {
      parts.push(buffer);
      length += buffer.length;
    }
  }
  if (length) yield Buffer.concat(parts, length);
}

/**
 * Stores a file as it streams in, in the caller's transaction: its chunks under a provisional key
 * while its hash is computed, then under the hash. Refused (too large, empty, of a type not kept)
 * with UploadRefused; when the same bytes are already stored, the provisional copy is dropped.
 */
export async function storeStream(
  manager: EntityManager,
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
): Promise<StoredContent> {
  const provisional = `upload:${randomUUID()}`;
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let verdict: Verdict | null = null;
  let text: TextSniffer | null = null;
  await manager.query(
    `INSERT INTO document_content (sha256, size, media_type) VALUES ($1, 0, 'application/octet-stream')`,
    [provisional],
  );
  for await (const chunk of chunked(source)) {
    if (seq === 0) {
      verdict = sniffBinary(chunk.subarray(0, SNIFF_BYTES));
      if (verdict && !verdict.ok) throw new UploadRefused(400, verdict.reason, verdict.message);
      if (!verdict) text = new TextSniffer();
    }
    text?.push(chunk);
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    hash.update(chunk);
    await manager.query('INSERT INTO document_chunk (content_sha256, seq, data) VALUES ($1, $2, $3)', [
      provisional,
      seq,
      chunk,
    ]);
    seq += 1;
  }
  if (size === 0) throw new UploadRefused(400, 'FILE_EMPTY', 'is empty');
  if (text) verdict = text.finish();
  if (!verdict?.ok)
    throw new UploadRefused(
      400,
      verdict?.reason ?? 'FILE_TYPE_UNKNOWN',
      verdict && !verdict.ok ? verdict.message : 'is not a kind of file the platform keeps',
    );
  const sha256 = hash.digest('hex');
  const [existing] = await manager.query(
    'SELECT size::int AS size, media_type FROM document_content WHERE sha256 = $1',
    [sha256],
  );
  if (existing) {
    // Its chunks go with it (ON DELETE CASCADE).
    await manager.query('DELETE FROM document_content WHERE sha256 = $1', [provisional]);
    return { sha256, size: existing.size as number, mediaType: existing.media_type as string, created: false };
  }
  // The chunks follow their content's key (ON UPDATE CASCADE); their bytes are not rewritten.
  await manager.query('UPDATE document_content SET sha256 = $1, size = $2, media_type = $3 WHERE sha256 = $4', [
    sha256,
    size,
    verdict.mediaType,
    provisional,
  ]);
  return { sha256, size, mediaType: verdict.mediaType, created: true };
}

/**
 * Stores an upload as it streams in (storeStream), in a transaction of its own: a refused file
 * leaves nothing behind.
 */
export async function storeContent(
  dataSource: DataSource,
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
): Promise<StoredContent> {
  const hash = createHash('sha256');
  const hashed = async function* () {
    for await (const piece of source) {
      hash.update(piece);
      yield piece;
    }
  };
  try {
    return await dataSource.transaction((manager) => storeStream(manager, hashed(), maxBytes));
  } catch (error) {
    // The same bytes stored meanwhile by a concurrent upload: theirs stands.
    if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
      const sha256 = hash.digest('hex');
      const [row] = await dataSource.query(
        'SELECT size::int AS size, media_type FROM document_content WHERE sha256 = $1',
        [sha256],
      );
      return { sha256, size: row.size as number, mediaType: row.media_type as string, created: false };
    }
    throw error;
  }
}

/**
 * Stores a file already in memory (a report the seed transcribes) in the caller's transaction, its
 * type detected from its bytes as an upload's is: the same bytes twice are stored once.
 */
export async function storeBytes(manager: EntityManager, bytes: Buffer): Promise<StoredContent> {
  let verdict = sniffBinary(bytes.subarray(0, SNIFF_BYTES));
  if (!verdict) {
    const text = new TextSniffer();
    text.push(bytes);
    verdict = text.finish();
  }
  if (!verdict.ok) throw new UploadRefused(400, verdict.reason, verdict.message);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const created = await manager.query(
    'INSERT INTO document_content (sha256, size, media_type) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING RETURNING sha256',
    [sha256, bytes.length, verdict.mediaType],
  );
  for (let seq = 0; created.length && seq * CHUNK_BYTES < bytes.length; seq += 1)
    await manager.query('INSERT INTO document_chunk (content_sha256, seq, data) VALUES ($1, $2, $3)', [
      sha256,
      seq,
      bytes.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES),
    ]);
  return { sha256, size: bytes.length, mediaType: verdict.mediaType, created: created.length > 0 };
}

/** A stored content's size and type; null when there is none with that hash. */
export async function contentInfo(
  manager: EntityManager,
  sha256: string,
): Promise<{ size: number; mediaType: string } | null> {
  const [row] = await manager.query('SELECT size::int AS size, media_type FROM document_content WHERE sha256 = $1', [
    sha256,
  ]);
  return row ? { size: row.size as number, mediaType: row.media_type as string } : null;
}

/** A stored content's bytes, a few chunks per statement of `query` (a request's manager, or a download's snapshot). */
export async function* contentChunks(
  query: (sql: string, params: unknown[]) => Promise<{ seq: number; data: Buffer }[]>,
  sha256: string,
): AsyncGenerator<Buffer> {
  let next = 0;
  for (;;) {
    const rows = await query(
      'SELECT seq, data FROM document_chunk WHERE content_sha256 = $1 AND seq >= $2 ORDER BY seq LIMIT $3',
      [sha256, next, CHUNKS_PER_READ],
    );
    for (const row of rows) yield row.data;
    if (rows.length < CHUNKS_PER_READ) return;
    next = rows[rows.length - 1].seq + 1;
  }
}

/** Writes a stored content to `out` a few chunks at a time, waiting when `out` is full; stops when `out` closes. */
export async function streamContent(manager: EntityManager, sha256: string, out: Writable): Promise<void> {
  for await (const data of contentChunks((sql, params) => manager.query(sql, params), sha256)) {
    if (out.destroyed) return;
    if (!out.write(data)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  }
}

/** Forgets contents no document names, stored more than a day ago (uploads never followed by a document). */
export async function purgeUnusedContents(manager: EntityManager): Promise<void> {
  await manager.query(
    `DELETE FROM document_content c WHERE c.stored_at < now() - interval '1 day' AND NOT EXISTS (SELECT 1 FROM document d WHERE d.content_sha256 = c.sha256)`,
  );
}

/** The stored contents whose chunks, joined in order, do not have the hash or size they are stored under (at most `limit`). */
export async function contentsNotMatchingHash(manager: EntityManager, limit = 5): Promise<string[]> {
  const rows: { sha256: string }[] = await manager.query(
    `SELECT c.sha256 FROM document_content c
       CROSS JOIN LATERAL (SELECT coalesce(string_agg(k.data, ''::bytea ORDER BY k.seq), ''::bytea) AS bytes FROM document_chunk k WHERE k.content_sha256 = c.sha256) joined
      WHERE encode(sha256(joined.bytes), 'hex') <> c.sha256 OR length(joined.bytes) <> c.size
      ORDER BY c.sha256 LIMIT $1`,
    [limit],
  );
  return rows.map((row) => row.sha256);
}
