import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createServer, type Server } from 'node:http';
import { QueryFailedError, type DataSource } from 'typeorm';
import { createContext, type Context } from './common/context';
import { documentMaxBytes, type TrustProxy } from './config';
import { ErrorCode } from './common/errors';
import { describeCoercionError, literalField } from './common/input-errors';
import { assertKindsDeclared } from './common/record-kind';
import {
  ARMOR_LIMITS,
  limitOfParseError,
  QUERY_LIMIT_EXCEEDED,
  QUERY_LIMITS,
  queryLimitsPlugin,
} from './common/query-limits';
import { errorHandler, HttpErrorCode, notFoundHandler } from './common/http-errors';
import { headAsGet, plainJsonStatusPlugin } from './common/graphql-over-http';
import { logEvent, type LogSink } from './common/log';
import { newRequestScope, scopedManager, type RequestManager, type RequestScope } from './db/sql-counter';
import { viewerForToken } from './modules/account/account.service';
import { purgeExpired } from './modules/account/password-throttle';
import { Metrics } from './ops/metrics';
import { opsRouter } from './ops/ops.router';
import { buildAppSchema } from './schema';
import { PublicReadCache } from './common/http-cache';
import { selectedColumnsPlugin } from './common/loaders';
import { calendarRouter } from './modules/calendar/calendar.router';
import { feedsRouter } from './modules/feeds/feeds.router';
import { baseUrl } from './modules/opendata/exercise-meta';
import { openDataRouter } from './modules/opendata/opendata.router';
import { importRouter } from './modules/import/import.router';
import { createWidgetsRouter } from './widgets/widgets.router';
import { adminRouter } from './admin/admin.router';
import { PUBLIC_VIEWER, SESSION_COOKIE } from './common/viewer';
import { documentRouter } from './modules/document/document.router';
import { purgeUnusedContents } from './modules/document/document.storage';

const KNOWN_CODES = new Set<string>([
  ErrorCode.NOT_FOUND,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  HttpErrorCode.BAD_REQUEST,
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  QUERY_LIMIT_EXCEEDED,
]);

/** GraphQL's "Did you mean …?" would list field names the caller did not ask for: dropped whole. */
const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

/**
 * Errors the caller can act on keep their message and code; anything else is answered "Internal
 * error", so no SQL, stack or path leaks to clients (requestScopePlugin logs its cause and adds the
 * request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return (
    expectedError(formatted, error) ?? {
      message: 'Internal error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    }
  );
}

/** The error as the caller gets it when it is one the caller can act on; null when it is unexpected. */
function expectedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  // A bad literal (a malformed Date) fails GraphQL validation; it is still bad user input.
  const original = (error as GraphQLError | undefined)?.originalError;
  // A variable that could not be coerced (15/01/2018 as a date, 2.5 pages): name its input path and why.
  const coercion =
    formatted.extensions?.code === ErrorCode.BAD_USER_INPUT ||
    (original instanceof GraphQLError && original.extensions.code === ErrorCode.BAD_USER_INPUT)
      ? describeCoercionError(
          formatted.message,
          original instanceof GraphQLError ? original.extensions.reason : undefined,
        )
      : null;
  if (coercion) return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT, ...coercion } };
  const limit = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? limitOfParseError(formatted.message) : null;
  if (limit) {
    const { http: _http, ...extensions } = limit.extensions;
    return { message: limit.message, extensions };
  }
  if (
    original instanceof GraphQLError &&
    (original.extensions.code === ErrorCode.BAD_USER_INPUT || original.extensions.code === QUERY_LIMIT_EXCEEDED)
  ) {
    const { http: _http, ...extensions } = original.extensions;
    // A malformed literal our scalars refused (dateFrom: "15/01/2018") names its field like any other input.
    const field =
      extensions.code === ErrorCode.BAD_USER_INPUT && extensions.field === undefined ? literalField(error) : null;
    return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
  }
  // PostgreSQL's data exceptions (class 22: a NUL byte in text, a number out of range) come from
  // values the caller sent, never from the server's own state.
  const sqlState = original instanceof QueryFailedError ? (original.driverError as { code?: string }).code : undefined;
  if (sqlState?.startsWith('22')) {
    return {
      message: 'A value cannot be stored or compared as given (for example, text with a NUL character)',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  // Apollo refuses some malformed requests (an APQ hash that does not match its query) with HTTP 400 and no code.
  const http = (error as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
  if (http?.status === 400 && (error as GraphQLError).extensions.code === undefined) {
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_REQUEST' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    // A value written in the document that GraphQL refused (2.5 as an Int, an unknown enum value): name its argument or input field, as for a variable.
    const field = code === 'GRAPHQL_VALIDATION_FAILED' ? literalField(error) : null;
    return {
      ...formatted,
      message: withoutSuggestions(formatted.message),
      extensions: field ? { ...extensions, field } : extensions,
    };
  }
  return null;
}

/**
 * Names the operation in the request scope (for logs and metrics), reports the SQL statements it
 * cost, and logs the cause of each unexpected error with the request id, which the answer's
 * "Internal error" carries too.
 */
export const requestScopePlugin = (log: LogSink): ApolloServerPlugin<Context> => ({
  async requestDidStart({ contextValue }) {
    const { scope } = contextValue;
    return {
      async didResolveOperation({ operationName }) {
        if (operationName) scope.operationName = operationName;
      },
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (expectedError({ message: error.message, path: error.path, extensions: error.extensions }, error))
            continue;
          logEvent(log, 'error', error.message, {
            requestId: scope.requestId,
            path: error.path,
            error: String(error.originalError?.stack ?? error.stack),
          });
        }
      },
      async willSendResponse({ response }) {
        response.http.headers.set('x-sql-statements', String(scope.statements));
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR)
            (error.extensions as Record<string, unknown>).requestId = scope.requestId;
        }
      },
    };
  },
});

