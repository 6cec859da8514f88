#!/usr/bin/env node
// The back-office's initial-load budget: the JavaScript a browser must fetch before the first
// screen (the entry chunk and every chunk it imports statically, as Vite's manifest lists them),
// each gzipped at level 9, added up. Lazy chunks (lists, forms, pages, English) are not counted.
// Fails above 400 KB (400 × 1024 bytes).
//   node scripts/admin-size.mjs            measures dist/admin (as `npm run build` left it)
//   node scripts/admin-size.mjs --build    builds dist/admin first (as `npm run build` does), then
//                                          measures it; the Chromium suites `npm test` runs next
//                                          serve that build instead of making their own
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 400 * 1024;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The initial chunks of a Vite build: the entry and its static imports, transitively. */
export function initialChunks(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entries[0][0]);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

export function measure(dir = join(ROOT, 'dist', 'admin')) {
  if (!existsSync(join(dir, '.vite', 'manifest.json'))) throw new Error(`${dir} has no build: run npm run build`);
  const files = initialChunks(dir).map((file) => {
    const code = readFileSync(join(dir, file));
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  });
  return {
    files,
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
  };
}

/** A production build of the back-office into `outDir`, exactly as `vite build` makes it. */
export async function buildInto(outDir) {
  // A production build whatever the caller's NODE_ENV (jest sets "test": React's development build).
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({
    configFile: join(ROOT, 'admin', 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(ROOT, 'dist', 'admin');
  if (process.argv.includes('--build')) await buildInto(dir);
  const { files, gzipBytes, bytes } = measure(dir);
  for (const f of files)
    console.log(`  ${f.file}: ${(f.gzipBytes / 1024).toFixed(1)} KB gzip (${(f.bytes / 1024).toFixed(1)} KB)`);
  const verdict = gzipBytes <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `admin initial JS: ${(gzipBytes / 1024).toFixed(1)} KB gzip (${(bytes / 1024).toFixed(1)} KB minified) in ${files.length} chunks, ${verdict} the ${BUDGET_BYTES / 1024} KB budget`,
  );
  if (gzipBytes > BUDGET_BYTES) process.exit(1);
}
