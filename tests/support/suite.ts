import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from '../../db/types.js';
import { createApi, type Api } from './api.js';
import { createTestDatabase, postgresAvailability, type DriverName, type TestDatabase } from './databases.js';

export interface SuiteContext {
  driver: DriverName;
  /** A fresh database for the `describe` block that asked for it. */
  database(): Database;
  api(): Api;
}

/** Known before any test is collected, so a missing server can be reported in the block's name. */
const availability = await postgresAvailability();

/**
 * Runs one suite body on a driver. On the real server it needs PostgreSQL; where none
 * answers (a laptop without it) the block says why and is skipped, except in CI, where
 * that is a failure.
 */
export function describeOnDriver(driver: DriverName, name: string, body: (suite: SuiteContext) => void): void {
  let testDatabase: TestDatabase | undefined;
  let api: Api | undefined;
  const suite: SuiteContext = {
    driver,
    database: () => testDatabase!.database,
    api: () => api!,
  };
  const run = () => {
    beforeAll(async () => {
      if (driver === 'postgres' && !availability.ok) throw new Error(availability.reason);
      testDatabase = await createTestDatabase(driver);
      api = createApi(testDatabase.database);
    });
    afterAll(async () => {
      await testDatabase?.dispose();
    });
    body(suite);
  };
  if (driver === 'postgres' && !availability.ok && !process.env.CI) {
    describe.skip(`${name} [postgres] — not run: ${availability.reason}`, run);
    return;
  }
  describe(`${name} [${driver}]`, run);
}
