import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { documentFilePath } from '../opendata/resources';

/** A file of a package read when asked, a piece at a time: a document's file, which may be large. */
export interface StreamedFile {
  stream(): AsyncIterable<Buffer>;
}

/**
 * The files of a data package as the import reads them: a `datapackage.zip` (what
 * `/data/exercises/<slug>/datapackage.zip` serves) or a directory holding `datapackage.json` and
 * the files it names. The descriptor and the tables are read whole (an exercise's are a few
 * megabytes, parsed whole); the documents' files (`files/…`) are streamed when imported.
 */
export type PackageFiles = Map<string, Buffer | StreamedFile>;

/** Where the package keeps the documents' files. */
const FILES = documentFilePath('');

export class PackageReadError extends Error {}

/** Where an archive's bytes are: in memory or in a file, read by range. */
interface Archive {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  stream(offset: number, length: number): Readable;
}

/**
 * The entries of a ZIP archive (PKWARE APPNOTE: the central directory at the end, stored or
 * DEFLATE entries, no ZIP64), by name. Written here because the only ZIP reader installed (yauzl)
 * is a development dependency, and a package needs no more than this.
 */
async function entries(archive: Archive): Promise<PackageFiles> {
  // The end of central directory record: 22 bytes and a comment of at most 65,535.
  const tailStart = Math.max(0, archive.size - 22 - 0xffff);
  const tail = await archive.read(tailStart, archive.size - tailStart);
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > tail.length) throw new PackageReadError('not a ZIP archive (no end of central directory)');
  const count = tail.readUInt16LE(end + 10);
  const directory = await archive.read(tail.readUInt32LE(end + 16), tail.readUInt32LE(end + 12));
  const files: PackageFiles = new Map();
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50)
      throw new PackageReadError('damaged ZIP archive (central directory)');
    const method = directory.readUInt16LE(at + 10);
    const compressed = directory.readUInt32LE(at + 20);
    const nameLength = directory.readUInt16LE(at + 28);
    const extra = directory.readUInt16LE(at + 30);
    const comment = directory.readUInt16LE(at + 32);
    const offset = directory.readUInt32LE(at + 42);
    const name = directory.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extra + comment;
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8)
      throw new PackageReadError(
        `${name}: ZIP compression method ${method} is not supported (only stored and DEFLATE)`,
      );
    const local = await archive.read(offset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50)
      throw new PackageReadError(`damaged ZIP archive (entry ${name})`);
    const start = offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (name.startsWith(FILES)) {
      files.set(name, {
        stream: () => {
          const raw = archive.stream(start, compressed);
          return method === 0 ? raw : raw.pipe(createInflateRaw());
        },
      });
      continue;
    }
    const data = await archive.read(start, compressed);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
  }
  return files;
}

/** The entries of a ZIP archive in memory. */
export function unzip(archive: Buffer): Promise<PackageFiles> {
  return entries({
    size: archive.length,
    read: async (offset, length) => archive.subarray(offset, offset + length),
    stream: (offset, length) => Readable.from([archive.subarray(offset, offset + length)]),
  });
}

/** The entries of a ZIP file, read by range: only the descriptor and the tables are held in memory. */
async function unzipFile(path: string): Promise<PackageFiles> {
  const handle = await open(path);
  try {
    const { size } = await handle.stat();
    return await entries({
      size,
      read: async (offset, length) => {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      },
      stream: (offset, length) =>
        length ? createReadStream(path, { start: offset, end: offset + length - 1 }) : Readable.from([]),
    });
  } finally {
    await handle.close();
  }
}

/** Reads a package from a `.zip` file, a directory, or a `datapackage.json` path. */
export async function readPackageFiles(path: string): Promise<PackageFiles> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new PackageReadError(`${path}: no such file or directory`);
  if (info.isFile() && path.toLowerCase().endsWith('.zip')) return unzipFile(path);
  const dir = info.isDirectory() ? path : join(path, '..');
  if (info.isFile() && basename(path) !== 'datapackage.json')
    throw new PackageReadError(`${path}: give a .zip, a directory or its datapackage.json`);
  const files: PackageFiles = new Map();
  for (const name of await readdir(dir)) {
    if (name === 'datapackage.json' || name.endsWith('.csv')) files.set(name, await readFile(join(dir, name)));
  }
  const documents = join(dir, FILES);
  for (const name of await readdir(documents).catch(() => [] as string[]))
    files.set(`${FILES}${name}`, { stream: () => createReadStream(join(documents, name)) });
  return files;
}

/**
 * The spreadsheets among the paths given (`.xlsx` and `.csv` files, or a directory of CSVs
 * without a datapackage.json), by file name; null when they are a data package instead.
 */
export async function readSheetFiles(paths: string[]): Promise<Map<string, Buffer> | null> {
  const sheet = (name: string) => /\.(xlsx|csv)$/i.test(name);
  const files = new Map<string, Buffer>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = await readdir(path);
      if (names.includes('datapackage.json')) return null;
      for (const name of names.filter(sheet)) files.set(name, await readFile(join(path, name)));
    } else if (sheet(path)) {
      if (!info) throw new PackageReadError(`${path}: no such file`);
      files.set(basename(path), await readFile(path));
    } else return null;
  }
  return files.size ? files : null;
}
