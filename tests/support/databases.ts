import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { migrateDatabase } from '../../db/migrate.js';
import { openNeon } from '../../db/neon.js';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { startWsProxy, type WsProxy } from '../../db/ws-proxy.js';

/** The real PostgreSQL server the integration suite runs on (override with TEST_POSTGRES_URL). */
export const postgresServerUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  database: Database;
  /** How another process (a bundle, serverless-offline) reaches the same database; real server only. */
  connection?: { url: string; wsProxy: string };
  /** Drops everything the test database holds. */
  dispose(): Promise<void>;
}

export type DriverName = 'pglite' | 'postgres';

let proxy: Promise<WsProxy> | undefined;
const sharedProxy = () => (proxy ??= startWsProxy());

/** One statement on the server's maintenance database, through the same driver set-up as production. */
async function adminQuery(statement: string): Promise<void> {
  const { address } = await sharedProxy();
  const admin = openNeon({ connectionString: postgresServerUrl, wsProxy: address, maxConnections: 1 });
  try {
    await admin.db.execute(sql.raw(statement));
  } finally {
    await admin.close();
  }
}

/** Whether the real server answers; the reason when it does not. */
export async function postgresAvailability(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await adminQuery('select 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `PostgreSQL at ${postgresServerUrl} is not reachable (${(error as Error).message})` };
  }
}

/** A fresh, migrated database on the given driver: in-memory PGlite, or a new database on the real server via Neon's driver. */
export async function createTestDatabase(driver: DriverName): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const database = await openPglite();
    return { database, dispose: () => database.close() };
  }
  const name = `ikb_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  const { address } = await sharedProxy();
  const database = openNeon({ connectionString: url.toString(), wsProxy: address, maxConnections: 4 });
  await migrateDatabase(database);
  return {
    database,
    connection: { url: url.toString(), wsProxy: address },
    dispose: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
