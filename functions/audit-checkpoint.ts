import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { openNeon } from '../db/neon.js';
import { privateKeyFrom, signCheckpoint } from '../src/audit/checkpoint.js';
import { chainHead } from '../src/audit/checkpoint-check.js';
import { checkpointFileName } from '../src/audit/checkpoint-files.js';
import { createLogger } from '../src/logger.js';

const database = openNeon({
  connectionString: process.env.DATABASE_URL ?? '',
  wsProxy: process.env.DATABASE_WS_PROXY || undefined,
  maxConnections: 1,
});
const s3 = new S3Client({});
const logger = createLogger();

/**
 * Scheduled: signs the audit chain's head with the checkpoint key (from Secrets Manager, never in the
 * database) and writes it to the checkpoint bucket, whose object lock keeps it from being changed or
 * deleted for the retention period — even by the account that owns the database.
 */
export const handler = async (): Promise<{ seq: number | null }> => {
  const head = await chainHead(database.db);
  if (!head) return { seq: null };
  const checkpoint = signCheckpoint(head, privateKeyFrom(process.env.AUDIT_CHECKPOINT_KEY ?? ''));
  await s3.send(new PutObjectCommand({
    Bucket: process.env.AUDIT_CHECKPOINT_BUCKET,
    Key: `checkpoints/${checkpointFileName(checkpoint)}`,
    Body: JSON.stringify(checkpoint),
    ContentType: 'application/json',
  }));
  logger.info({ seq: checkpoint.seq, keyId: checkpoint.keyId }, 'audit checkpoint written');
  return { seq: checkpoint.seq };
};
