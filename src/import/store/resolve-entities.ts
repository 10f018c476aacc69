import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { AppTx } from '../../../db/types.js';
import { rowsOf } from '../../analytics/rows.js';
import { BadUserInputError, ConflictError } from '../../graph/errors.js';
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

/** An entity holding a key, by its name or by one of its aliases, with the spelling that holds it. */
interface KeyHolder extends Candidate {
  key: string;
  matched: string;
  byAlias: boolean;
}

export interface EntityRequest {
  type: ImportedEntityType;
  /** The name the entity gets when it is created. */
  name: string;
  /** Every spelling the report used, the name included. */
  spellings: string[];
  line: number | null;
  /** The new row's other columns, should the entity be created. */
  fields: Record<string, unknown>;
  /** What an analyst decided about this name, if anything. */
  decision?: EntityDecision | undefined;
}

const spellingsOf = (request: Pick<EntityRequest, 'name' | 'spellings'>) => [...new Set([request.name, ...request.spellings].map((s) => s.trim()).filter(Boolean))];

/** A near name must have the same digits: `Nick Hung` / `Nick Huang` are near, `VMS-011` / `VMS-010` are not. */
const sameDigits = (key: string, other: string) => key.replace(/\D/g, '') === other.replace(/\D/g, '');
const NEAR_MATCHES_LISTED = 5;

/**
 * What the import may fill in on an entity it matches, read with the lookup so that it costs no
 * statement of its own: an asset's host and redundancy partner, a party's title and team.
 */
export const stateColumns: Record<ImportedEntityType, [string | null, string | null]> = {
  ASSET: ['parent_id', 'redundancy_partner_id'],
  PARTY: ['title', 'team_id'],
  TEAM: [null, null],
  SERVICE: [null, null],
};

/**
 * Finds the entities a report names, by any spelling, and creates the others, with a fixed number of
 * statements per report whatever the number of names: one reads every entity holding any of the
 * report's spellings, one reads the near matches of the new names, and the new entities and aliases
 * are written with one multi-row INSERT per table. In between, each name is decided in the order the
 * report gives them, against what the database holds plus what the names before it created, so the
 * outcome is the one the same names resolved one at a time would have.
 *
 * Spellings new to a matched entity become aliases. Near matches are never merged: the entity is
 * created and the candidates are returned as a warning.
 */
export class EntityResolver {
  private readonly holders = new Map<ImportedEntityType, KeyHolder[]>();
  private readonly states = new Map<string, [string | null, string | null]>();
  private readonly created = new Map<ImportedEntityType, { id: string; key: string; name: string; fields: Record<string, unknown>; near: Candidate[]; entity: ResolvedEntity; warn: boolean; line: number | null }[]>();
  private readonly aliases = new Map<ImportedEntityType, Map<string, { ownerId: string; alias: string; aliasKey: string }>>();
  /** Warnings in the order the names were resolved; a new name's place is kept until its near matches are known. */
  private readonly pending: (ImportWarningModel | { nearOf: ImportedEntityType; index: number })[] = [];

  private constructor(private readonly tables: Record<ImportedEntityType, NamedTable>) {}

