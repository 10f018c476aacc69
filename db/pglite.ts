import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder } from './migrations-folder.js';
import { acquireOwnerLock } from './owner-lock.js';
import { StatementCounter } from './statement-counter.js';
import type { AppDb, Database } from './types.js';

/**
 * The embedded database: PGlite persisted in `dir` (or in memory when `dir` is
 * undefined), migrated on open so a fresh folder is ready to use. A folder has one owning
 * process at a time: opening one that a live process holds throws `DatabaseInUseError`.
 */
export async function openPglite(dir?: string): Promise<Database> {
  if (dir) mkdirSync(dir, { recursive: true });
  // Two processes on one folder each keep their own copy in memory and overwrite each other's writes.
  const release = dir ? acquireOwnerLock(dir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(dir, { extensions: { pg_trgm, fuzzystrmatch, unaccent } });
  } catch (error) {
    release();
    throw error;
  }
  const counter = new StatementCounter();
  // No schema, as in production (db/neon.ts): queries go through the SQL builder only.
  const db = drizzle({ client, logger: counter });
  try {
    await migrate(db, { migrationsFolder });
  } catch (error) {
    await client.close();
    release();
    throw error;
  }
  return {
    db: db as unknown as AppDb,
    driver: 'pglite',
    statementCount: () => counter.count,
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
