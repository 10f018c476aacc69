import { Pool, neonConfig } from '@neondatabase/serverless';
import ws from 'ws';
import { openNeon } from '../db/neon.js';
import type { Database } from '../db/types.js';
import { startWsProxy, type WsProxy } from '../db/ws-proxy.js';

/** The server the benchmark runs on (override with BENCH_POSTGRES_URL) and its database. */
export const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// BENCH_DATABASE gives a run its own database on a server others benchmark on too.
export const benchDatabaseName = process.env.BENCH_DATABASE ?? 'ikb_bench';

export function benchDatabaseUrl(): string {
  const url = new URL(serverUrl);
  url.pathname = `/${benchDatabaseName}`;
  return url.toString();
}

export interface BenchConnection {
  proxy: WsProxy;
  database: Database;
  close(): Promise<void>;
}

/**
 * The benchmark database through Neon's driver and the WebSocket proxy, as
 * production reaches Neon: the proxy in BENCH_WS_PROXY (another process), else one in this process.
 */
export async function connectBench(maxConnections = 4): Promise<BenchConnection> {
  const external = process.env.BENCH_WS_PROXY;
  const proxy: WsProxy = external ? { address: external, close: async () => {} } : await startWsProxy(0);
  const database = openNeon({ connectionString: benchDatabaseUrl(), wsProxy: proxy.address, maxConnections });
  return {
    proxy,
    database,
    close: async () => {
      await database.close();
      await proxy.close();
    },
  };
}

/** Runs statements on the server's maintenance database (create and drop the benchmark database). */
export async function adminStatements(proxy: WsProxy, statements: string[]): Promise<void> {
  neonConfig.webSocketConstructor = ws;
  neonConfig.wsProxy = (host, port) => `${proxy.address}/v2?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
  const pool = new Pool({ connectionString: serverUrl, max: 1 });
  try {
    for (const statement of statements) await pool.query(statement);
  } finally {
    await pool.end();
  }
}
