import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { entityColumns, provenanceColumns } from './columns.js';
import { causeCategory, causeKind, recommendationStatus, recommendationType, signOffKind } from './enums.js';
import { incidents } from './incident.js';
import { parties, teams } from './organisation.js';

export const causes = pgTable(
  'causes',
  {
    ...entityColumns(),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: causeKind('kind').notNull().default('ROOT'),
    categories: causeCategory('categories').array().notNull().default(sql`'{}'`),
    text: text('text').notNull(),
    /** The text says an earlier recommendation was not carried out. */
    citesEarlierRecommendation: boolean('cites_earlier_recommendation').notNull().default(false),
    /** The month of the earlier incident the text names ("the August 2024 incident" → 2024-08). */
    earlierIncidentMonth: text('earlier_incident_month'),
    /** Stated in the timeline ("caused by some bugs in the firewall") rather than in the causes list. */
    foundInTimeline: boolean('found_in_timeline').notNull().default(false),
    /** When the condition began, where the text says ("out of sync since May 2024"). */
    sinceOn: date('since_on', { mode: 'string' }),
    sincePrecision: text('since_precision'),
    ...provenanceColumns(),
  },
  (t) => [index('causes_incident_idx').on(t.incidentId, t.position), index('causes_categories_idx').using('gin', t.categories)],
);

export const recommendations = pgTable(
  'recommendations',
  {
    ...entityColumns(),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    type: recommendationType('type').notNull().default('PREVENT'),
    status: recommendationStatus('status').notNull().default('PROPOSED'),
    ownerPartyId: uuid('owner_party_id').references(() => parties.id, { onDelete: 'set null' }),
    ownerTeamId: uuid('owner_team_id').references(() => teams.id, { onDelete: 'set null' }),
    dueOn: date('due_on', { mode: 'string' }),
    evidence: text('evidence'),
    verifiedByPartyId: uuid('verified_by_party_id').references(() => parties.id, { onDelete: 'set null' }),
    rejectedReason: text('rejected_reason'),
    ...provenanceColumns(),
  },
  (t) => [index('recommendations_incident_idx').on(t.incidentId, t.position), index('recommendations_status_idx').on(t.status)],
);

export const signOffs = pgTable(
  'sign_offs',
  {
    ...entityColumns(),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: signOffKind('kind').notNull(),
    partyId: uuid('party_id').references(() => parties.id, { onDelete: 'set null' }),
    /** A role named without a person ("Chairman of ERG"). */
    roleTitle: text('role_title'),
    signedOn: date('signed_on', { mode: 'string' }),
    detail: text('detail'),
    ...provenanceColumns(),
  },
  (t) => [index('sign_offs_incident_idx').on(t.incidentId, t.position), index('sign_offs_party_idx').on(t.partyId)],
);
