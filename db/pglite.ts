import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from './schema/index.js';
import { migrationsFolder } from './migrations-folder.js';
import { StatementCounter } from './statement-counter.js';
import type { AppDb, Database } from './types.js';

/**
 * The embedded database: PGlite persisted in `dir` (or in memory when `dir` is
 * undefined), migrated on open so a fresh folder is ready to use.
 */
export async function openPglite(dir?: string): Promise<Database> {
  if (dir) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir, { extensions: { pg_trgm, fuzzystrmatch, unaccent } });
  const counter = new StatementCounter();
  const db = drizzle({ client, schema, logger: counter });
  await migrate(db, { migrationsFolder });
  return {
    db: db as unknown as AppDb,
    driver: 'pglite',
    statementCount: () => counter.count,
    close: () => client.close(),
  };
}
