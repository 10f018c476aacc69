import { and, eq, sql } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import type { AuditChange } from '../../audit/record.js';
import type { CategoryEvidence } from '../../classification/types.js';
import { BadUserInputError } from '../../graph/errors.js';
import { decodeGlobalId } from '../../graph/ids.js';
import { nameKey } from '../../names/names.js';
import type { CauseCategory, ExtractedFacts } from '../extract/extract-facts.js';
import type { ImportedEntityType } from '../import-result.js';

/** "Same as" an existing entity (its row ID), or new (`sameAs` null). */
export interface EntityDecision {
  type: ImportedEntityType;
  name: string;
  sameAs: string | null;
}

export interface CategoryOverride {
  position: number;
  categories: CauseCategory[];
}

export interface ReviewDecisions {
  entities: EntityDecision[];
  categories: CategoryOverride[];
}

export interface DecisionInput {
  type: ImportedEntityType;
  name: string;
  sameAs?: string | null;
}

const nodeType = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;
const decisionKey = (type: ImportedEntityType, name: string) => `${type}:${nameKey(name)}`;

/** Checks what a caller can get wrong without the database: IDs of the wrong type, repeated names or positions, empty categories. */
export function readDecisions(
  decisions: readonly DecisionInput[] | null | undefined,
  overrides: readonly { position: number; categories: readonly CauseCategory[] }[] | null | undefined,
): ReviewDecisions {
  const entities = (decisions ?? []).map((d, i) => ({
    type: d.type,
    name: d.name.trim(),
    sameAs: d.sameAs ? decodeGlobalId(d.sameAs, nodeType[d.type], `decisions.${i}.sameAs`).id : null,
  }));
  const seen = new Set<string>();
  for (const [i, d] of entities.entries()) {
    const key = decisionKey(d.type, d.name);
    if (!nameKey(d.name)) throw new BadUserInputError(`\`decisions.${i}.name\` is empty`, { argument: `decisions.${i}.name` });
    if (seen.has(key)) throw new BadUserInputError(`"${d.name}" is decided twice`, { argument: `decisions.${i}` });
    seen.add(key);
  }
  const positions = new Set<number>();
  const categories = (overrides ?? []).map((o, i) => {
    if (o.categories.length === 0) throw new BadUserInputError(`\`categoryOverrides.${i}.categories\` needs at least one category`, { argument: `categoryOverrides.${i}` });
    if (positions.has(o.position)) throw new BadUserInputError(`Cause ${o.position} is overridden twice`, { argument: `categoryOverrides.${i}` });
    positions.add(o.position);
    return { position: o.position, categories: [...new Set(o.categories)] };
  });
  return { entities, categories };
}

/** The decisions by entity, consumed as the import resolves each name; any left over named nothing in the report. */
export class EntityDecisions {
  private readonly byKey: Map<string, EntityDecision>;
  constructor(decisions: readonly EntityDecision[]) {
    this.byKey = new Map(decisions.map((d) => [decisionKey(d.type, d.name), d]));
  }
  take(type: ImportedEntityType, name: string): EntityDecision | undefined {
    const key = decisionKey(type, name);
    const decision = this.byKey.get(key);
    this.byKey.delete(key);
    return decision;
  }
  /** BAD_USER_INPUT (inside the transaction, so nothing is written) for a decision about a name the report does not give. */
  assertAllUsed(): void {
    const [left] = this.byKey.values();
    if (left) throw new BadUserInputError(`The report names no ${left.type.toLowerCase()} "${left.name}" to decide`, { argument: 'decisions' });
  }
}

/** The cause at a position: the causes section first, then the causes stated in the timeline. */
function causeAt(facts: ExtractedFacts, position: number) {
  return position <= facts.causes.length ? facts.causes[position - 1] : facts.findings[position - 1 - facts.causes.length];
}

const analystEvidence = (categories: CauseCategory[]): CategoryEvidence[] =>
  categories.map((category) => ({ category, confidence: 1, source: 'ANALYST', evidence: 'set by an analyst on import' }));

/**
 * Puts the analyst's categories on the facts before they are written (so the review lists them);
 * returns the classifier's categories by position, for the audit. An unknown position is BAD_USER_INPUT.
 */
export function overrideCategories(facts: ExtractedFacts, overrides: readonly CategoryOverride[]): Map<number, CauseCategory[]> {
  const before = new Map<number, CauseCategory[]>();
  for (const override of overrides) {
    const cause = Number.isInteger(override.position) && override.position >= 1 ? causeAt(facts, override.position) : undefined;
    if (!cause) {
      throw new BadUserInputError(`The report has no cause at position ${override.position} (it has ${facts.causes.length + facts.findings.length})`, { argument: 'categoryOverrides' });
    }
    before.set(override.position, cause.categories);
    Object.assign(cause, { categories: override.categories, categoryEvidence: analystEvidence(override.categories), needsReview: false, reviewReason: null });
  }
  return before;
}

/** Marks the overridden causes as set by an analyst (after earlier analyst categories were put back), with an audit entry each. */
export async function storeCategoryOverrides(tx: AppTx, incidentId: string, overrides: readonly CategoryOverride[], before: Map<number, CauseCategory[]>): Promise<AuditChange[]> {
  const changes: AuditChange[] = [];
  for (const override of overrides) {
    const [row] = await tx
      .update(t.causes)
      .set({ categories: override.categories, categoryEvidence: analystEvidence(override.categories), categoriesByAnalyst: true, needsReview: false, reviewReason: null, updatedAt: sql`now()` })
      .where(and(eq(t.causes.incidentId, incidentId), eq(t.causes.position, override.position)))
      .returning({ id: t.causes.id, text: t.causes.text });
    if (!row) continue;
    changes.push({
      action: 'cause.categoriesOnImport', entityType: 'Cause', entityId: row.id,
      before: { categories: before.get(override.position) ?? [] }, after: { categories: override.categories, text: row.text, via: 'import review' },
    });
  }
  return changes;
}