  /** Reads, in one statement, every entity that holds one of the keys of the names to resolve. */
  static async load(tx: AppTx, tables: Record<ImportedEntityType, NamedTable>, requests: Pick<EntityRequest, 'type' | 'name' | 'spellings'>[]): Promise<EntityResolver> {
    const resolver = new EntityResolver(tables);
    const keysByType = new Map<ImportedEntityType, Set<string>>();
    for (const request of requests) {
      const keys = keysByType.get(request.type) ?? new Set<string>();
      for (const spelling of spellingsOf(request)) if (nameKey(spelling)) keys.add(nameKey(spelling));
      keysByType.set(request.type, keys);
    }
    const queries: SQL[] = [];
    for (const [type, keys] of keysByType) {
      if (!keys.size) continue;
      const { table, aliases } = tables[type];
      const list = sql.join([...keys].map((k) => sql`${k}`), sql`, `);
      const columns = (row: string) => sql.raw(stateColumns[type].map((c, i) => `${c ? `${row}.${c}::text` : 'null::text'} as state${i}`).join(', '));
      queries.push(sql`(select ${type}::text as type, e.id::text as id, e.name as name, e.name_key as key, e.name as matched, false as by_alias, ${columns('e')} from ${table} e where e.name_key in (${list}))`);
      queries.push(sql`(select ${type}::text as type, a.owner_id::text as id, o.name as name, a.alias_key as key, a.alias as matched, true as by_alias, ${columns('o')} from ${aliases} a join ${table} o on o.id = a.owner_id where a.alias_key in (${list}))`);
    }
    const rows = queries.length
      ? await rowsOf<{ type: ImportedEntityType; id: string; name: string; key: string; matched: string; by_alias: boolean; state0: string | null; state1: string | null }>(tx, sql`/* entity resolution */ ${sql.join(queries, sql` union all `)}`)
      : [];
    for (const row of rows) {
      resolver.holdersOf(row.type).push({ id: row.id, name: row.name, key: row.key, matched: row.matched, byAlias: row.by_alias });
      resolver.states.set(`${row.type}:${row.id}`, [row.state0, row.state1]);
    }
    return resolver;
  }

  /** Two columns of an existing entity as the lookup read them (see `stateColumns`); undefined for one it did not read. */
  existingState(type: ImportedEntityType, id: string): [string | null, string | null] | undefined {
    return this.states.get(`${type}:${id}`);
  }

  private holdersOf(type: ImportedEntityType): KeyHolder[] {
    let list = this.holders.get(type);
    if (!list) this.holders.set(type, (list = []));
    return list;
  }

  /** Entities whose name or alias has one of the keys, names first, each with the spelling that matched. */
  private exactMatches(type: ImportedEntityType, keys: string[]): KeyHolder[] {
    const wanted = new Set(keys);
    const holding = this.holdersOf(type).filter((h) => wanted.has(h.key));
    return [...holding.filter((h) => !h.byAlias), ...holding.filter((h) => h.byAlias)];
  }

  /** Records a spelling of an entity's name (checked free, as an alias is anywhere), unless it is the name itself. */
  private addAlias(type: ImportedEntityType, ownerId: string, ownerName: string, alias: string): void {
    const spelling = alias.trim();
    const key = nameKey(spelling);
    if (!key) throw new BadUserInputError(`"${spelling}" has no letters or digits`);
    if (this.holdersOf(type).some((h) => h.key === key && h.id !== ownerId)) {
      throw new ConflictError(`"${spelling}" already names another ${this.tables[type].type.toLowerCase()}`, { spelling, key });
    }
    if (spelling === ownerName) return;
    let table = this.aliases.get(type);
    if (!table) this.aliases.set(type, (table = new Map()));
    table.set(`${ownerId}\u0000${spelling}`, { ownerId, alias: spelling, aliasKey: key });
    if (!this.holdersOf(type).some((h) => h.id === ownerId && h.byAlias && h.matched === spelling)) {
      this.holdersOf(type).push({ id: ownerId, name: ownerName, key, matched: spelling, byAlias: true });
    }
  }

