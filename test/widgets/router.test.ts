import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { createWidgetsRouter } from '../../api/src/widgets/widgets.router';
import { buildWidgets } from './support';

/** The bundle, demo page and manifest as /widgets/ serves them, over a fresh build. */
describe('GET /widgets/', () => {
  const out = mkdtempSync(join(tmpdir(), 'tablero-widgets-'));
  let server: Server;
  let base: string;
  let manifest: { file: string; alias: string; integrity: string; gzipBytes: number };

  beforeAll(async () => {
    buildWidgets(out);
    manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const app = express();
    app.use('/widgets', createWidgetsRouter({ dir: out }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/widgets`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(out, { recursive: true, force: true });
  });

  const raw = () => readFileSync(join(out, manifest.file));

  it('serves the versioned bundle for a year, immutable, to any site', async () => {
    expect(manifest.file).toMatch(/^tablero-widgets\.[0-9a-f]{12}\.js$/);
    const response = await fetch(`${base}/${manifest.file}`, { headers: { origin: 'https://www.saltillo.gob.mx' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(Buffer.from(await response.arrayBuffer()).equals(raw())).toBe(true);
  });

  it('serves the same bundle under the stable name, cached for five minutes only', async () => {
    const response = await fetch(`${base}/tablero-widgets.js`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(Buffer.from(await response.arrayBuffer()).equals(raw())).toBe(true);
  });

  /** A plain HTTP GET (fetch would add `cache-control: no-cache` to a conditional request). */
  const get = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });

  it('sends the bundle compressed, brotli or gzip, as the browser accepts', async () => {
    const br = await get('/tablero-widgets.js', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(raw())).toBe(true);
    const gz = await get('/tablero-widgets.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBe(manifest.gzipBytes);
    expect(gunzipSync(gz.body).equals(raw())).toBe(true);
    const plain = await get('/tablero-widgets.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(raw())).toBe(true);
  });

  it('answers a revalidation with 304 Not Modified', async () => {
    const first = await get('/tablero-widgets.js', { 'accept-encoding': 'gzip' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{12}-gzip"$/);
    const again = await get('/tablero-widgets.js', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('carries a subresource-integrity hash for sites that pin the versioned file', async () => {
    const { createHash } = await import('node:crypto');
    expect(manifest.integrity).toBe(`sha384-${createHash('sha384').update(raw()).digest('base64')}`);
  });

  it('serves the demo page in Spanish under a strict content security policy', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<html lang="es-MX">');
    expect(html).toContain('<script type="module" src="tablero-widgets.js"></script>');
    expect(html).toContain('Widgets de Tablero Abierto');
  });

  it("sends /widgets to /widgets/, where the demo page's relative links resolve", async () => {
    const response = await fetch(base, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/widgets/');
  });

  it('serves the Custom Elements Manifest, the build manifest and the licences', async () => {
    const cem = await (await fetch(`${base}/custom-elements.json`)).json();
    const tags = cem.modules
      .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
      .map((d: { tagName?: string }) => d.tagName);
    expect(tags).toEqual(expect.arrayContaining(['ta-commitment-progress', 'ta-pages-counter', 'ta-session-calendar']));
    // The modules it describes are the files served beside it.
    for (const { path } of cem.modules as { path: string }[]) {
      const module = await fetch(new URL(path, `${base}/custom-elements.json`));
      expect([path, module.status, module.headers.get('content-type')]).toEqual([
        path,
        200,
        'text/javascript; charset=utf-8',
      ]);
    }
    expect((await (await fetch(`${base}/manifest.json`)).json()).file).toBe(manifest.file);
    const licences = await (await fetch(`${base}/LICENSES.txt`)).text();
    expect(licences).toContain('BSD 3-Clause License');
    expect(licences).toContain('Google LLC');
  });

  it('leaves any other path to the rest of the app (404 here)', async () => {
    expect((await fetch(`${base}/tablero-widgets.000000000000.js`)).status).toBe(404);
    expect((await fetch(`${base}/../package.json`)).status).toBe(404);
  });

  it('says so when the widgets have not been built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tablero-widgets-empty-'));
    const app = express();
    app.use('/widgets', createWidgetsRouter({ dir: empty }));
    const bare = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => bare.once('listening', resolve));
    const response = await fetch(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/widgets/tablero-widgets.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build');
    await new Promise((resolve) => bare.close(resolve));
    rmSync(empty, { recursive: true, force: true });
  });
});
