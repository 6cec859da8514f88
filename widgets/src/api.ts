/**
 * Reads from the public GraphQL endpoint with a plain GET: the operation and its variables in
 * the query string, no custom header and no cookies. A cross-origin page therefore sends a
 * "simple" request (no CORS preflight) that any HTTP cache or CDN can keep.
 */

import type { TypedDocumentString } from './generated/graphql';

/** Why a read failed: a GraphQL error code (NOT_FOUND, BAD_USER_INPUT…), NETWORK, CONFIG or HTTP. */
export class ApiError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * The endpoint used when the element has no `endpoint` attribute: `/graphql/public` on the
 * server the bundle was loaded from.
 */
export const defaultEndpoint = new URL('../graphql/public', import.meta.url).href;

export async function read<R, V>(endpoint: string, operation: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const url = new URL(endpoint, location.href);
  url.searchParams.set('query', String(operation));
  url.searchParams.set('variables', JSON.stringify(variables));
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout?.(20000) });
  } catch {
    throw new ApiError('NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: R; errors?: { extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new ApiError(body.errors[0].extensions?.code ?? '');
  if (!response.ok || !body.data) throw new ApiError('HTTP');
  return body.data;
}
