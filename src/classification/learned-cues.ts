import { asc, eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb, AppTx } from '../../db/types.js';
import type { CauseCategory } from '../import/extract/fact-types.js';
import type { LearnedCue } from './types.js';

export const DEFAULT_ORGANISATION = 'default';

/** Words too common to tie a category to. */
const COMMON = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'and', 'or', 'is', 'was', 'were', 'be', 'been', 'had', 'has', 'have',
  'it', 'its', 'that', 'this', 'which', 'from', 'as', 'all', 'one', 'our', 'we', 'they', 'their', 'after', 'before', 'so', 'did', 'does',
]);

/**
 * The phrase a correction teaches: the text's distinctive words (up to five,
 * longest first, in text order), so a later sentence using them close together
 * gets the analyst's categories.
 */
export function cuePhrase(text: string): string | null {
  const words = text.toLowerCase().match(/[a-z][a-z0-9-]+/g) ?? [];
  const distinct = [...new Set(words.filter((w) => !COMMON.has(w) && w.length > 2))];
  const chosen = new Set([...distinct].sort((a, b) => b.length - a.length).slice(0, 5));
  const phrase = distinct.filter((w) => chosen.has(w)).join(' ');
  return phrase.split(' ').length >= 2 ? phrase : null;
}

export async function readLearnedCues(db: AppDb | AppTx, organisation = DEFAULT_ORGANISATION): Promise<LearnedCue[]> {
  return db
    .select({ phrase: t.learnedCategoryCues.phrase, categories: t.learnedCategoryCues.categories })
    .from(t.learnedCategoryCues)
    .where(eq(t.learnedCategoryCues.organisation, organisation))
    .orderBy(asc(t.learnedCategoryCues.taughtAt));
}

/** Stores (or updates) the cue a correction teaches; returns the row for the audit entry, or null when the text has too few words. */
export async function teachCue(tx: AppTx, text: string, categories: CauseCategory[], sourceCauseId: string, organisation = DEFAULT_ORGANISATION) {
  const phrase = cuePhrase(text);
  if (!phrase) return null;
  const [row] = await tx
    .insert(t.learnedCategoryCues)
    .values({ organisation, phrase, categories, sourceCauseId })
    .onConflictDoUpdate({
      target: [t.learnedCategoryCues.organisation, t.learnedCategoryCues.phrase],
      set: { categories, sourceCauseId, version: sql`${t.learnedCategoryCues.version} + 1`, updatedAt: sql`now()` },
    })
    .returning();
  return row ?? null;
}
