import autocannon, { type Request } from 'autocannon';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Pool } from '@neondatabase/serverless';
import { projectRoot } from '../scripts/lambda-artifact.js';
import { seeder } from '../tests/api/seed.js';
import { createApi } from '../tests/support/api.js';
import { issueApiKey } from '../tests/support/api-key.js';
import { createTestDatabase } from '../tests/support/databases.js';
import { startScript, rssMb } from './processes.js';
import { median, table } from './report.js';

/**
 * Mixed read/write load on `npm start`'s server (the real Lambda handler behind local HTTP) against
 * PostgreSQL through the Neon driver, driven by autocannon from this (separate) process. The baseline,
 * measured in the same run, is the same server answering a query that touches no database.
 */
const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 8);
const poolMax = 4;
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

const testDatabase = await createTestDatabase('postgres');
const { url: databaseUrl } = testDatabase.connection!;
const databaseName = new URL(databaseUrl).pathname.slice(1);

// Data to read: incidents with causes that name assets.
const seed = seeder(createApi(testDatabase.database));
const assets: string[] = [];
for (let i = 0; i < 10; i++) assets.push(await seed.asset(`VMS-0${10 + i}`, 'VM', { aliases: [`VMS${10 + i}`] }));
for (let i = 0; i < 40; i++) {
  const incident = await seed.incident(`load-${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`);
  await seed.cause(incident, ['HARDWARE_FAILURE'], [assets[i % 10]!, assets[(i + 3) % 10]!]);
}

// The proxy and the server each run in their own process, as they would in development.
const proxy = await startScript('db/ws-proxy-cli.ts', { WS_PROXY_PORT: '0' }, /DATABASE_WS_PROXY=(\S+)/);
const server = await startScript(
  'src/server/main.ts',
  { DATABASE_URL: databaseUrl, DATABASE_WS_PROXY: proxy.match[1]!, DATABASE_POOL_MAX: String(poolMax), PORT: '0', LOG_LEVEL: 'warn' },
  /on (http:\/\/\S+\/graphql)/,
);
const url = server.match[1]!;
const pid = server.child.pid!;

// Connections the server holds on PostgreSQL, sampled from an admin connection through the test harness's proxy.
const admin = new Pool({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres'), max: 1 });
const serverConnections = async () =>
  Number((await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [databaseName])).rows[0].n) - 1;

const gql = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
let graphqlErrors = 0;
const onResponse = (status: number, body: string) => {
  if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
};
// With DATABASE_URL the server requires API keys, as in production: the load runs as an EDITOR.
const auth = await issueApiKey(testDatabase.database, 'EDITOR');
const post = (body: string, extra: Partial<Request> = {}): Request => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...auth }, body, onResponse, ...extra });

const reads = [
  post(gql('{ incidents(first: 20) { totalCount edges { node { key title causes { text assets { name } } } } } }')),
  post(gql('{ asset(nameOrAlias: "VMS12") { name aliases incidents(first: 10) { totalCount edges { node { key } } } } }')),
];
let written = 0;
const write = post('', {
  setupRequest: (request) => ({
    ...request,
    body: gql('mutation($input: CreateIncidentInput!) { createIncident(input: $input) { id version } }', {
      input: { key: `load-write-${process.pid}-${++written}`, title: 'Written under load', startedOn: '2025-05-01', severity: 'SEV3' },
    }),
  }),
});

interface Phase { name: string; result: autocannon.Result; rss: number[]; maxConnections: number }
async function phase(name: string, requests: Request[], duration: number): Promise<Phase> {
  graphqlErrors = 0;
  const rss: number[] = [];
  let maxConnections = 0;
  const sampler = setInterval(async () => {
    rss.push(await rssMb(pid));
    maxConnections = Math.max(maxConnections, await serverConnections());
  }, 1000);
  const result = await autocannon({ url, connections, duration, requests });
  clearInterval(sampler);
  result.non2xx += graphqlErrors;
  return { name, result, rss, maxConnections };
}

try {
  await phase('warm-up', [...reads, write], 5);
  const baseline = await phase('baseline: { __typename }, no database', [post(gql('{ __typename }'))], seconds);
  const mixed = await phase('mixed: 2 reads : 1 write', [reads[0]!, reads[1]!, write], seconds);

  say(`# Load: ${connections} connections for ${seconds} s per phase, autocannon in a second process (${new Date().toISOString()})`);
  say(`server: npm start's host (Lambda handler behind local HTTP), Neon driver pool max ${poolMax}, PostgreSQL via the WebSocket proxy`);
  say();
  const row = (p: Phase) => {
    const r = p.result;
    return [p.name, r.requests.average.toFixed(0), r.latency.p50.toFixed(1), r.latency.p99.toFixed(1), String(r.errors + r.timeouts + r.non2xx), String(p.maxConnections),
      `${p.rss[0]?.toFixed(0)} → ${p.rss.at(-1)?.toFixed(0)}`];
  };
  say(table(['phase', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'db conns (max)', 'server RSS MB (start → end)'], [row(baseline), row(mixed)]));
  say();
  say(`mixed throughput vs baseline: ${(mixed.result.requests.average / baseline.result.requests.average).toFixed(2)}x; p99 vs baseline: ${(mixed.result.latency.p99 / baseline.result.latency.p99).toFixed(2)}x`);
  say(`mixed requests: ${mixed.result.requests.total}; errors (socket, timeout, non-2xx, GraphQL errors): ${mixed.result.errors}, ${mixed.result.timeouts}, ${mixed.result.non2xx - graphqlErrors}, ${graphqlErrors}`);
  const half = Math.floor(mixed.rss.length / 2);
  say(`server RSS every 5 s under mixed load (MB): ${mixed.rss.filter((_, i) => i % 5 === 0).map((v) => v.toFixed(0)).join(' ')}`);
  say(`memory: server RSS median first half ${median(mixed.rss.slice(0, half)).toFixed(0)} MB, second half ${median(mixed.rss.slice(half)).toFixed(0)} MB`);
  say(`pool: at most ${mixed.maxConnections} server connections on PostgreSQL (pool max ${poolMax})`);
  await mkdir(join(projectRoot, 'bench/results'), { recursive: true });
  await writeFile(join(projectRoot, 'bench/results/load.txt'), `${lines.join('\n')}\n`);
} finally {
  await admin.end();
  await server.stop();
  await proxy.stop();
  await testDatabase.dispose();
}
process.exit(0);
