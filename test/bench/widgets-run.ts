import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './measure';
import { benchWidgets } from './widgets';

/** The widgets part of `npm run bench`: bundle size and throttled cold load against the built server. */
async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablero-widgets-bench-'));
  chmodSync(dataDir, 0o755);
  const server = await startServer({ DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: '54479' });
  try {
    const { bundleBytesGzip, coldLoadMs } = await benchWidgets({ apiUrl: server.url });
    console.log('\n## Widgets');
    console.log(`bundle, all widgets with Lit: ${bundleBytesGzip} B min+gzip (budget 12 KB = 12,288 B)`);
    console.log(
      `cold load, script request to rendered figures, slow 4G and 4x CPU in Chromium: ${coldLoadMs.toFixed(0)} ms (median of 5)`,
    );
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
