import { asc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { listPage } from '../graph/list-page.js';
import type { CauseRow } from '../graph/models.js';
import type { PageArgs } from '../graph/page-args.js';

/** Causes and findings the classifier was unsure of and no analyst has confirmed, oldest first. */
export async function listCausesNeedingReview(db: AppDb, args: PageArgs) {
  return listPage<CauseRow>(db, t.causes, args, { columns: [t.causes.createdAt, t.causes.id], descending: false }, eq(t.causes.needsReview, true));
}

export async function listLearnedCues(db: AppDb) {
  return db.select().from(t.learnedCategoryCues).orderBy(asc(t.learnedCategoryCues.taughtAt), asc(t.learnedCategoryCues.id));
}
