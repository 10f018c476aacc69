import { databaseConfigFromEnv, openDatabase } from './index.js';
import { migrateDatabase } from './migrate.js';

const config = databaseConfigFromEnv();
const database = await openDatabase(config);
try {
  await migrateDatabase(database);
  console.log(config.url ? 'Migrations applied to DATABASE_URL.' : `Embedded database ready in ${config.pgliteDir}.`);
} finally {
  await database.close();
}
