import type { CauseCategory } from '../import/extract/fact-types.js';
import { classContextFeatures, conceptFeatures } from './concepts.js';
import { features } from './features.js';
import type { Cue, CueHit, WordForms } from './lexicon.js';
import { compileCue, lexiconHits } from './lexicon.js';
import type { Decision, LinearModel } from './linear-model.js';
import { scoreLinear } from './linear-model.js';
import { isResolution } from './resolution.js';
import { readSenses } from './senses.js';
import { SYNONYMS } from './synonyms.js';
import type { CategoryEvidence, CauseClassifier, Classification, LearnedCue, Token, Tokenise } from './types.js';

/**
 * A category read from synonym words starts at this confidence and rises with
 * the model's probability for it; an analyst's cue is near certain.
 */
export const WORD_CONFIDENCE_FLOOR = 0.6;
export const LEARNED_CONFIDENCE = 0.98;
/** The model alone proposes a category from this probability. */
export const MODEL_THRESHOLD = 0.5;
/** Below this, a category only the model proposes is sent for review. */
export const MODEL_SURE = 0.8;
/** A further category is kept from this confidence: any synonym hit, or the model alone at p ≥ 0.6. */
export const ACCEPT = 0.6;
/** The decision when the shipped model names none: the rule naive Bayes was shipped with. */
export const DEFAULT_DECISION: Decision = { alone: MODEL_THRESHOLD, secondWords: 0, floor: MODEL_THRESHOLD };

const round = (n: number) => Math.round(n * 100) / 100;

/** A cue word's forms as the tokeniser writes them, so cue lists may use any spelling. */
function wordForms(tokenise: Tokenise): WordForms {
  const cache = new Map<string, string[]>();
  return (word) => {
    let forms = cache.get(word);
    if (!forms) {
      const tokens = tokenise(word);
      forms = tokens.length === 1 ? [tokens[0]!.word, tokens[0]!.lemma] : [];
      cache.set(word, forms);
    }
    return forms;
  };
}

export function synonymCues(forms: WordForms): Cue[] {
  return (Object.entries(SYNONYMS) as [CauseCategory, readonly string[]][]).flatMap(([category, cues]) => cues.map((c) => compileCue(category, c, forms)));
}

/**
 * A sentence's model features: its lemma features plus one `cue:CATEGORY` per
 * synonym set that matched, so the model learns how far each set's words can be
 * trusted rather than every match adding its category.
 */
export function createFeaturiser(tokenise: Tokenise): (tokens: readonly Token[]) => { features: string[]; hits: CueHit[] } {
  const cues = synonymCues(wordForms(tokenise));
  return (raw) => {
    const tokens = readSenses(raw);
    const hits = lexiconHits(cues, tokens);
    return { features: [...features(tokens), ...conceptFeatures(tokens), ...classContextFeatures(tokens), ...hits.map((h) => `cue:${h.category}`)], hits };
  };
}

/**
 * Reads a cause or finding sentence: an analyst's learned cues first, then the
 * synonym sets, then the trained model; a sentence that reports a recovery is
 * not a cause. Categories come out strongest first.
 */
export function createCauseClassifier(tokenise: Tokenise, model: LinearModel, learned: readonly LearnedCue[] = []): CauseClassifier {
  const forms = wordForms(tokenise);
  const featurise = createFeaturiser(tokenise);
  const learnedCues = learned.flatMap((l) => l.categories.map((category) => ({ cue: compileCue(category, `* ${l.phrase.toLowerCase()}`, forms), phrase: l.phrase })));
  return {
    classify(text: string): Classification {
      const tokens = readSenses(tokenise(text));
      const evidence: CategoryEvidence[] = [];
      const add = (e: CategoryEvidence) => {
        const existing = evidence.find((x) => x.category === e.category);
        if (!existing) evidence.push(e);
        else if (e.confidence > existing.confidence) Object.assign(existing, { ...e, evidence: `${e.evidence}; ${existing.evidence}` });
        else existing.evidence = `${existing.evidence}; ${e.evidence}`;
      };
      for (const { cue, phrase } of learnedCues) {
        const words = lexiconHits([cue], tokens)[0];
        if (words) add({ category: cue.category, confidence: LEARNED_CONFIDENCE, source: 'LEARNED', evidence: `learned cue "${phrase}"` });
      }
      const resolution = isResolution(tokens);
      if (resolution.resolution && evidence.length === 0) {
        return { categories: [], evidence: [], needsReview: false, reviewReason: null, resolution: true };
      }
      const { features: f, hits } = featurise(tokens);
      // The logistic model also weighs which synonym sets matched; naive Bayes was trained on words only.
      const scores = new Map(scoreLinear(model, model.kind === 'logistic' ? f : features(tokens)).map((s) => [s.category, s]));
      const decision = model.decision ?? DEFAULT_DECISION;
      const alone = (c: CauseCategory) => decision.aloneBy?.[c] ?? decision.alone;
      const secondWords = (c: CauseCategory) => decision.secondWordsBy?.[c] ?? decision.secondWords;
      const candidates: (CategoryEvidence & { p: number })[] = [];
      for (const hit of hits) {
        const p = scores.get(hit.category)?.probability ?? 0;
        candidates.push({ category: hit.category, p, confidence: round(WORD_CONFIDENCE_FLOOR + (1 - WORD_CONFIDENCE_FLOOR) * p), source: 'WORDS', evidence: `words "${hit.words.join(' ')}"; model p=${round(p)}` });
      }
      for (const s of scores.values()) {
        if (s.probability < alone(s.category) || candidates.some((c) => c.category === s.category)) continue;
        candidates.push({ category: s.category, p: s.probability, confidence: round(s.probability), source: 'MODEL', evidence: `model p=${round(s.probability)} [${s.top.join(', ')}]` });
      }
      // With no synonym words and no sure model reading, the model's best guess is still offered (and sent for review).
      const best = [...scores.values()][0];
      if (candidates.length === 0 && best && best.probability >= decision.floor) {
        candidates.push({ category: best.category, p: best.probability, confidence: round(best.probability), source: 'MODEL', evidence: `model p=${round(best.probability)} [${best.top.join(', ')}]` });
      }
      candidates.sort((a, b) => b.confidence - a.confidence);
      // The strongest candidate is kept; a further one needs the model's support too, so a broad word alone adds no second category.
      for (const [i, { p, ...c }] of candidates.entries()) {
        if (i === 0 || (c.source === 'WORDS' ? p >= secondWords(c.category) : c.confidence >= Math.max(ACCEPT, alone(c.category)))) add(c);
      }
      evidence.sort((a, b) => b.confidence - a.confidence);
      const unsure = evidence.filter((e) => e.source === 'MODEL' && e.confidence < MODEL_SURE);
      const needsReview = evidence.length === 0 || unsure.length > 0;
      const reviewReason = evidence.length === 0
        ? 'no category found'
        : unsure.length > 0 ? `unsure of ${unsure.map((u) => `${u.category} (${u.confidence})`).join(', ')}` : null;
      return { categories: evidence.map((e) => e.category), evidence, needsReview, reviewReason, resolution: false };
    },
  };
}
