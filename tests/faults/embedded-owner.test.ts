import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const holderScript = fileURLToPath(new URL('../support/hold-embedded-database.ts', import.meta.url));

/** A second process holding the embedded database, as `npm start` does. */
async function holdDatabase(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dir], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

function runCli(script: string, args: string[], dir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '', AUTH_MODE: '' },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('The embedded database has one owner', () => {
  let dir: string;
  let holder: ChildProcess | undefined;
  afterEach(async () => {
    if (holder && holder.exitCode === null && holder.signalCode === null) {
      holder.stdin!.end();
      await new Promise((resolve) => holder!.once('exit', resolve));
    }
    holder = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second open while another process holds the folder, naming that process', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ikb-owner-'));
    holder = await holdDatabase(dir);
    await expect(openPglite(dir)).rejects.toThrow(new RegExp(`in use by process ${holder.pid}\\b`));
  }, 60_000);

  it('makes `npm run import` and `npm run keys` refuse clearly instead of reporting success that is lost', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ikb-owner-'));
    holder = await holdDatabase(dir);
    const imported = await runCli('src/import/cli.ts', ['reports/'], dir);
    expect(imported.code).not.toBe(0);
    expect(imported.output).toMatch(new RegExp(`in use by process ${holder.pid}\\b`));
    expect(imported.output).not.toMatch(/imported/);
    const keys = await runCli('src/auth/cli.ts', ['create', '--role', 'ADMIN', '--name', 'first'], dir);
    expect(keys.code).not.toBe(0);
    expect(keys.output).toMatch(new RegExp(`in use by process ${holder.pid}\\b`));
    expect(keys.output).not.toMatch(/Created/);
  }, 120_000);

  it('takes over a folder whose owner died without closing it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ikb-owner-'));
    holder = await holdDatabase(dir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder!.once('exit', resolve));
    const database = await openPglite(dir);
    await database.close();
    // Closed cleanly: the folder is free for the next owner.
    const again = await openPglite(dir);
    await again.close();
  }, 60_000);

  it('`npm run import` while `npm start` runs goes through the server, and the incident survives a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ikb-owner-'));
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', PGLITE_DIR: dir, DATABASE_URL: '', AUTH_MODE: '', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        server.stdout!.on('data', (chunk: Buffer) => {
          const match = /on (http:\/\/\S+\/graphql)/.exec(chunk.toString());
          if (match) resolve(match[1]!);
        });
        server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      const report = join(dir, '..', `${basename(dir)}-variant.md`);
      writeFileSync(report, readFileSync(join(root, 'reports/2025-02-hnfs-backup-restore-failure.md'), 'utf8').replace('# Incident report for HNFS panel', '# Incident report for HNFS archive panel'));
      const imported = await runCli('src/import/cli.ts', [report], dir);
      rmSync(report, { force: true });
      expect(imported.code, imported.output).toBe(0);
      expect(imported.output).toMatch(new RegExp(`process ${server.pid}\\) owns the embedded database: importing through its API`));
      expect(imported.output).toMatch(/1 created, 0 updated, 0 unchanged, 0 failed\./);
      const seen = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ incidents { totalCount } }' }) });
      expect(((await seen.json()) as { data: { incidents: { totalCount: number } } }).data.incidents.totalCount).toBe(4);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    // After the server stopped, the incident is in the folder: nothing was lost.
    const reopened = await openPglite(dir);
    try {
      const { rows } = (await reopened.db.execute(sql`select count(*)::int as n from incidents where title like '%archive panel%'`)) as unknown as { rows: { n: number }[] };
      expect(rows[0]!.n).toBe(1);
    } finally {
      await reopened.close();
    }
  }, 180_000);
});
