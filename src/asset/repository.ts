import { and, eq, exists, inArray, like, or, type SQL } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import type { AssetFilter } from '../generated/resolvers.js';
import { listPage } from '../graph/list-page.js';
import type { AssetRow } from '../graph/models.js';
import { nameKey } from '../names/names.js';
import type { PageArgs } from '../graph/page-args.js';

export async function listAssets(db: AppDb, args: PageArgs & { filter?: AssetFilter | null }) {
  const filter = args.filter;
  const conditions: (SQL | undefined)[] = [];
  if (filter?.kinds?.length) conditions.push(inArray(t.assets.kind, [...filter.kinds]));
  if (filter?.criticality?.length) conditions.push(inArray(t.assets.criticality, [...filter.criticality]));
  if (filter?.nameOrAlias) {
    const key = nameKey(filter.nameOrAlias);
    const pattern = `%${key}%`; // keys hold only letters and digits: no LIKE wildcards can slip in
    conditions.push(
      or(
        like(t.assets.nameKey, pattern),
        exists(db.select().from(t.assetAliases).where(and(eq(t.assetAliases.ownerId, t.assets.id), like(t.assetAliases.aliasKey, pattern)))),
      ),
    );
  }
  return listPage<AssetRow>(db, t.assets, args, { columns: [t.assets.name, t.assets.id], descending: false }, and(...conditions));
}
