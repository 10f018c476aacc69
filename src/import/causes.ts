import type { AssetFact, CauseCategory, CauseFact, CauseKind, RecommendationFact } from './fact-types.js';
import { evidenceRule } from '../classification/evidence-rule.js';
import type { CauseClassifier } from '../classification/types.js';
import { categorise } from './categories.js';
import { DAY_DATE_SOURCE, parseDayDate, parseMonthDate } from './dates.js';
import { contentTokens } from './normalise.js';
import type { ParsedItem } from './report-types.js';
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

/**
 * Score = 3 per shared category, 1 per related category, 2 per shared asset, 1 per shared content word.
 * The best-scoring cause(s) are kept when the score reaches 2.
 */
function matchCauses(text: string, assetKeys: string[], causes: CauseFact[]): { orders: number[]; rule: string; doubt: string | null } {
  const own = [...new Set([...categorise(text, CATEGORY_CUES).categories, ...categorise(text, REMEDY_CUES).categories])];
  const words = contentTokens(text);
  const scored = causes.map((c) => {
    const shared = own.filter((x) => c.categories.includes(x));
    const near = own.filter((x) => !shared.includes(x) && c.categories.some((y) => related(x, y)));
    const assets = assetKeys.filter((k) => c.assetKeys.includes(k));
    const common = [...contentTokens(c.text)].filter((w) => words.has(w));
    const text = 2 * assets.length + common.length;
    const score = 3 * shared.length + near.length + text;
    return { order: c.order, score, text, why: [...shared, ...near.map((n) => `~${n}`), ...assets, ...common.slice(0, 5)] };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best < 2) return { orders: [], rule: 'overlap:none', doubt: null };
  const winners = scored.filter((s) => s.score === best);
  return { orders: winners.map((w) => w.order), rule: `overlap:${winners.map((w) => `cause ${w.order} [${w.why.join(', ')}]`).join(' | ')}`, doubt: winners.length === 1 && winners[0] ? doubtOf(winners[0], scored) : null };
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

const DUE = new RegExp(`\\b(?:before|by|until|no later than|due)\\s+(${DAY_DATE_SOURCE})`, 'i');

export function readRecommendation(item: ParsedItem, order: number, assetKeys: string[], causes: CauseFact[]): RecommendationFact {
  const typed = RECOMMENDATION_TYPES.map((t) => ({ ...t, hit: t.cue.exec(item.text)?.[0] })).find((t) => t.hit !== undefined);
  const dueText = DUE.exec(item.text)?.[1];
  const due = dueText ? parseDayDate(dueText) : null;
  const match = matchCauses(item.text, assetKeys, causes);
  return {
    order,
    text: item.text,
    span: item.span,
    type: typed?.type ?? 'PREVENT',
    dueDate: due?.ok ? due.iso : null,
    addressesCauseOrders: match.orders,
    linkDoubt: match.doubt,
    assetKeys,
    rule: [typed ? `phrase:"${typed.hit}"->${typed.type}` : 'default:PREVENT', ...(due?.ok ? [`due:"${dueText}"`] : []), match.rule].join('; '),
  };
}
