import { eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb, AppTx } from '../../db/types.js';
import type { AssetKind, ExtractedFacts } from '../import/extract/fact-types.js';
import { normaliseAssetKey } from '../import/parse/normalise.js';
import { DEFAULT_ORGANISATION } from './learned-cues.js';

/** The letters of a coded asset name before its first number (`CORE-SW-01` → `CORESW`); null for a name without a number. */
export function assetPrefix(name: string): string | null {
  const m = /^([A-Z-]+?)-?\d/.exec(normaliseAssetKey(name));
  return m ? m[1]!.replace(/-/g, '') : null;
}

export async function readLearnedAssetKinds(db: AppDb | AppTx, organisation = DEFAULT_ORGANISATION): Promise<Map<string, AssetKind>> {
  const rows = await db.select().from(t.learnedAssetKinds).where(eq(t.learnedAssetKinds.organisation, organisation));
  return new Map(rows.map((r) => [r.prefix, r.kind]));
}

/** Gives the report's coded assets the kinds analysts taught for their prefix. */
export function applyLearnedAssetKinds(facts: ExtractedFacts, learned: ReadonlyMap<string, AssetKind>): void {
  for (const asset of facts.assets) {
    const prefix = assetPrefix(asset.name);
    const kind = prefix ? learned.get(prefix) : undefined;
    if (!kind || kind === asset.kind) continue;
    asset.kind = kind;
    asset.rule = `${asset.rule}; learned kind:${prefix}->${kind}`;
  }
}

/** Stores the kind an analyst gave a coded asset as the kind of its prefix; null for a name without a code. */
export async function teachAssetKind(tx: AppTx, asset: { id: string; name: string; kind: AssetKind }, organisation = DEFAULT_ORGANISATION) {
  const prefix = assetPrefix(asset.name);
  if (!prefix) return null;
  const [row] = await tx
    .insert(t.learnedAssetKinds)
    .values({ organisation, prefix, kind: asset.kind, sourceAssetId: asset.id })
    .onConflictDoUpdate({
      target: [t.learnedAssetKinds.organisation, t.learnedAssetKinds.prefix],
      set: { kind: asset.kind, sourceAssetId: asset.id, version: sql`${t.learnedAssetKinds.version} + 1`, updatedAt: sql`now()` },
    })
    .returning();
  return row ?? null;
}
