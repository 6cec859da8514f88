import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../common/paths';

/** Where `node widgets/build.mjs` writes the widgets (git-ignored). */
export const WIDGETS_DIR = join(PROJECT_ROOT, 'dist', 'widgets');

/** The stable name to embed: it always serves the current bundle, cached for five minutes. */
export const WIDGETS_ALIAS = 'tablero-widgets.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';

interface BuildManifest {
  /** The bundle's versioned name, e.g. tablero-widgets.3f9a1c2b7d4e.js. */
  file: string;
  alias: string;
  integrity: string;
}

interface Build {
  manifestMtime: number;
  manifest: BuildManifest;
  /** The bundle as stored, gzipped and brotli-compressed. */
  bundle: { identity: Buffer; gzip: Buffer; br: Buffer };
  files: Map<string, { body: Buffer; type: string; cache: string }>;
}

/**
 * Reads the build output once, and again whenever `manifest.json` changes (the build writes it
 * last), so a rebuild is served without a restart. Null while nothing is built.
 */
function buildReader(dir: string) {
  let current: Build | null = null;
  return (): Build | null => {
    const path = join(dir, 'manifest.json');
    if (!existsSync(path)) return (current = null);
    const mtime = statSync(path).mtimeMs;
    if (current?.manifestMtime === mtime) return current;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as BuildManifest;
    const read = (name: string) => readFileSync(join(dir, name));
    current = {
      manifestMtime: mtime,
      manifest,
      bundle: { identity: read(manifest.file), gzip: read(`${manifest.file}.gz`), br: read(`${manifest.file}.br`) },
      files: new Map([
        ['/', { body: read('index.html'), type: 'text/html; charset=utf-8', cache: 'no-cache' }],
        ['/demo.js', { body: read('demo.js'), type: 'text/javascript; charset=utf-8', cache: 'no-cache' }],
        [
          '/custom-elements.json',
          { body: read('custom-elements.json'), type: 'application/json; charset=utf-8', cache: SHORT },
        ],
        ['/manifest.json', { body: read('manifest.json'), type: 'application/json; charset=utf-8', cache: 'no-cache' }],
        ['/LICENSES.txt', { body: read('LICENSES.txt'), type: 'text/plain; charset=utf-8', cache: SHORT }],
      ]),
    };
    return current;
  };
}

/**
 * The demo page's policy: scripts, styles and data from this server only. The widgets run under
 * it with no inline script and no style attribute, as they must on strict host pages.
 */
const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

/** Headers that let any site load the bundle and the manifest (a module script is a CORS fetch). */
function shareable(res: Response) {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('cross-origin-resource-policy', 'cross-origin');
  res.setHeader('x-content-type-options', 'nosniff');
}

function sendBundle(req: Request, res: Response, build: Build, cacheControl: string) {
  const encoding = req.acceptsEncodings('br', 'gzip', 'identity') || 'identity';
  const body = encoding === 'br' ? build.bundle.br : encoding === 'gzip' ? build.bundle.gzip : build.bundle.identity;
  shareable(res);
  res.setHeader('content-type', 'text/javascript; charset=utf-8');
  res.setHeader('cache-control', cacheControl);
  res.setHeader('vary', 'Accept-Encoding');
  if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
  // Strong validator per version and encoding; res.send answers 304 when it matches.
  res.setHeader('etag', `"${build.manifest.file.replace(/^tablero-widgets\.|\.js$/g, '')}-${encoding}"`);
  res.send(body);
}

/**
 * Serves the embeddable widgets under /widgets/:
 * - `/widgets/tablero-widgets.<hash>.js`: the bundle under its versioned name, cached for a
 *   year (`immutable`);
 * - `/widgets/tablero-widgets.js`: the same bundle under a stable name, cached for five minutes:
 *   the one to embed, so that sites pick up new versions by themselves;
 * - `/widgets/`: the demo page (Spanish), each widget with the snippet to copy;
 * - `/widgets/custom-elements.json`, `/widgets/manifest.json`, `/widgets/LICENSES.txt`.
 * Bundles are sent brotli- or gzip-compressed when the browser accepts it.
 */
export function createWidgetsRouter(options: { dir?: string } = {}): Router {
  const current = buildReader(options.dir ?? WIDGETS_DIR);
  const router = Router();

  router.get('/{:name}', (req, res, next) => {
    const build = current();
    if (!build) {
      res.status(404).type('text/plain').send('The widgets are not built: run `npm run build`.\n');
      return;
    }
    const path = req.path;
    // /widgets without the slash: the demo page's relative links need it.
    if (path === '/' && !req.originalUrl.split('?')[0].endsWith('/')) {
      res.redirect(301, `${req.originalUrl.split('?')[0]}/`);
      return;
    }
    if (path === `/${build.manifest.file}`) return sendBundle(req, res, build, IMMUTABLE);
    if (path === `/${WIDGETS_ALIAS}`) return sendBundle(req, res, build, SHORT);
    const file = build.files.get(path);
    if (!file) return next();
    if (path === '/') res.setHeader('content-security-policy', DEMO_CSP);
    else shareable(res);
    res.setHeader('content-type', file.type);
    res.setHeader('cache-control', file.cache);
    res.send(file.body);
  });
  return router;
}
