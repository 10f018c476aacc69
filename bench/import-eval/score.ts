import { normaliseAssetKey, normalisePersonKey, normaliseTitleKey } from '../../src/import/parse/normalise.js';
import type { Gold } from './gold.js';
import type { StoredFacts, StoredFact } from './stored.js';

export const KINDS = ['parties', 'assets', 'entries', 'times', 'causes', 'recommendations', 'signOffs'] as const;
export type Kind = (typeof KINDS)[number];

export interface KindScore {
  gold: number;
  stored: number;
  correct: number;
  /** Stored facts that match nothing in the gold and carry no warning on their lines. */
  silentlyWrong: number;
  wrong: string[];
  missed: string[];
}

/** Text as an analyst compares it: case, spacing, quotes and a final full stop do not matter. */
export function sameText(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[‘’“”"'`*_]/g, '').replace(/\s+/g, ' ').replace(/[.;,\s]+$/, '').trim();
  return n(a) === n(b);
}

/** One-to-one matching: each gold item is used at most once. */
function matchAll<G, S>(gold: G[], stored: S[], same: (g: G, s: S) => boolean): { matched: Set<number>; usedGold: Set<number> } {
  const usedGold = new Set<number>();
  const matched = new Set<number>();
  stored.forEach((s, si) => {
    const gi = gold.findIndex((g, i) => !usedGold.has(i) && same(g, s));
    if (gi >= 0) {
      usedGold.add(gi);
      matched.add(si);
    }
  });
  return { matched, usedGold };
}

function score<G, S extends StoredFact>(
  gold: G[],
  stored: S[],
  same: (g: G, s: S) => boolean,
  label: { gold: (g: G) => string; stored: (s: S) => string },
  warnedLines: Set<number>,
  flagged: (s: S) => string | null = () => null,
): KindScore {
  const { matched, usedGold } = matchAll(gold, stored, same);
  const wrongFacts = stored.filter((_, i) => !matched.has(i));
  const warned = (s: S) => s.lines.some((l) => warnedLines.has(l)) || flagged(s) !== null;
  return {
    gold: gold.length,
    stored: stored.length,
    correct: matched.size,
    silentlyWrong: wrongFacts.filter((s) => !warned(s)).length,
    wrong: wrongFacts.map((s) => `${label.stored(s)}${s.lines.some((l) => warnedLines.has(l)) ? ' (warned)' : flagged(s) !== null ? ` (${flagged(s) ?? ''})` : ''}`),
    missed: gold.filter((_, i) => !usedGold.has(i)).map(label.gold),
  };
}

export function scoreReport(gold: Gold, stored: StoredFacts): Record<Kind, KindScore> {
  const warned = new Set(stored.warningLines);
  const personIn = (name: string, names: string[]) => names.some((n) => normalisePersonKey(n) === normalisePersonKey(name));
  const causeIndex = (text: string) => gold.causes.findIndex((c) => sameText(c, text)) + 1;
  return {
    parties: score(
      gold.parties, stored.parties,
      (g, s) => personIn(g.name, s.names) && (g.title === null || normaliseTitleKey(g.title) === normaliseTitleKey(s.title ?? '')),
      { gold: (g) => `${g.name} - ${g.title ?? '?'}`, stored: (s) => `${s.names[0]} - ${s.title ?? '?'}` }, warned,
    ),
    assets: score(
      gold.assets, stored.assets, (g, s) => s.names.some((n) => normaliseAssetKey(n) === normaliseAssetKey(g)),
      { gold: (g) => g, stored: (s) => s.names[0] ?? '?' }, warned,
    ),
    entries: score(
      gold.entries, stored.entries, (g, s) => g.start === s.start && g.end === s.end,
      { gold: (g) => `${g.start}..${g.end}`, stored: (s) => `${s.start}..${s.end} (line ${s.lines[0]})` }, warned,
    ),
    times: score(
      gold.times, stored.times, (g, s) => g.date === s.date && g.time === s.time,
      { gold: (g) => `${g.date} ${g.time}`, stored: (s) => `${s.date} ${s.time} (line ${s.lines[0]})` }, warned,
    ),
    causes: score(gold.causes, stored.causes, (g, s) => sameText(g, s.text), { gold: (g) => g, stored: (s) => s.text }, warned),
    recommendations: score(
      gold.recommendations, stored.recommendations,
      (g, s) => sameText(g.text, s.text) && [...g.causes].sort().join(',') === s.causeTexts.map(causeIndex).sort().join(','),
      {
        gold: (g) => `${g.text} -> causes ${g.causes.join(',')}`,
        stored: (s) => `${s.text} -> causes ${s.causeTexts.map(causeIndex).join(',') || 'none'}`,
      }, warned,
      // Text right, links inferred: the API marks each link INFERRED, so the analyst is told they are a reading.
      (s) => (s.inferred && gold.recommendations.some((g) => sameText(g.text, s.text)) ? 'links marked inferred' : null),
    ),
    signOffs: score(
      gold.signOffs, stored.signOffs, (g, s) => g.kind === s.kind && personIn(g.name, s.names),
      { gold: (g) => `${g.kind} ${g.name}`, stored: (s) => `${s.kind} ${s.names[0] ?? '?'}` }, warned,
    ),
  };
}
