import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'aes256gcm:';

/** The key that seals signing secrets at rest: `WEBHOOK_SECRET_KEY`, 32 bytes in base64; none leaves them as they are. */
export function secretKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  if (!env.WEBHOOK_SECRET_KEY) return null;
  const key = Buffer.from(env.WEBHOOK_SECRET_KEY, 'base64');
  if (key.length !== 32) throw new Error('WEBHOOK_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)');
  return key;
}

/** Seals a signing secret for the database (AES-256-GCM), so a copy of the database does not give away what signs. */
export function sealSecret(secret: string, key: Buffer | null = secretKeyFromEnv()): string {
  if (!key) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${PREFIX}${iv.toString('base64')}.${cipher.getAuthTag().toString('base64')}.${sealed.toString('base64')}`;
}

/** The signing secret a stored value holds; one stored before a key was configured is read as it is. */
export function openSecret(stored: string, key: Buffer | null = secretKeyFromEnv()): string {
  if (!stored.startsWith(PREFIX)) return stored;
  if (!key) throw new Error('A signing secret is sealed: WEBHOOK_SECRET_KEY is needed to sign');
  const [iv, tag, sealed] = stored.slice(PREFIX.length).split('.').map((part) => Buffer.from(part, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8');
}
