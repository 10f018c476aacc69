import type { ExplorerStoredIncidentQuery } from '../../../generated/explorer-import/graphql.js';
import type { Fact, ImportResult } from './review-model.js';

export type StoredIncident = NonNullable<ExplorerStoredIncidentQuery['incident']>;

export interface Change {
  what: string;
  stored: string;
  next: string;
  /** `loses`: the new version drops something the stored one has. */
  kind: 'same' | 'changed' | 'adds' | 'loses';
  /** What the stored incident has that the report no longer says. */
  removed: string[];
}

const factDetails = (facts: Fact[], kind: Fact['kind']) => facts.filter((f) => f.kind === kind).map((f) => f.detail ?? '');

function field(what: string, stored: string, next: string | undefined): Change | null {
  if (next === undefined) return null;
  return { what, stored, next, kind: stored === next ? 'same' : 'changed', removed: [] };
}

function count(what: string, stored: number, next: number, removed: string[] = []): Change {
  const kind = removed.length || next < stored ? 'loses' : next > stored ? 'adds' : 'same';
  return { what, stored: String(stored), next: String(next), kind, removed };
}

/** Names or texts in the stored incident that no longer appear in the new version. */
const missing = (stored: string[], present: (value: string) => boolean) => [...new Set(stored)].filter((s) => !present(s));

/**
 * What an update would change, from the dry run against the stored incident read over GraphQL:
 * the fields both give, and per kind of fact how many there are and which the report no longer has.
 */
export function compareWithStored(result: ImportResult, stored: StoredIncident): Change[] {
  const { counts, facts, entities } = result;
  const named = (type: string) => new Set(entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.spellings]));
  const assets = named('ASSET');
  const parties = named('PARTY');
  const teams = named('TEAM');
  const causeTexts = factDetails(facts, 'CAUSE');
  const recommendationTexts = factDetails(facts, 'RECOMMENDATION');
  const title = facts.find((f) => f.kind === 'INCIDENT' && f.label === 'title')?.detail ?? undefined;
  const period = facts.find((f) => f.kind === 'INCIDENT' && f.label === 'period')?.detail ?? undefined;
  const changes = [
    field('Title', stored.title, title),
    field('Period', `${stored.startedOn} – ${stored.endedOn ?? stored.startedOn}`, period),
    count('Timeline entries', stored.timeline.totalCount, counts.timelineEvents),
    count('Causes', stored.causes.length, counts.causes, missing(stored.causes.map((c) => c.text), (text) => causeTexts.includes(text))),
    count('Findings', stored.findings.length, counts.findings),
    count('Recommendations', stored.recommendations.length, counts.recommendations, missing(stored.recommendations.map((r) => r.text), (text) => recommendationTexts.some((d) => d.endsWith(text)))),
    count('Sign-offs', stored.signOffs.length, counts.signOffs),
    count('Asset facts', stored.assetFacts.length, counts.assetFacts),
    count('Assets', stored.assets.length, counts.assets, missing(stored.assets.map((a) => a.name), (name) => assets.has(name))),
    count('Parties', stored.participants.length, counts.parties, missing(stored.participants.map((p) => p.party.name), (name) => parties.has(name))),
    count('Teams', stored.teams.length, counts.teams, missing(stored.teams.map((t) => t.name), (name) => teams.has(name))),
  ];
  return changes.filter((c): c is Change => c !== null);
}
