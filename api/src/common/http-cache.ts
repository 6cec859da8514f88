import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type express from 'express';
import { printSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { RequestScope } from '../db/sql-counter';
import type { Context } from './context';
import { DataVersion } from './data-version';
import { PROJECT_ROOT } from './paths';
import { SESSION_COOKIE } from './viewer';

/**
 * Cacheable public reads.
 *
 * An anonymous GraphQL query sent with GET (the whole document, or only its hash as an automatic
 * persisted query) is answered with `Cache-Control: public` and an ETag derived from three things
 * only: the data version the database keeps (DataVersion: change counters maintained by triggers
 * and announced with NOTIFY), the release (schema and code version) and the request itself (the
 * document's SHA-256, operation name, variables, answer type). Every process sharing the database
 * computes the same ETag for the same request, and knows it without asking the database.
 *
 * A repeated read is answered before Apollo runs: 304 Not Modified when the client's
 * If-None-Match holds the current ETag, or the stored answer when this process has it for the
 * current data version. Either way no SQL is sent (`x-sql-statements: 0`). Any write to public
 * data changes the version, and with it every ETag and the validity of every stored answer.
 *
 * Signed-in requests (a session cookie on /graphql), POSTs, answers with errors and answer types
 * other than JSON are never cached: they get `Cache-Control: no-store` (staff) or go through
 * unchanged.
 */

/** How long a shared cache (a CDN) may reuse an answer before revalidating it (it then gets a 304 while the data is unchanged). */
export const GRAPHQL_MAX_AGE_SECONDS = 60;

/**
 * Browsers revalidate every time (a 304 costs no SQL, so a reader sees a change at once and a
 * page knows when it is offline); CDNs in front of the public GETs may reuse an answer for
 * `seconds`, then must revalidate.
 */
export const publicCacheControl = (seconds: number) => `public, max-age=0, s-maxage=${seconds}, must-revalidate`;

/** Memory for stored answers in each process, and the largest answer stored. */
const CACHE_BYTES = 64 * 1024 * 1024;
const LARGEST_ANSWER_BYTES = 8 * 1024 * 1024;

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/**
 * The answer type Apollo picks for the Accept headers clients commonly send; null for any other
 * (such requests are served by Apollo and not cached, so the choice is always Apollo's own).
 */
function answerType(accept: string | undefined): string | null {
  const normalised = (accept ?? '').toLowerCase().replace(/\s+/g, '');
  switch (normalised) {
    case '':
    case '*/*':
    case 'application/json':
      return JSON_TYPE;
    case 'application/graphql-response+json':
    case 'application/graphql-response+json,application/json;q=0.9':
      return GRAPHQL_RESPONSE_TYPE;
    default:
      return null;
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted, so that equal variables give equal keys. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface RequestKey {
  /** What identifies the answer, apart from the data version. */
  id: string;
  contentType: string;
  operationName: string | null;
}

/** The key of a GraphQL GET request, or null when it is not one the cache handles. */
export function graphqlRequestKey(
  endpoint: 'public' | 'staff',
  search: string,
  accept: string | undefined,
): RequestKey | null {
  const contentType = answerType(accept);
  if (!contentType) return null;
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const query = params.get('query');
  let hash = query ? sha256(query) : null;
  const extensions = params.get('extensions');
  if (extensions) {
    let persisted: unknown;
    try {
      persisted = (JSON.parse(extensions) as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery
        ?.sha256Hash;
    } catch {
      return null;
    }
    if (persisted !== undefined) {
      if (typeof persisted !== 'string' || !/^[0-9a-f]{64}$/.test(persisted)) return null;
      if (hash && hash !== persisted) return null; // Apollo refuses a mismatch: leave it to Apollo
      hash = persisted;
    }
  }
  if (!hash) return null;
  let variables = '';
  const rawVariables = params.get('variables');
  if (rawVariables) {
    try {
      variables = canonicalJson(JSON.parse(rawVariables));
    } catch {
      return null;
    }
  }
  const operationName = params.get('operationName');
  return { id: [endpoint, hash, operationName ?? '', variables, contentType].join('\n'), contentType, operationName };
}

interface StoredAnswer {
  version: string;
  body: string;
  contentType: string;
  operationName: string | null;
}

/** Stored answers, least recently used first, within a byte budget. */
class AnswerStore {
  private readonly entries = new Map<string, StoredAnswer>();
  private bytes = 0;

  get(key: string): StoredAnswer | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: StoredAnswer): void {
    if (entry.body.length > LARGEST_ANSWER_BYTES) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= CACHE_BYTES) break;
      this.entries.delete(oldest);
      this.bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.bytes -= entry.body.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** What an answer depends on besides its URL: the Accept header, and on /graphql whether a session cookie came. */
const varyFor = (endpoint: 'public' | 'staff') => (endpoint === 'staff' ? 'accept, cookie' : 'accept');

const hasSessionCookie = (cookieHeader: string | undefined) =>
  Boolean(cookieHeader && cookieHeader.split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`)));

/** What Apollo's CSRF prevention accepts on a GET (/graphql only): a preflight-forcing header or a non-simple content type. */
function passesCsrfPrevention(req: express.Request): boolean {
  if (req.get('apollo-require-preflight') || req.get('x-apollo-operation-name')) return true;
  const contentType = req.get('content-type');
  if (!contentType) return false;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return !['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'].includes(type);
}

/** Whether an If-None-Match header names `etag` (or is `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/** The release: package version, optional RELEASE_ID (set it per deploy) and, once known, the schema. */
function releaseOf(schemaText: string): string {
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return sha256([version, process.env.RELEASE_ID ?? '', schemaText].join('\n')).slice(0, 16);
}

export interface PublicReadCacheOptions {
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export class PublicReadCache {
  readonly version: DataVersion;
  private readonly answers = new AnswerStore();
  private release = releaseOf('');

  constructor(dataSource: DataSource, options: PublicReadCacheOptions = {}) {
    this.version = DataVersion.forDataSource(dataSource, options.log);
    // A stored answer is only ever valid for the version it was read at: drop them all on a change.
    this.version.onChange(() => this.answers.clear());
  }

  /** The ETag of `key` at the current data version, or null while the version is unknown. */
  etag(key: string): string | null {
    const version = this.version.value;
    return version
      ? `"${createHash('sha256').update(`${this.release}\n${version}\n${key}`).digest('base64url').slice(0, 32)}"`
      : null;
  }

  /**
   * For express routes of public data (downloads, calendars, feeds): sets ETag and Cache-Control
   * (a CDN may reuse the answer for `maxAgeSeconds`) and answers 304 when the client already has
   * the current version. Returns true when it answered. Call it before any SQL: a 304 costs none.
   */
  notModified(req: express.Request, res: express.Response, maxAgeSeconds: number): boolean {
    const etag = this.etag(`${req.baseUrl}${req.path}`);
    if (!etag) {
      res.setHeader('cache-control', 'no-cache');
      return false;
    }
    res.setHeader('etag', etag);
    res.setHeader('cache-control', publicCacheControl(maxAgeSeconds));
    if (matchesEtag(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return true;
    }
    return false;
  }

  /**
   * Apollo plugins for both GraphQL servers: this cache's, and the removal of Apollo's own cache
   * hints (we do not use `@cacheControl`; its per-field bookkeeping only cost time, and its
   * `Cache-Control` would fight ours).
   */
  get plugins(): ApolloServerPlugin<Context>[] {
    return [this.plugin(), ApolloServerPluginCacheControlDisabled()];
  }

  private plugin(): ApolloServerPlugin<Context> {
    return {
      serverWillStart: async ({ schema }) => {
        this.release = releaseOf(printSchema(schema));
        await this.version.start();
        return { serverWillStop: () => this.version.stop() };
      },
      requestDidStart: async ({ request, contextValue }) => {
        const http = request.http;
        if (contextValue.viewer.kind !== 'public') {
          return {
            willSendResponse: async ({ response }) => {
              response.http.headers.set('cache-control', 'private, no-store');
            },
          };
        }
        if (!http || http.method !== 'GET') return {};
        const endpoint = contextValue.http ? 'staff' : 'public';
        const key = graphqlRequestKey(endpoint, http.search, http.headers.get('accept'));
        // Read before the operation runs: an answer is stored under the version it can be no older than.
        const version = this.version.value;
        return {
          willSendResponse: async (requestContext: GraphQLRequestContextWillSendResponse<Context>) => {
            const { response } = requestContext;
            const headers = response.http.headers;
            headers.set('vary', varyFor(endpoint));
            const body = response.body;
            // Cacheable: a whole answer without errors, read while the data version stayed known and the same.
            const etag = key && version && this.version.value === version ? this.etag(key.id) : null;
            if (
              !key ||
              !version ||
              !etag ||
              body.kind !== 'single' ||
              body.singleResult.errors ||
              (response.http.status ?? 200) !== 200
            ) {
              headers.set('cache-control', 'no-cache');
              return;
            }
            headers.set('content-type', key.contentType);
            headers.set('etag', etag);
            headers.set('cache-control', publicCacheControl(GRAPHQL_MAX_AGE_SECONDS));
            // The bytes Apollo sends (its default stringifyResult): errors, data, extensions in that order.
            const text = `${JSON.stringify({ data: body.singleResult.data, extensions: body.singleResult.extensions })}\n`;
            this.answers.set(key.id, {
              version,
              body: text,
              contentType: key.contentType,
              operationName: requestContext.operationName ?? key.operationName,
            });
          },
        };
      },
    };
  }

  /**
   * Express middleware for `/graphql` (both endpoints), mounted before Apollo: answers a cached
   * read itself, through the app's request scope (`scope`: request id, access log, metrics) and,
   * on `/graphql/public`, its CORS headers (`cors`). Anything else goes on to Apollo.
   */
  middleware(hooks: { scope: express.RequestHandler; cors: express.RequestHandler }): express.RequestHandler {
    return (req, res, next) => {
      const endpoint = req.path === '/public' ? 'public' : req.path === '/' ? 'staff' : null;
      if (endpoint === 'public') res.setHeader('access-control-expose-headers', 'etag, x-request-id, x-sql-statements');
      if (req.method !== 'GET' || !endpoint) return next();
      if (endpoint === 'staff' && (hasSessionCookie(req.get('cookie')) || !passesCsrfPrevention(req))) return next();
      const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      const key = graphqlRequestKey(endpoint, search, req.get('accept'));
      if (!key) return next();
      // Let any notification already received be processed first (it arrives on another socket in the same turn).
      setImmediate(() => {
        const version = this.version.value;
        const etag = this.etag(key.id);
        if (!version || !etag) return next();
        const stored = this.answers.get(key.id);
        const fresh = stored?.version === version ? stored : undefined;
        const notModified = matchesEtag(req.get('if-none-match'), etag);
        if (!fresh && !notModified) return next();
        const answer = () => {
          const scope = res.locals.scope as RequestScope | undefined;
          const operationName = fresh?.operationName ?? key.operationName;
          if (scope && operationName) scope.operationName = operationName;
          res.setHeader('etag', etag);
          res.setHeader('cache-control', publicCacheControl(GRAPHQL_MAX_AGE_SECONDS));
          res.setHeader('vary', varyFor(endpoint));
          // The request scope's own count, as for every other answer: nothing here sends SQL, so it reads 0.
          res.setHeader('x-sql-statements', String(scope?.statements ?? 0));
          if (notModified) {
            res.status(304).end();
            return;
          }
          res.setHeader('content-type', (fresh as StoredAnswer).contentType);
          res.status(200).send((fresh as StoredAnswer).body);
        };
        const scoped = () => hooks.scope(req, res, answer);
        if (endpoint === 'public') hooks.cors(req, res, scoped);
        else scoped();
      });
    };
  }

  /** Stored answers in this process (for tests and metrics). */
  get storedAnswers(): number {
    return this.answers.size;
  }
}
