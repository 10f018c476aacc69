import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { DatabaseConfig } from '../../db/config.js';
import type { Database } from '../../db/types.js';
import type { Actor } from '../graph/context.js';
import { createKeyAuthenticator } from './authenticate.js';
import { authenticateLocalUser } from './local-user.js';

export type AuthMode = 'open' | 'keys';

/**
 * Open mode is only for the embedded database of `npm start` (one user on localhost), and only while
 * `AUTH_MODE` is not `keys`. A server database always needs keys.
 */
export function authModeFor(config: Pick<DatabaseConfig, 'url'>, env: NodeJS.ProcessEnv = process.env): AuthMode {
  return !config.url && env.AUTH_MODE !== 'keys' ? 'open' : 'keys';
}

export function authenticatorFor(mode: AuthMode, database: Database): (headers: APIGatewayProxyEventV2['headers']) => Promise<Actor> {
  return mode === 'open' ? authenticateLocalUser : createKeyAuthenticator(database.db);
}
