import { openDatabase, type DatabaseConfig } from './index.js';
import { DatabaseInUseError } from './owner-lock.js';
import type { Database } from './types.js';

/**
 * For commands (`npm start`, `npm run import`, `npm run keys` …): opens the configured database, or,
 * when another process owns the embedded one, says which and exits without touching it.
 */
export async function openDatabaseOrExit(config: DatabaseConfig): Promise<Database> {
  try {
    return await openDatabase(config);
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    console.error(`${error.message}\nNothing was changed.`);
    process.exit(3);
  }
}
