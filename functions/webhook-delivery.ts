import type { Context } from 'aws-lambda';
import { openNeon } from '../db/neon.js';
import { createLogger } from '../src/logger.js';
import { deliverAllDue } from '../src/webhook/deliver.js';

// Created once per Lambda container and reused across invocations.
const database = openNeon({
  connectionString: process.env.DATABASE_URL ?? '',
  wsProxy: process.env.DATABASE_WS_PROXY || undefined,
  maxConnections: Number(process.env.DATABASE_POOL_MAX ?? 2),
});
const logger = createLogger();

/** Leaves time for the last round's attempts (each at most the send timeout) before Lambda's own timeout. */
const MARGIN_MS = 30_000;

/** The scheduled delivery sweep: sends every due delivery (and announces overdue recommendations) until none is left. */
export async function handler(_event: unknown, context: Pick<Context, 'getRemainingTimeInMillis'>) {
  const result = await deliverAllDue(database.db, {
    logger,
    timeoutMs: Number(process.env.WEBHOOK_TIMEOUT_MS ?? 10_000),
    deadline: Date.now() + context.getRemainingTimeInMillis() - MARGIN_MS,
  });
  logger.info(result, 'webhook sweep');
  return result;
}
