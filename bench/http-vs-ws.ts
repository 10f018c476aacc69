import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Pool, neon, neonConfig } from '@neondatabase/serverless';
import { projectRoot } from '../scripts/lambda-artifact.js';
import { seeder } from '../tests/api/seed.js';
import { createApi } from '../tests/support/api.js';
import { createTestDatabase } from '../tests/support/databases.js';
import { startSqlOverHttp } from './neon-http-endpoint.js';
import { median, table } from './report.js';

/**
 * The Neon driver's two transports on the same statements: a WebSocket pool reused across
 * invocations (what the Lambda function holds) against HTTP mode (`neon()`, one fetch per statement).
 * Both reach the local PostgreSQL through one local intermediary, so only transport overhead differs;
 * network round trips to a real Neon endpoint are discussed beside the figures.
 */
const rounds = Number(process.env.HTTP_WS_ROUNDS ?? 200);
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

const testDatabase = await createTestDatabase('postgres');
const { url } = testDatabase.connection!;
const seed = seeder(createApi(testDatabase.database));
for (let i = 0; i < 30; i++) await seed.incident(`hw-${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`);
const endpoint = await startSqlOverHttp(url);
neonConfig.fetchEndpoint = () => endpoint.url;

const statements: [string, string, unknown[]][] = [
  ['point read (incident by key)', 'select id, key, title, started_on from incidents where key = $1', ['hw-7']],
  ['page read (20 newest incidents)', 'select id, key, title, summary, started_on, ended_on from incidents order by started_on desc, id desc limit 20', []],
  ['count', 'select count(*)::int as n from incidents', []],
];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

try {
  // First statement of a new container: WebSocket pays its connect; HTTP its first fetch.
  const firstWs: number[] = [];
  const firstHttp: number[] = [];
  for (let i = 0; i < 20; i++) {
    const pool = new Pool({ connectionString: url, max: 1 });
    firstWs.push(await time(() => pool.query(statements[0]![1], statements[0]![2])));
    await pool.end();
    const sql = neon(url, { fetchOptions: { keepalive: false } });
    firstHttp.push(await time(() => sql.query(statements[0]![1], statements[0]![2])));
  }

  const pool = new Pool({ connectionString: url, max: 2 });
  const sql = neon(url);
  await pool.query('select 1');
  await sql.query('select 1');
  const rows: string[][] = [];
  for (const [name, text, params] of statements) {
    const ws: number[] = [];
    const http: number[] = [];
    for (let i = 0; i < rounds; i++) {
      ws.push(await time(() => pool.query(text, params)));
      http.push(await time(() => sql.query(text, params)));
    }
    rows.push([name, median(ws).toFixed(3), median(http).toFixed(3), `${(median(http) / median(ws)).toFixed(2)}x`]);
  }
  // A GraphQL request's shape: a few dependent statements in a row (root query, then loader batches).
  const request: number[][] = [[], []];
  for (let i = 0; i < rounds / 4; i++) {
    request[0]!.push(await time(async () => { for (const [, text, params] of statements) await pool.query(text, params); }));
    request[1]!.push(await time(async () => { for (const [, text, params] of statements) await sql.query(text, params); }));
  }
  rows.push(['3 statements in sequence', median(request[0]!).toFixed(3), median(request[1]!).toFixed(3), `${(median(request[1]!) / median(request[0]!)).toFixed(2)}x`]);
  rows.unshift(['first statement in a new container', median(firstWs).toFixed(3), median(firstHttp).toFixed(3), `${(median(firstHttp) / median(firstWs)).toFixed(2)}x`]);
  await pool.end();

  say(`# Neon driver: WebSocket pool vs HTTP mode (${new Date().toISOString()}, medians of ${rounds} rounds; first statement: 20 new clients)`);
  say();
  say(table(['statement', 'WebSocket ms', 'HTTP ms', 'HTTP / WebSocket'], rows));
  await mkdir(join(projectRoot, 'bench/results'), { recursive: true });
  await writeFile(join(projectRoot, 'bench/results/http-vs-ws.txt'), `${lines.join('\n')}\n`);
} finally {
  await endpoint.close();
  await testDatabase.dispose();
}
process.exit(0);
