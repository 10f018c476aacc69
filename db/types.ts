import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';

/**
 * The drizzle database, whichever driver is underneath (PGlite or Neon). It is opened without a schema:
 * every query is built with the SQL builder from the tables in db/schema, so there is no `db.query` API.
 */
type NoSchema = Record<string, never>;
export type AppDb = PgDatabase<PgQueryResultHKT, NoSchema>;
export type AppTx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
/** Anything a repository can run a query on: the database or an open transaction. */
export type Executor = AppDb | AppTx;

export interface Database {
  readonly db: AppDb;
  readonly driver: 'pglite' | 'neon';
  /** Statements sent through drizzle since the database was opened (for tests and benchmarks). */
  statementCount(): number;
  close(): Promise<void>;
}
