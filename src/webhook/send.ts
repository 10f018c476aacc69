import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addressKind } from './addresses.js';
import type { TargetPolicy } from './policy.js';

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** The target may not be sent to at all (a refused address or scheme): retrying will not help. */
  refused: boolean;
  durationMs: number;
}

export interface SendOptions {
  timeoutMs: number;
  policy: TargetPolicy;
}

/** The addresses a host resolves to now; an IP literal is its own. */
async function resolve(hostname: string): Promise<{ address: string; family: number }[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return [{ address: host, family: isIP(host) }];
  return lookup(host, { all: true, verbatim: true });
}

/** Why none of the addresses may be used, or null; every address must pass, so a mixed answer is refused. */
function refusal(url: URL, addresses: { address: string }[], policy: TargetPolicy): string | null {
  for (const { address } of addresses) {
    const kind = addressKind(address);
    if (kind && !(kind === 'loopback' && policy.development)) return `refused: ${url.hostname} resolves to a ${kind} address (${address})`;
  }
  const allLoopback = addresses.every(({ address }) => addressKind(address) === 'loopback');
  if (url.protocol === 'http:' && !(policy.development && allLoopback)) return 'refused: plain http is only allowed to a loopback receiver in development';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `refused: ${url.protocol} is not http(s)`;
  return null;
}

/** Connects to the address that was checked, never to a second resolution of the name (DNS rebinding). */
const pinned = (address: string, family: number): LookupFunction => (_hostname, options, callback) => {
  if (options.all) (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address, family }]);
  else callback(null, address, family);
};

/**
 * POSTs a signed body: the host is resolved now and refused if it points at a private, link-local or reserved
 * address (loopback too, outside development); redirects are never followed (a 3xx is a failure); the whole
 * exchange is cut off after `timeoutMs`; the response body is not read.
 */
export async function sendWebhook(target: string, headers: Record<string, string>, body: string, options: SendOptions): Promise<SendResult> {
  const started = Date.now();
  const done = (result: Omit<SendResult, 'durationMs'>): SendResult => ({ ...result, durationMs: Date.now() - started });
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return done({ ok: false, statusCode: null, error: 'refused: not a URL', refused: true });
  }
  let addresses: { address: string; family: number }[];
  try {
    addresses = await withTimeout(resolve(url.hostname), options.timeoutMs);
  } catch (error) {
    return done({ ok: false, statusCode: null, error: `cannot resolve ${url.hostname}: ${(error as Error).message}`, refused: false });
  }
  const refused = refusal(url, addresses, options.policy);
  if (refused) return done({ ok: false, statusCode: null, error: refused, refused: true });
  const [first] = addresses;
  if (!first) return done({ ok: false, statusCode: null, error: `${url.hostname} has no address`, refused: false });

  return new Promise((settle) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'POST',
      agent: false,
      lookup: pinned(first.address, first.family),
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'incident-knowledge-base-webhooks/1' },
    });
    const timer = setTimeout(() => request.destroy(new Error(`timeout after ${options.timeoutMs} ms`)), options.timeoutMs);
    const finish = (result: Omit<SendResult, 'durationMs'>) => {
      clearTimeout(timer);
      settle(done(result));
    };
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      response.destroy();
      request.destroy();
      if (status >= 200 && status < 300) finish({ ok: true, statusCode: status, error: null, refused: false });
      else if (status >= 300 && status < 400) finish({ ok: false, statusCode: status, error: 'redirect not followed', refused: false });
      else finish({ ok: false, statusCode: status, error: `HTTP ${status}`, refused: false });
    });
    request.on('error', (error) => finish({ ok: false, statusCode: null, error: error.message, refused: false }));
    request.end(body);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
