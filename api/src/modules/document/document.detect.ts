/**
 * What a file is, from its bytes, never from its name: magic numbers for binary formats, and for
 * text a UTF-8 check over the whole file (a text with a NUL byte or invalid UTF-8 is not text).
 * Executables, HTML and SVG with scripts are refused: served from the platform's origin they
 * could run in a visitor's browser or be run by one.
 */

export type Verdict =
  { ok: true; mediaType: string } | { ok: false; reason: 'FILE_TYPE_REFUSED' | 'FILE_TYPE_UNKNOWN'; message: string };

/** How many leading bytes `sniff` needs to decide a binary format. */
export const SNIFF_BYTES = 4096;

const starts = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Buffer, text: string, at = 0) => head.subarray(at, at + text.length).toString('latin1') === text;

const OOXML: [string, string][] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

const refused = (message: string): Verdict => ({ ok: false, reason: 'FILE_TYPE_REFUSED', message });

/** A zip is an office document (ODF names its type first, OOXML its parts), or nothing we keep. */
function zipKind(head: Buffer): Verdict {
  const nameLength = head.readUInt16LE(26);
  const firstName = head.subarray(30, 30 + nameLength).toString('latin1');
  if (firstName === 'mimetype') {
    const type = head
      .subarray(30 + nameLength + head.readUInt16LE(28))
      .toString('latin1')
      .match(/^application\/vnd\.oasis\.opendocument\.[a-z.-]+/)?.[0];
    if (type) return { ok: true, mediaType: type };
  }
  const names = head.toString('latin1');
  if (names.includes('[Content_Types].xml') || OOXML.some(([prefix]) => names.includes(prefix))) {
    const found = OOXML.find(([prefix]) => names.includes(prefix));
    if (found) return { ok: true, mediaType: found[1] };
  }
  return {
    ok: false,
    reason: 'FILE_TYPE_UNKNOWN',
    message:
      'is a zip archive that is not an office document (Word, Excel, PowerPoint or OpenDocument): upload its files one by one',
  };
}

/** The binary formats, from the first bytes; null when the file may be text. */
export function sniffBinary(head: Buffer): Verdict | null {
  if (ascii(head, '%PDF-')) return { ok: true, mediaType: 'application/pdf' };
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, mediaType: 'image/png' };
  if (starts(head, [0xff, 0xd8, 0xff])) return { ok: true, mediaType: 'image/jpeg' };
  if (ascii(head, 'GIF87a') || ascii(head, 'GIF89a')) return { ok: true, mediaType: 'image/gif' };
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return { ok: true, mediaType: 'image/webp' };
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { ok: true, mediaType: 'application/vnd.ms-office' };
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) && head.length >= 30) return zipKind(head);
  if (
    ascii(head, 'MZ') ||
    starts(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xcf, 0xfa, 0xed, 0xfe],
      [0xca, 0xfe, 0xba, 0xbe],
    ].some((m) => starts(head, m))
  ) {
    return refused('is an executable program: programs are never kept');
  }
  if (ascii(head, '#!')) return refused('is a script (it starts with #!): programs are never kept');
  return null;
}

/** The start of a text file, lower-cased, without a BOM or leading blanks. */
const lead = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();

const HTML_START = /^(<!doctype html|<html|<head|<body|<script|<iframe)/;
/** What makes an SVG able to run code or pull in a page: scripts, event handlers, javascript: links, embedded HTML. */
const SVG_ACTIVE = /<script|\son[a-z]+\s*=|javascript:|<foreignobject|<iframe|<embed|<object/i;

/**
 * Follows a text file as it streams in: each chunk is decoded as UTF-8 (throwing on invalid
 * bytes), and its start and any SVG markup are checked. Memory stays at one chunk and a short
 * overlap, so a pattern cut between two chunks is still seen.
 */
export class TextSniffer {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private start = '';
  private tail = '';
  private svg = false;
  private problem: Verdict | null = null;

  push(chunk: Buffer): void {
    if (this.problem) return;
    if (chunk.includes(0)) {
      this.problem = {
        ok: false,
        reason: 'FILE_TYPE_UNKNOWN',
        message: 'is not a kind of file the platform keeps (PDF, images, office documents, CSV or plain text)',
      };
      return;
    }
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      this.problem = {
        ok: false,
        reason: 'FILE_TYPE_UNKNOWN',
        message:
          'is not a kind of file the platform keeps (PDF, images, office documents, CSV or plain text; text must be UTF-8)',
      };
      return;
    }
    if (this.start.length < 2048) {
      this.start += text.slice(0, 2048 - this.start.length);
      const head = lead(this.start);
      if (HTML_START.test(head)) this.problem = refused('is an HTML page: web pages are never kept (save it as PDF)');
      if (/^(<\?xml[^>]*>\s*)?(<!doctype svg[^>]*>\s*)?<svg[\s>]/.test(head)) this.svg = true;
    }
    if (this.svg && SVG_ACTIVE.test(this.tail + text))
      this.problem = refused('is an SVG image with scripts or active content: only plain SVG images are kept');
    this.tail = text.slice(-64);
  }

  /** The verdict once every byte has been pushed. */
  finish(): Verdict {
    if (this.problem) return this.problem;
    try {
      this.decoder.decode();
    } catch {
      return {
        ok: false,
        reason: 'FILE_TYPE_UNKNOWN',
        message: 'is not a kind of file the platform keeps (text must be UTF-8)',
      };
    }
    if (this.svg) return { ok: true, mediaType: 'image/svg+xml' };
    const head = lead(this.start);
    if (head.startsWith('<')) return refused('is markup (HTML or XML) the platform does not keep: save it as PDF');
    return { ok: true, mediaType: looksLikeCsv(this.start) ? 'text/csv' : 'text/plain' };
  }
}

/** A CSV: its first lines (at least two) have the same, non-zero number of commas or of semicolons. */
function looksLikeCsv(start: string): boolean {
  const lines = start.split(/\r?\n/).slice(0, 5);
  if (lines.length > 1 && lines.at(-1) !== '' && start.length >= 2048) lines.pop(); // the last line may be cut
  const full = lines.filter((line) => line !== '');
  if (full.length < 2) return false;
  return [',', ';', '\t'].some((sep) => {
    const counts = full.map((line) => line.split(sep).length - 1);
    return counts[0] > 0 && counts.every((n) => n === counts[0]);
  });
}
