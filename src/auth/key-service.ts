import * as z from 'zod/mini';
import type { GraphQLContext, Role } from '../graph/context.js';
import { NotFoundError } from '../graph/errors.js';
import { rawId } from '../graph/ids.js';
import { runMutation } from '../graph/mutation.js';
import { name, validate } from '../graph/validate.js';
import { apiKeyById, insertApiKey, listApiKeyRows, markRevoked, type ApiKeyRow } from './key-repository.js';
import { requireRole } from './roles.js';
import { formatKey, hashSecret, newSecret } from './secrets.js';
import { randomUUID } from 'node:crypto';

/** What the audit trail keeps of a key: never the secret or its hash. */
const publicPart = ({ secretHash: _secretHash, ...rest }: ApiKeyRow) => rest;

export interface CreatedKey {
  apiKey: ApiKeyRow;
  /** The full key; shown once, never stored. */
  key: string;
}

export async function createApiKey(context: GraphQLContext, input: { name: string; role: Role }): Promise<CreatedKey> {
  const valid = validate(z.object({ name: name() }), input);
  return runMutation(context, async (tx, audit) => {
    const id = randomUUID();
    const secret = newSecret();
    const apiKey = await insertApiKey(tx, { id, name: valid.name, role: input.role, secretHash: hashSecret(secret), createdBy: context.actor.id });
    audit({ action: 'apiKey.create', entityType: 'ApiKey', entityId: id, after: publicPart(apiKey) });
    return { apiKey, key: formatKey(id, secret) };
  }, { permission: 'keys' });
}

export async function revokeApiKey(context: GraphQLContext, id: string): Promise<ApiKeyRow> {
  rawId(id, 'id', 'an API key');
  return runMutation(context, async (tx, audit) => {
    const change = await markRevoked(tx, id);
    if (!change) throw new NotFoundError('API key', id);
    audit({ action: 'apiKey.revoke', entityType: 'ApiKey', entityId: id, before: publicPart(change.before), after: publicPart(change.after) });
    return change.after;
  }, { permission: 'keys' });
}

export async function listApiKeys(context: GraphQLContext): Promise<ApiKeyRow[]> {
  requireRole(context, 'keys');
  return listApiKeyRows(context.db);
}

export { apiKeyById };
