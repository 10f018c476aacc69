import type { AssetHit } from './asset-mentions.js';
import type { PlacementFact } from './fact-types.js';
import { readOnDate } from './since.js';
import type { FactSentence } from './asset-facts.js';

/**
 * Verbs that put an asset on another host, then up to 60 characters of the same
 * clause ("from VMS-010", "SLAVE-1 and SLAVE-2", "on 3 Mar 2025", "as a new VM")
 * and the word before the new host.
 */
const MOVED = /\b(moved|migrated|relocated|transferred|vmotioned|restored|re-?built|re-?created|re-?deployed|re-?seeded|re-?installed)\b[^.;]{0,60}?\s+(?:(?:over\s+)?to|on(?:to)?|into)\s*$/i;
/** "now runs on VMS-020", "is now hosted on VMS-020": where an asset runs from now on. */
const NOW_ON = /\b(now\s+(?:runs?|running|lives?|sits?|resides?|hosted)|is\s+now(?:\s+(?:hosted|running))?)\s+on\s*$/i;
/** The new asset follows: "replaced by / with", "swapped for", "superseded by", "rebuilt as". */
const REPLACED_BY = /\b(?:replaced\s+(?:by|with)|swapped\s+(?:out\s+)?(?:for|with)|superseded\s+by|succeeded\s+by|rebuilt\s+as|re-?created\s+as|re-?built\s+as)\s*$/i;
/** "replaced EDGE-FW-02 with EDGE-FW-03": the old asset sits between the verb and "with". */
const REPLACED_WITH = /\b(?:replaced|swapped(?:\s+out)?)\s+([^.;]{1,40}?)\s+(?:with|for|by)\s*$/i;
const RETIRED = /\b(?:decommissioned|retired|scrapped|dismantled|switched off for good|(?:taken|removed|withdrawn)\s+(?:out\s+of|from)\s+service)\b/i;
/** A plan, a possibility or a denial is no change: "will be decommissioned", "was not moved", "should be migrated". */
const NOT_DONE = /\b(?:not|never|no longer planned|will|would|should|shall|could|can|may|might|must|to be|plan(?:s|ned)? to|scheduled|intend(?:s|ed)? to)\b|n't\b/i;
/** Before an asset, these mark a place or a source, not the asset that moves ("from VMS-010", "off VMS-010", "on VMS-010"). */
const PLACE_BEFORE = /\b(?:from|off|on|onto|of|at|in)\s*$/i;
const LOOK_BEHIND = 120;
/** Whether the words right before `index` place something ("on", "from" …); only the last few characters are read. */
const placedBefore = (text: string, index: number) => PLACE_BEFORE.test(text.slice(Math.max(0, index - 24), index));

type Placement = Omit<PlacementFact, 'validFrom' | 'text' | 'span'>;

/**
 * Asset changes over time read from a sentence: "SLAVE-1 had been moved to
 * VMS-020", "we migrated SLAVE-1 and SLAVE-2 off VMS-010 onto VMS-020",
 * "MASTER-01 was restored on VMS-020", "SLAVE-1 was re-seeded from MASTER-01
 * on VMS-020", "MASTER-01 was rebuilt as MASTER-02", "EDGE-FW-02 was replaced by
 * EDGE-FW-03", "VMS-010 was decommissioned". The change holds from the date the
 * sentence gives ("on 3 Mar 2025"), else the timeline entry's date. A change
 * only planned or denied ("will be moved", "was not decommissioned") is not read;
 * a re-seed with no host named ("re-seeded from MASTER-01") changes no hosting.
 */
