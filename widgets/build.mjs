// Builds the embeddable widgets into dist/widgets/ (git-ignored), which
// api/src/widgets/widgets.router.ts serves under /widgets/:
//
//   tablero-widgets.<hash>.js (+ .gz, .br)  the bundle: one minified ES module, Lit included
//   tablero-widgets.js                      the same bundle under its stable name
//   manifest.json                           which file is current, its sizes and SRI hash
//   index.html, demo.js                     the demo page
//   custom-elements.json                    the Custom Elements Manifest (also written to widgets/)
//
// Run: node widgets/build.mjs. `bundleWidgets()` is also used by scripts/widgets-size.mjs.

import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { stripIgnoredCharacters } from 'graphql';
import ts from 'typescript';

const WIDGETS = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(WIDGETS);
export const OUT = join(ROOT, 'dist', 'widgets');

/**
 * The generated operations (widgets/src/generated/graphql.ts) are printed for reading. In the
 * bundle they are sent as URL parameters, so they lose their insignificant whitespace, and the
 * documents nobody uses (fragments alone) are dropped.
 */
const compactOperations = {
  name: 'compact-operations',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]generated[\\/]graphql\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(
        /new TypedDocumentString\(`([^`]*)`/g,
        (_, document) => `(${JSON.stringify(stripIgnoredCharacters(document))}`,
      );
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Lit templates and styles are written indented for reading; in the bundle, the whitespace
 * that only lays out the source goes. Only the literal text of html`` and css`` templates
 * changes (found with the TypeScript parser, so nested templates and expressions are left
 * alone): in css, runs of blank space become one space and none is left around punctuation;
 * in html, a line break between two tags disappears and any other line break becomes a space,
 * so words stay apart.
 */
export function compactTemplates(source, fileName = 'widget.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'html' || node.tag.text === 'css')
    ) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        const from = part.getStart(file) + 1;
        const to =
          part.end - (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const text = source.slice(from, to);
        const compact =
          node.tag.text === 'css'
            ? text
                .replace(/\s+/g, ' ')
                .replace(/ ?([{}:;,>]) ?/g, '$1')
                .replace(/;}/g, '}')
                .replace(/([^\w.])0\./g, '$1.')
                .replace(/=(['"])([\w-]+)\1\]/g, '=$2]')
                .trim()
            : text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
        edits.push([from, to, compact]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
  return out;
}

const compactLitTemplates = {
  name: 'compact-lit-templates',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]widgets[\\/]src[\\/][^\\/]+\.ts$/ }, async (args) => ({
      contents: compactTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['es2021'],
  // Lit's licence notices go to LICENSES.txt beside the bundle (see buildWidgets).
  legalComments: 'external',
  banner: { js: '/*! Licences: LICENSES.txt */' },
  charset: 'utf8',
  // Private members of the widgets (named _lowercase) get short names; Lit's own (_$…) are left alone.
  mangleProps: /^_[a-z]/,
  write: false,
  logLevel: 'warning',
  tsconfig: join(WIDGETS, 'tsconfig.json'),
};

/**
 * A second minifying pass with swc (already here for the tests): its compressor and top-level
 * mangling take a few hundred bytes more off esbuild's output, which counts against the budget.
 */
async function squeeze(code) {
  const { minify } = await import('@swc/core');
  const { code: out } = await minify(code.toString(), {
    module: true,
    ecma: 2020,
    compress: { passes: 2, toplevel: true },
    mangle: { toplevel: true },
    format: { comments: 'some', ascii_only: false },
  });
  return Buffer.from(out);
}

/** The widgets' bundle in memory: its code and its minified + gzipped size (level 9). */
export async function bundleWidgets() {
  const result = await build({
    ...common,
    entryPoints: [join(WIDGETS, 'src', 'index.ts')],
    outfile: join(OUT, 'tablero-widgets.js'),
    plugins: [compactOperations, compactLitTemplates],
  });
  const output = (suffix) => Buffer.from(result.outputFiles.find((file) => file.path.endsWith(suffix))?.contents ?? []);
  const code = await squeeze(output('.js'));
  return { code, legal: output('.LEGAL.txt'), bytes: code.length, gzipBytes: gzip(code).length };
}

const gzip = (buffer) => gzipSync(buffer, { level: 9 });
const brotli = (buffer) =>
  brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  });

/**
 * Keeps the manifest to the public API: reactive state (`_name`) is no attribute to set, and
 * the only events are the documented ones (the analyzer also reports the variable that names
 * them inside the shared dispatch helper).
 */
const publicApiOnly = {
  name: 'tablero-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (declaration.attributes)
        declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
      if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('_'));
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.name.startsWith('ta-'));
    }
  },
};

/** The file the manifest describes, beside it under /widgets/ (the bundle under its stable name). */
const BUNDLE = 'tablero-widgets.js';

/**
 * Describes what is served rather than the sources: one module, the bundle, which declares the
 * elements (and the base class they inherit from) and exports nothing but their definitions, one
 * per tag, so tools that map tags through definitions (IDEs, Storybook, linters) find all three.
 * Written to the current schema (standards.md: Custom Elements Manifest 2.1.0).
 */
const servedBundle = {
  name: 'tablero-served-bundle',
  packageLinkPhase({ customElementsManifest: cem }) {
    const declarations = cem.modules.flatMap((m) => m.declarations ?? []);
    const elements = declarations.filter((d) => d.customElement && d.tagName);
    const bases = new Set(elements.map((e) => e.superclass?.name));
    const kept = declarations.filter((d) => elements.includes(d) || (d.kind === 'class' && bases.has(d.name)));
    // References to the sources (`src/base.ts`, `/src/base`) now point into the bundle; those to packages (lit) stay.
    const rebase = (value) => {
      if (Array.isArray(value)) return value.forEach(rebase);
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'superclass' || key === 'inheritedFrom') && child?.module && !child.package) child.module = BUNDLE;
        else rebase(child);
      }
    };
    rebase(kept);
    cem.schemaVersion = '2.1.0';
    cem.modules = [
      {
        kind: 'javascript-module',
        path: BUNDLE,
        declarations: kept,
        exports: elements.map((e) => ({
          kind: 'custom-element-definition',
          name: e.tagName,
          declaration: { name: e.name, module: BUNDLE },
        })),
      },
    ];
  },
};

/** The Custom Elements Manifest, from the classes' JSDoc (analyzer with its Lit plugin), describing the served bundle. */
export async function customElementsManifest() {
  const { create, ts } = await import('@custom-elements-manifest/analyzer/index.js');
  const { litPlugin } = await import('@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js');
  const src = join(WIDGETS, 'src');
  const files = (await readdir(src)).filter((name) => name.endsWith('.ts')).sort();
  const modules = await Promise.all(
    files.map(async (name) =>
      ts.createSourceFile(
        relative(WIDGETS, join(src, name)).split('\\').join('/'),
        await readFile(join(src, name), 'utf8'),
        ts.ScriptTarget.ES2015,
        true,
      ),
    ),
  );
  const manifest = create({ modules, plugins: [...litPlugin(), publicApiOnly, servedBundle], context: { dev: false } });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The notices the bundle's third-party code carries, with the licence text they refer to. */
async function licences(legal) {
  const lit = await readFile(join(ROOT, 'node_modules', 'lit', 'LICENSE'), 'utf8');
  return [
    'tablero-widgets.js (Tablero Abierto, MIT) includes the following third-party code.',
    '',
    legal.toString().trim(),
    '',
    'Lit (lit, lit-html, lit-element, @lit/reactive-element):',
    '',
    lit.trim(),
    '',
  ].join('\n');
}

/**
 * Builds everything into `out` (dist/widgets by default). The manifest in widgets/ is rewritten
 * only when it changes, so builds running side by side never see it half-written.
 */
export async function buildWidgets({ out = OUT } = {}) {
  const started = Date.now();
  const { code, legal, bytes } = await bundleWidgets();
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const file = `tablero-widgets.${hash}.js`;
  const gz = gzip(code);
  const br = brotli(code);

  const demo = await build({
    ...common,
    entryPoints: [join(WIDGETS, 'demo', 'demo.ts')],
    outfile: join(OUT, 'demo.js'),
  });
  const cem = await customElementsManifest();

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const manifest = {
    file,
    alias: 'tablero-widgets.js',
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
    bytes,
    gzipBytes: gz.length,
    brotliBytes: br.length,
  };
  await Promise.all([
    writeFile(join(out, file), code),
    writeFile(join(out, `${file}.gz`), gz),
    writeFile(join(out, `${file}.br`), br),
    writeFile(join(out, manifest.alias), code),
    writeFile(join(out, 'demo.js'), demo.outputFiles[0].contents),
    writeFile(join(out, 'index.html'), await readFile(join(WIDGETS, 'demo', 'index.html'))),
    writeFile(join(out, 'custom-elements.json'), cem),
    writeFile(join(out, 'LICENSES.txt'), await licences(legal)),
  ]);
  const committed = await readFile(join(WIDGETS, 'custom-elements.json'), 'utf8').catch(() => '');
  if (committed !== cem) await writeFile(join(WIDGETS, 'custom-elements.json'), cem);
  // Written last: the router reloads when it changes, and by then every file is in place.
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...manifest, ms: Date.now() - started };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // node widgets/build.mjs [--out <dir>]
  const at = process.argv.indexOf('--out');
  buildWidgets(at > 0 ? { out: resolve(process.argv[at + 1]) } : {}).then(
    (m) =>
      console.log(
        `widgets: ${m.file}, ${m.bytes} B minified, ${m.gzipBytes} B gzip, ${m.brotliBytes} B brotli (${m.ms} ms)`,
      ),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
