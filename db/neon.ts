import { Pool, neonConfig, type PoolClient } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-serverless';
import ws from 'ws';
import { releaseSafeTransactions } from './neon-transaction.js';
import { StatementCounter } from './statement-counter.js';
import type { AppDb, Database } from './types.js';

export interface NeonOptions {
  connectionString: string;
  /**
   * `host:port` of a WebSocket-to-TCP proxy (db/ws-proxy.ts) for plain
   * PostgreSQL; Neon itself needs none.
   */
  wsProxy?: string | undefined;
  maxConnections?: number;
  /**
   * How long a request waits for a pooled connection (or for a new one to open) before it fails
   * with a connection timeout, answered as DATABASE_UNAVAILABLE; 10 s unless said otherwise.
   */
  acquireTimeoutMs?: number;
}

/** Production database: Neon's serverless driver over a WebSocket pool. */
export function openNeon(options: NeonOptions): Database {
  neonConfig.webSocketConstructor = ws;
  if (options.wsProxy) {
    const proxy = options.wsProxy;
    neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineTLS = false;
    neonConfig.pipelineConnect = false;
  }
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 4,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 10_000,
  });
  // A client losing its socket must not crash the process: idle ones are replaced by the pool; one in use
  // fails its query (the transaction rolls back on the server) and is discarded on release.
  pool.on('error', () => {});
  pool.on('connect', (client: PoolClient) => client.on('error', () => {}));
  const counter = new StatementCounter();
  // No schema: the code builds every query with the SQL builder (db.query is not used), and a schema would
  // have drizzle walk every table for its relational query API when the database opens.
  const db = drizzle({ client: pool, logger: counter });
  releaseSafeTransactions(db, pool);
  return {
    db: db as unknown as AppDb,
    driver: 'neon',
    statementCount: () => counter.count,
    close: () => pool.end(),
  };
}