  /** "Same as": the report's spellings become aliases of the chosen entity. */
  private async resolveAsChosen(tx: AppTx, request: EntityRequest, spellings: string[], matches: Candidate[], sameAs: string): Promise<ResolvedEntity> {
    const label = request.type.toLowerCase();
    const { table } = this.tables[request.type];
    const [chosen] = await rowsOf<Candidate>(tx, sql`select id::text as id, name from ${table} where id = ${sameAs}`);
    if (!chosen) throw new BadUserInputError(`No ${label} has the ID given as "same as" for "${request.name}"`, { argument: 'decisions' });
    const other = matches.find((m) => m.id !== chosen.id);
    if (other) throw new BadUserInputError(`"${request.name}" already names the ${label} "${other.name}"; it cannot be the same as "${chosen.name}"`, { argument: 'decisions' });
    for (const spelling of spellings) this.addAlias(request.type, chosen.id, chosen.name, spelling);
    return {
      type: request.type, name: chosen.name, created: false, rowId: chosen.id, spellings, matchedBy: 'analyst: same as',
      reportName: request.name.trim(), possibleDuplicates: [], decision: 'SAME_AS',
    };
  }

  /**
   * Finds the entity a name stands for, by any spelling, or marks it to be created. The entity
   * returned for a new name gets its possible duplicates when `write` has read them.
   */
  async resolve(tx: AppTx, request: EntityRequest): Promise<ResolvedEntity> {
    const spellings = spellingsOf(request);
    const keys = [...new Set(spellings.map(nameKey).filter(Boolean))];
    const matches = this.exactMatches(request.type, keys);
    const ids = [...new Set(matches.map((m) => m.id))];
    const label = request.type.toLowerCase();
    const reportName = request.name.trim();
    if (request.decision?.sameAs) return this.resolveAsChosen(tx, request, spellings, matches, request.decision.sameAs);
    if (request.decision && ids.length > 0) {
      throw new BadUserInputError(`"${request.name}" already names the existing ${label} "${matches[0]!.name}": it cannot be new`, { argument: 'decisions' });
    }
    if (ids.length > 0) {
      const preferred = matches.find((m) => nameKey(m.matched) === nameKey(request.name)) ?? matches[0]!;
      if (ids.length > 1) {
        this.pending.push({
          code: 'AMBIGUOUS_MATCH',
          message: `"${request.name}" matches ${ids.length} ${label}s by its spellings; linked to "${preferred.name}". Merge them if they are one.`,
          line: request.line,
          candidates: [...new Set(matches.map((m) => m.name))],
        });
      }
      for (const spelling of spellings) {
        if (matches.some((m) => m.id !== preferred.id && nameKey(m.matched) === nameKey(spelling))) continue;
        this.addAlias(request.type, preferred.id, preferred.name, spelling);
      }
      return {
        type: request.type, name: preferred.name, created: false, rowId: preferred.id, spellings,
        matchedBy: preferred.byAlias ? `alias "${preferred.matched}"` : 'name', reportName, possibleDuplicates: [], decision: null,
      };
    }
    const key = nameKey(request.name);
    const id = randomUUID();
    const entity: ResolvedEntity = {
      type: request.type, name: reportName, created: true, rowId: id, spellings, matchedBy: null, reportName,
      possibleDuplicates: [], decision: request.decision ? 'NEW' : null,
    };
    let created = this.created.get(request.type);
    if (!created) this.created.set(request.type, (created = []));
    // Its near matches, in the database and among the names this report created before it, are read in `write`.
    created.push({ id, key, name: reportName, fields: request.fields, near: [], entity, warn: !request.decision, line: request.line });
    this.holdersOf(request.type).push({ id, name: reportName, key, matched: reportName, byAlias: false });
    // An analyst who chose "new" has seen the candidates: no warning then.
    if (!request.decision) this.pending.push({ nearOf: request.type, index: created.length - 1 });
    for (const spelling of spellings) this.addAlias(request.type, id, reportName, spelling);
    return entity;
  }

  /** The row a new entity will be created with, so that later names of the report can change it before it is written. */
  createdFields(type: ImportedEntityType, id: string): Record<string, unknown> | undefined {
    return this.created.get(type)?.find((c) => c.id === id)?.fields;
  }

