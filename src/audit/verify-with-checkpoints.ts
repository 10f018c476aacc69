import { existsSync, readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import type { AppDb } from '../../db/types.js';
import { BadUserInputError } from '../graph/errors.js';
import { publicKeyFrom, type AuditCheckpoint } from './checkpoint.js';
import { checkCheckpoints, type CheckpointFinding } from './checkpoint-check.js';
import { readCheckpointFiles } from './checkpoint-files.js';
import { verifyAuditTrail, type AuditVerification } from './trail.js';

export interface CheckedVerification extends AuditVerification {
  checkpointFindings: CheckpointFinding[];
}

/** PEM text, or the path of a PEM file. */
const pemOf = (value: string) => (value.includes('-----BEGIN') ? value : existsSync(value) ? readFileSync(value, 'utf8') : value);

function publicKey(given: string | null | undefined, env: NodeJS.ProcessEnv): KeyObject | undefined {
  const text = given ?? env.AUDIT_CHECKPOINT_PUBLIC_KEY;
  if (!text) return undefined;
  try {
    return publicKeyFrom(pemOf(text));
  } catch {
    throw new BadUserInputError('`publicKey` is not an Ed25519 public key in PEM', { field: 'publicKey' });
  }
}

/**
 * The hash chain's own check, then every checkpoint given or found (AUDIT_CHECKPOINT_DIR): the trail
 * is intact only when the chain holds and no checkpoint shows it cut off or rewritten.
 */
export async function verifyWithCheckpoints(
  db: AppDb,
  options: { checkpoints?: readonly AuditCheckpoint[] | null; publicKey?: string | null } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<CheckedVerification> {
  const chain = await verifyAuditTrail(db);
  const found = env.AUDIT_CHECKPOINT_DIR ? await readCheckpointFiles(env.AUDIT_CHECKPOINT_DIR) : [];
  const checkpoints = [...(options.checkpoints ?? []), ...found];
  if (checkpoints.length === 0) return { ...chain, checkpointFindings: [] };
  const key = publicKey(options.publicKey, env);
  if (!key) throw new BadUserInputError('Checkpoints are checked with the public key of the key that signed them: pass `publicKey` or set AUDIT_CHECKPOINT_PUBLIC_KEY', { field: 'publicKey' });
  const findings = await checkCheckpoints(db, checkpoints, key);
  const problem = findings.find((f) => f.status !== 'MATCHES');
  if (!problem || !chain.intact) return { ...chain, checkpointFindings: findings };
  return { ...chain, intact: false, firstBrokenSeq: chain.firstBrokenSeq ?? problem.seq, reason: problem.detail, checkpointFindings: findings };
}
