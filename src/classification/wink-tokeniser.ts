import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { negationScope } from './negation.js';
import type { Token, Tokenise } from './types.js';

/** Tokens with lemmas from wink's English model; loaded only when a report is read. */
export function winkTokeniser(): Tokenise {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text: string): Token[] => {
    const doc = nlp.readDoc(text.replace(/[‐-―]/g, '-'));
    const words = doc.tokens().out(its.normal) as string[];
    const lemmas = (doc.tokens().out(its.lemma as never) as string[]).map((l) => l.toLowerCase());
    const winkNegated = doc.tokens().out(its.negationFlag) as unknown as boolean[];
    const scope = negationScope(lemmas);
    return words.map((word, i) => ({ word, lemma: lemmas[i] ?? word, negated: Boolean(winkNegated[i]) || scope[i]! }));
  };
}
