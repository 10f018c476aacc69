import { index, pgTable, primaryKey, text, uuid, type AnyPgColumn, type PgColumnBuilderBase } from 'drizzle-orm/pg-core';
import { assets } from './asset.js';
import { causes, recommendations } from './cause.js';
import { provenanceColumns } from './columns.js';
import { causeLinkBasis, incidentRole, serviceImpact } from './enums.js';
import { incidents, timelineEvents } from './incident.js';
import { parties, services, teams } from './organisation.js';

/**
 * A many-to-many link with the provenance of the fact it records, its two
 * columns named for what they point at (`incidentId`, `assetId` …). The
 * reverse index serves lookups from the second side (an asset's incidents …).
 */
function linkTable<const L extends string, const R extends string, const X extends Record<string, PgColumnBuilderBase> = Record<never, never>>(
  tableName: string,
  left: [L, () => AnyPgColumn],
  right: [R, () => AnyPgColumn],
  extra: X = {} as X,
) {
  const column = (name: string, target: () => AnyPgColumn) => uuid(`${name}_id`).notNull().references(target, { onDelete: 'cascade' });
  const ends = { [`${left[0]}Id`]: column(left[0], left[1]), [`${right[0]}Id`]: column(right[0], right[1]) } as Record<`${L}Id` | `${R}Id`, ReturnType<typeof column>>;
  const leftKey = `${left[0]}Id` as `${L}Id`;
  const rightKey = `${right[0]}Id` as `${R}Id`;
  return pgTable(
    tableName,
    { ...ends, ...provenanceColumns(), ...extra },
    (t) => [primaryKey({ columns: [t[leftKey], t[rightKey]] }), index(`${tableName}_right_idx`).on(t[rightKey], t[leftKey])],
  );
}

export const incidentAssets = linkTable('incident_assets', ['incident', () => incidents.id], ['asset', () => assets.id]);
export const incidentTeams = linkTable('incident_teams', ['incident', () => incidents.id], ['team', () => teams.id]);
export const eventAssets = linkTable('event_assets', ['event', () => timelineEvents.id], ['asset', () => assets.id]);
export const eventParties = linkTable('event_parties', ['event', () => timelineEvents.id], ['party', () => parties.id]);
export const eventTeams = linkTable('event_teams', ['event', () => timelineEvents.id], ['team', () => teams.id]);
export const eventServices = linkTable('event_services', ['event', () => timelineEvents.id], ['service', () => services.id]);
export const causeAssets = linkTable('cause_assets', ['cause', () => causes.id], ['asset', () => assets.id]);
export const recommendationCauses = linkTable('recommendation_causes', ['recommendation', () => recommendations.id], ['cause', () => causes.id], {
  /** Whether the report names the cause, the importer inferred the link, or an analyst made or confirmed it. */
  basis: causeLinkBasis('basis').notNull().default('ANALYST'),
});
export const recommendationAssets = linkTable('recommendation_assets', ['recommendation', () => recommendations.id], ['asset', () => assets.id]);
export const serviceAssets = linkTable('service_assets', ['service', () => services.id], ['asset', () => assets.id]);

/** Who took part in an incident, with every role they played in it. */
export const incidentParties = pgTable(
  'incident_parties',
  {
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    partyId: uuid('party_id').notNull().references(() => parties.id, { onDelete: 'cascade' }),
    roles: incidentRole('roles').array().notNull(),
    /** The title the report gives the party (titles change over the years). */
    titleAsListed: text('title_as_listed'),
    ...provenanceColumns(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.partyId] }), index('incident_parties_party_idx').on(t.partyId, t.incidentId)],
);

export const incidentServices = pgTable(
  'incident_services',
  {
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    impact: serviceImpact('impact').notNull().default('AFFECTED'),
    ...provenanceColumns(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.serviceId] }), index('incident_services_service_idx').on(t.serviceId, t.incidentId)],
);
