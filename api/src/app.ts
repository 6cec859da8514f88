import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createContext, type Context } from './common/context';
import { ErrorCode } from './common/errors';
import { currentRequestScope, inRequestScope } from './db/sql-counter';
import { buildAppSchema } from './schema';

const KNOWN_CODES = new Set<string>([
  ErrorCode.NOT_FOUND,
  ErrorCode.BAD_USER_INPUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Errors the caller can act on keep their message and code; anything else is logged with the
 * request id and answered "Internal error", so no SQL, stack or path leaks to clients.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (line: string) => void): GraphQLFormattedError {
  // A bad literal (a malformed Date) fails GraphQL validation; it is still bad user input.
  const original = (error as GraphQLError | undefined)?.originalError;
  if (original instanceof GraphQLError && original.extensions.code === ErrorCode.BAD_USER_INPUT) {
    return { ...formatted, extensions: { ...original.extensions } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const requestId = currentRequestScope()?.requestId;
  log(JSON.stringify({ level: 'error', requestId, message: formatted.message, path: formatted.path, error: String((error as Error)?.stack ?? error) }));
  return { message: 'Internal error', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } };
}

/** Reports how many SQL statements the request cost, for developers and the benchmark. */
const sqlStatementsHeader: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const scope = currentRequestScope();
        if (scope) response.http.headers.set('x-sql-statements', String(scope.statements));
      },
    };
  },
};

export interface App {
  server: Server;
  apollo: ApolloServer<Context>;
}

/** The HTTP server: GraphQL at /graphql (GET for queries, POST for everything), per GraphQL over HTTP. */
export async function createApp(dataSource: DataSource, log: (line: string) => void): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main() stops Apollo itself, in order, before the database.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), sqlStatementsHeader],
    formatError: (formatted, error) => formatError(formatted, error, log),
  });
  await apollo.start();

  app.get('/', (_req, res) => res.redirect('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      const requestId = randomUUID();
      res.setHeader('x-request-id', requestId);
      res.locals.requestId = requestId;
      inRequestScope(requestId, () => next());
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(dataSource.manager, res.locals.requestId as string),
    }),
  );
  return { server, apollo };
}
