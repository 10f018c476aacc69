import type { AssetHit } from './asset-mentions.js';
import type { AssetFact, AssetRef } from './fact-types.js';
import { readOnDate, readSince } from './since.js';
import type { Sentence } from '../parse/text-units.js';
import { hits } from '../parse/text-units.js';
import { ASSET_FACT_CUES, REPLACEMENT_STAND_INS } from './vocabulary.js';

export interface FactSentence {
  sentence: Sentence;
  assets: AssetHit[];
  /** Entry start date for timeline sentences; null for causes, where nothing is dated. */
  date: string | null;
}

const REPLACEMENT_KINDS = new Set(['REPLACEMENT_REQUESTED', 'REPLACEMENT_ARRIVED']);
const SERVER_KINDS = new Set(['HOST', 'SERVER']);

/**
 * One fact per (cue, asset named in the same sentence). A "new/replacement server" stands for the failed host,
 * so its facts go to the single host or server known to have failed; without one, the fact is dropped.
 */
export function readAssetFacts(items: FactSentence[], failedHosts: () => AssetRef[]): AssetFact[] {
  const out: AssetFact[] = [];
  for (const { sentence, assets, date } of items) {
    const { since, sincePrecision } = readSince(sentence.text);
    const observedOn = date === null ? null : (readOnDate(sentence.text) ?? date);
    for (const { kind, cue } of ASSET_FACT_CUES) {
      const [hit] = hits(sentence.text, cue);
      if (!hit) continue;
      let targets = [...new Set(assets.filter((a) => !REPLACEMENT_STAND_INS.has(a.name)).map((a) => a.key))];
      let rule = `phrase:"${hit.surface.trim()}"`;
      const standIn = assets.some((a) => REPLACEMENT_STAND_INS.has(a.name));
      if (targets.length === 0 && (standIn || kind === 'HARDWARE_FAILURE' || REPLACEMENT_KINDS.has(kind))) {
        const failed = failedHosts().filter((a) => SERVER_KINDS.has(a.kind));
        // A replacement with no asset named is for the one asset of any kind that the causes say failed.
        const anyFailed = failedHosts();
        if (failed.length === 1 && failed[0] && (standIn || /\bserver\b|hardware failure/i.test(sentence.text))) {
          targets = [failed[0].key];
          rule = `${rule}; subject:the failed host ${failed[0].name}`;
        } else if (REPLACEMENT_KINDS.has(kind) && anyFailed.length === 1 && anyFailed[0] && /\breplacement\b|\bnew\b/i.test(sentence.text)) {
          targets = [anyFailed[0].key];
          rule = `${rule}; subject:the failed ${anyFailed[0].kind.toLowerCase().replace('_', ' ')} ${anyFailed[0].name}`;
        }
      }
      for (const assetKey of targets) {
        if (out.some((f) => f.assetKey === assetKey && f.kind === kind && f.span.startLine === sentence.span.startLine)) continue;
        out.push({ assetKey, kind, since, sincePrecision, observedOn, text: sentence.text, span: sentence.span, rule });
      }
    }
  }
  return out;
}
