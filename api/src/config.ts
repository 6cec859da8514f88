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
  /** NODE_ENV=production: demo accounts disabled, PUBLIC_BASE_URL required, no explorer page. */
  production: boolean;
  /** PUBLIC_BASE_URL, checked; the server refuses to start in production without it. */
  publicBaseUrl: string | undefined;
  /** Express's `trust proxy` setting (TRUST_PROXY): which proxies' X-Forwarded-* headers to believe. */
  trustProxy: TrustProxy;
}

/** What Express's `trust proxy` accepts: off, a number of hops, or addresses and subnets. */
export type TrustProxy = boolean | number | string[];

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new Error(`${name} must be a port number (0-65535); got "${raw}"`);
  return value;
}

/**
 * TRUST_PROXY as Express reads it: unset or `false` trusts no proxy; a number trusts that many
 * hops; otherwise a comma-separated list of addresses, subnets or Express's names (`loopback`,
 * `uniquelocal`). `true` (trust any hop) is refused: any client could then choose its address.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true')
    throw new Error(
      "TRUST_PROXY=true would believe any client's X-Forwarded-For: give the number of proxies (1) or their addresses (loopback, 10.0.0.0/8)",
    );
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** PUBLIC_BASE_URL without its trailing slash, when set: an absolute http(s) address. */
function publicBaseUrl(): string | undefined {
  const raw = process.env.PUBLIC_BASE_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_BASE_URL must be an absolute address such as https://datos.tablero.mx; got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_BASE_URL must be an http or https address; got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

export const isProduction = () => process.env.NODE_ENV === 'production';

/** Largest file an upload may carry (DOCUMENT_MAX_BYTES), 25 MB unless set. */
export function documentMaxBytes(): number {
  const raw = process.env.DOCUMENT_MAX_BYTES;
  if (raw === undefined || raw === '') return 25 * 1024 * 1024;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`DOCUMENT_MAX_BYTES must be a whole number of bytes; got "${raw}"`);
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
    production: isProduction(),
    publicBaseUrl: publicBaseUrl(),
    trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
  };
}

/**
 * What a server needs beyond a CLI: in production, PUBLIC_BASE_URL (links in cacheable downloads,
 * calendars and feeds must never come from a client's Host header, which no ETag covers).
 */
export function checkServerConfig(config: Config): void {
  if (config.production && !config.publicBaseUrl) {
    throw new Error(
      'PUBLIC_BASE_URL is required when NODE_ENV=production (e.g. https://datos.tablero.mx): links in downloads, calendars and feeds must never come from the Host header',
    );
  }
}
