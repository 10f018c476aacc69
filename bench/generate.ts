import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import { migrateDatabase } from '../db/migrate.js';
import { openNeon } from '../db/neon.js';
import type { Database } from '../db/types.js';
import { startWsProxy } from '../db/ws-proxy.js';
import { adminStatements, benchDatabaseName, benchDatabaseUrl } from './bench-database.js';
import { writeReports } from './report-files.js';
import { defaultSize, syntheticGraph, type TableRows } from './synthetic-graph.js';

/** PostgreSQL's bind-parameter limit is 65,535 per statement. */
const MAX_PARAMETERS = 60_000;
const PARALLEL_BATCHES = 4;

/** Assets point at assets (parent, redundancy partner, spare), in cycles too: rows first, then the pointers. */
const assetPointers = ['parentId', 'redundancyPartnerId', 'spareId'] as const;

async function loadAssets(database: Database, { table, rows }: TableRows): Promise<void> {
  const bare = rows.map((row) => ({ ...row, parentId: null, redundancyPartnerId: null, spareId: null }));
  await loadTable(database, { name: 'assets (rows)', table, rows: bare });
  const pointing = rows.filter((row) => assetPointers.some((k) => row[k] != null));
  for (let i = 0; i < pointing.length; i += 5_000) {
    const values = sql.join(pointing.slice(i, i + 5_000).map((row) =>
      sql`(${row.id}::uuid, ${row.parentId ?? null}::uuid, ${row.redundancyPartnerId ?? null}::uuid, ${row.spareId ?? null}::uuid)`), sql`, `);
    await database.db.execute(sql`update assets a set parent_id = v.parent_id, redundancy_partner_id = v.partner_id, spare_id = v.spare_id
      from (values ${values}) as v(id, parent_id, partner_id, spare_id) where a.id = v.id`);
  }
}

/** Multi-row INSERTs in parallel batches. */
async function loadTable(database: Database, { table, rows }: TableRows): Promise<void> {
  const columns = Object.keys(getTableColumns(table)).length;
  const batchSize = Math.floor(MAX_PARAMETERS / columns);
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < rows.length; i += batchSize) batches.push(rows.slice(i, i + batchSize));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      await database.db.insert(table).values(batch as never);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
}

/** Builds the synthetic graph and loads it into a fresh `ikb_bench` database on the real server. */
export async function generate(seed: number, incidents = defaultSize.incidents): Promise<void> {
  const started = performance.now();
  const proxy = await startWsProxy();
  try {
    // Every statement is bounded: a runaway analytic fails its case instead of holding the machine.
    await adminStatements(proxy, [
      `drop database if exists ${benchDatabaseName} with (force)`,
      `create database ${benchDatabaseName}`,
      `alter database ${benchDatabaseName} set statement_timeout = '30s'`,
    ]);
    const database = openNeon({ connectionString: benchDatabaseUrl(), wsProxy: proxy.address, maxConnections: PARALLEL_BATCHES });
    try {
      await migrateDatabase(database);
      const scale = incidents / defaultSize.incidents;
      const size = { ...defaultSize, incidents, assets: Math.round(defaultSize.assets * Math.max(scale, 0.1)) };
      const tables = syntheticGraph(seed, size);
      console.log(`generated ${tables.reduce((n, t) => n + t.rows.length, 0)} rows (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      // A bulk load refreshes the analytics kept at write time once at the end, not at each batch's commit:
      // the batches still mark what they touch; the deferred refresh is switched off until then.
      await database.db.execute(sql`alter table analytics_stale disable trigger analytics_refresh_at_commit`);
      for (const table of tables) {
        const tableStarted = performance.now();
        await (table.name === 'assets' ? loadAssets(database, table) : loadTable(database, table));
        const seconds = (performance.now() - tableStarted) / 1000;
        console.log(`  ${table.name.padEnd(24)} ${String(table.rows.length).padStart(8)} rows  ${seconds.toFixed(1).padStart(5)} s  ${Math.round(table.rows.length / Math.max(seconds, 0.001))} rows/s`);
      }
      const refreshStarted = performance.now();
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`set local statement_timeout = 0`);
        await tx.execute(sql`select analytics_refresh()`);
      });
      await database.db.execute(sql`alter table analytics_stale enable trigger analytics_refresh_at_commit`);
      console.log(`  analytics kept at write time, refreshed for every incident in ${((performance.now() - refreshStarted) / 1000).toFixed(1)} s`);
      await database.db.execute(sql`analyze`);
      console.log(`loaded and analysed ${benchDatabaseName} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await database.close();
    }
  } finally {
    await proxy.close();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const seed = Number(process.env.BENCH_SEED ?? 20240816);
  const { values } = parseArgs({ options: { reports: { type: 'string' }, count: { type: 'string', default: '1000' } } });
  if (values.reports) {
    // Report files for the importer instead of rows: `npm run bench:generate -- --reports <folder> [--count N]`.
    const files = await writeReports(values.reports, seed, Number(values.count));
    console.log(`wrote ${files.length} reports (seed ${seed}) to ${values.reports}`);
  } else {
    const incidents = Number(process.env.BENCH_INCIDENTS ?? defaultSize.incidents);
    await generate(seed, incidents);
  }
}
