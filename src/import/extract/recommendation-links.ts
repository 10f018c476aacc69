import type { CauseFact, RecommendationFact, Warning } from './fact-types.js';

/**
 * Settles recommendations whose cause the word overlap could not decide (no cause, or a tie):
 * with a single cause every recommendation answers it; with as many recommendations as causes the
 * author's order is the evidence, flagged as a guess; otherwise the link stays open and is flagged. A single
 * link the scores left in doubt is kept and flagged.
 */
export function settleCauseLinks(recommendations: RecommendationFact[], causes: CauseFact[]): Warning[] {
  const warnings: Warning[] = [];
  const paired = recommendations.length === causes.length;
  for (const rec of recommendations) {
    const links = rec.addressesCauseOrders;
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
