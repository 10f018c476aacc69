import { isIP } from 'node:net';
import { BadUserInputError } from '../graph/errors.js';
import { addressKind } from './addresses.js';

/** Where webhooks may go. In development (not `NODE_ENV=production`) plain http to a loopback receiver is allowed. */
export interface TargetPolicy {
  development: boolean;
}

export const targetPolicyFromEnv = (env: NodeJS.ProcessEnv = process.env): TargetPolicy => ({ development: env.NODE_ENV !== 'production' });

export const productionPolicy: TargetPolicy = { development: false };

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A host that names the loopback interface by its text (resolution is checked again at delivery time). */
export const isLoopbackHost = (hostname: string) => loopbackNames.has(hostname.toLowerCase()) || addressKind(hostname.replace(/^\[|\]$/g, '')) === 'loopback';

/** Checks a subscription's URL when it is saved; the address it resolves to is checked on every delivery. */
export function checkTargetUrl(raw: string, policy: TargetPolicy, field = 'input.url'): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BadUserInputError(`\`${field}\` is not a URL`, { field });
  }
  if (raw.length > 2_000) throw new BadUserInputError(`\`${field}\` is longer than 2000 characters`, { field });
  if (url.username || url.password) throw new BadUserInputError(`\`${field}\` must not carry credentials`, { field });
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.development && loopback)) {
    throw new BadUserInputError(`\`${field}\` must be https${policy.development ? ' (plain http only to a loopback address in development)' : ''}`, { field });
  }
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal)) {
    const kind = addressKind(literal);
    if (kind && !(kind === 'loopback' && policy.development)) throw new BadUserInputError(`\`${field}\` points at a ${kind} address`, { field });
  }
  return url.toString();
}
