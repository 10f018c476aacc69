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

/**
 * A command's work on the configured database: opened as above, closed after; an error is printed as its
 * message alone (no stack) and gives exit code 1, the work's own result otherwise.
 */
export async function withCommandDatabase(config: DatabaseConfig, work: (database: Database) => Promise<number>): Promise<number> {
  const database = await openDatabaseOrExit(config);
  try {
    return await work(database);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  } finally {
    await database.close();
  }
}
