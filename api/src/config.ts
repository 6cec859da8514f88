import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './common/paths';

/** Every setting comes from the environment; the README lists them. */
export interface Config {
  /** External PostgreSQL; when unset an embedded one is started under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort: number;
  port: number;
  host: string;
  logSql: boolean;
}

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number (0-65535); got "${raw}"`);
  return value;
}

export function loadConfig(): Config {
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : join(PROJECT_ROOT, '.data'),
    embeddedPort: integer('EMBEDDED_PG_PORT', 54329),
    port: integer('PORT', 4000),
    host: process.env.HOST || '127.0.0.1',
    logSql: process.env.LOG_SQL === '1',
  };
}
