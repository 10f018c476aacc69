import type { CauseClassifier, LearnedCue, Tokenise } from './types.js';

let tokeniser: Promise<Tokenise> | null = null;

/**
 * The classifier with its language model and trained weights, loaded on the
 * first call through dynamic imports so that neither enters the GraphQL
 * function's start-up; later calls reuse the loaded model.
 */
export async function loadCauseClassifier(learned: readonly LearnedCue[] = []): Promise<CauseClassifier> {
  tokeniser ??= import('./wink-tokeniser.js').then((m) => m.winkTokeniser());
  const [tokenise, { createCauseClassifier }, weights] = await Promise.all([
    tokeniser,
    import('./classifier.js'),
    import('./model.json', { with: { type: 'json' } }),
  ]);
  return createCauseClassifier(tokenise, weights.default, learned);
}
