import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { adminRouter } from '../../api/src/admin/admin.router';
import { listen } from '../support/listen';

/** The router over a build of its own (a tiny fake), mounted at /admin as app.ts mounts it. */
describe('the back-office router (/admin/)', () => {
  let dir: string;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'admin-build-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="es-MX"><body><div id="root"></div><script type="module" src="/admin/assets/index-abc123.js"></script></body></html>',
    );
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("admin")');
    const app = express();
    app.use('/admin', adminRouter({ dir }));
    app.use('/admin-missing', adminRouter({ dir: join(dir, 'nothing-here') }));
    server = createServer(app);
    origin = await listen(server);
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html, never cached, for the root and for every client route', async () => {
    for (const path of ['/admin/', '/admin/commitments', `/admin/commitments/3f6c/show/deliveries`, '/admin/login']) {
      const response = await fetch(`${origin}${path}`);
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });

  it('redirects /admin to /admin/ so relative paths resolve', async () => {
    const response = await fetch(`${origin}/admin`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/admin/');
  });

  it('serves hashed assets cached for a year, and a missing one as a plain 404 (never the page)', async () => {
    const asset = await fetch(`${origin}/admin/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const missing = await fetch(`${origin}/admin/assets/index-old999.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<html');
  });

  it('says how to build when there is no build', async () => {
    const response = await fetch(`${origin}/admin-missing/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build');
  });
});