  /**
   * Reads the near matches of the new names (one statement), writes the new entities of each type
   * (in the order given, so parents come before what refers to them) and then their aliases, and
   * appends the warnings in the order the names were resolved.
   */
  async write(tx: AppTx, order: ImportedEntityType[], warnings: ImportWarningModel[]): Promise<void> {
    await this.readNearMatches(tx);
    for (const type of order) {
      const created = this.created.get(type) ?? [];
      if (created.length) {
        await tx.insert(this.tables[type].table).values(created.map((c) => ({ ...c.fields, id: c.id, name: c.name, nameKey: c.key })) as never);
      }
    }
    for (const type of order) {
      const rows = [...(this.aliases.get(type)?.values() ?? [])];
      if (rows.length) await tx.insert(this.tables[type].aliases).values(rows as never).onConflictDoNothing();
    }
    for (const slot of this.pending) {
      if (!('nearOf' in slot)) {
        warnings.push(slot);
        continue;
      }
      const c = this.created.get(slot.nearOf)![slot.index]!;
      if (!c.near.length) continue;
      warnings.push({
        code: 'POSSIBLE_DUPLICATE',
        message: `"${c.entity.reportName}" is a new ${slot.nearOf.toLowerCase()}, but its name is close to ${c.near.map((n) => `"${n.name}"`).join(', ')}. If they are the same, merge them.`,
        line: c.line,
        candidates: c.near.map((n) => n.name),
      });
    }
  }

  /**
   * Entities with a name one or two edits from a new name's (PostgreSQL's `levenshtein`), at most five,
   * same digits: those in the database first, then those this report created before it (not yet written).
   */
  private async readNearMatches(tx: AppTx): Promise<void> {
    const queries: SQL[] = [];
    for (const [type, created] of this.created) {
      const { table } = this.tables[type];
      const asking = created.map((c, index) => ({ c, index })).filter(({ c }) => c.key.length >= 5 && c.warn);
      for (const { c, index } of asking) {
        queries.push(sql`(select ${type}::text as type, ${index}::int as index, e.id::text as id, e.name as name, e.name_key as key, null::int as earlier from ${table} e
          where levenshtein(e.name_key, ${c.key}) between 1 and 2 limit ${NEAR_MATCHES_LISTED})`);
      }
      if (asking.length && created.length > 1) {
        const asked = sql.join(asking.map(({ c, index }) => sql`(${index}::int, ${c.key}::text)`), sql`, `);
        const earlier = sql.join(created.map((c, index) => sql`(${index}::int, ${c.id}::text, ${c.name}::text, ${c.key}::text)`), sql`, `);
        queries.push(sql`(select ${type}::text as type, a.i as index, o.id, o.name, o.key, o.j as earlier
          from (values ${asked}) as a(i, key) join (values ${earlier}) as o(j, id, name, key) on o.j < a.i and levenshtein(o.key, a.key) between 1 and 2)`);
      }
    }
    const rows = queries.length
      ? await rowsOf<{ type: ImportedEntityType; index: number; id: string; name: string; key: string; earlier: number | null }>(tx, sql`/* near names */ ${sql.join(queries, sql` union all `)}`)
      : [];
    const found = new Map<string, typeof rows>();
    for (const row of rows) {
      const slot = `${row.type}:${row.index}`;
      found.set(slot, [...(found.get(slot) ?? []), row]);
    }
    for (const [type, created] of this.created) {
      created.forEach((c, index) => {
        const candidates = found.get(`${type}:${index}`) ?? [];
        const inDatabase = candidates.filter((n) => n.earlier === null);
        const here = candidates.filter((n) => n.earlier !== null).sort((a, b) => a.earlier! - b.earlier!);
        const near = [...inDatabase, ...here].slice(0, NEAR_MATCHES_LISTED).filter((n) => sameDigits(n.key, c.key));
        c.near = near.map((n) => ({ id: n.id, name: n.name }));
        c.entity.possibleDuplicates = near.map((n) => ({ rowId: n.id, name: n.name }));
      });
    }
  }
}
