import type { AssetFact, CauseCategory, CauseFact, CauseKind, RecommendationFact, Warning } from './fact-types.js';
import { referencedCauses } from './recommendation-links.js';
import { evidenceRule } from '../../classification/evidence-rule.js';
import type { CauseClassifier } from '../../classification/types.js';
import { categorise } from './categories.js';
import { DAY_DATE_SOURCE, parseDayDate, parseMonthDate } from '../parse/dates.js';
import { contentTokens } from '../parse/normalise.js';
import { findAssets } from './asset-mentions.js';
import type { ParsedItem } from '../parse/report-types.js';
import { CATEGORY_CUES, RECOMMENDATION_TYPES, RELATED_CATEGORIES, REMEDY_CUES } from './vocabulary.js';

const EARLIER_RECOMMENDATION = /\brecommend(?:ed|ation)\b[^.]*\b(?:not|never)\s+(?:been\s+)?(?:implemented|done|carried out|followed)\b/i;
const EARLIER_INCIDENT = /\bfrom the ([A-Za-z]{3,9} \d{4}) incident\b/i;

/** Which fact kinds date the condition behind a cause category. */
const FACT_FOR_CATEGORY: Partial<Record<CauseCategory, AssetFact['kind'][]>> = {
  BACKUP: ['BACKUP_FAILING'],
  MONITORING_GAP: ['BACKUP_FAILING', 'OUT_OF_SYNC'],
  DATA_REPLICATION: ['OUT_OF_SYNC'],
  HARDWARE_FAILURE: ['POWERED_OFF', 'HA_PARTNER_DOWN', 'HARDWARE_FAILURE'],
};

function causeKind(order: number, text: string): { kind: CauseKind; rule: string } {
  if (/\btrigger(?:ed|s)?\b/i.test(text)) return { kind: 'TRIGGER', rule: 'phrase:"trigger"' };
  // Reports list the main cause first; later ones are read as contributing.
  return order === 1 ? { kind: 'ROOT', rule: 'position:first listed' } : { kind: 'CONTRIBUTING', rule: 'position:listed after the first' };
}

export function readCause(item: ParsedItem, order: number, assetKeys: string[], classifier: CauseClassifier): CauseFact {
  const read = classifier.classify(item.text);
  const categories = read.categories;
  const rules = read.evidence.map(evidenceRule);
  // A listed cause that reads as a recovery is still a cause the author wrote: an analyst should look.
  const review = read.needsReview || read.resolution;
  const reviewReason = read.resolution ? 'reads as a recovery, not a cause' : read.reviewReason;
  const kind = causeKind(order, item.text);
  const refers = EARLIER_RECOMMENDATION.test(item.text) || EARLIER_INCIDENT.test(item.text);
  const month = EARLIER_INCIDENT.exec(item.text)?.[1];
  const parsedMonth = month ? parseMonthDate(month) : null;
  return {
    order,
    text: item.text,
    span: item.span,
    kind: kind.kind,
    categories,
    categoryEvidence: read.evidence,
    needsReview: review,
    reviewReason,
    assetKeys,
    rule: [kind.rule, ...rules, ...(refers ? ['phrase:"recommended ... not been implemented"->earlier recommendation'] : [])].join('; '),
    refersToEarlierRecommendation: refers,
    earlierIncidentMonth: parsedMonth?.ok ? parsedMonth.iso.slice(0, 7) : null,
    since: null,
    sincePrecision: null,
  };
}

/** Dates a cause from the earliest dated asset fact of a matching kind, on the cause's own assets when it names any. */
export function dateCause(cause: CauseFact, facts: AssetFact[]): void {
  if (cause.refersToEarlierRecommendation) return;
  const kinds = new Set(cause.categories.flatMap((c) => FACT_FOR_CATEGORY[c] ?? []));
  const dated = facts.filter((f) => f.since !== null && kinds.has(f.kind));
  const own = dated.filter((f) => cause.assetKeys.includes(f.assetKey));
  const pool = own.length > 0 ? own : dated;
  const earliest = [...pool].sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''))[0];
  if (!earliest) return;
  cause.since = earliest.since;
  cause.sincePrecision = earliest.sincePrecision;
  cause.rule = `${cause.rule}; since:${earliest.kind} fact line ${earliest.span.startLine}`;
}

