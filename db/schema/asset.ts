import { date, index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { aliasTable } from './alias.js';
import { entityColumns, provenanceColumns } from './columns.js';
import { assetFactKind, assetKind, assetRelation, assetStatus, criticality } from './enums.js';
import { incidents } from './incident.js';
import { parties, teams } from './organisation.js';

export const assets = pgTable(
  'assets',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    kind: assetKind('kind').notNull().default('OTHER'),
    criticality: criticality('criticality'),
    site: text('site'),
    status: assetStatus('status').notNull().default('UNKNOWN'),
    parentId: uuid('parent_id').references((): AnyPgColumn => assets.id, { onDelete: 'set null' }),
    parentRelation: assetRelation('parent_relation'),
    redundancyPartnerId: uuid('redundancy_partner_id').references((): AnyPgColumn => assets.id, { onDelete: 'set null' }),
    spareId: uuid('spare_id').references((): AnyPgColumn => assets.id, { onDelete: 'set null' }),
    ownerPartyId: uuid('owner_party_id').references(() => parties.id, { onDelete: 'set null' }),
    ownerTeamId: uuid('owner_team_id').references(() => teams.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('assets_name_key_uq').on(t.nameKey),
    index('assets_kind_idx').on(t.kind, t.name, t.id),
    index('assets_parent_idx').on(t.parentId),
  ],
);

export const assetAliases = aliasTable('asset_aliases', () => assets.id);

/** A fact a report states about an asset: failed, no spare, out of sync since a date … */
export const assetFacts = pgTable(
  'asset_facts',
  {
    ...entityColumns(),
    assetId: uuid('asset_id').notNull().references(() => assets.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    kind: assetFactKind('kind').notNull(),
    sinceOn: date('since_on', { mode: 'string' }),
    sincePrecision: text('since_precision'),
    observedOn: date('observed_on', { mode: 'string' }),
    text: text('text').notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('asset_facts_asset_idx').on(t.assetId), index('asset_facts_incident_idx').on(t.incidentId)],
);