const PURGE_EVERY_MS = 3600_000;

/** Largest request body accepted: a query with its variables, never a file. */
const BODY_LIMIT = '100kb';

/**
 * Limits on every operation, against denial of service by query shape (common/query-limits.ts).
 * The deepest real query (test/support/queries.ts, depth 8) sits well inside them. The standard
 * introspection query is exempt from the depth limit (its fragments nest deep), not from the
 * cost limit, which refuses circular introspection.
 */
export { ARMOR_LIMITS } from './common/query-limits';

export interface AppOptions {
  /** NODE_ENV=production: no explorer landing page. */
  production?: boolean;
  /** Express's `trust proxy` (TRUST_PROXY); no proxy is trusted by default. */
  trustProxy?: TrustProxy;
  /** Whether the process can still serve (false once its embedded PostgreSQL died): /health/live says so. */
  alive?: () => boolean;
}

export interface App {
  server: Server;
  /** Stops taking requests, finishes those in flight, then stops both GraphQL servers. */
  stop(): Promise<void>;
}

/**
 * Gives each request an id (in a header and in every log line), counts its SQL statements, and
 * when it is answered logs one access line and feeds the metrics. Never logs bodies or cookies.
 */
const requestScope =
  (log: LogSink, metrics: Metrics): express.RequestHandler =>
  (req, res, next) => {
    const requestId = randomUUID();
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', requestId);
    const scope = newRequestScope(requestId);
    res.locals.scope = scope;
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observe({
        operation: scope.operationName,
        status: res.statusCode,
        seconds,
        statements: scope.statements,
      });
      const line = {
        requestId,
        method: req.method,
        path: req.baseUrl,
        status: res.statusCode,
        operation: scope.operationName,
        durationMs: Math.round(seconds * 1000),
        sqlStatements: scope.statements,
      };
      logEvent(log, 'info', 'request', line);
    });
    next();
  };

/**
 * Cross-origin reads of public data, for pages that embed the widgets: any origin, never with
 * credentials, preflight answers cached for a day.
 */
const publicCors: express.RequestHandler = (req, res, next) => {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, HEAD, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type');
  res.setHeader('access-control-max-age', '86400');
  if (req.method === 'OPTIONS') {
    res.sendStatus(204);
    return;
  }
  next();
};

/**
 * The HTTP server, per GraphQL over HTTP (GET and HEAD for queries, POST for everything):
 * - `/graphql`, the endpoint for everything, with Apollo's CSRF guard;
 * - `/graphql/public`, public reads for other sites: it never reads cookies (every request is
 *   anonymous), so it needs no CSRF guard, and a cross-origin GET needs no preflight.
 */
