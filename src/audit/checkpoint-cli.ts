import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv } from '../../db/index.js';
import { withCommandDatabase } from '../../db/open-or-exit.js';
import { privateKeyFrom, signCheckpoint } from './checkpoint.js';
import { chainHead } from './checkpoint-check.js';
import { writeCheckpointFile } from './checkpoint-files.js';
import { verifyWithCheckpoints } from './verify-with-checkpoints.js';

const usage = `Usage: npm run audit:checkpoint [-- <command>]
  (none)             sign the audit chain's head with AUDIT_CHECKPOINT_KEY and store it in AUDIT_CHECKPOINT_DIR
  keygen --out <dir> create an Ed25519 key pair (keep the private key away from the database and its owners)
  verify             check the chain and every checkpoint in AUDIT_CHECKPOINT_DIR (AUDIT_CHECKPOINT_PUBLIC_KEY)`;

const pemOf = (value: string) => (value.includes('-----BEGIN') ? value : readFileSync(value, 'utf8'));

async function keygen(out: string | undefined): Promise<number> {
  if (!out) {
    console.error(usage);
    return 2;
  }
  const privatePath = join(out, 'audit-checkpoint-private.pem');
  const publicPath = join(out, 'audit-checkpoint-public.pem');
  if (existsSync(privatePath) || existsSync(publicPath)) {
    console.error(`${out} already holds a checkpoint key; remove it first if you mean to replace it`);
    return 1;
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  await mkdir(out, { recursive: true });
  await writeFile(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  await writeFile(publicPath, publicKey.export({ type: 'spki', format: 'pem' }), { flag: 'wx' });
  console.log(`Private key: ${privatePath} (AUDIT_CHECKPOINT_KEY; never on the database server)\nPublic key:  ${publicPath} (AUDIT_CHECKPOINT_PUBLIC_KEY)`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
  const [command = 'create'] = positionals;
  if (command === 'keygen') return keygen(values.out);
  if (command !== 'create' && command !== 'verify') {
    console.error(usage);
    return 2;
  }
  const env = process.env;
  if (command === 'create' && (!env.AUDIT_CHECKPOINT_KEY || !env.AUDIT_CHECKPOINT_DIR)) {
    console.error(`Set AUDIT_CHECKPOINT_KEY (the private key, PEM or its path) and AUDIT_CHECKPOINT_DIR (where checkpoints are kept)\n${usage}`);
    return 2;
  }
  return withCommandDatabase(databaseConfigFromEnv(), async (database) => {
    if (command === 'create') {
      const head = await chainHead(database.db);
      if (!head) {
        console.log('The audit trail is empty: nothing to sign yet.');
        return 0;
      }
      const checkpoint = signCheckpoint(head, privateKeyFrom(pemOf(env.AUDIT_CHECKPOINT_KEY!)));
      const path = await writeCheckpointFile(env.AUDIT_CHECKPOINT_DIR!, checkpoint);
      console.log(`Signed entry ${checkpoint.seq} (hash ${checkpoint.hash.slice(0, 16)}…) at ${checkpoint.at} with key ${checkpoint.keyId}: ${path}`);
      return 0;
    }
    const result = await verifyWithCheckpoints(database.db, {}, env);
    console.log(`${result.intact ? 'Intact' : 'NOT intact'}: ${result.entriesChecked} entries checked${result.reason ? `; entry ${result.firstBrokenSeq}: ${result.reason}` : ''}`);
    for (const finding of result.checkpointFindings) console.log(`  ${finding.status.padEnd(13)} ${finding.detail}`);
    return result.intact ? 0 : 1;
  });
}

process.exitCode = await main(process.argv.slice(2));
