import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkpointSignedBy, type AuditCheckpoint } from '../../src/audit/checkpoint.js';
import { createApi } from '../support/api.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { withEnv } from './bundle-env.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

/** What the function sends to S3: the SDK stands in for the bucket here. */
const sent = vi.hoisted(() => [] as { Bucket?: string; Key?: string; Body?: string }[]);
vi.mock('@aws-sdk/client-s3', () => ({
  S3Client: class {
    async send(command: { input: (typeof sent)[number] }) {
      sent.push(command.input);
      return {};
    }
  },
  PutObjectCommand: class {
    constructor(readonly input: unknown) {}
  },
}));

describeWithServer('The scheduled checkpoint function (Lambda)', () => {
  let testDatabase: TestDatabase;
  const keys = generateKeyPairSync('ed25519');

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    await createApi(testDatabase.database).ok(`mutation { createTeam(input: { name: "Network" }) { id } }`);
  }, 60_000);

  afterAll(async () => {
    await testDatabase?.dispose();
  });

  it('signs the chain head with the key from its environment and puts it in the checkpoint bucket', async () => {
    const { url, wsProxy } = testDatabase.connection!;
    const { handler } = await withEnv(
      {
        DATABASE_URL: url, DATABASE_WS_PROXY: wsProxy, LOG_LEVEL: 'silent', AUDIT_CHECKPOINT_BUCKET: 'checkpoints-bucket',
        AUDIT_CHECKPOINT_KEY: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      },
      () => import('../../functions/audit-checkpoint.js'),
    );
    const result = await withEnv({ AUDIT_CHECKPOINT_BUCKET: 'checkpoints-bucket', AUDIT_CHECKPOINT_KEY: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }, () => handler());
    expect(result.seq).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.Bucket).toBe('checkpoints-bucket');
    expect(sent[0]!.Key).toMatch(/^checkpoints\/checkpoint-000000000001-/);
    const checkpoint = JSON.parse(sent[0]!.Body!) as AuditCheckpoint;
    expect(checkpointSignedBy(checkpoint, keys.publicKey)).toBe(true);
  });
});
