import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * The files of a data package as the import reads them: a `datapackage.zip` (what
 * `/data/exercises/<slug>/datapackage.zip` serves) or a directory holding `datapackage.json` and
 * the files it names. Read whole into memory: an exercise's package is a few megabytes.
 */
export type PackageFiles = Map<string, Buffer>;

export class PackageReadError extends Error {}

/**
 * The entries of a ZIP archive (PKWARE APPNOTE: the central directory at the end, stored or
 * DEFLATE entries, no ZIP64), by name. Written here because the only ZIP reader installed (yauzl)
 * is a development dependency, and a package needs no more than this.
 */
export function unzip(archive: Buffer): PackageFiles {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > archive.length)
    throw new PackageReadError('not a ZIP archive (no end of central directory)');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files: PackageFiles = new Map();
  for (let i = 0; i < count; i += 1) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new PackageReadError('damaged ZIP archive (central directory)');
    const method = archive.readUInt16LE(at + 10);
    const compressed = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const offset = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extra + comment;
    if (name.endsWith('/')) continue;
    if (archive.readUInt32LE(offset) !== 0x04034b50) throw new PackageReadError(`damaged ZIP archive (entry ${name})`);
    const start = offset + 30 + archive.readUInt16LE(offset + 26) + archive.readUInt16LE(offset + 28);
    const data = archive.subarray(start, start + compressed);
    if (method === 0) files.set(name, Buffer.from(data));
    else if (method === 8) files.set(name, inflateRawSync(data));
    else
      throw new PackageReadError(
        `${name}: ZIP compression method ${method} is not supported (only stored and DEFLATE)`,
      );
  }
  return files;
}

/** Reads a package from a `.zip` file, a directory, or a `datapackage.json` path. */
export async function readPackageFiles(path: string): Promise<PackageFiles> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new PackageReadError(`${path}: no such file or directory`);
  if (info.isFile() && path.toLowerCase().endsWith('.zip')) return unzip(await readFile(path));
  const dir = info.isDirectory() ? path : join(path, '..');
  if (info.isFile() && basename(path) !== 'datapackage.json')
    throw new PackageReadError(`${path}: give a .zip, a directory or its datapackage.json`);
  const files: PackageFiles = new Map();
  for (const name of await readdir(dir)) {
    if (name === 'datapackage.json' || name.endsWith('.csv')) files.set(name, await readFile(join(dir, name)));
  }
  return files;
}

/**
 * The spreadsheets among the paths given (`.xlsx` and `.csv` files, or a directory of CSVs
 * without a datapackage.json), by file name; null when they are a data package instead.
 */
export async function readSheetFiles(paths: string[]): Promise<PackageFiles | null> {
  const sheet = (name: string) => /\.(xlsx|csv)$/i.test(name);
  const files: PackageFiles = new Map();
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
