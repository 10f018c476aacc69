import { fileURLToPath } from 'node:url';

export interface DatabaseConfig {
  /** Postgres URL; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** `host:port` of the WebSocket-to-TCP proxy used to reach plain PostgreSQL through Neon's driver. */
  wsProxy?: string | undefined;
  /** Folder of the embedded database. */
  pgliteDir: string;
  maxConnections: number;
  /** Milliseconds a request waits for a database connection before DATABASE_UNAVAILABLE. */
  acquireTimeoutMs: number;
}

const defaultPgliteDir = fileURLToPath(new URL('../.data/pglite', import.meta.url));

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return {
    url: env.DATABASE_URL || undefined,
    wsProxy: env.DATABASE_WS_PROXY || undefined,
    pgliteDir: env.PGLITE_DIR || defaultPgliteDir,
    maxConnections: Number(env.DATABASE_POOL_MAX ?? 4),
    acquireTimeoutMs: Number(env.DATABASE_ACQUIRE_TIMEOUT_MS ?? 10_000),
  };
}
