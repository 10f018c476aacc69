import { databaseConfigFromEnv } from './index.js';
import { openDatabaseOrExit } from './open-or-exit.js';
import { migrateDatabase } from './migrate.js';

const config = databaseConfigFromEnv();
const database = await openDatabaseOrExit(config);
try {
  await migrateDatabase(database);
  console.log(config.url ? 'Migrations applied to DATABASE_URL.' : `Embedded database ready in ${config.pgliteDir}.`);
} finally {
  await database.close();
}
