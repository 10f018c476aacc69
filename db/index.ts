import type { DatabaseConfig } from './config.js';
import { openNeon } from './neon.js';
import type { Database } from './types.js';

export { databaseConfigFromEnv, type DatabaseConfig } from './config.js';
export type { AppDb, AppTx, Database, Executor } from './types.js';

/**
 * The one way to get a database: Neon's driver when a URL is configured,
 * otherwise the embedded PGlite database (loaded lazily, so the Lambda bundle
 * never carries it).
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.url) {
    return openNeon({ connectionString: config.url, wsProxy: config.wsProxy, maxConnections: config.maxConnections, acquireTimeoutMs: config.acquireTimeoutMs });
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(config.pgliteDir);
}
