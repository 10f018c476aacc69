// One cold start in a fresh process: import the bundle, answer one request, print the timings as JSON.
// Plain JavaScript so that no loader sits between the process and the bundle being measured.
import { pathToFileURL } from 'node:url';

const [bundle, eventJson] = process.argv.slice(2);
const event = JSON.parse(eventJson);
const context = { awsRequestId: 'coldstart', functionName: 'probe', getRemainingTimeInMillis: () => 10_000 };

const t0 = performance.now();
const { handler } = await import(pathToFileURL(bundle).href);
const t1 = performance.now();
const result = await handler(event, context, () => undefined);
const t2 = performance.now();

// The database's own connect time, measured the same way the bundle connects, to take out of the first answer.
let connectMs = 0;
if (process.env.PROBE_CONNECT === '1') {
  const { Pool, neonConfig } = await import('@neondatabase/serverless');
  const ws = (await import('ws')).default;
  neonConfig.webSocketConstructor = ws;
  const proxy = process.env.DATABASE_WS_PROXY;
  neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  const c0 = performance.now();
  const client = await pool.connect();
  connectMs = performance.now() - c0;
  client.release();
  await pool.end();
}

const body = JSON.parse(result.body);
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstAnswerMs: t2 - t1, connectMs, status: result.statusCode, errors: body.errors ?? null }));
process.exit(0);
