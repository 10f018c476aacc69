import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { authModeFor } from '../../src/auth/mode.js';
import { lambdaContext } from '../../src/server/lambda-event.js';
import { createEvent } from '../support/api.js';

const run = promisify(execFile);

describe('Who needs a key', () => {
  it('runs open only for the embedded database, and not when AUTH_MODE=keys', () => {
    expect(authModeFor({ url: undefined }, {})).toBe('open');
    expect(authModeFor({ url: undefined }, { AUTH_MODE: 'keys' })).toBe('keys');
    expect(authModeFor({ url: 'postgres://db/x' }, {})).toBe('keys');
    expect(authModeFor({ url: 'postgres://db/x' }, { AUTH_MODE: 'open' })).toBe('keys');
  });

  it('the Lambda function answers 401 to a request without a key', async () => {
    const { handler } = await import('../../functions/graphql.js');
    const result = await handler(createEvent('{ incidents { totalCount } }'), lambdaContext());
    expect(result.statusCode).toBe(401);
    expect(JSON.parse(result.body!).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('creates the first ADMIN key, lists and revokes keys from the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ikb-keys-'));
    const env = { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
    const keys = (...args: string[]) => run('npx', ['tsx', 'src/auth/cli.ts', ...args], { env });
    try {
      const created = await keys('create', '--role', 'ADMIN', '--name', 'first admin');
      const id = /id ([0-9a-f-]{36})/.exec(created.stdout)![1]!;
      expect(created.stdout).toMatch(/shown only this once:\nikb_[0-9a-f]{32}_[A-Za-z0-9_-]{43}\n/);
      expect((await keys('list')).stdout).toMatch(new RegExp(`${id}\\s+ADMIN\\s+active.*first admin`));
      expect((await keys('revoke', id)).stdout).toContain(`Revoked key ${id}`);
      await expect(keys('create', '--role', 'ROOT', '--name', 'x')).rejects.toMatchObject({ code: 2 });
      // A mistyped id is named as such, not answered with the database's own error text.
      const mistyped = await keys('revoke', 'not-a-key-id').then(() => null, (failure: { code: number; stderr: string }) => failure);
      expect(mistyped?.code).toBe(1);
      expect(mistyped?.stderr.trim()).toBe('`id` is not an API key id');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
