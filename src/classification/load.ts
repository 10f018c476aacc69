import type { LinearModel } from './linear-model.js';
import type { CauseClassifier, LearnedCue, Tokenise } from './types.js';

interface LanguageChunk {
  model: LinearModel;
  winkTokeniser(): Tokenise;
}

/**
 * Where the language chunk lives: beside a packaged bundle (built by
 * `npm run build:classifier` into .build/classifier and packaged with the
 * function), else the source module; from a bundle's chunk, two folders up. The specifiers are computed so that a
 * bundler leaves them alone and the model never enters the API's bundle.
 */
const CANDIDATES = [
  process.env.CAUSE_LANGUAGE_MODULE,
  new URL('../.build/classifier/cause-language.mjs', import.meta.url).href,
  new URL(['.', 'language-chunk.js'].join('/'), import.meta.url).href,
  // From a chunk of a split bundle (functions/chunks/…): the importer that classifies causes loads on first use.
  new URL('../../.build/classifier/cause-language.mjs', import.meta.url).href,
].filter((c): c is string => Boolean(c));

async function importChunk(): Promise<LanguageChunk> {
  let last: unknown;
  for (const specifier of CANDIDATES) {
    try {
      return (await import(/* @vite-ignore */ specifier)) as LanguageChunk;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      last = error;
    }
  }
  throw last;
}

let language: Promise<{ tokenise: Tokenise; model: LinearModel }> | null = null;

/**
 * The classifier with its language model and trained weights, loaded on the
 * first call so that neither enters the GraphQL function's start-up; later
 * calls reuse the loaded model.
 */
export async function loadCauseClassifier(learned: readonly LearnedCue[] = []): Promise<CauseClassifier> {
  language ??= importChunk().then((chunk) => ({ tokenise: chunk.winkTokeniser(), model: chunk.model }));
  language.catch(() => {
    language = null;
  });
  const [{ tokenise, model }, { createCauseClassifier }] = await Promise.all([language, import('./classifier.js')]);
  return createCauseClassifier(tokenise, model, learned);
}
