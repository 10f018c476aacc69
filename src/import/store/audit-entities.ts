import { sql } from 'drizzle-orm';
import type { AppTx } from '../../../db/types.js';
import { rowsOf } from '../../analytics/rows.js';
import type { AuditChange } from '../../audit/record.js';
import { assetNames, partyNames, serviceNames, teamNames } from '../../names/named-tables.js';
import type { NamedTable } from '../../names/lookup.js';

const named: [NamedTable, string][] = [[assetNames, 'asset'], [partyNames, 'party'], [teamNames, 'team'], [serviceNames, 'service']];

/** Rows this transaction inserted or updated: their `xmin` is its transaction id (the import uses no savepoints). */
const writtenHere = sql`xmin::text::bigint = txid_current() % 4294967296`;

/**
 * One `<type>.update` entry for each existing asset, party, team or service the import changed — a
 * title or team filled in, a host or partner set, a new spelling added as an alias — with the row and
 * the new aliases. Found from the rows the import's transaction wrote (a statement per kind and one for all aliases), so
 * the entity store needs no bookkeeping of its own.
 */
export async function matchedEntityUpdates(tx: AppTx, createdIds: ReadonlySet<string>): Promise<AuditChange[]> {
  const changes: AuditChange[] = [];
  // The aliases of all four kinds in one statement; the rows, whose columns differ by kind, one statement each.
  const aliasesAdded = await rowsOf<{ prefix: string; ownerId: string; alias: string }>(tx, sql.join(
    named.map(([{ aliases }, prefix]) => sql`(select ${prefix}::text as prefix, owner_id::text as "ownerId", alias from ${aliases} where ${writtenHere})`),
    sql` union all `,
  ));
  for (const [{ type, table }, prefix] of named) {
    const rows = (await tx.select().from(table).where(writtenHere)) as ({ id: string } & Record<string, unknown>)[];
    const added = aliasesAdded.filter((a) => a.prefix === prefix);
    const updated = new Map(rows.filter((r) => !createdIds.has(r.id)).map((r) => [r.id, { ...r } as Record<string, unknown>]));
    for (const { ownerId, alias } of added) {
      if (createdIds.has(ownerId)) continue;
      const entry = updated.get(ownerId) ?? { id: ownerId };
      entry.aliasesAdded = [...((entry.aliasesAdded as string[] | undefined) ?? []), alias];
      updated.set(ownerId, entry);
    }
    for (const [id, after] of updated) changes.push({ action: `${prefix}.update`, entityType: type, entityId: id, after: { ...after, via: 'import' } });
  }
  return changes;
}
