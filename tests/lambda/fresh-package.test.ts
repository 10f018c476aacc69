import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, unpackFunction } from '../../scripts/lambda-artifact.js';

const run = promisify(execFile);

describe('`npm run package` from a fresh clone', () => {
  let work: string | undefined;
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('builds the pages it packages: the playground function carries the playground and the explorer', async () => {
    work = await mkdtemp(join(tmpdir(), 'ikb-fresh-'));
    const clone = join(work, 'clone');
    // The committed tree only (no .build, no .esbuild), with the installed dependencies.
    await run('bash', ['-c', `mkdir -p ${clone} && git -C ${projectRoot} archive HEAD | tar -x -C ${clone}`]);
    await symlink(join(projectRoot, 'node_modules'), join(clone, 'node_modules'));
    await run('npm', ['run', 'package', '--', '--package', join(work, 'out')], { cwd: clone, timeout: 240_000, env: { ...process.env, npm_config_loglevel: 'silent' } });
    const files = (await unpackFunction(join(work, 'out'), 'playground', join(work, 'task'))).map((f) => f.slice(join(work!, 'task').length + 1));
    expect(files).toContain('.build/playground/manifest.json');
    expect(files.some((f) => /^\.build\/playground\/.+\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /^\.build\/explore\/.+\.js$/.test(f))).toBe(true);
  }, 300_000);
});
