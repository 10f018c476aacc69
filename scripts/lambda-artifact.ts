import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';

const run = promisify(execFile);
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const serverlessBin = join(projectRoot, 'node_modules', '.bin', 'serverless');

/**
 * Runs `serverless package` into `outDir`: the same artifact a deploy uploads.
 * Packaging reads no AWS account (the database URL is resolved by CloudFormation at deploy time).
 */
export async function packageService(outDir: string): Promise<void> {
  const workFolder = `.esbuild-package-${process.pid}`;
  // The cause classifier's language chunk is packaged beside the bundle (serverless.yml), built first as `npm run package` does.
  await run(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'build-classifier.ts')], { cwd: projectRoot, timeout: 120_000 });
  try {
    await run(serverlessBin, ['package', '--package', outDir], { cwd: projectRoot, timeout: 120_000, env: { ...process.env, ESBUILD_WORK_FOLDER: workFolder } });
  } finally {
    await rm(join(projectRoot, workFolder), { recursive: true, force: true });
  }
}

/** Unpacks one function's zip into `dir`; returns the paths of the files it held. */
export async function unpackFunction(outDir: string, functionName: string, dir: string): Promise<string[]> {
  const files = unzipSync(new Uint8Array(await readFile(join(outDir, `${functionName}.zip`))));
  const paths: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    paths.push(path);
  }
  return paths;
}

/** The serverless.yml settings as the framework resolves them (for building a baseline the same way). */
export async function resolvedServiceConfig(): Promise<{ custom: { esbuild: Record<string, unknown> } }> {
  const { stdout } = await run(serverlessBin, ['print', '--format', 'json'], { cwd: projectRoot, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
}
