import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { DatabaseConfig } from '../../db/config.js';
import type { Database } from '../../db/types.js';
import type { Actor } from '../graph/context.js';
import { createKeyAuthenticator } from './authenticate.js';
import { authenticateLocalUser } from './local-user.js';

export type AuthMode = 'open' | 'keys';

/**
 * Open mode is only for the embedded database of `npm start` (one user on localhost), and only while
 * `AUTH_MODE` is not `keys` (any case). A server database always needs keys. An `AUTH_MODE` that is
 * neither is a mistake that must not silently run open: it throws.
 */
export function authModeFor(config: Pick<DatabaseConfig, 'url'>, env: NodeJS.ProcessEnv = process.env): AuthMode {
  const asked = env.AUTH_MODE?.trim().toLowerCase() || undefined;
  if (asked !== undefined && asked !== 'open' && asked !== 'keys') {
    throw new Error(`AUTH_MODE is "${env.AUTH_MODE}"; it must be "open" or "keys" (or unset)`);
  }
  return !config.url && asked !== 'keys' ? 'open' : 'keys';
}

export interface ServerMode {
  authMode: AuthMode;
  /** Masked errors, no field suggestions, no introspection unless asked. */
  production: boolean;
  introspection: boolean;
}

/**
 * How `npm start` serves: on the embedded database as a developer's tool; on a server database
 * (`DATABASE_URL`) as production does, unless `NODE_ENV=development` says otherwise.
 */
export function serverModeFor(config: Pick<DatabaseConfig, 'url'>, env: NodeJS.ProcessEnv = process.env): ServerMode {
  const authMode = authModeFor(config, env);
  const production = Boolean(config.url) && env.NODE_ENV !== 'development';
  return { authMode, production, introspection: !production || env.GRAPHQL_INTROSPECTION === 'true' };
}

export function authenticatorFor(mode: AuthMode, database: Database): (headers: APIGatewayProxyEventV2['headers']) => Promise<Actor> {
  return mode === 'open' ? authenticateLocalUser : createKeyAuthenticator(database.db);
}
