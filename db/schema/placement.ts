import { date, index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { assets } from './asset.js';
import { entityColumns, provenanceColumns } from './columns.js';
import { assetStatus } from './enums.js';
import { incidents } from './incident.js';

/**
 * Where an asset ran, and its status, from a date to a date, as the reports
 * say. A null `valid_from` is an unknown start (a report states the hosting
 * without a date); a null `valid_to` still holds. Analytics read the row that
 * held when each incident started.
 */
export const assetPlacements = pgTable(
  'asset_placements',
  {
    ...entityColumns(),
    assetId: uuid('asset_id').notNull().references(() => assets.id, { onDelete: 'cascade' }),
    /** The host it ran on; null for a status change. */
    hostId: uuid('host_id').references(() => assets.id, { onDelete: 'cascade' }),
    status: assetStatus('status'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    /** The incident whose report stated it. */
    incidentId: uuid('incident_id').references(() => incidents.id, { onDelete: 'cascade' }),
    /** The incident whose report ended it (a move read later); reopened when that report is re-imported. */
    closedByIncidentId: uuid('closed_by_incident_id').references(() => incidents.id, { onDelete: 'set null' }),
    ...provenanceColumns(),
  },
  (t) => [index('asset_placements_asset_idx').on(t.assetId, t.validFrom), index('asset_placements_incident_idx').on(t.incidentId)],
);
