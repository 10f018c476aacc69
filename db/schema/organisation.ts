import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { aliasTable } from './alias.js';
import { entityColumns } from './columns.js';
import { criticality } from './enums.js';

export const teams = pgTable('teams', {
  ...entityColumns(),
  name: text('name').notNull(),
  nameKey: text('name_key').notNull(),
}, (t) => [uniqueIndex('teams_name_key_uq').on(t.nameKey)]);

export const teamAliases = aliasTable('team_aliases', () => teams.id);

export const parties = pgTable('parties', {
  ...entityColumns(),
  name: text('name').notNull(),
  nameKey: text('name_key').notNull(),
  title: text('title'),
  teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
}, (t) => [uniqueIndex('parties_name_key_uq').on(t.nameKey), index('parties_team_idx').on(t.teamId)]);

export const partyAliases = aliasTable('party_aliases', () => parties.id);

export const services = pgTable('services', {
  ...entityColumns(),
  name: text('name').notNull(),
  nameKey: text('name_key').notNull(),
  criticality: criticality('criticality'),
}, (t) => [uniqueIndex('services_name_key_uq').on(t.nameKey)]);

export const serviceAliases = aliasTable('service_aliases', () => services.id);
