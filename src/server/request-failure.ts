import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { refusedValue } from './format-error.js';

export const UNAVAILABLE_MESSAGE = 'The database is unavailable; retry shortly';

/**
 * An error met outside GraphQL execution (authenticating, the export) as the caller sees it:
 * the database being away is DATABASE_UNAVAILABLE (HTTP 503, retry), anything else
 * INTERNAL_SERVER_ERROR (HTTP 500); both carry the request id and are logged with it.
 */
export function requestFailure(error: unknown, requestId: string, logger: Logger): GraphQLError {
  if (error instanceof GraphQLError && error.extensions.code) return error;
  const refused = refusedValue(error);
  if (refused) return new GraphQLError(refused, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  if (isDatabaseUnavailable(error)) {
    logger.warn({ requestId, err: error }, 'database unavailable');
    return new GraphQLError(UNAVAILABLE_MESSAGE, {
      extensions: { code: 'DATABASE_UNAVAILABLE', requestId, http: { status: 503, headers: new Map([['retry-after', '5'], ['x-request-id', requestId]]) } },
    });
  }
  logger.error({ requestId, err: error }, 'unexpected error');
  return new GraphQLError('Internal server error', {
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, http: { status: 500, headers: new Map([['x-request-id', requestId]]) } },
  });
}
