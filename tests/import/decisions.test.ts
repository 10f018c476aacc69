import { describe, expect, it } from 'vitest';
import { readDecisions } from '../../src/import/extract/decisions.js';

const read = (text: string, people: { name: string; spellings: string[] }[] = []) =>
  readDecisions({ sentence: { text, span: { startLine: 1, endLine: 1 } }, date: '2025-01-01', roles: [], holderOf: () => null, people })
    .map((d) => [d.kind, d.partyName]);

describe('decisions worded differently', () => {
  it.each([
    ['Finance authorised the purchase of two disks.', 'PURCHASE_APPROVED'],
    ['The director signed off the spend for a new switch.', 'PURCHASE_APPROVED'],
    ['Management approved to rent a temporary host.', 'PURCHASE_APPROVED'],
    ['The emergency was lifted at noon.', 'EMERGENCY_CLOSED'],
    ['The duty manager invoked the emergency procedure.', 'EMERGENCY_DECLARED'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(read(text).map(([k]) => k)).toEqual([kind]);
  });

  it('reads closing the emergency and the incident in one sentence as two decisions', () => {
    expect(read('The chairman closed the emergency and the incident on 12 Sep 2025.').map(([k]) => k)).toEqual(['EMERGENCY_CLOSED', 'INCIDENT_CLOSED']);
  });

  it('takes the signer from a listed name when no role is named', () => {
    expect(read('Alex Liang approved the purchase of a new server.', [{ name: 'Alex Liang', spellings: ['Alex Liang'] }])).toEqual([['PURCHASE_APPROVED', 'Alex Liang']]);
  });
});
