import { and, eq, sql } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import type { CategoryEvidence } from '../../classification/types.js';
import type { CauseCategory } from '../extract/fact-types.js';

export interface AnalystCategories {
  text: string;
  foundInTimeline: boolean;
  categories: CauseCategory[];
  categoryEvidence: CategoryEvidence[];
}

const key = (text: string, foundInTimeline: boolean) => `${foundInTimeline ? 'finding' : 'cause'}:${text.replace(/\s+/g, ' ').trim().toLowerCase()}`;

/** Categories an analyst set on an incident's causes, read before a re-import replaces them. */
export async function readAnalystCategories(tx: AppTx, incidentId: string): Promise<AnalystCategories[]> {
  return tx
    .select({ text: t.causes.text, foundInTimeline: t.causes.foundInTimeline, categories: t.causes.categories, categoryEvidence: t.causes.categoryEvidence })
    .from(t.causes)
    .where(and(eq(t.causes.incidentId, incidentId), eq(t.causes.categoriesByAnalyst, true)));
}

/**
 * Puts an analyst's categories back on the re-imported causes with the same
 * text; returns how many were kept.
 */
export async function reapplyAnalystCategories(tx: AppTx, incidentId: string, saved: readonly AnalystCategories[]): Promise<number> {
  if (saved.length === 0) return 0;
  const byKey = new Map(saved.map((s) => [key(s.text, s.foundInTimeline), s]));
  const rows = await tx.select({ id: t.causes.id, text: t.causes.text, foundInTimeline: t.causes.foundInTimeline }).from(t.causes).where(eq(t.causes.incidentId, incidentId));
  let kept = 0;
  for (const row of rows) {
    const mine = byKey.get(key(row.text, row.foundInTimeline));
    if (!mine) continue;
    await tx
      .update(t.causes)
      .set({ categories: mine.categories, categoryEvidence: mine.categoryEvidence, categoriesByAnalyst: true, needsReview: false, reviewReason: null, updatedAt: sql`now()` })
      .where(eq(t.causes.id, row.id));
    kept++;
  }
  return kept;
}
