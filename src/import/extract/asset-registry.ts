import type { AssetRef } from './fact-types.js';
import type { AssetHit } from './asset-mentions.js';
import { findAssets, twinsOf } from './asset-mentions.js';
import type { Sentence } from '../parse/text-units.js';

const HOSTED_KINDS = new Set(['DATABASE_NODE', 'VM', 'STORAGE', 'BACKUP', 'SERVER']);

/** Prefers the formal spelling ("VMS-010") as display name: has a dash, then the longest number. */
function formality(surface: string): number {
  return (surface.includes('-') ? 100 : 0) + (surface.match(/\d+/)?.[0]?.length ?? 0) + (surface === surface.toUpperCase() ? 1 : 0);
}

export class AssetRegistry {
  private readonly byKey = new Map<string, AssetRef>();
  /** Dashed prefixes of the codes read so far, by their letters, so "HRWEB01" is read after "HR-WEB-02". */
  private readonly twins = new Map<string, string>();

  list(): AssetRef[] {
    return [...this.byKey.values()];
  }

  get(key: string): AssetRef | undefined {
    return this.byKey.get(key);
  }

  /** Records every asset in the sentence and the relations the sentence states; returns the hits. */
  read(sentence: Sentence): AssetHit[] {
    const found = findAssets(sentence.text, this.twins);
    for (const [letters, prefix] of twinsOf(found)) if (!this.twins.has(letters)) this.twins.set(letters, prefix);
    for (const h of found) this.note(h, sentence);
    this.relateHosted(sentence.text, found);
    this.relateParts(sentence.text, found, sentence);
    this.relatePartners(sentence.text, found, sentence);
    return found;
  }

  private note(h: AssetHit, sentence: Sentence): void {
    const existing = this.byKey.get(h.key);
    if (!existing) {
      const name = h.named ? h.name : (h.displayName ?? h.surface);
      this.byKey.set(h.key, { key: h.key, name, kind: h.kind, aliases: [h.surface], parentKey: null, partnerKey: null, span: sentence.span, rule: h.rule });
      return;
    }
    if (!existing.aliases.includes(h.surface)) existing.aliases.push(h.surface);
    const spelled = h.displayName ?? h.surface;
    if (!h.named && formality(spelled) > formality(existing.name)) existing.name = spelled;
  }

  // "MASTER-01, MASTER-02 and SLAVE-1 on VMS10": what precedes "on <host>" in the clause runs on that host.
  private relateHosted(text: string, found: AssetHit[]): void {
    let from = 0;
    for (const host of found) {
      if (host.kind !== 'HOST') continue;
      if (!/\bon\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, host.index - 8), host.index))) continue;
      for (const guest of found) {
        if (guest.index < from || guest.index >= host.index || !HOSTED_KINDS.has(guest.kind)) continue;
        const ref = this.byKey.get(guest.key);
        if (ref && ref.parentKey === null) ref.parentKey = host.key;
      }
      from = host.end;
    }
  }

  // "Edge Firewall (EDGE-FW-01 and EDGE-FW-02 HA pair)": coded units in brackets are parts of the named asset.
  private relateParts(text: string, found: AssetHit[], sentence: Sentence): void {
    for (const whole of found) {
      const bracket = /^\s*\(([^)]*)\)/.exec(text.slice(whole.end));
      if (!bracket) continue;
      const open = whole.end + bracket[0].indexOf('(');
      const close = whole.end + bracket[0].length;
      for (const part of found) {
        if (part.index <= open || part.end > close || part.named || part.key === whole.key) continue;
        const ref = this.byKey.get(part.key);
        if (ref && ref.parentKey === null) {
          ref.parentKey = whole.key;
          ref.rule = `${ref.rule}; part-of:"${whole.surface} (...)" line ${sentence.span.startLine}`;
        }
      }
    }
  }

  // "HA pair" with exactly two coded units of one kind in the sentence makes them redundancy partners.
  private relatePartners(text: string, found: AssetHit[], sentence: Sentence): void {
    if (!/\bHA pair\b/i.test(text)) return;
    const units = [...new Map(found.filter((h) => !h.named).map((h) => [h.key, h])).values()];
    const [a, b] = units;
    if (units.length !== 2 || !a || !b || a.kind !== b.kind) return;
    const refA = this.byKey.get(a.key);
    const refB = this.byKey.get(b.key);
    if (!refA || !refB) return;
    refA.partnerKey = b.key;
    refB.partnerKey = a.key;
    refA.rule = `${refA.rule}; phrase:"HA pair" line ${sentence.span.startLine}`;
    refB.rule = `${refB.rule}; phrase:"HA pair" line ${sentence.span.startLine}`;
  }
}
