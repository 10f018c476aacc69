import { migrate as migrateNeon } from 'drizzle-orm/neon-serverless/migrator';
import type { NeonDatabase } from 'drizzle-orm/neon-serverless';
import { migrationsFolder } from './migrations-folder.js';
import type { Database } from './types.js';

/**
 * Applies pending migrations on a server database. A deploy step
 * (`npm run db:migrate`), never run at Lambda start. PGlite migrates itself on open.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.driver !== 'neon') return;
  await migrateNeon(database.db as unknown as NeonDatabase, { migrationsFolder });
}
