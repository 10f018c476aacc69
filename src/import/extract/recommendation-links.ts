import type { CauseFact, RecommendationFact, Warning } from './fact-types.js';
import type { CauseReference } from '../parse/cause-references.js';

/**
 * The causes a recommendation names itself, which take precedence over word overlap. A number or label no
 * cause has is a warning on the line, not a link; a phrase like "both causes" that does not fit the report's
 * count of causes is a warning too. Null when the recommendation names no cause.
 */
export function referencedCauses(
  references: CauseReference[] | undefined,
  causes: CauseFact[],
  order: number,
  labels: (string | null)[] = [],
): { orders: number[]; rule: string; warnings: Warning[] } | null {
  if (!references || references.length === 0) return null;
  const orders = new Set<number>();
  const warnings: Warning[] = [];
  const unknown = (ref: CauseReference, what: string) =>
    warnings.push({
      code: 'CAUSE_REFERENCE_UNKNOWN',
      message: `Line ${ref.line}: recommendation ${order} refers to ${what} ("${ref.written}"), but the report lists ${causes.length} cause${causes.length === 1 ? '' : 's'}; not linked`,
      span: { startLine: ref.line, endLine: ref.line },
    });
  const labelOf = (c: CauseFact) => labels[c.order - 1] ?? null;
  const labelled = causes.filter((c) => labelOf(c) !== null);
  for (const ref of references) {
    for (const n of ref.numbers) {
      const at = n < 0 ? causes.length + 1 + n : n;
      if (at >= 1 && at <= causes.length) orders.add(at);
      else unknown(ref, `cause ${n < 0 ? `${-n} from the end` : n}`);
    }
    for (const label of ref.labels) {
      const own = labelled.find((c) => labelOf(c) === label);
      // Causes with no labels of their own are numbered: RC2 / C2 / CF2 is the second.
      const n = Number(/\d+$/.exec(label)?.[0]);
      // "RC" with no cause labelled so: the root cause, the one listed without a label before the factors.
      const root = label === 'RC' && !own ? (causes.find((c) => labelOf(c) === null) ?? causes[0]) : undefined;
      if (own) orders.add(own.order);
      else if (root) orders.add(root.order);
      else if (labelled.length === 0 && /^(?:RC|C|CF)\d+$/.test(label) && n >= 1 && n <= causes.length) orders.add(n);
      else unknown(ref, `a cause labelled ${label}`);
    }
    if (ref.all) {
      if (ref.all.count === null || ref.all.count === causes.length) for (const c of causes) orders.add(c.order);
      else
        warnings.push({
          code: 'RECOMMENDATION_LINK_UNSURE',
          message: `Line ${ref.line}: recommendation ${order} speaks of "${ref.written}", but the report lists ${causes.length} cause${causes.length === 1 ? '' : 's'}; not linked by that phrase`,
          span: { startLine: ref.line, endLine: ref.line },
        });
    }
  }
  const linked = [...orders].sort((a, b) => a - b);
  const rule = `reference:${references.map((r) => `"${r.written}"`).join(' ')}->cause${linked.length === 1 ? '' : 's'} ${linked.join(', ') || 'none'}`;
  return { orders: linked, rule, warnings };
}

/**
 * Leaves unlinked a recommendation that names no cause where the report names them for most others. Then settles
 * recommendations whose cause the word overlap could not decide (no cause, or a tie):
 * with a single cause every recommendation answers it; with as many recommendations as causes the
 * author's order is the evidence, flagged as a guess; otherwise the link stays open and is flagged. A single
 * link the scores left in doubt is kept and flagged.
 */
export function settleCauseLinks(recommendations: RecommendationFact[], causes: CauseFact[]): Warning[] {
  const warnings: Warning[] = [];
  const paired = recommendations.length === causes.length;
  // An author who names the causes of most recommendations and none for this one ("–" in the cause column, no tag
  // at the end) says it answers no particular cause: it is left unlinked rather than linked by shared words.
  const named = recommendations.filter((r) => r.linkedByReference).length;
  const authorNamesCauses = named >= 2 && named * 2 >= recommendations.length;
  for (const rec of recommendations) {
    const links = rec.addressesCauseOrders;
    if (rec.linkedByReference) continue;
    if (authorNamesCauses) {
      // Sharing nothing with any cause, it may not be a recommendation at all ("Any questions, shout."): said so.
      if (links.length === 0) warnings.push({ code: 'RECOMMENDATION_LINK_UNSURE', message: `Line ${rec.span.startLine}: recommendation ${rec.order} names no cause and shares too little with any to be linked`, span: rec.span });
      rec.addressesCauseOrders = [];
      rec.linkedByParts = false;
      rec.rule = `${rec.rule}; unlinked: the report names the causes of ${named} of ${recommendations.length} recommendations and none for this one`;
      continue;
    }
    if ((links.length === 1 || rec.linkedByParts) && rec.linkDoubt !== null) {
      warnings.push({
        code: 'RECOMMENDATION_LINK_UNSURE',
        message: `Line ${rec.span.startLine}: recommendation ${rec.order} is linked to cause${links.length > 1 ? 's' : ''} ${links.join(', ')}, but ${rec.linkDoubt}`,
        span: rec.span,
      });
      continue;
    }
    if (links.length === 1 || rec.linkedByParts) continue;
    const only = causes.length === 1 ? causes[0] : undefined;
    if (only && links.length === 0) {
      rec.addressesCauseOrders = [only.order];
      rec.rule = `${rec.rule}; only cause:${only.order}`;
      continue;
    }
    const positional = causes[rec.order - 1];
    if (paired && positional && (links.length === 0 || links.includes(positional.order))) {
      rec.addressesCauseOrders = [positional.order];
      rec.rule = `${rec.rule}; same position:cause ${positional.order}`;
      warnings.push({
        code: 'RECOMMENDATION_LINK_GUESSED',
        message: `Line ${rec.span.startLine}: which cause recommendation ${rec.order} answers is unclear from its words; linked to cause ${positional.order}, listed in the same position`,
        span: rec.span,
      });
      continue;
    }
    warnings.push({
      code: 'RECOMMENDATION_LINK_UNSURE',
      message: links.length === 0
        ? `Line ${rec.span.startLine}: recommendation ${rec.order} shares too little with any cause to be linked`
        : `Line ${rec.span.startLine}: recommendation ${rec.order} matches causes ${links.join(', ')} equally well`,
      span: rec.span,
    });
  }
  return warnings;
}
