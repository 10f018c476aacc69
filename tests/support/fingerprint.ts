import { count, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

/** Row counts of every table plus the newest audit hash: equal fingerprints mean nothing was written. */
export async function fingerprint(db: AppDb): Promise<Record<string, unknown>> {
  const counts = await Promise.all(tables.map(async (table) => [getTableName(table), Number((await db.select({ n: count() }).from(table))[0]!.n)] as const));
  const [latest] = await db.select({ hash: sql<string | null>`max(${schema.auditEntries.hash}) filter (where ${schema.auditEntries.seq} = (select max(seq) from audit_entries))` }).from(schema.auditEntries);
  return { ...Object.fromEntries(counts), latestAuditHash: latest?.hash ?? null };
}
