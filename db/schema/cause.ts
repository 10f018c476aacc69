import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CategoryEvidence } from '../../src/classification/types.js';
import { entityColumns, provenanceColumns } from './columns.js';
import { assetKind, causeCategory, causeKind, recommendationStatus, recommendationType, signOffKind } from './enums.js';
import { assets } from './asset.js';
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
    /** Confidence and evidence per category (words, model, learned cue or analyst), strongest first. */
    categoryEvidence: jsonb('category_evidence').$type<CategoryEvidence[]>().notNull().default(sql`'[]'::jsonb`),
    /** The classifier was unsure; cleared when an analyst sets the categories. */
    needsReview: boolean('needs_review').notNull().default(false),
    reviewReason: text('review_reason'),
    /** An analyst set the categories: a re-import of the same report keeps them. */
    categoriesByAnalyst: boolean('categories_by_analyst').notNull().default(false),
    ...provenanceColumns(),
  },
  (t) => [
    index('causes_incident_idx').on(t.incidentId, t.position),
    index('causes_categories_idx').using('gin', t.categories),
    index('causes_needs_review_idx').on(t.needsReview).where(sql`${t.needsReview}`),
  ],
);

/**
 * Cues analysts taught by correcting a cause's categories: the classifier
 * consults them first on later imports. One vocabulary per organisation.
 */
export const learnedCategoryCues = pgTable(
  'learned_category_cues',
  {
    ...entityColumns(),
    organisation: text('organisation').notNull().default('default'),
    /** Words of the corrected text the categories are tied to (lemma-matched, any order, close together). */
    phrase: text('phrase').notNull(),
    categories: causeCategory('categories').array().notNull(),
    /** The cause whose correction taught the cue. */
    sourceCauseId: uuid('source_cause_id').references(() => causes.id, { onDelete: 'set null' }),
    taughtAt: timestamp('taught_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('learned_category_cues_phrase_uq').on(t.organisation, t.phrase)],
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

/**
 * Asset kinds analysts taught by correcting an asset's kind: later imports give
 * a new coded asset with the same letters (`CORE-SW-01` → `CORESW`) that kind.
 */
export const learnedAssetKinds = pgTable(
  'learned_asset_kinds',
  {
    ...entityColumns(),
    organisation: text('organisation').notNull().default('default'),
    /** Letters of a coded name before its first number, upper case, without dashes. */
    prefix: text('prefix').notNull(),
    kind: assetKind('kind').notNull(),
    sourceAssetId: uuid('source_asset_id').references(() => assets.id, { onDelete: 'set null' }),
    taughtAt: timestamp('taught_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('learned_asset_kinds_prefix_uq').on(t.organisation, t.prefix)],
);
