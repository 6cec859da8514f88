import react from '@vitejs/plugin-react-swc';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The back-office, served by the API at /admin/ (same origin, so the session cookie just works).
 * `vite build` writes dist/admin (hashed assets under assets/, manifest for the size budget);
 * `vite` serves it with hot reload and proxies /graphql to the API (ADMIN_API, default :4000).
 */
export default defineConfig({
  root,
  base: '/admin/',
  // JSX (and fast refresh) by SWC: @vitejs/plugin-react 6 does not install here (its optional
  // Babel 8 release-candidate peers conflict), the SWC variant does and @swc/core is already here.
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: {
    port: Number(process.env.ADMIN_DEV_PORT ?? 5173),
    // The API (npm start) behind the same origin, so its session cookie works in development too.
    proxy: {
      '/graphql': { target: process.env.ADMIN_API ?? 'http://127.0.0.1:4000' },
      '/widgets': { target: process.env.ADMIN_API ?? 'http://127.0.0.1:4000' },
    },
  },
});
