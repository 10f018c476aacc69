import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from '@neondatabase/serverless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { createKeyedApi, type KeyedApi } from '../support/keyed-api.js';
import { runScript } from '../operations/run-command.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

const verifyQuery = `query($checkpoints: [AuditCheckpointInput!], $publicKey: String) {
  verifyAuditTrail(checkpoints: $checkpoints, publicKey: $publicKey) { intact firstBrokenSeq reason latestSeq checkpointFindings { seq status detail } } }`;
const createTeam = `mutation($name: String!) { createTeam(input: { name: $name }) { id } }`;

describeWithServer('Audit checkpoints: a signed chain head kept outside the database shows truncation and re-chaining', () => {
  let testDatabase: TestDatabase;
  let api: KeyedApi;
  /** The database owner, who can switch the trail's guards off: what the checkpoints defend against. */
  let owner: Pool;
  let work: string;
  const keys = generateKeyPairSync('ed25519');
  const publicKey = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    const { authorization } = await issueApiKey(testDatabase.database, 'ADMIN');
    api = createKeyedApi(testDatabase.database, authorization);
    owner = new Pool({ connectionString: testDatabase.connection!.url, max: 1 });
    owner.on('error', () => {});
    work = mkdtempSync(join(tmpdir(), 'ikb-checkpoints-'));
    writeFileSync(join(work, 'private.pem'), keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    for (const name of ['Network', 'Database', 'Security', 'Service desk']) await api.query(createTeam, { name });
  }, 60_000);

  afterAll(async () => {
    await owner?.end();
    await testDatabase?.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  const checkpointCli = (...args: string[]) =>
    runScript('src/audit/checkpoint-cli.ts', args, {
      DATABASE_URL: testDatabase.connection!.url,
      DATABASE_WS_PROXY: testDatabase.connection!.wsProxy,
      AUDIT_CHECKPOINT_KEY: join(work, 'private.pem'),
      AUDIT_CHECKPOINT_DIR: join(work, 'checkpoints'),
    });
  const checkpoints = () => readdirSync(join(work, 'checkpoints')).map((n) => JSON.parse(readFileSync(join(work, 'checkpoints', n), 'utf8')));
  const verify = async (variables: Record<string, unknown>) => {
    const response = await api.query(verifyQuery, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.verifyAuditTrail as { intact: boolean; firstBrokenSeq: number | null; reason: string | null; latestSeq: number; checkpointFindings: { seq: number; status: string; detail: string }[] };
  };

  it('`npm run audit:checkpoint` signs the head into a file; the trail matches it', async () => {
    const made = await checkpointCli();
    expect(made.code, made.output).toBe(0);
    expect(made.output).toMatch(/Signed entry \d+/);
    const [checkpoint] = checkpoints();
    const result = await verify({ checkpoints: [checkpoint], publicKey });
    expect(result.intact).toBe(true);
    expect(result.checkpointFindings).toEqual([expect.objectContaining({ seq: checkpoint.seq, status: 'MATCHES' })]);
  }, 60_000);

  it('refuses a checkpoint signed by another key', async () => {
    const [checkpoint] = checkpoints();
    const other = generateKeyPairSync('ed25519');
    const forged = { ...checkpoint, signature: sign(null, Buffer.from('anything'), other.privateKey).toString('base64') };
    const result = await verify({ checkpoints: [forged], publicKey });
    expect(result.intact).toBe(false);
    expect(result.checkpointFindings.map((f) => f.status)).toEqual(['BAD_SIGNATURE']);
  });

  it('reports re-chaining: the owner rewrites an entry and recomputes every hash after it', async () => {
    const [checkpoint] = checkpoints();
    const client = await owner.connect();
    try {
      await client.query('begin');
      await client.query('alter table audit_entries disable trigger user');
      await client.query(`update audit_entries set after = jsonb_set(after, '{name}', '"Rewritten"') where seq = 2`);
      await client.query(`do $$ declare r audit_entries%rowtype; prev text; begin
        for r in select * from audit_entries where seq >= 2 order by seq loop
          select hash into prev from audit_entries where seq = r.seq - 1;
          r.prev_hash := prev; r.hash := audit_entry_hash(r);
          update audit_entries set prev_hash = r.prev_hash, hash = r.hash where seq = r.seq;
        end loop; end $$`);
      await client.query('alter table audit_entries enable trigger user');
      await client.query('commit');
    } finally {
      client.release();
    }
    // The chain alone cannot tell…
    expect((await verify({})).intact).toBe(true);
    // …the checkpoint can.
    const result = await verify({ checkpoints: [checkpoint], publicKey });
    expect(result.intact).toBe(false);
    expect(result.checkpointFindings).toEqual([expect.objectContaining({ seq: checkpoint.seq, status: 'RECHAINED' })]);
    expect(result.reason).toMatch(/rewritten/);
  });

  it('reports truncation: the owner deletes the newest entries', async () => {
    const [checkpoint] = checkpoints();
    const client = await owner.connect();
    try {
      await client.query('begin');
      await client.query('alter table audit_entries disable trigger user');
      await client.query('delete from audit_entries where seq >= $1', [checkpoint.seq]);
      await client.query('alter table audit_entries enable trigger user');
      await client.query('commit');
    } finally {
      client.release();
    }
    const result = await verify({ checkpoints: [checkpoint], publicKey });
    expect(result.intact).toBe(false);
    expect(result.checkpointFindings).toEqual([expect.objectContaining({ seq: checkpoint.seq, status: 'TRUNCATED' })]);
    expect(result.latestSeq).toBe(checkpoint.seq - 1);

    // The command line finds the checkpoints in its folder and says so, failing.
    const verified = await runScript('src/audit/checkpoint-cli.ts', ['verify'], {
      DATABASE_URL: testDatabase.connection!.url,
      DATABASE_WS_PROXY: testDatabase.connection!.wsProxy,
      AUDIT_CHECKPOINT_DIR: join(work, 'checkpoints'),
      AUDIT_CHECKPOINT_PUBLIC_KEY: publicKey,
    });
    expect(verified.code).toBe(1);
    expect(verified.output).toMatch(/NOT intact/);
    expect(verified.output).toMatch(/TRUNCATED/);
  }, 60_000);
});
