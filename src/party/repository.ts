import { and, eq, exists, like, or, type SQL } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import type { PartyFilter } from '../generated/resolvers.js';
import { decodeGlobalId } from '../graph/ids.js';
import { listPage } from '../graph/list-page.js';
import type { PartyRow } from '../graph/models.js';
import { nameKey } from '../names/names.js';
import type { PageArgs } from '../graph/page-args.js';

export async function listParties(db: AppDb, args: PageArgs & { filter?: PartyFilter | null }) {
  const conditions: (SQL | undefined)[] = [];
  if (args.filter?.teamId) conditions.push(eq(t.parties.teamId, decodeGlobalId(args.filter.teamId, 'Team', 'filter.teamId').id));
  if (args.filter?.nameOrAlias) {
    const pattern = `%${nameKey(args.filter.nameOrAlias)}%`; // keys hold only letters and digits: no LIKE wildcards
    conditions.push(
      or(
        like(t.parties.nameKey, pattern),
        exists(db.select().from(t.partyAliases).where(and(eq(t.partyAliases.ownerId, t.parties.id), like(t.partyAliases.aliasKey, pattern)))),
      ),
    );
  }
  return listPage<PartyRow>(db, t.parties, args, { columns: [t.parties.name, t.parties.id], descending: false }, and(...conditions));
}
