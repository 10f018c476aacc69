import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { Database } from '../../db/types.js';
import { createContext } from '../registry/context.js';
import type { Logger } from '../logger.js';
import { describeOutcome, importFiles, reportFiles } from './import-files.js';

/** The incident reports shipped with the project. */
export const shippedReportsFolder = fileURLToPath(new URL('../../reports', import.meta.url));

/** Loads the shipped reports into an empty database, so a first start has something to explore. */
export async function seedShippedReports(database: Database, logger: Logger): Promise<void> {
  const [row] = await database.db.select({ incidents: count() }).from(t.incidents);
  if (Number(row?.incidents ?? 0) > 0) return;
  const context = createContext({ database, actor: { id: 'seed', role: 'ADMIN' }, requestId: randomUUID(), logger });
  await importFiles(context, await reportFiles([shippedReportsFolder]), {
    onFile: (outcome, index, total) => logger.info(describeOutcome(outcome, index, total)),
  });
}