export function readAssetMoves(items: FactSentence[]): PlacementFact[] {
  const out: PlacementFact[] = [];
  for (const { sentence, assets, date } of items) {
    if (date === null) continue;
    const validFrom = readOnDate(sentence.text) ?? date;
    const found: Placement[] = [];
    // The new asset of a replacement ("replaced by EDGE-FW-03 and decommissioned") is not the one retired.
    const newcomers = new Set<string>();
    const push = (p: Placement) => {
      if (!found.some((f) => f.assetKey === p.assetKey)) found.push(p);
    };
    const ordered = [...assets].sort((a, b) => a.index - b.index);
    for (const target of ordered) {
      // The wordings end right before the asset and are at most about 80 characters long: reading only that
      // stretch keeps a sentence naming thousands of assets linear rather than quadratic.
      const windowStart = Math.max(0, target.index - LOOK_BEHIND);
      const before = sentence.text.slice(windowStart, target.index);
      const match = REPLACED_BY.exec(before) ?? REPLACED_WITH.exec(before);
      const replaced = match && Object.assign(match, { index: match.index + windowStart });
      if (replaced) {
        const inside = ordered.filter((a) => a.key !== target.key && a.index > replaced.index && a.index < replaced.index + replaced[0].length);
        const olds = inside.length > 0 ? inside : subjectsBefore(sentence.text, ordered, replaced.index, target);
        newcomers.add(target.key);
        for (const old of olds) push({ assetKey: old.key, hostKey: null, status: 'RETIRED', rule: `replaced by:"${replaced[0].trim()} ${target.surface}"` });
        continue;
      }
      if (target.kind !== 'HOST' && target.kind !== 'SERVER') continue;
      const moved = MOVED.exec(before) ?? NOW_ON.exec(before);
      if (!moved) continue;
      const verbEnd = moved.index + (moved[1]?.length ?? 0);
      // Active voice names the guests after the verb ("migrated SLAVE-1 and SLAVE-2 to"); passive voice names them before it.
      const after = ordered.filter((a) => a.index > verbEnd && a.index < target.index && isGuest(sentence.text, a, target));
      const guests = after.length > 0 ? after : subjectsBefore(sentence.text, ordered, moved.index, target);
      for (const guest of guests) push({ assetKey: guest.key, hostKey: target.key, status: null, rule: `moved:"${moved[0].trim()} ${target.surface}"` });
    }
    const retired = RETIRED.exec(sentence.text);
    if (retired) {
      const subject = subjectsBefore(sentence.text, ordered, retired.index, null).filter((a) => !newcomers.has(a.key)).pop()
        ?? ordered.find((a) => a.index > retired.index && a.index - retired.index - retired[0].length < 30 && !NOT_DONE.test(sentence.text.slice(0, retired.index)));
      if (subject) push({ assetKey: subject.key, hostKey: null, status: 'RETIRED', rule: `phrase:"${retired[0]}"` });
    }
    for (const p of found) out.push({ ...p, validFrom, text: sentence.text, span: sentence.span });
  }
  return out;
}

/** An asset that can be the one moving: not the target, not a host, not a place or a source ("from VMS-010"). */
function isGuest(text: string, a: AssetHit, target: AssetHit): boolean {
  return a.key !== target.key && a.kind !== 'HOST' && !placedBefore(text, a.index);
}

/**
 * The assets a clause is about, written before its verb at `verbIndex`
 * ("SLAVE-1 and SLAVE-2 were moved"): in the same clause, close to the verb,
 * with no plan or denial between them and the verb.
 */
function subjectsBefore(text: string, ordered: AssetHit[], verbIndex: number, target: AssetHit | null): AssetHit[] {
  const clauseStart = Math.max(text.lastIndexOf(';', verbIndex), text.lastIndexOf('. ', verbIndex)) + 1;
  const candidates = ordered.filter((a) => a.index >= clauseStart && a.end <= verbIndex && verbIndex - a.end <= 80 && (target === null || isGuest(text, a, target)) && (target !== null || !placedBefore(text, a.index)));
  const nearest = candidates.at(-1);
  if (!nearest || NOT_DONE.test(text.slice(nearest.end, verbIndex))) return [];
  return candidates.filter((a) => !NOT_DONE.test(text.slice(a.end, verbIndex)));
}
