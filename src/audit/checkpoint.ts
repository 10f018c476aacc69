import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/**
 * A signed statement of the audit chain's head — "at `at`, entry `seq` had hash `hash`" — made with an
 * Ed25519 key the database does not hold and kept outside it. A trail cut back below `seq`, or
 * re-chained so that `seq` has another hash, no longer matches a checkpoint taken before.
 */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  /** When the head was read, ISO 8601. */
  at: string;
  /** The signing key's fingerprint (SHA-256 of its public key, 16 hex digits). */
  keyId: string;
  /** Ed25519 signature (base64) over `checkpointPayload`. */
  signature: string;
}

/** The exact bytes signed: versioned, one field a line. */
export const checkpointPayload = (c: Pick<AuditCheckpoint, 'seq' | 'hash' | 'at'>) => Buffer.from(`ikb-audit-checkpoint:v1\n${c.seq}\n${c.hash}\n${c.at}\n`, 'utf8');

/** A key from PEM text (as written by `npm run audit:checkpoint -- keygen`). */
export const privateKeyFrom = (pem: string): KeyObject => createPrivateKey(pem);
export const publicKeyFrom = (pem: string): KeyObject => createPublicKey(pem);

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function signCheckpoint(head: { seq: number; hash: string }, privateKey: KeyObject, at = new Date()): AuditCheckpoint {
  const unsigned = { seq: head.seq, hash: head.hash, at: at.toISOString() };
  return { ...unsigned, keyId: keyIdOf(createPublicKey(privateKey)), signature: sign(null, checkpointPayload(unsigned), privateKey).toString('base64') };
}

/** Whether the checkpoint was signed by the holder of `publicKey`, unchanged. */
export function checkpointSignedBy(checkpoint: AuditCheckpoint, publicKey: KeyObject): boolean {
  if (checkpoint.keyId !== keyIdOf(publicKey)) return false;
  try {
    return verify(null, checkpointPayload(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
