import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { entityColumns, provenanceColumns } from './columns.js';
import { incidentStatus, phase, severity } from './enums.js';

export const incidents = pgTable(
  'incidents',
  {
    ...entityColumns(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    severity: severity('severity'),
    status: incidentStatus('status').notNull().default('OPEN'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    symptoms: text('symptoms').array().notNull().default(sql`'{}'::text[]`),
    location: text('location'),
    department: text('department'),
    organisation: text('organisation'),
    sourceMarkdown: text('source_markdown'),
    sourceHash: text('source_hash'),
  },
  (t) => [
    uniqueIndex('incidents_key_uq').on(t.key),
    index('incidents_started_on_idx').on(t.startedOn, t.id),
    uniqueIndex('incidents_source_hash_uq').on(t.sourceHash),
  ],
);

export const timelineEvents = pgTable(
  'timeline_events',
  {
    ...entityColumns(),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    /** Time of day as written ("23:00"); null where the text gives none. */
    timeOfDay: text('time_of_day'),
    timeQualifier: text('time_qualifier'),
    /** Every time of day the entry states, in order, each with the sentence it was written in. */
    times: jsonb('times').$type<{ time: string; qualifier: string | null; sentence: string; date?: string }[]>().notNull().default(sql`'[]'::jsonb`),
    phase: phase('phase').notNull(),
    phases: phase('phases').array().notNull().default(sql`'{}'`),
    text: text('text').notNull(),
    ...provenanceColumns(),
  },
  (t) => [uniqueIndex('timeline_events_incident_position_uq').on(t.incidentId, t.position)],
);
