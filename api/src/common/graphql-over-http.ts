import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import Negotiator from 'negotiator';
import { ErrorCode } from './errors';
import { QUERY_LIMIT_EXCEEDED } from './query-limits';

/**
 * What the GraphQL-over-HTTP specification asks of the endpoints beyond what Apollo does itself
 * (graphql-http's audit checks it: test/api/graphql-http-audit.test.ts).
 */

/** The answer types Apollo offers, in its order of preference (ApolloServer's chooseContentTypeForSingleResultResponse). */
const ANSWER_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * Errors of a well-formed request: a document that does not parse or validate, variables that
 * cannot be coerced, an operation over a query limit or one the request does not name.
 */
const REQUEST_ERROR_CODES = new Set<unknown>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.BAD_USER_INPUT,
  QUERY_LIMIT_EXCEEDED,
]);

/**
 * A client that reads `application/json` (the legacy answer type) may not understand 4xx as a
 * GraphQL answer, so the specification says to answer its well-formed requests with 200 whatever
 * errors they raise; `application/graphql-response+json` keeps Apollo's 400. Must come after every
 * plugin that sets the status in `willSendResponse` (queryLimitsPlugin).
 */
export const plainJsonStatusPlugin: ApolloServerPlugin<object> = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get('accept');
    const plainJson = !accept || new Negotiator({ headers: { accept } }).mediaType(ANSWER_TYPES) === 'application/json';
    if (!plainJson) return {};
    return {
      async willSendResponse({ response }) {
        if (response.http.status !== 400 || response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.length && errors.every((error) => REQUEST_ERROR_CODES.has(error.extensions?.code)))
          response.http.status = 200;
      },
    };
  },
};

/**
 * HEAD is GET without the body (RFC 9110 §9.3.2): a client checking an ETag or a link gets the
 * headers GET would give. Node's server sends no body for a HEAD request whatever the handler
 * writes, so the GraphQL mounts after this one serve it as the GET it stands for.
 */
export const headAsGet: express.RequestHandler = (req, _res, next) => {
  if (req.method === 'HEAD') req.method = 'GET';
  next();
};
