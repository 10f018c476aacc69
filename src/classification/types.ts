import type { CauseCategory } from '../import/extract/fact-types.js';

/** One word of a sentence as the classifier sees it. */
export interface Token {
  /** Lower-case surface form. */
  word: string;
  /** Dictionary form (`died` → `die`, `disks` → `disk`). */
  lemma: string;
  /** Inside the scope of a negation (`not`, `no`, `never`, `without`, `n't`). */
  negated: boolean;
}

/** Turns a sentence into tokens; built from the language model when a report is read. */
export type Tokenise = (text: string) => Token[];

/** Where a category came from: synonym words, the trained model, an analyst's learned cue, or an analyst's edit. */
export type EvidenceSource = 'WORDS' | 'MODEL' | 'LEARNED' | 'ANALYST';

export interface CategoryEvidence {
  category: CauseCategory;
  /** 0–1: how sure the reading is. */
  confidence: number;
  source: EvidenceSource;
  /** The words that matched, or the model's strongest features. */
  evidence: string;
}

export interface Classification {
  categories: CauseCategory[];
  evidence: CategoryEvidence[];
  /** The reading is unsure: no category, or a category only the model suggests with low confidence. */
  needsReview: boolean;
  reviewReason: string | null;
  /** The sentence reports a recovery or a healthy state, not a cause. */
  resolution: boolean;
}

/** A phrase an analyst taught: when its words occur, the categories apply. */
export interface LearnedCue {
  phrase: string;
  categories: CauseCategory[];
}

export interface CauseClassifier {
  classify(text: string): Classification;
}
