import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { auditEntries } from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { BadUserInputError } from '../graph/errors.js';
import { tryDecodeGlobalId } from '../graph/ids.js';
import { listPage } from '../graph/list-page.js';
import type { ConnectionModel } from '../graph/models.js';
import type { PageArgs } from '../graph/page-args.js';

export type AuditEntryRow = typeof auditEntries.$inferSelect;
export type AuditEntryConnectionModel = ConnectionModel<AuditEntryRow>;

export interface AuditTrailFilter {
  /** A global ID, or the raw id of an entity that has none (an API key). */
  entityId?: string | null | undefined;
  actor?: string | null | undefined;
  since?: Date | null | undefined;
  until?: Date | null | undefined;
}

const rawId = (id: string) => tryDecodeGlobalId(id)?.id ?? id;

/** The trail, oldest first, in chain order. */
export function listAuditTrail(db: AppDb, filter: AuditTrailFilter, args: PageArgs): Promise<AuditEntryConnectionModel> {
  if (filter.since && filter.until && filter.until < filter.since) throw new BadUserInputError('`until` is before `since`', { field: 'until' });
  const conditions: (SQL | undefined)[] = [
    filter.entityId ? eq(auditEntries.entityId, rawId(filter.entityId)) : undefined,
    filter.actor ? eq(auditEntries.actor, filter.actor) : undefined,
    filter.since ? gte(auditEntries.at, filter.since.toISOString()) : undefined,
    filter.until ? lte(auditEntries.at, filter.until.toISOString()) : undefined,
  ];
  return listPage<AuditEntryRow>(db, auditEntries, args, { columns: [auditEntries.seq], descending: false }, and(...conditions));
}

export interface AuditVerification {
  intact: boolean;
  entriesChecked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
  latestSeq: number | null;
  latestHash: string | null;
}

const reasons: Record<string, string> = {
  gap: 'an entry is missing before this one (its position does not follow the previous entry)',
  link: 'its previous-hash does not match the hash of the entry before it',
  hash: 'its content does not match its hash (the entry was changed after it was written)',
};

/**
 * Re-computes every hash in the database with the same function the insert trigger used, and reports
 * the first entry where the chain breaks. Deleting the newest entries leaves a shorter intact chain:
 * keep `latestSeq`/`latestHash` from earlier checks to notice that.
 */
export async function verifyAuditTrail(db: AppDb): Promise<AuditVerification> {
  const result = await db.execute(sql`/* verify audit trail */
    with chain as (
      select a.seq, a.hash, a.prev_hash, audit_entry_hash(a) as expected,
             lag(a.hash) over (order by a.seq) as prior_hash, lag(a.seq) over (order by a.seq) as prior_seq
      from audit_entries a
    ), broken as (
      select seq,
        case when seq <> coalesce(prior_seq, 0) + 1 then 'gap'
             when prev_hash is distinct from coalesce(prior_hash, repeat('0', 64)) then 'link'
             else 'hash' end as reason
      from chain
      where seq <> coalesce(prior_seq, 0) + 1
         or prev_hash is distinct from coalesce(prior_hash, repeat('0', 64))
         or hash is distinct from expected
      order by seq limit 1
    ), latest as (select seq, hash from audit_entries order by seq desc limit 1)
    select (select count(*) from chain)::int as checked, broken.seq::int as broken_seq, broken.reason,
           (select seq from latest)::int as latest_seq, (select hash from latest) as latest_hash
    from (select 1) one left join broken on true`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  const brokenSeq = row.broken_seq === null ? null : Number(row.broken_seq);
  return {
    intact: brokenSeq === null,
    entriesChecked: Number(row.checked),
    firstBrokenSeq: brokenSeq,
    reason: brokenSeq === null ? null : reasons[row.reason as string]!,
    latestSeq: row.latest_seq === null ? null : Number(row.latest_seq),
    latestHash: (row.latest_hash as string | null) ?? null,
  };
}

/**
 * An entity's own fields as they were at `asOf`: the row snapshot of the last audit entry written at
 * or before then (entries that carry a whole row have its `version`). Undefined when it did not exist yet,
 * or no longer (a `.remove` entry).
 */
export async function snapshotAsOf<T>(db: AppDb, entityType: string, entityId: string, asOf: Date): Promise<T | undefined> {
  const [row] = await db
    .select({ after: auditEntries.after })
    .from(auditEntries)
    .where(and(
      eq(auditEntries.entityId, entityId), eq(auditEntries.entityType, entityType), lte(auditEntries.at, asOf.toISOString()),
      sql`((${auditEntries.after} -> 'version') is not null or ${auditEntries.action} like '%.remove')`,
    ))
    .orderBy(sql`${auditEntries.seq} desc`)
    .limit(1);
  // A removal (a corrected report replacing its facts) leaves no object from then on.
  return (row?.after ?? undefined) as T | undefined;
}
