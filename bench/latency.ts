import { sql } from 'drizzle-orm';
import type { Database } from '../db/types.js';
import { createApi } from '../tests/support/api.js';
import { rowsOf } from '../src/analytics/rows.js';
import type { BenchCase, Subjects } from './cases.js';
import { quantile } from './stats.js';

export interface LatencyResult {
  name: string;
  samples: number;
  p50: number;
  p95: number;
  statements: number;
  sqlP50: number;
  sqlP95: number;
  /** The GraphQL answer equals the hand-written statement's. */
  sameAnswer: boolean;
  difference?: string;
}

/** Per case: at least `minSamples`, then more until `budgetMs` is spent (bounded either way by `maxSamples`). */
export interface LatencyBudget {
  minSamples: number;
  maxSamples: number;
  budgetMs: number;
}

/** Finds the subjects the per-entity cases ask about: the most-involved asset and its newest incident. */
export async function findSubjects(database: Database): Promise<Subjects> {
  const [row] = await rowsOf<{ alias: string; incident_key: string }>(
    database.db,
    sql`with hot as (select asset_id from incident_assets group by asset_id order by count(*) desc, asset_id limit 1)
      select (select alias from asset_aliases where owner_id = hot.asset_id order by length(alias), alias limit 1) as alias,
             (select i.key from incident_assets l join incidents i on i.id = l.incident_id where l.asset_id = hot.asset_id
              order by i.started_on desc, i.id desc limit 1) as incident_key
      from hot`,
  );
  if (!row) throw new Error('the benchmark database is empty: run `npm run bench:generate` first');
  return { hotAssetAlias: row.alias, hotIncidentKey: row.incident_key };
}

function firstDifference(a: unknown, b: unknown, path = 'data'): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as never)[key], (b as never)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: GraphQL ${JSON.stringify(a)?.slice(0, 120)} ≠ SQL ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** p50/p95 through the real Lambda handler and of the hand-written statement, interleaved so both see the same load. */
export async function measureLatency(database: Database, cases: BenchCase[], budget: LatencyBudget): Promise<LatencyResult[]> {
  const api = createApi(database, { id: 'bench', role: 'ADMIN' });
  const results: LatencyResult[] = [];
  for (const benchCase of cases) {
    const runGraphql = async () => {
      const response = await api.query(benchCase.query, benchCase.variables);
      if (response.errors?.length) throw new Error(`${benchCase.name}: ${JSON.stringify(response.errors)}`);
      return response.data;
    };
    const runSql = async () => (await rowsOf<{ data: unknown }>(database.db, benchCase.handWritten))[0]?.data;
    let graphqlData: unknown;
    let sqlData: unknown;
    try {
      graphqlData = await runGraphql();
      sqlData = JSON.parse(JSON.stringify(await runSql()));
    } catch (error) {
      const failure = (error as Error).message.slice(0, 160);
      console.error(`  ${benchCase.name}: failed (${failure})`);
      results.push({ name: benchCase.name, samples: 0, p50: NaN, p95: NaN, statements: NaN, sqlP50: NaN, sqlP95: NaN, sameAnswer: false, difference: `failed: ${failure}` });
      continue;
    }
    const difference = firstDifference(graphqlData, sqlData);
    const graphqlTimes: number[] = [];
    const sqlTimes: number[] = [];
    const statements: number[] = [];
    const started = performance.now();
    while (
      graphqlTimes.length < budget.maxSamples &&
      (graphqlTimes.length < budget.minSamples || performance.now() - started < budget.budgetMs)
    ) {
      const before = database.statementCount();
      let t0 = performance.now();
      await runGraphql();
      graphqlTimes.push(performance.now() - t0);
      statements.push(database.statementCount() - before);
      t0 = performance.now();
      await runSql();
      sqlTimes.push(performance.now() - t0);
    }
    const result: LatencyResult = {
      name: benchCase.name,
      samples: graphqlTimes.length,
      p50: quantile(graphqlTimes, 0.5),
      p95: quantile(graphqlTimes, 0.95),
      statements: quantile(statements, 0.5),
      sqlP50: quantile(sqlTimes, 0.5),
      sqlP95: quantile(sqlTimes, 0.95),
      sameAnswer: !difference,
      ...(difference ? { difference } : {}),
    };
    console.error(`  ${result.name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, SQL p50 ${result.sqlP50.toFixed(1)} ms${difference ? `  (differs: ${difference})` : ''}`);
    results.push(result);
  }
  return results;
}
