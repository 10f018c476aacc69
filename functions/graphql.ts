import { openNeon } from '../db/neon.js';
import { createKeyAuthenticator } from '../src/auth/authenticate.js';
import { createDeferredLogger } from '../src/deferred-logger.js';
import { configuredLevel } from '../src/log-level.js';
import { createGraphqlHandler, type GraphqlHandler } from '../src/server/handler.js';

// Created once per Lambda container and reused across invocations; the pool connects lazily on first query.
const database = openNeon({
  connectionString: process.env.DATABASE_URL ?? '',
  wsProxy: process.env.DATABASE_WS_PROXY || undefined,
  maxConnections: Number(process.env.DATABASE_POOL_MAX ?? 2),
  // Well inside the function's timeout, so a request waiting for a connection answers DATABASE_UNAVAILABLE.
  acquireTimeoutMs: Number(process.env.DATABASE_ACQUIRE_TIMEOUT_MS ?? 5_000),
});

// The function logs only what goes wrong: pino loads with the first entry, not with every cold start.
const logger = createDeferredLogger(configuredLevel());

const graphqlHandler = createGraphqlHandler({
  database,
  logger,
  // The deployed function never runs in open mode.
  authenticate: createKeyAuthenticator(database.db),
  production: process.env.NODE_ENV !== 'development',
  introspection: process.env.GRAPHQL_INTROSPECTION === 'true',
  browserRedirect: 'playground',
});

export const handler: GraphqlHandler = async (event, context) => {
  try {
    return await graphqlHandler(event, context);
  } finally {
    // What the request logged is written before the answer leaves and the runtime may freeze the container.
    await logger.settled();
  }
};
