import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/*
 * Analytics kept at write time (db/migrations/0009_analytics_kept.sql). Triggers on the tables the
 * analytic views read mark the incidents a write touches; at commit, in the writing transaction, the
 * rows of those incidents are recomputed by selecting from the same views the from-scratch queries read.
 * No foreign keys: a deleted incident's rows go in the same refresh.
 */

/** Incidents a transaction touched, until its commit refreshes what is kept for them. */
export const analyticsStale = pgTable('analytics_stale', {
  incidentId: uuid('incident_id').primaryKey(),
});

/** The pattern_memberships view, kept, with each incident's start for date windows. */
export const patternMembers = pgTable(
  'pattern_members',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    patternId: text('pattern_id').notNull(),
    incidentId: uuid('incident_id').notNull(),
    startedOn: date('started_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.patternId, t.incidentId] }),
    index('pattern_members_incident_idx').on(t.incidentId),
    // A pattern's newest incidents, read in list order and stopped at a page.
    index('pattern_members_dimension_idx').on(t.dimension, t.key, t.startedOn, t.incidentId),
  ],
);

/** One row per pattern: its incident count and first and last start, over pattern_members. */
export const patternCounts = pgTable(
  'pattern_counts',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    incidentCount: integer('incident_count').notNull(),
    firstSeen: date('first_seen').notNull(),
    lastSeen: date('last_seen').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.key] }), index('pattern_counts_rank_idx').on(t.dimension, t.incidentCount, t.lastSeen, t.key)],
);

/** What each recommendation targets (the recurrence_targets view), kept: a later cause under one of these keys recurs. */
export const recurrenceTargetsKept = pgTable(
  'recurrence_targets_kept',
  {
    recommendationId: uuid('recommendation_id').notNull(),
    incidentId: uuid('incident_id').notNull(),
    startedOn: date('started_on').notNull(),
    key: text('key').notNull(),
    /** Every key the row's recommendation targets, so a read under one key counts what it shares with a cause without a lookup. */
    keys: text('keys').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.recommendationId, t.key] }),
    index('recurrence_targets_kept_key_idx').on(t.key, t.startedOn),
    // A key's recommendations in ID order: the newest recurrences read the first few under a key and stop.
    index('recurrence_targets_kept_key_recommendation_idx').on(t.key, t.recommendationId),
    index('recurrence_targets_kept_incident_idx').on(t.incidentId),
    // The recommendations holding a set of keys, one row each (their first key's row); written through, never left pending for a read to scan.
    index('recurrence_targets_kept_keys_idx').using('gin', t.keys).with({ fastupdate: false }).where(sql`${t.key} = ${t.keys}[1]`),
  ],
);

/** The keys of each later cause (the recurrence_cause_keys view), kept. */
export const recurrenceCauseKeysKept = pgTable(
  'recurrence_cause_keys_kept',
  {
    causeId: uuid('cause_id').notNull(),
    incidentId: uuid('incident_id').notNull(),
    startedOn: date('started_on').notNull(),
    key: text('key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.causeId, t.key] }),
    index('recurrence_cause_keys_kept_key_idx').on(t.key, t.startedOn),
    index('recurrence_cause_keys_kept_started_idx').on(t.startedOn, t.causeId),
    index('recurrence_cause_keys_kept_incident_idx').on(t.incidentId),
  ],
);

/** Per key: the earliest targeting recommendation's incident start and the latest later cause's start. */
export const recurrenceKeyBounds = pgTable('recurrence_key_bounds', {
  key: text('key').primaryKey(),
  earliestTarget: date('earliest_target'),
  latestCause: date('latest_cause'),
});

/** Recommendations a later cause has recurred on (a targeted key's latest cause starts after the recommendation's incident). */
export const recommendationsRecurred = pgTable('recommendations_recurred', {
  recommendationId: uuid('recommendation_id').primaryKey(),
});

/**
 * What reports say about each asset (the asset_history_entries view: facts, timeline mentions, causes), kept per
 * incident, so an asset's newest entries are an index range whatever its history's length.
 */
export const assetHistoryKept = pgTable(
  'asset_history_kept',
  {
    assetId: uuid('asset_id').notNull(),
    incidentId: uuid('incident_id').notNull(),
    date: date('date'),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    index('asset_history_kept_asset_idx').on(t.assetId, t.date.desc().nullsLast()),
    index('asset_history_kept_incident_idx').on(t.incidentId),
  ],
);
