import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Response } from 'express';
import { PROJECT_ROOT } from '../common/paths';

/** Where `vite build` (admin/vite.config.ts) writes the back-office (git-ignored). */
export const ADMIN_DIR = join(PROJECT_ROOT, 'dist', 'admin');

/** Hashed assets (`assets/<name>-<hash>.js`) never change under their name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The back-office's page, Content Security Policy included: scripts and styles from this server
 * (MUI's emotion injects style elements, hence 'unsafe-inline' for styles only), data from this
 * origin's API, widgets' previews from /widgets/ on the same origin.
 */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** index.html, read again whenever a build replaces it (no restart needed after `vite build`). */
function indexReader(dir: string) {
  let cached: { mtime: number; body: Buffer } | null = null;
  return (): Buffer | null => {
    const path = join(dir, 'index.html');
    if (!existsSync(path)) return (cached = null);
    const mtime = statSync(path).mtimeMs;
    if (cached?.mtime !== mtime) cached = { mtime, body: readFileSync(path) };
    return cached.body;
  };
}

/**
 * Serves the built back-office under /admin/ (same origin as /graphql, so the HttpOnly session
 * cookie just works):
 * - `/admin/assets/*`: hashed JS and CSS, cached for a year (`immutable`);
 * - any other path under /admin/ is a client route: index.html, never cached (`no-cache`), so a
 *   new build is picked up at once.
 */
export function adminRouter(options: { dir?: string } = {}): Router {
  const dir = options.dir ?? ADMIN_DIR;
  const index = indexReader(dir);
  const router = Router();

  router.use(
    '/assets',
    express.static(join(dir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '1y',
      setHeaders: (res: Response) => {
        res.setHeader('cache-control', IMMUTABLE);
        res.setHeader('x-content-type-options', 'nosniff');
      },
    }),
  );
  // An asset that is not there (an old hash) is a plain 404, never index.html.
  router.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });

  router.get('/{*path}', (req, res) => {
    // /admin without the slash: the page's relative asset paths need it.
    if (req.path === '/' && !req.originalUrl.split('?')[0].endsWith('/')) {
      res.redirect(301, `${req.originalUrl.split('?')[0]}/`);
      return;
    }
    const body = index();
    if (!body) {
      res.status(404).type('text/plain').send('The back-office is not built: run `npm run build`.\n');
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', ADMIN_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.send(body);
  });
  return router;
}
