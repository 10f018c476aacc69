import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AppDb } from '../../db/types.js';
import type { Actor } from '../graph/context.js';
import { UnauthenticatedError } from '../graph/errors.js';
import { apiKeyById } from './key-repository.js';
import { parseKey, secretMatches } from './secrets.js';

function bearer(headers: APIGatewayProxyEventV2['headers']): string | undefined {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'authorization' && value) return /^Bearer\s+(\S+)\s*$/i.exec(value)?.[1];
  }
  return undefined;
}

/**
 * Key authentication for the handler: `Authorization: Bearer <key>`. A missing, malformed, unknown or
 * revoked key is UNAUTHENTICATED (HTTP 401) with the same message, so a caller cannot probe which ids exist.
 */
export function createKeyAuthenticator(db: AppDb): (headers: APIGatewayProxyEventV2['headers']) => Promise<Actor> {
  return async (headers) => {
    const token = bearer(headers);
    if (!token) throw new UnauthenticatedError();
    const parsed = parseKey(token);
    const row = parsed ? await apiKeyById(db, parsed.id) : undefined;
    if (!parsed || !row || row.revokedAt || !secretMatches(parsed.secret, row.secretHash)) {
      throw new UnauthenticatedError('The API key is not valid or has been revoked');
    }
    return { id: row.id, role: row.role };
  };
}
