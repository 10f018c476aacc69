import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './database-unavailable.js';

/** Codes a client may see as they are; anything else is an internal error and is masked. */
const publicCodes = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PAYLOAD_TOO_LARGE', 'DATABASE_UNAVAILABLE',
]);

/** Postgres error codes that mean the client's request collided with data, not that the server broke. */
function postgresCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const INTERNAL_MESSAGE = 'Internal server error';

/**
 * Postgres refusing a value the caller sent (class 22, data exception: a malformed cursor value, a
 * date out of range, a NUL byte) is the caller's mistake; the server's own message names the value.
 */
export function refusedValue(error: unknown, pgCode = postgresCode(error)): string | undefined {
  if (!pgCode?.startsWith('22')) return undefined;
  let message = '';
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const m = (e as { message?: unknown }).message;
    if (typeof m === 'string' && (e as { code?: unknown }).code === pgCode) message = m;
  }
  return `A value in the request cannot be used${message ? `: ${message}` : ''}`;
}

/**
 * Keeps errors with a public code, maps constraint violations to CONFLICT and
 * masks everything else: no stack, no SQL, no driver text reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && publicCodes.has(code) && (original instanceof GraphQLError || original === error)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && original.message === 'provided sha does not match query') {
    return { message: 'The persisted query hash does not match the query text (SHA-256 of the query, hex)', extensions: { code: 'BAD_USER_INPUT' } };
  }
  const pgCode = postgresCode(original);
  const refused = refusedValue(original, pgCode);
  if (refused) return { message: refused, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  if (pgCode === '23505' || pgCode === '23503' || pgCode === '40001') {
    return { message: 'The change conflicts with the current data; reload and retry', path: formatted.path, extensions: { code: 'CONFLICT' } };
  }
  if (isDatabaseUnavailable(original)) {
    return { message: 'The database is unavailable; retry shortly', path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE' } };
  }
  // A request id set before execution (a failed authentication) is kept for the caller to quote.
  const requestId = formatted.extensions?.requestId;
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: typeof requestId === 'string' ? { code: 'INTERNAL_SERVER_ERROR', requestId } : { code: 'INTERNAL_SERVER_ERROR' } };
}
