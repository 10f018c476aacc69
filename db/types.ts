import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath (PGlite or Neon). */
export type AppDb = PgDatabase<PgQueryResultHKT, Schema>;
export type AppTx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a repository can run a query on: the database or an open transaction. */
export type Executor = AppDb | AppTx;

export interface Database {
  readonly db: AppDb;
  readonly driver: 'pglite' | 'neon';
  /** Statements sent through drizzle since the database was opened (for tests and benchmarks). */
  statementCount(): number;
  close(): Promise<void>;
}
