import { openNeon } from '../db/neon.js';
import { createKeyAuthenticator } from '../src/auth/authenticate.js';
import { createLogger } from '../src/logger.js';
import { createGraphqlHandler } from '../src/server/handler.js';

// Created once per Lambda container and reused across invocations; the pool connects lazily on first query.
const database = openNeon({
  connectionString: process.env.DATABASE_URL ?? '',
  wsProxy: process.env.DATABASE_WS_PROXY || undefined,
  maxConnections: Number(process.env.DATABASE_POOL_MAX ?? 2),
  // Well inside the function's timeout, so a request waiting for a connection answers DATABASE_UNAVAILABLE.
  acquireTimeoutMs: Number(process.env.DATABASE_ACQUIRE_TIMEOUT_MS ?? 5_000),
});

export const handler = createGraphqlHandler({
  database,
  logger: createLogger(),
  // The deployed function never runs in open mode.
  authenticate: createKeyAuthenticator(database.db),
  production: process.env.NODE_ENV !== 'development',
  introspection: process.env.GRAPHQL_INTROSPECTION === 'true',
  browserRedirect: 'playground',
});
