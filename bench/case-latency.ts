import { connectBench } from './bench-database.js';
import { benchCases } from './cases.js';
import { findSubjects } from './latency.js';
import { createApi } from '../tests/support/api.js';
import { rowsOf } from '../src/analytics/rows.js';
import { quantile } from './stats.js';

/**
 * p50/p95 of chosen benchmark cases through the Lambda handler, on the database BENCH_DATABASE names, without the
 * full run: `BENCH_CASES="recurrences,asset history by alias" BENCH_SAMPLES=40 npx tsx bench/case-latency.ts`.
 * Each answer is checked against the hand-written statement unless BENCH_SKIP_SQL is set (at 40,000 incidents some
 * of those take tens of seconds). Run it on two databases in turn to compare them under the same load.
 */
const connection = await connectBench(4);
const subjects = await findSubjects(connection.database);
const names = (process.env.BENCH_CASES ?? 'recurrences,asset history by alias').split(',');
const samples = Number(process.env.BENCH_SAMPLES ?? 30);
const api = createApi(connection.database, { id: 'bench', role: 'ADMIN' });
for (const c of benchCases(subjects).filter((c) => names.includes(c.name))) {
  const response = await api.query(c.query, c.variables);
  if (response.errors?.length) throw new Error(`${c.name}: ${JSON.stringify(response.errors)}`);
  const same = process.env.BENCH_SKIP_SQL
    ? 'not checked'
    : JSON.stringify(response.data) === JSON.stringify((await rowsOf<{ data: unknown }>(connection.database.db, c.handWritten))[0]?.data) ? 'yes' : 'no';
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await api.query(c.query, c.variables);
    times.push(performance.now() - t0);
  }
  console.log(`${c.name}: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, same ${same}`);
}
await connection.close();
