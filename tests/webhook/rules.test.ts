import { describe, expect, it } from 'vitest';
import { addressKind } from '../../src/webhook/addresses.js';
import { MAX_ATTEMPTS, retryDelaySeconds } from '../../src/webhook/backoff.js';
import { subscriptionWants } from '../../src/webhook/matching.js';
import { buildPayload, MAX_STORED_PAYLOAD_BYTES, payloadForRole } from '../../src/webhook/payload.js';
import { checkTargetUrl } from '../../src/webhook/policy.js';
import { openSecret, sealSecret } from '../../src/webhook/secret-box.js';

describe('which addresses a webhook may reach', () => {
  it('names private, loopback, link-local and reserved addresses, IPv4 written as IPv6 included', () => {
    expect(addressKind('10.0.0.1')).toBe('private');
    expect(addressKind('172.31.255.255')).toBe('private');
    expect(addressKind('192.168.1.1')).toBe('private');
    expect(addressKind('fd12::1')).toBe('private');
    expect(addressKind('127.0.0.53')).toBe('loopback');
    expect(addressKind('::1')).toBe('loopback');
    expect(addressKind('::ffff:127.0.0.1')).toBe('loopback');
    expect(addressKind('::ffff:10.1.1.1')).toBe('private');
    expect(addressKind('169.254.169.254')).toBe('link-local');
    expect(addressKind('fe80::1')).toBe('link-local');
    expect(addressKind('0.0.0.0')).toBe('reserved');
    expect(addressKind('224.0.0.1')).toBe('reserved');
    expect(addressKind('::10.0.0.1')).toBe('reserved');
    expect(addressKind('2002:a00:1::1')).toBe('reserved');
  });

  it('lets public addresses through', () => {
    for (const address of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111']) expect(addressKind(address), address).toBeNull();
  });

  it('accepts https anywhere public, and plain http only to loopback in development', () => {
    expect(checkTargetUrl('https://hooks.example.com/in', { development: false })).toBe('https://hooks.example.com/in');
    expect(checkTargetUrl('http://127.0.0.1:8080/in', { development: true })).toBe('http://127.0.0.1:8080/in');
    expect(() => checkTargetUrl('http://127.0.0.1:8080/in', { development: false })).toThrow(/must be https/);
    expect(() => checkTargetUrl('https://127.0.0.1/in', { development: false })).toThrow(/loopback address/);
    expect(() => checkTargetUrl('http://hooks.example.com/in', { development: true })).toThrow(/must be https/);
    expect(() => checkTargetUrl('https://[fe80::1]/in', { development: true })).toThrow(/link-local/);
  });
});

describe('retries', () => {
  it('waits longer after each failure and spreads the attempts over more than a day, even with no jitter', () => {
    const waits = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelaySeconds(i + 1, () => 0));
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits[1]! / waits[0]!).toBe(5);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(24 * 60 * 60);
  });

  it('adds up to a fifth more at random so receivers coming back are not hit all at once', () => {
    expect(retryDelaySeconds(2, () => 0)).toBe(75);
    expect(retryDelaySeconds(2, () => 1)).toBe(90);
  });
});

describe('what a subscription receives', () => {
  const subscription = { eventTypes: ['incident.created'], filterSeverities: ['SEV1'], filterCauseCategories: [], filterAssetIds: [] };

  it('matches the event type and every filter that is set', () => {
    expect(subscriptionWants(subscription, { type: 'incident.created', severity: 'SEV1', causeCategories: [], assetIds: [] })).toBe(true);
    expect(subscriptionWants(subscription, { type: 'incident.created', severity: 'SEV2', causeCategories: [], assetIds: [] })).toBe(false);
    expect(subscriptionWants(subscription, { type: 'incident.updated', severity: 'SEV1', causeCategories: [], assetIds: [] })).toBe(false);
    expect(subscriptionWants({ ...subscription, filterSeverities: [], filterAssetIds: ['a'] }, { type: 'incident.created', severity: null, causeCategories: [], assetIds: ['b', 'a'] })).toBe(true);
  });

  it('drops an oversized change (the object can be fetched) and tells who acted only to roles that read the audit trail', () => {
    const payload = buildPayload({
      eventId: 'e1', type: 'incident.updated', subject: { type: 'Incident', id: '00000000-0000-4000-8000-000000000001' },
      data: { key: 'k' }, change: { fields: { summary: { from: '', to: 'x'.repeat(MAX_STORED_PAYLOAD_BYTES) } } }, actor: { id: 'key-1', role: 'EDITOR' },
    }, new Date('2025-01-01T00:00:00Z'));
    expect(payload).toMatchObject({ version: 1, change: null, changeTruncated: true, data: { key: 'k' } });
    expect(payloadForRole(payload, 'ANALYST')).not.toHaveProperty('actor');
    expect(payloadForRole(payload, 'AUDITOR')).toHaveProperty('actor', { id: 'key-1', role: 'EDITOR' });
  });
});

describe('signing secrets at rest', () => {
  const key = Buffer.alloc(32, 7);

  it('seals a secret so the stored value does not contain it, and opens it again with the key only', () => {
    const secret = 'whsec_c2VjcmV0LXNpZ25pbmcta2V5LWZvci10ZXN0cw==';
    const stored = sealSecret(secret, key);
    expect(stored).toMatch(/^aes256gcm:/);
    expect(stored).not.toContain(secret.slice(6));
    expect(openSecret(stored, key)).toBe(secret);
    expect(() => openSecret(stored, Buffer.alloc(32, 8))).toThrow();
    expect(() => openSecret(stored, null)).toThrow(/WEBHOOK_SECRET_KEY/);
  });

  it('leaves secrets as they are without a key, and reads them either way', () => {
    expect(sealSecret('whsec_abc', null)).toBe('whsec_abc');
    expect(openSecret('whsec_abc', key)).toBe('whsec_abc');
  });
});
