import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrateDatabase } from '../db/migrate.js';
import { openNeon } from '../db/neon.js';
import { startWsProxy } from '../db/ws-proxy.js';
import { rowsOf } from '../src/analytics/rows.js';
import { adminStatements, serverUrl } from './bench-database.js';
import { writeReports } from './report-files.js';

/**
 * `npm run import` of generated reports (1,000 unless BENCH_IMPORT_REPORTS says otherwise) into a
 * fresh database on the local PostgreSQL, as a user runs it: the command in its own process, through
 * Neon's driver and the WebSocket proxy. Prints what the command prints (reports/s, p50/p95 per
 * report), checks that every report, fact and audit entry was written, and the machine's load.
 */
const count = Number(process.env.BENCH_IMPORT_REPORTS ?? 1000);
const seed = Number(process.env.BENCH_SEED ?? 20240816);
const databaseName = process.env.BENCH_IMPORT_DATABASE ?? 'ikb_bench_import';
const target = 20;
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const work = await mkdtemp(join(tmpdir(), 'ikb-bench-import-'));
const proxy = await startWsProxy(0);
try {
  const folder = join(work, 'reports');
  await writeReports(folder, seed, count);
  await adminStatements(proxy, [`drop database if exists ${databaseName} with (force)`, `create database ${databaseName}`]);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  const database = openNeon({ connectionString: url.toString(), wsProxy: proxy.address, maxConnections: 2 });
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }

  say(`# npm run import of ${count} generated reports (seed ${seed}) into a fresh database on ${url.host}`);
  say(`${new Date().toISOString()}, ${availableParallelism()} cores, load average ${load()} at start`);
  const output = await runImport(folder, { DATABASE_URL: url.toString(), DATABASE_WS_PROXY: proxy.address });
  const summary = output.lines.filter((l) => /created, .* failed\.$|reports\/s; per report/.test(l));
  for (const line of summary) say(line);
  const timing = /([\d.]+) reports\/s; per report p50 (\d+) ms, p95 (\d+) ms/.exec(output.lines.join('\n'));

  const check = openNeon({ connectionString: url.toString(), wsProxy: proxy.address, maxConnections: 1 });
  try {
    const [written] = await rowsOf<Record<string, number>>(check.db, sql`select
      (select count(*)::int from incidents) as incidents,
      (select count(*)::int from timeline_events) + (select count(*)::int from causes) + (select count(*)::int from recommendations)
        + (select count(*)::int from sign_offs) + (select count(*)::int from asset_facts) as facts,
      (select count(*)::int from audit_entries where action = 'incident.import') as import_entries,
      (select count(*)::int from audit_entries where action in ('timelineEvent.create', 'cause.create', 'recommendation.create', 'signOff.create', 'assetFact.create')) as fact_entries,
      (select count(*)::int from audit_entries) as audit_entries`);
    say(`written: ${written!.incidents} incidents, ${written!.facts} facts; audit: ${written!.import_entries} import entries, ${written!.fact_entries} fact entries, ${written!.audit_entries} in all`);
    const complete = written!.incidents === count && written!.import_entries === count && written!.fact_entries === written!.facts;
    say(complete ? 'every report, fact and audit entry written' : 'MISSING: reports, facts or audit entries were not all written');
    if (!complete) process.exitCode = 1;
  } finally {
    await check.close();
  }
  say(`load average ${load()} at end`);
  if (timing) {
    const rate = Number(timing[1]);
    say(`target ≥ ${target} reports/s: ${rate >= target ? 'met' : `missed (${rate.toFixed(1)} reports/s)`}; per report p50 ${timing[2]} ms, p95 ${timing[3]} ms`);
  }
  if (output.code !== 0) {
    say(`npm run import exited with ${output.code}`);
    process.exitCode = 1;
  }
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/bulk-import.txt', `${lines.join('\n')}\n`);
  await adminStatements(proxy, [`drop database if exists ${databaseName} with (force)`]);
} finally {
  await proxy.close();
  await rm(work, { recursive: true, force: true });
}

/** Runs `npm run import -- <folder>` (the command's own file, under tsx) and collects its output; progress goes to the terminal. */
function runImport(folder: string, env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', folder], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: stdout.split('\n').filter(Boolean) }));
  });
}
