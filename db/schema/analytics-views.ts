import { pgView, text, uuid } from 'drizzle-orm/pg-core';

/** Incidents per pattern and dimension (db/migrations/0003_analytics.sql). */
export const patternMemberships = pgView('pattern_memberships', {
  dimension: text('dimension').notNull(),
  key: text('key').notNull(),
  patternId: text('pattern_id').notNull(),
  incidentId: uuid('incident_id').notNull(),
}).existing();
