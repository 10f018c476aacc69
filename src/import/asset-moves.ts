import type { AssetHit } from './asset-mentions.js';
import type { PlacementFact } from './fact-types.js';
import { readOnDate } from './since.js';
import type { FactSentence } from './asset-facts.js';

/** Verbs that put an asset on another host, with the word before the new host. */
const MOVED = /\b(?:moved|migrated|relocated|restored|rebuilt|re-?created|re-?deployed)\b(?:\s+from\s+\S+)?(?:\s+\w+){0,2}?\s+(?:to|on(?:to)?)\s*$/i;
const REPLACED_BY = /\breplaced\s+by\s*$/i;
const RETIRED = /\b(?:decommissioned|retired|scrapped|switched off for good)\b/i;

/**
 * Asset changes over time read from a sentence: "SLAVE-1 had been moved to
 * VMS-020", "MASTER-01 was restored on VMS-020", "EDGE-FW-02 was replaced by
 * EDGE-FW-03", "VMS-010 was decommissioned". The change holds from the date
 * the sentence gives ("on 3 Mar 2025"), else the timeline entry's date.
 */
export function readAssetMoves(items: FactSentence[]): PlacementFact[] {
  const out: PlacementFact[] = [];
  for (const { sentence, assets, date } of items) {
    if (date === null) continue;
    const from = readOnDate(sentence.text) ?? date;
    const ordered = [...assets].sort((a, b) => a.index - b.index);
    for (let i = 1; i < ordered.length; i++) {
      const target = ordered[i]!;
      const between = sentence.text.slice(0, target.index);
      // "moved from VMS-010 to VMS-020": the asset after "from" is the old host, not the one that moved.
      const guest = lastBefore(ordered, i, (a) => a.key !== target.key && !/\bfrom\s*$/i.test(sentence.text.slice(0, a.index)));
      if (!guest) continue;
      const gap = sentence.text.slice(guest.index + guest.surface.length, target.index);
      if (/[;]/.test(gap) || gap.length > 80) continue;
      if (MOVED.test(between) && (target.kind === 'HOST' || target.kind === 'SERVER')) {
        out.push({ assetKey: guest.key, hostKey: target.key, status: null, validFrom: from, text: sentence.text, span: sentence.span, rule: `moved:"${between.match(MOVED)?.[0]?.trim()} ${target.surface}"` });
      } else if (REPLACED_BY.test(between)) {
        out.push({ assetKey: guest.key, hostKey: null, status: 'RETIRED', validFrom: from, text: sentence.text, span: sentence.span, rule: `replaced by:"${target.surface}"` });
      }
    }
    const retired = RETIRED.exec(sentence.text);
    if (retired) {
      const subject = [...assets].filter((a) => a.index < retired.index).pop();
      if (subject && !out.some((p) => p.assetKey === subject.key && p.span === sentence.span)) {
        out.push({ assetKey: subject.key, hostKey: null, status: 'RETIRED', validFrom: from, text: sentence.text, span: sentence.span, rule: `phrase:"${retired[0]}"` });
      }
    }
  }
  return out;
}

function lastBefore(assets: AssetHit[], i: number, ok: (a: AssetHit) => boolean): AssetHit | undefined {
  for (let j = i - 1; j >= 0; j--) if (ok(assets[j]!)) return assets[j];
  return undefined;
}