export async function createApp(dataSource: DataSource, log: LogSink, appOptions: AppOptions = {}): Promise<App> {
  // No table is public by omission, none serves stale answers: serve nothing until every kind is declared in full.
  await assertKindsDeclared(dataSource);
  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer: the client's address (throttling, logs), protocol (Secure cookies)
  // and host come from the X-Forwarded-* headers of the proxies named here, and only theirs.
  app.set('trust proxy', appOptions.trustProxy ?? false);
  const metrics = new Metrics(dataSource);
  const scoped = requestScope(log, metrics);
  const server = createServer(app);
  const schema = await buildAppSchema();
  const armor = new ApolloArmor(ARMOR_LIMITS).protect();
  const options = {
    schema,
    // The schema is the public documentation: introspection stays on, within the depth limit.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    validationRules: armor.validationRules,
    // App.stop() stops Apollo itself, in order, before the database.
    stopOnTerminationSignals: false,
    formatError,
  };
  // Cacheable public reads: ETags from the database's change counters, answers without SQL;
  // and loaders that read only the optional columns an operation asks for.
  const publicReads = new PublicReadCache(dataSource, {
    log: (message, fields) => logEvent(log, 'warn', message, fields),
  });
  // Apollo's explorer page loads a third-party script: never on a production staff origin.
  const landingPage = appOptions.production ? [ApolloServerPluginLandingPageDisabled()] : [];
  const apollo = new ApolloServer<Context>({
    ...options,
    plugins: [
      ...armor.plugins,
      queryLimitsPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      requestScopePlugin(log),
      ...publicReads.plugins,
      selectedColumnsPlugin,
      plainJsonStatusPlugin,
      ...landingPage,
    ],
  });
  const publicApollo = new ApolloServer<Context>({
    ...options,
    csrfPrevention: false,
    plugins: [
      ...armor.plugins,
      queryLimitsPlugin(),
      requestScopePlugin(log),
      ...publicReads.plugins,
      selectedColumnsPlugin,
      plainJsonStatusPlugin,
      ...landingPage,
    ],
  });
  await Promise.all([apollo.start(), publicApollo.start()]);
  // Each request's manager counts the statements sent for it, in the scope requestScope opened.
  const requestManager: RequestManager = (res) => scopedManager(dataSource.manager, res.locals.scope as RequestScope);
  const anonymousContext = async ({ res }: { res: express.Response }) =>
    createContext(requestManager(res), res.locals.scope as RequestScope);
  // The session cookie names the viewer; an unknown, expired or disabled one is just the public.
  const staffContext = async ({ req, res }: { req: express.Request; res: express.Response }) => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    const manager = requestManager(res);
    const viewer = (typeof token === 'string' && (await viewerForToken(manager, token))) || PUBLIC_VIEWER;
    const cookie = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
    return createContext(manager, res.locals.scope as RequestScope, viewer, {
      ipAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      origin: baseUrl(req),
      setSessionCookie: (value, expires) => res.cookie(SESSION_COOKIE, value, { ...cookie, expires }),
      clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookie),
    });
  };

  // Security headers on every response. The API is public and embedded elsewhere, so its
  // resources may be loaded cross-origin; the explorer page needs its own scripts, so no CSP here.
  app.use(
    helmet({
      contentSecurityPolicy: false,
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(opsRouter(dataSource, metrics, appOptions.alive ?? (() => true)));
  app.get('/', (_req, res) => res.redirect('/graphql'));
  // Cached GraphQL reads are answered here, before Apollo, through the same request scope and
  // CORS; everything else goes on to the GraphQL mounts below.
  app.use('/graphql', headAsGet, publicReads.middleware({ scope: scoped, cors: publicCors }));
  // Downloads, calendars and feeds: an id, an access line and their SQL count, like every GraphQL request.
  app.use('/data', scoped, openDataRouter(requestManager, publicReads, log));
  app.use('/calendar', scoped, calendarRouter(requestManager, publicReads, log));
  app.use('/feeds', scoped, feedsRouter(requestManager, publicReads, log));
  // Files: uploads by staff (raw body, streamed to the database) and downloads at /files/<sha256>/<name>.
  app.use(documentRouter(dataSource, requestManager, scoped, documentMaxBytes(), log));
  app.use('/widgets', createWidgetsRouter());
  app.use('/admin', adminRouter());
  app.use('/import', scoped, importRouter(dataSource, requestManager));
  // The scope first, so that a body the parser refuses is answered with its request id.
  app.use(
    '/graphql/public',
    publicCors,
    scoped,
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(publicApollo, { context: anonymousContext }),
  );
  app.use(
    '/graphql',
    cookieParser(),
    scoped,
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, { context: staffContext }),
  );
  app.use(notFoundHandler);
  app.use(errorHandler(log));
  // Old sign-in attempts and expired sessions: at start, then hourly (any process may do it).
  const purge = () =>
    Promise.all([purgeExpired(dataSource.manager), purgeUnusedContents(dataSource.manager)]).catch((error: unknown) =>
      logEvent(log, 'warn', 'Could not purge old sign-in attempts, expired sessions and unused files', {
        error: String(error),
      }),
    );
  await purge();
  const purgeTimer = setInterval(() => void purge(), PURGE_EVERY_MS).unref();
  return {
    server,
    stop: async () => {
      clearInterval(purgeTimer);
      await apollo.stop(); // the drain plugin closes the HTTP server and waits for open requests
      await publicApollo.stop();
    },
  };
}
