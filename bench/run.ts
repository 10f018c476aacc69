import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectBench } from './bench-database.js';
import { benchCases, nestedHandWritten, nestedQuery, peerQuestionHandWritten } from './cases.js';
import { rowsOf } from '../src/analytics/rows.js';
import { sql, type SQL } from 'drizzle-orm';
import { findSubjects, measureLatency, type LatencyResult } from './latency.js';
import { peerNestedQuery, peerNewestFunction, peerNewestQuery } from './peer-query.js';
import { ms, quantile, ratio } from './stats.js';
import { ensurePeerInstalled, measureThroughput, node22, type LoadPlan, type Throughput } from './throughput.js';

/**
 * `npm run bench`: latency of every analytic and of the nested list through the
 * real Lambda handler against hand-written SQL, then nested-list throughput of
 * our API, the hand-written SQL and PostGraphile v5, all in one run over the
 * database `npm run bench:generate` loaded.
 */
const here = dirname(fileURLToPath(import.meta.url));
const output: string[] = [];
const print = (line = '') => {
  output.push(line);
  console.log(line);
};
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

const LATENCY_P95_TARGET_MS = 100;
/** Nested-list throughput against the hand-written statement answering the same question. */
const NESTED_THROUGHPUT_TARGET = 0.9;

function latencyTable(results: LatencyResult[]): void {
  const widths = [38, 8, 8, 6, 9, 9, 8, 8, 5];
  print(pad(['analytic', 'p50 ms', 'p95 ms', 'stmts', 'SQL p50', 'SQL p95', 'ratio', 'p95<100', 'same'], widths));
  for (const r of results) {
    print(pad([
      r.name, ms(r.p50), ms(r.p95), Number.isFinite(r.statements) ? String(r.statements) : '—', ms(r.sqlP50), ms(r.sqlP95),
      ratio(r.p50 / r.sqlP50), r.p95 < LATENCY_P95_TARGET_MS ? 'yes' : 'NO', r.sameAnswer ? 'yes' : 'no',
    ], widths));
  }
  for (const r of results) if (r.difference) print(`  ${r.name}: ${r.difference}`);
}

function throughputTable(title: string, rows: [string, Throughput][]): void {
  const widths = [46, 9, 8, 8, 9, 7];
  const baseline = rows[1]![1];
  print(pad([title, 'req/s', 'p50 ms', 'p95 ms', 'vs SQL', 'errors'], widths));
  for (const [name, t] of rows) {
    print(pad([name, t.requestsPerSecond.toFixed(1), ms(t.p50), ms(t.p95), ratio(t.requestsPerSecond / baseline.requestsPerSecond), String(t.errors)], widths));
  }
}

