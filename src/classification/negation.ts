/** Words that negate what follows them, as lemmas. */
export const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nobody', 'nothing', 'none', 'neither', 'nor', 'lack', 'cannot', 'unable']);

/** Words that end a negation's scope. */
const SCOPE_END = new Set([',', '.', ';', ':', 'but', 'so', 'because', 'which', 'while', 'although', 'and', 'as', 'until', 'when']);

const SCOPE = 4;

/**
 * Marks each token negated when one of the few words before it (within the
 * same clause) is a negator; `fail to` counts (`failed to alert`).
 */
export function negationScope(lemmas: readonly string[]): boolean[] {
  const out = lemmas.map(() => false);
  for (let i = 0; i < lemmas.length; i++) {
    const lemma = lemmas[i]!;
    const failTo = lemma === 'fail' && lemmas[i + 1] === 'to';
    if (!NEGATORS.has(lemma) && !failTo) continue;
    for (let j = i + 1; j < lemmas.length && j <= i + SCOPE; j++) {
      if (SCOPE_END.has(lemmas[j]!)) break;
      out[j] = true;
    }
  }
  return out;
}
