import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key is `ikb_<key id>_<secret>`: the id finds the row, the secret (256 random bits) proves
 * possession. Only the secret's SHA-256 is stored; a fast hash is enough for a secret this long.
 */
const keyPattern = /^ikb_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function formatKey(id: string, secret: string): string {
  return `ikb_${id.replaceAll('-', '')}_${secret}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The key id (as a UUID) and secret of a well-formed key; null for anything else. */
export function parseKey(key: string): { id: string; secret: string } | null {
  const match = keyPattern.exec(key);
  if (!match) return null;
  const hex = match[1]!;
  return { id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, secret: match[2]! };
}

/** Compares in constant time, so response timing does not leak how much of a secret was right. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