function related(a: CauseCategory, b: CauseCategory): boolean {
  return RELATED_CATEGORIES.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

// An asset code's number ("01" of "CA-01") is counted with the shared asset, not again as a word; its letters
// still name the kind of thing ("UPS-01" and "every UPS").
const ASSET_CODE = /\b([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*)-?\d+\b/g;
const withoutCodes = (text: string) => text.replace(ASSET_CODE, '$1');

/**
 * Score = 3 per shared category, 1 per related category, 2 per shared asset, 1 per shared content word.
 * The best-scoring cause(s) are kept when the score reaches 2.
 */
function scoreCauses(text: string, assetKeys: string[], causes: CauseFact[]) {
  const own = [...new Set([...categorise(text, CATEGORY_CUES).categories, ...categorise(text, REMEDY_CUES).categories])];
  const words = contentTokens(withoutCodes(text));
  return causes.map((c) => {
    const shared = own.filter((x) => c.categories.includes(x));
    const near = own.filter((x) => !shared.includes(x) && c.categories.some((y) => related(x, y)));
    const assets = assetKeys.filter((k) => c.assetKeys.includes(k));
    const common = [...contentTokens(withoutCodes(c.text))].filter((w) => words.has(w));
    const text = 2 * assets.length + common.length;
    const score = 3 * shared.length + near.length + text;
    return { order: c.order, score, text, common, why: [...shared, ...near.map((n) => `~${n}`), ...assets, ...common.slice(0, 5)] };
  });
}

/**
 * How many of the report's causes and recommendations use each word: a word running through all of them names
 * the incident's subject ("domain controller", "log volume"), not which cause a recommendation answers.
 */
export function wordSpread(texts: string[]): Map<string, number> {
  const spread = new Map<string, number>();
  for (const t of texts) for (const w of contentTokens(t)) spread.set(w, (spread.get(w) ?? 0) + 1);
  return spread;
}

// The tied cause whose shared words are rarer by this factor is taken, still with a warning.
const RARER_BY = 1.15;

/** Breaks a tie between causes by how rare their shared words are in the report; null when that does not decide it either. */
function rarerWords<T extends { order: number; common: string[] }>(tied: T[], spread: Map<string, number>): { winner: T; runnerUp: T } | null {
  const weight = (s: T) => s.common.reduce((sum, w) => sum + 1 / Math.max(1, spread.get(w) ?? 1), 0);
  const ranked = [...tied].sort((a, b) => weight(b) - weight(a));
  const [winner, runnerUp] = ranked;
  if (!winner || !runnerUp || weight(winner) < RARER_BY * weight(runnerUp)) return null;
  return { winner, runnerUp };
}

function matchCauses(text: string, assetKeys: string[], causes: CauseFact[], spread: Map<string, number>): { orders: number[]; rule: string; doubt: string | null; byParts: boolean } {
  const scored = scoreCauses(text, assetKeys, causes);
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best < 2) return { orders: [], rule: 'overlap:none', doubt: null, byParts: false };
  const tied = scored.filter((s) => s.score === best);
  const rarer = tied.length > 1 ? rarerWords(tied, spread) : null;
  if (rarer) {
    const rule = `overlap:cause ${rarer.winner.order} [${rarer.winner.why.join(', ')}] by rarer words over cause ${rarer.runnerUp.order}`;
    return { orders: [rarer.winner.order], rule, doubt: `cause ${rarer.runnerUp.order} scores the same; its shared words are more common in the report`, byParts: false };
  }
  const winners = tied;
  const orders = winners.map((w) => w.order);
  const rule = `overlap:${winners.map((w) => `cause ${w.order} [${w.why.join(', ')}]`).join(' | ')}`;
  if (winners.length !== 1 || !winners[0]) return { orders, rule, doubt: null, byParts: false };
  const parts = partLinks(text, causes, orders);
  const byParts = parts.more.length > 0;
  // A runner-up that a part singles out is linked, so it no longer leaves the link in doubt.
  const doubt = byParts ? parts.doubt : (doubtOf(winners[0], scored) ?? parts.doubt);
  return { orders: [...orders, ...parts.more].sort((a, b) => a - b), rule: byParts ? `${rule}; ${parts.rule}` : rule, doubt, byParts };
}

// A runner-up this close to the winner leaves the link in doubt.
const CLOSE_SCORE = 1;

/**
 * A single winner is in doubt when another cause scores within CLOSE_SCORE of it, or when the winner wins by
 * categories alone while another cause shares more of the recommendation's own words and assets (the
 * categories come from the cause classifier, whose reading of a cause can differ from the words' plain sense).
 */
function doubtOf(winner: { order: number; score: number; text: number }, scored: { order: number; score: number; text: number }[]): string | null {
  const others = scored.filter((s) => s.order !== winner.order && s.score >= 2);
  const close = others.find((s) => winner.score - s.score <= CLOSE_SCORE);
  if (close) return `cause ${close.order} scores almost as well (${close.score} against ${winner.score})`;
  const wordier = others.find((s) => s.text > winner.text);
  if (wordier) return `its words and assets point at cause ${wordier.order}, its categories at cause ${winner.order}`;
  return null;
}

// Where a recommendation that asks for several things divides: "…, after reading …", "… and install …", "…; …".
const CLAUSE_BREAK = /\s*;\s*|,\s+(?:and\s+|then\s+)?|\s+and\s+/;
const MIN_CLAUSE_WORDS = 3;
// A part's own cause is linked when the part shares this many words and assets with it and next to nothing with the other unlinked causes.
const CLEAR_PART_WORDS = 3;
const PART_MARGIN = 2;

/**
 * The causes the parts of a recommendation point at besides the whole's: a part whose words single out another
 * cause clearly is a second link; one that points there weakly leaves the link in doubt.
 */
function partLinks(text: string, causes: CauseFact[], linked: number[]): { more: number[]; doubt: string | null; rule: string } {
  const parts = text.split(CLAUSE_BREAK).filter((p) => contentTokens(p).size >= MIN_CLAUSE_WORDS);
  if (parts.length < 2) return { more: [], doubt: null, rule: '' };
  const more: number[] = [];
  let doubt: string | null = null;
  const rules: string[] = [];
  for (const part of parts) {
    const keys = [...new Set(findAssets(part).map((a) => a.key))];
    const scored = scoreCauses(part, keys, causes);
    const best = Math.max(0, ...scored.map((s) => s.score));
    const winners = scored.filter((s) => s.score === best);
    const [winner] = winners;
    if (!winner || winners.length !== 1 || best < 2 || linked.includes(winner.order) || more.includes(winner.order)) continue;
    // A cause already linked may share a few of the part's words (the part repeats the whole's subject), but clearly fewer.
    const clear = scored.every((s) => s === winner || (linked.includes(s.order) ? s.score <= winner.score - PART_MARGIN : s.score < 2));
    if (winner.text >= CLEAR_PART_WORDS && clear) {
      more.push(winner.order);
      rules.push(`part "${part.trim()}":cause ${winner.order} [${winner.why.join(', ')}]`);
    } else {
      doubt ??= `its part "${part.trim()}" points at cause ${winner.order}`;
    }
  }
  return { more, doubt, rule: rules.join(' | ') };
}

const DUE = new RegExp(`\\b(?:before|by|until|no later than|due)\\s+(${DAY_DATE_SOURCE})`, 'i');

function withRule<T extends { rule: string }>(match: T, before: string | undefined): T {
  return before ? { ...match, rule: `${before}; ${match.rule}` } : match;
}

export function readRecommendation(item: ParsedItem, order: number, assetKeys: string[], causes: CauseFact[], spread: Map<string, number> = new Map(), warnings?: Warning[], causeLabels: (string | null)[] = []): RecommendationFact {
  const typed = RECOMMENDATION_TYPES.map((t) => ({ ...t, hit: t.cue.exec(item.text)?.[0] })).find((t) => t.hit !== undefined);
  const dueText = item.due ?? DUE.exec(item.text)?.[1];
  const due = item.due ? { ok: true as const, iso: item.due } : dueText ? parseDayDate(dueText) : null;
  const named = referencedCauses(item.causeReferences, causes, order, causeLabels);
  warnings?.push(...(named?.warnings ?? []));
  const match = named && named.orders.length > 0
    ? { orders: named.orders, rule: named.rule, doubt: null, byParts: false }
    : withRule(matchCauses(item.text, assetKeys, causes, spread), named?.rule);
  return {
    order,
    text: item.text,
    span: item.span,
    type: typed?.type ?? 'PREVENT',
    dueDate: due?.ok ? due.iso : null,
    addressesCauseOrders: match.orders,
    linkDoubt: match.doubt,
    linkedByParts: match.byParts,
    linkedByReference: named !== null && named.orders.length > 0,
    assetKeys,
    rule: [typed ? `phrase:"${typed.hit}"->${typed.type}` : 'default:PREVENT', ...(due?.ok ? [`due:"${dueText}"`] : []), ...(item.owner ? [`owner:"${item.owner}"`] : []), match.rule].join('; '),
  };
}
