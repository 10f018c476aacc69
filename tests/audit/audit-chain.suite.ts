import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';

const verify = `{ verifyAuditTrail { intact entriesChecked firstBrokenSeq reason latestSeq latestHash } }`;
const createIncident = (key: string) => `mutation { createIncident(input: { key: "${key}", title: "Chain ${key}", startedOn: "2024-08-13" }) { id } }`;

/** The database's own message for a refused statement (drizzle wraps it as the cause). */
export async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
    return 'not refused';
  } catch (error) {
    return ((error as { cause?: Error }).cause ?? (error as Error)).message;
  }
}

export function auditChainSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Audit trail: append-only and hash-chained in the database', (suite) => {
    it('chains each entry to the one before it, and verifies intact', async () => {
      const api = suite.api();
      for (const key of ['c-1', 'c-2', 'c-3']) await api.ok(createIncident(key));
      const trail = await api.ok(`{ auditTrail(first: 100) { edges { node { seq hash previousHash } } } }`);
      const entries = trail.auditTrail.edges.map((e: { node: Record<string, any> }) => e.node);
      expect(entries.map((e: Record<string, any>) => e.seq)).toEqual([1, 2, 3]);
      expect(entries[0].previousHash).toBe('0'.repeat(64));
      expect(entries[1].previousHash).toBe(entries[0].hash);
      expect(entries[2].previousHash).toBe(entries[1].hash);
      expect((await api.ok(verify)).verifyAuditTrail).toEqual({ intact: true, entriesChecked: 3, firstBrokenSeq: null, reason: null, latestSeq: 3, latestHash: entries[2].hash });
    });

    it('never forks under concurrent writers', async () => {
      const api = suite.api();
      await Promise.all(Array.from({ length: 12 }, (_, i) => api.ok(createIncident(`parallel-${i}`))));
      const result = (await api.ok(verify)).verifyAuditTrail;
      expect(result).toMatchObject({ intact: true, entriesChecked: 15, latestSeq: 15 });
      const [row] = (await suite.database().db.execute(sql`select count(distinct prev_hash)::int as links, count(*)::int as entries from audit_entries`) as unknown as { rows: { links: number; entries: number }[] }).rows;
      expect(row).toEqual({ links: 15, entries: 15 });
    });

    it('refuses UPDATE, DELETE and TRUNCATE on the audit table, whoever sends them', async () => {
      const { db } = suite.database();
      expect(await refusal(db.execute(sql`update audit_entries set actor = 'someone else' where seq = 1`))).toMatch(/append-only: UPDATE is refused/);
      expect(await refusal(db.execute(sql`delete from audit_entries where seq = 1`))).toMatch(/append-only: DELETE is refused/);
      expect(await refusal(db.execute(sql`truncate audit_entries`))).toMatch(/append-only: TRUNCATE is refused/);
      expect((await suite.api().ok(verify)).verifyAuditTrail).toMatchObject({ intact: true, entriesChecked: 15 });
    });

    it('takes who acted from the transaction, and the time and hash from the database, whatever the insert says', async () => {
      const { db } = suite.database();
      await db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.actor', 'key-from-setting', true), set_config('app.actor_role', 'EDITOR', true), set_config('app.request_id', 'req-1', true)`);
        await tx.execute(sql`insert into audit_entries (actor, actor_role, action, entity_type, entity_id, at, seq, prev_hash, hash)
          values ('forged', 'ADMIN', 'test.insert', 'Test', 'x', '2000-01-01', 999, 'bad', 'bad')`);
      });
      const [row] = (await db.execute(sql`select actor, actor_role, request_id, seq::int as seq, at > now() - interval '1 minute' as recent from audit_entries where action = 'test.insert'`) as unknown as { rows: Record<string, unknown>[] }).rows;
      expect(row).toEqual({ actor: 'key-from-setting', actor_role: 'EDITOR', request_id: 'req-1', seq: 16, recent: true });
      // The setting was transaction-local: the next transaction on the same connection does not inherit it.
      const [after] = (await db.execute(sql`select current_setting('app.actor', true) as actor`) as unknown as { rows: { actor: string | null }[] }).rows;
      expect(after!.actor ?? '').toBe('');
      expect((await suite.api().ok(verify)).verifyAuditTrail.intact).toBe(true);
    });

    it('reports the first entry where the chain breaks after a row is edited behind the application\'s back', async () => {
      const { db } = suite.database();
      // Only the table's owner (here a superuser) can switch the guard off; the application's role cannot.
      await db.execute(sql`alter table audit_entries disable trigger audit_entries_no_update_or_delete`);
      await db.execute(sql`update audit_entries set after = jsonb_set(after, '{title}', '"Rewritten"') where seq = 2`);
      await db.execute(sql`alter table audit_entries enable trigger audit_entries_no_update_or_delete`);
      expect((await suite.api().ok(verify)).verifyAuditTrail).toMatchObject({ intact: false, firstBrokenSeq: 2, reason: expect.stringMatching(/content does not match its hash/) });

      await db.execute(sql`alter table audit_entries disable trigger audit_entries_no_update_or_delete`);
      await db.execute(sql`update audit_entries set after = jsonb_set(after, '{title}', '"Chain c-2"') where seq = 2`);
      await db.execute(sql`delete from audit_entries where seq = 5`);
      await db.execute(sql`alter table audit_entries enable trigger audit_entries_no_update_or_delete`);
      expect((await suite.api().ok(verify)).verifyAuditTrail).toMatchObject({ intact: false, firstBrokenSeq: 6, reason: expect.stringMatching(/missing before this one/) });
    });
  });
}
