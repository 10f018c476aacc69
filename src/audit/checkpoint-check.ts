import { inArray, sql } from 'drizzle-orm';
import type { KeyObject } from 'node:crypto';
import { auditEntries } from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { checkpointSignedBy, type AuditCheckpoint } from './checkpoint.js';

export type CheckpointStatus = 'MATCHES' | 'TRUNCATED' | 'RECHAINED' | 'BAD_SIGNATURE';

export interface CheckpointFinding {
  seq: number;
  at: string;
  status: CheckpointStatus;
  detail: string;
}

/** The head of the chain, to sign. */
export async function chainHead(db: AppDb): Promise<{ seq: number; hash: string } | undefined> {
  const [row] = await db.select({ seq: auditEntries.seq, hash: auditEntries.hash }).from(auditEntries).orderBy(sql`${auditEntries.seq} desc`).limit(1);
  return row?.hash ? { seq: Number(row.seq), hash: row.hash } : undefined;
}

/**
 * Compares the trail with each checkpoint (one statement for all): an entry missing at a signed
 * position means the end of the trail was cut off; another hash there means the chain was rewritten
 * and re-chained. A checkpoint not signed by `publicKey` proves nothing and is reported as such.
 */
export async function checkCheckpoints(db: AppDb, checkpoints: AuditCheckpoint[], publicKey: KeyObject): Promise<CheckpointFinding[]> {
  const signed = checkpoints.filter((c) => checkpointSignedBy(c, publicKey));
  const seqs = [...new Set(signed.map((c) => c.seq))];
  const rows = seqs.length ? await db.select({ seq: auditEntries.seq, hash: auditEntries.hash }).from(auditEntries).where(inArray(auditEntries.seq, seqs)) : [];
  const hashAt = new Map(rows.map((r) => [Number(r.seq), r.hash ?? ""]));
  const head = await chainHead(db);
  return checkpoints
    .map((c): CheckpointFinding => {
      if (!signed.includes(c)) return { seq: c.seq, at: c.at, status: 'BAD_SIGNATURE', detail: `the checkpoint for entry ${c.seq} is not signed by the checkpoint key (${c.keyId})` };
      const hash = hashAt.get(c.seq);
      if (hash === undefined) {
        return { seq: c.seq, at: c.at, status: 'TRUNCATED', detail: `entry ${c.seq}, signed at ${c.at}, is gone: the trail now ends at ${head ? `entry ${head.seq}` : 'no entry'}` };
      }
      if (hash !== c.hash) return { seq: c.seq, at: c.at, status: 'RECHAINED', detail: `entry ${c.seq} has another hash than the one signed at ${c.at}: the chain was rewritten` };
      return { seq: c.seq, at: c.at, status: 'MATCHES', detail: `entry ${c.seq} matches the checkpoint signed at ${c.at}` };
    })
    .sort((a, b) => a.seq - b.seq);
}
