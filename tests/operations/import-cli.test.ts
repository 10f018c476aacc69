import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './run-command.js';

const report = 'reports/2025-02-hnfs-backup-restore-failure.md';

describe('`npm run import` says what happened', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikb-import-cli-'));
  const env = { PGLITE_DIR: dir, DATABASE_URL: '' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a dry run says nothing was stored, and --verbose lists every entity it would create or match', async () => {
    const { code, output } = await runScript('src/import/cli.ts', ['--dry-run', '--verbose', report], env);
    expect(code).toBe(0);
    expect(output).toMatch(/would be created \(dry run\)/);
    expect(output).toMatch(/^ {4}(asset|party|team|service) .+ — (new|matched by .+)$/m);
    expect(output).toMatch(/Dry run: 1 would be created; nothing was stored\./);
    expect(output).not.toMatch(/report\(s\) imported/);
  }, 120_000);

  it('an import then the same file again: created, then unchanged', async () => {
    const first = await runScript('src/import/cli.ts', [report], env);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/1 created, 0 updated, 0 unchanged, 0 failed\./);
    const again = await runScript('src/import/cli.ts', [report], env);
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/unchanged .* already imported, nothing changed/);
    expect(again.output).toMatch(/0 created, 0 updated, 1 unchanged, 0 failed\./);
  }, 120_000);
});
