import DataLoader from 'dataloader';
import { asc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { groupInKeyOrder, inIds } from '../graph/loaders/rows.js';
import type { CauseRow } from '../graph/models.js';

/** A recommendation's link to one cause, with where the link comes from. */
export interface CauseLinkModel {
  cause: CauseRow;
  basis: 'STATED' | 'INFERRED' | 'ANALYST';
  /** The importer's rule for a link it wrote; null for an analyst's. */
  rule: string | null;
}

/** Each recommendation's cause links, in the causes' order. */
export function causeLinksByRecommendation(db: AppDb): DataLoader<string, CauseLinkModel[]> {
  return new DataLoader(async (recommendationIds) => {
    const rows = await db
      .select({ recommendationId: t.recommendationCauses.recommendationId, basis: t.recommendationCauses.basis, rule: t.recommendationCauses.sourceRule, cause: t.causes })
      .from(t.recommendationCauses)
      .innerJoin(t.causes, eq(t.causes.id, t.recommendationCauses.causeId))
      .where(inIds(t.recommendationCauses.recommendationId, recommendationIds))
      .orderBy(asc(t.recommendationCauses.recommendationId), asc(t.causes.position));
    return groupInKeyOrder(recommendationIds, rows, (r) => r.recommendationId).map((group) =>
      group.map(({ cause, basis, rule }) => ({ cause, basis, rule: basis === 'ANALYST' ? null : rule })),
    );
  });
}
