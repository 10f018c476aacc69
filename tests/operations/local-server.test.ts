import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runScript } from './run-command.js';

describe('`npm start`', () => {
  it('says the port is in use, before opening the database, without a stack trace', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
    const port = (busy.address() as AddressInfo).port;
    const dir = join(mkdtempSync(join(tmpdir(), 'ikb-port-')), 'db');
    try {
      const { code, stderr } = await runScript('src/server/main.ts', [], { PORT: String(port), PGLITE_DIR: dir, DATABASE_URL: '' });
      expect(code).not.toBe(0);
      expect(stderr).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(dir)).toBe(false);
    } finally {
      busy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  describe('answers paths it does not serve with 404, and has a favicon', () => {
    let server: ChildProcess;
    let base: string;
    const dir = mkdtempSync(join(tmpdir(), 'ikb-routes-'));

    beforeAll(async () => {
      server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        cwd: root,
        env: { ...process.env, PORT: '0', PGLITE_DIR: dir, DATABASE_URL: '', AUTH_MODE: '', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      base = await new Promise<string>((resolve) => {
        server.stdout!.on('data', (chunk: Buffer) => {
          const match = /on (http:\/\/\S+)\/graphql/.exec(chunk.toString());
          if (match) resolve(match[1]!);
        });
      });
    }, 120_000);

    afterAll(async () => {
      server?.kill('SIGTERM');
      await new Promise((r) => server?.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    });

    it('sends / to the playground', async () => {
      const response = await fetch(`${base}/`, { redirect: 'manual', headers: { accept: 'text/html' } });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/graphql');
    });

    it('serves a favicon', async () => {
      const response = await fetch(`${base}/favicon.ico`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(await response.text()).toMatch(/^<svg/);
    });

    it.each(['/nope', '/graphql/extra', '/robots.txt'])('answers %s with 404 NOT_FOUND', async (path) => {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    });
  });
});
