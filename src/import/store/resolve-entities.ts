import { inArray, sql } from 'drizzle-orm';
import type { AppTx } from '../../../db/types.js';
import { addAlias } from '../../names/aliases.js';
import { BadUserInputError } from '../../graph/errors.js';
import type { NamedTable } from '../../names/lookup.js';
import { nameKey } from '../../names/names.js';
import type { ImportedEntity, ImportedEntityType, ImportWarningModel } from '../import-result.js';
import type { EntityDecision } from './review-decisions.js';

export interface ResolvedEntity extends ImportedEntity {
  rowId: string;
}

interface Candidate {
  id: string;
  name: string;
}

/** Entities whose name or alias has one of the keys, each with the spelling that matched. */
async function exactMatches(tx: AppTx, named: NamedTable, keys: string[]): Promise<(Candidate & { matched: string; byAlias: boolean })[]> {
  const byName = (await tx
    .select({ id: named.table.id, name: sql<string>`${named.table}.name`, matched: sql<string>`${named.table}.name` })
    .from(named.table)
    .where(inArray(named.table.nameKey, keys))) as (Candidate & { matched: string })[];
  const byAlias = (await tx
    .select({ id: named.aliases.ownerId, name: sql<string>`(select o.name from ${named.table} o where o.id = ${named.aliases.ownerId})`, matched: named.aliases.alias })
    .from(named.aliases)
    .where(inArray(named.aliases.aliasKey, keys))) as (Candidate & { matched: string })[];
  return [...byName.map((m) => ({ ...m, byAlias: false })), ...byAlias.map((m) => ({ ...m, byAlias: true }))];
}

/**
 * Existing entities with a name close to `key` but not equal (`Nick Hung` / `Nick Huang`,
 * `VMS-011` / `VMS-010` is not close enough: digits must match): an analyst decides.
 */
async function nearMatches(tx: AppTx, named: NamedTable, key: string): Promise<Candidate[]> {
  if (key.length < 5) return [];
  const digits = key.replace(/\D/g, '');
  const rows = (await tx
    .select({ id: named.table.id, name: sql<string>`${named.table}.name`, key: named.table.nameKey })
    .from(named.table)
    .where(sql`levenshtein(${named.table.nameKey}, ${key}) between 1 and 2`)
    .limit(5)) as (Candidate & { key: string })[];
  return rows.filter((row) => row.key.replace(/\D/g, '') === digits);
}

export interface EntityRequest {
  type: ImportedEntityType;
  /** The name the entity gets when it is created. */
  name: string;
  /** Every spelling the report used, the name included. */
  spellings: string[];
  line: number | null;
  create: (name: string, key: string) => Promise<string>;
  /** What an analyst decided about this name, if anything. */
  decision?: EntityDecision | undefined;
}

/** "Same as": the report's spellings become aliases of the chosen entity. */
async function resolveAsChosen(tx: AppTx, named: NamedTable, request: EntityRequest, spellings: string[], matches: { id: string; name: string }[], sameAs: string): Promise<ResolvedEntity> {
  const label = request.type.toLowerCase();
  const [chosen] = (await tx
    .select({ id: named.table.id, name: sql<string>`${named.table}.name` })
    .from(named.table)
    .where(sql`${named.table.id} = ${sameAs}`)) as Candidate[];
  if (!chosen) throw new BadUserInputError(`No ${label} has the ID given as "same as" for "${request.name}"`, { argument: 'decisions' });
  const other = matches.find((m) => m.id !== chosen.id);
  if (other) throw new BadUserInputError(`"${request.name}" already names the ${label} "${other.name}"; it cannot be the same as "${chosen.name}"`, { argument: 'decisions' });
  for (const spelling of spellings) await addAlias(tx, named, chosen.id, chosen.name, spelling);
  return {
    type: request.type, name: chosen.name, created: false, rowId: chosen.id, spellings, matchedBy: 'analyst: same as',
    reportName: request.name.trim(), possibleDuplicates: [], decision: 'SAME_AS',
  };
}

/**
 * Finds the entity a report names, by any spelling, or creates it. Spellings
 * new to a matched entity become aliases. Near matches are never merged: the
 * entity is created and the candidates are returned as a warning.
 */
export async function resolveEntity(tx: AppTx, named: NamedTable, request: EntityRequest, warnings: ImportWarningModel[]): Promise<ResolvedEntity> {
  const spellings = [...new Set([request.name, ...request.spellings].map((s) => s.trim()).filter(Boolean))];
  const keys = [...new Set(spellings.map(nameKey).filter(Boolean))];
  const matches = await exactMatches(tx, named, keys);
  const ids = [...new Set(matches.map((m) => m.id))];
  const label = request.type.toLowerCase();
  const reportName = request.name.trim();
  if (request.decision?.sameAs) return resolveAsChosen(tx, named, request, spellings, matches, request.decision.sameAs);
  if (request.decision && ids.length > 0) {
    throw new BadUserInputError(`"${request.name}" already names the existing ${label} "${matches[0]!.name}": it cannot be new`, { argument: 'decisions' });
  }
  if (ids.length > 0) {
    const preferred = matches.find((m) => nameKey(m.matched) === nameKey(request.name)) ?? matches[0]!;
    if (ids.length > 1) {
      warnings.push({
        code: 'AMBIGUOUS_MATCH',
        message: `"${request.name}" matches ${ids.length} ${label}s by its spellings; linked to "${preferred.name}". Merge them if they are one.`,
        line: request.line,
        candidates: [...new Set(matches.map((m) => m.name))],
      });
    }
    for (const spelling of spellings) {
      if (matches.some((m) => m.id !== preferred.id && nameKey(m.matched) === nameKey(spelling))) continue;
      await addAlias(tx, named, preferred.id, preferred.name, spelling);
    }
    return {
      type: request.type, name: preferred.name, created: false, rowId: preferred.id, spellings,
      matchedBy: preferred.byAlias ? `alias "${preferred.matched}"` : 'name', reportName, possibleDuplicates: [], decision: null,
    };
  }
  const key = nameKey(request.name);
  const near = await nearMatches(tx, named, key);
  const id = await request.create(request.name.trim(), key);
  for (const spelling of spellings) await addAlias(tx, named, id, request.name.trim(), spelling);
  // An analyst who chose "new" has seen the candidates: no warning then.
  if (near.length && !request.decision) {
    warnings.push({
      code: 'POSSIBLE_DUPLICATE',
      message: `"${request.name}" is a new ${label}, but its name is close to ${near.map((n) => `"${n.name}"`).join(', ')}. If they are the same, merge them.`,
      line: request.line,
      candidates: near.map((n) => n.name),
    });
  }
  return {
    type: request.type, name: reportName, created: true, rowId: id, spellings, matchedBy: null, reportName,
    possibleDuplicates: request.decision ? [] : near.map((n) => ({ rowId: n.id, name: n.name })), decision: request.decision ? 'NEW' : null,
  };
}