const started = Date.now();
ensurePeerInstalled();
const connection = await connectBench(4);
const subjects = await findSubjects(connection.database);
// The peer's computed column for our question (2 newest incidents per asset), before the peer introspects.
await connection.database.db.execute(sql.raw(peerNewestFunction));
print(`Incident knowledge base benchmark — ${new Date().toISOString()}, Node ${process.version}, ${connection.database.driver} driver`);
// The machine is shared: the load around the run says how far to trust absolute figures (ratios are same-run).
print(`${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
print(`subjects: asset alias ${subjects.hotAssetAlias} (most incidents), incident ${subjects.hotIncidentKey} (its newest)`);
print();
console.error('latency …');
const results = await measureLatency(connection.database, benchCases(subjects), { minSamples: 5, maxSamples: 40, budgetMs: 4_000 });
// What the peer's cheaper question costs the database: its "2 incidents" are the first by link key, ours the newest.
const sqlP50 = async (statement: SQL) => {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await rowsOf(connection.database.db, statement);
    times.push(performance.now() - t0);
  }
  return quantile(times, 0.5);
};
const ourQuestion = await sqlP50(nestedHandWritten);
const peerQuestion = await sqlP50(peerQuestionHandWritten);
await connection.close();
latencyTable(results);
print();
print(`hand-written SQL, nested list with the 2 newest incidents per asset (ours): p50 ${ms(ourQuestion)} ms;`);
print(`  with the first 2 by link key (what PostGraphile's connection returns): p50 ${ms(peerQuestion)} ms (${ratio(ourQuestion / peerQuestion)} cheaper)`);
print();

const plan: LoadPlan = { connections: 10, seconds: 10, warmupSeconds: 3 };
console.error('throughput …');
const expectFifty = (list: (data: any) => unknown[]) => (data: unknown) => {
  const length = list(data).length;
  if (length !== 50) throw new Error(`expected 50 incidents, got ${length}`);
};
const ours = await measureThroughput({ script: 'servers/api-server.ts', viaProxy: true }, JSON.stringify({ query: nestedQuery }), plan, expectFifty((d) => d.incidents.edges));
const handWritten = await measureThroughput({ script: 'servers/sql-server.ts', viaProxy: true }, '{}', plan, expectFifty((d) => d.incidents.edges));
const peer = await measureThroughput({ script: 'peer/server.ts', nodeBinary: node22 }, JSON.stringify({ query: peerNewestQuery }), plan, expectFifty((d) => d.allIncidents.nodes));
const handWrittenLinkKey = await measureThroughput({ script: 'servers/sql-server.ts', viaProxy: true, env: { BENCH_SQL_QUESTION: 'linkKey' } }, '{}', plan, expectFifty((d) => d.incidents.edges));
const peerLinkKey = await measureThroughput({ script: 'peer/server.ts', nodeBinary: node22 }, JSON.stringify({ query: peerNestedQuery }), plan, expectFifty((d) => d.allIncidents.nodes));
throughputTable('nested list, 2 newest incidents per asset', [
  ['our API (Lambda handler, Node 20)', ours], ['hand-written SQL (one statement)', handWritten], ['PostGraphile v5 (Node 22, computed column)', peer]]);
print();
throughputTable('cheaper question: first 2 incidents by link key', [
  ['our API on the newest-2 question (above)', ours], ['hand-written SQL (one statement)', handWrittenLinkKey], ['PostGraphile v5 (Node 22, its connection)', peerLinkKey]]);
print();

const nested = results.find((r) => r.name.startsWith('nested list'))!;
const slow = results.filter((r) => !(r.p95 < LATENCY_P95_TARGET_MS));
print('targets');
print(`  every analytic p95 < ${LATENCY_P95_TARGET_MS} ms: ${slow.length ? `missed by ${slow.map((r) => `${r.name} ${ms(r.p95)} ms`).join(', ')}` : 'met'}`);
print(`  nested-list throughput ≥ ${NESTED_THROUGHPUT_TARGET}× the hand-written statement: ${ratio(ours.requestsPerSecond / handWritten.requestsPerSecond)} → ${
  ours.requestsPerSecond >= NESTED_THROUGHPUT_TARGET * handWritten.requestsPerSecond ? 'met' : 'missed'} (latency p50 ${ratio(nested.p50 / nested.sqlP50)} the statement's)`);
print(`  nested-list throughput ≥ PostGraphile's on the same question: ${ratio(ours.requestsPerSecond / peer.requestsPerSecond)} → ${ours.requestsPerSecond >= peer.requestsPerSecond ? 'met' : 'missed'}`);
print(`  on its cheaper question PostGraphile does ${ratio(peerLinkKey.requestsPerSecond / handWrittenLinkKey.requestsPerSecond)} the hand-written statement's throughput; ours on the harder question does ${ratio(ours.requestsPerSecond / peerLinkKey.requestsPerSecond)} of it`);
print(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at end`);
print(`(run took ${Math.round((Date.now() - started) / 1000)} s)`);

mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'latest.txt'), `${output.join('\n')}\n`);
