import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openNeon } from '../../db/neon.js';
import type { Database } from '../../db/types.js';
import { startWsProxy, type WsProxy } from '../../db/ws-proxy.js';
import { postgresServerUrl } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { refusal } from './audit-chain.suite.js';

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

describeOnDriver('postgres', 'Audit trail on PostgreSQL: the application role does not own the table', (suite) => {
  const role = `ikb_app_${randomBytes(4).toString('hex')}`;
  let proxy: WsProxy | undefined;
  let app: Database | undefined;

  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    const { db } = suite.database();
    await db.execute(sql.raw(`drop owned by ${role}`));
    await db.execute(sql.raw(`drop role if exists ${role}`));
  });

  it('lets a non-owner role append and read, and refuses it UPDATE, DELETE and switching the guard off', async () => {
    const owner = suite.database().db;
    const [{ name }] = rows<{ name: string }>(await owner.execute(sql`select current_database() as name`)) as [{ name: string }];
    // The production grants (docs/security.md, "Database grants"): INSERT and SELECT on the trail, nothing more.
    for (const statement of [
      `create role ${role} login`,
      `grant connect on database ${name} to ${role}`,
      `grant usage on schema public to ${role}`,
      `grant select, insert on audit_entries to ${role}`,
      `grant usage on sequence audit_entries_id_seq to ${role}`,
    ]) await owner.execute(sql.raw(statement));

    proxy = await startWsProxy();
    const url = new URL(postgresServerUrl);
    url.username = role;
    url.pathname = `/${name}`;
    app = openNeon({ connectionString: url.toString(), wsProxy: proxy.address, maxConnections: 1 });
    const db = app.db;

    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.actor', 'app-key', true), set_config('app.actor_role', 'EDITOR', true)`);
      await tx.execute(sql`insert into audit_entries (actor, actor_role, action, entity_type, entity_id) values ('', '', 'grant.test', 'Test', 'g1')`);
    });
    const [entry] = rows<{ actor: string; seq: number }>(await db.execute(sql`select actor, seq::int as seq from audit_entries where action = 'grant.test'`));
    expect(entry).toEqual({ actor: 'app-key', seq: 1 });

    expect(await refusal(db.execute(sql`update audit_entries set actor = 'x'`))).toMatch(/append-only: UPDATE is refused|permission denied/);
    expect(await refusal(db.execute(sql`delete from audit_entries`))).toMatch(/append-only: DELETE is refused|permission denied/);
    expect(await refusal(db.execute(sql`alter table audit_entries disable trigger audit_entries_no_update_or_delete`))).toMatch(/must be owner/);
    expect(await refusal(db.execute(sql`set session_replication_role = replica`))).toMatch(/permission denied/);
    expect(await refusal(db.execute(sql`drop table audit_entries`))).toMatch(/must be owner/);

    const [check] = rows<{ n: number }>(await owner.execute(sql`select count(*)::int as n from audit_entries where actor = 'app-key'`));
    expect(check!.n).toBe(1);
  });
});
