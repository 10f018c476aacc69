import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from './lambda-artifact.js';

export interface OfflineHost {
  /** The GraphQL endpoint serverless-offline serves. */
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `serverless offline` (the `npm run offline` command) on free loopback ports
 * with the given environment, and waits until it serves.
 */
export async function startOffline(env: Record<string, string>, timeoutMs = 90_000): Promise<OfflineHost> {
  const [httpPort, lambdaPort] = [await freePort(), await freePort()];
  const workFolder = `.esbuild-offline-${process.pid}-${httpPort}`;
  const child: ChildProcess = spawn(join(projectRoot, 'node_modules/.bin/serverless'), ['offline', 'start', '--stage', 'local'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, OFFLINE_PORT: String(httpPort), OFFLINE_LAMBDA_PORT: String(lambdaPort), ESBUILD_WORK_FOLDER: workFolder },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serverless offline did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Server ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serverless offline exited (${code}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${httpPort}/graphql`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(join(projectRoot, workFolder), { recursive: true, force: true });
    },
  };
}
