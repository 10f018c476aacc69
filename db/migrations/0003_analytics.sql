-- Analytics read these views; they are set-based over the link tables and served by their indexes.

-- An incident involving an asset also involves what it is hosted on or part of (MASTER-01 → VMS-010).
CREATE VIEW incident_asset_rollup AS
WITH RECURSIVE up(incident_id, asset_id, depth) AS (
  SELECT incident_id, asset_id, 0 FROM incident_assets
  UNION
  SELECT up.incident_id, a.parent_id, up.depth + 1
  FROM up JOIN assets a ON a.id = up.asset_id
  WHERE a.parent_id IS NOT NULL AND up.depth < 8
)
SELECT DISTINCT incident_id, asset_id FROM up;
--> statement-breakpoint
-- Broader families of cause categories, so related categories recur together (data replication and backup).
CREATE VIEW cause_families (category, family) AS VALUES
  ('DATA_REPLICATION', 'DATA_PROTECTION'), ('BACKUP', 'DATA_PROTECTION'),
  ('HARDWARE_FAILURE', 'RESILIENCE'), ('SPARE_SHORTAGE', 'RESILIENCE'), ('REDUNDANCY', 'RESILIENCE'),
  ('CHANGE_MANAGEMENT', 'CHANGE'), ('CONFIGURATION', 'CHANGE'), ('HUMAN_ERROR', 'CHANGE'),
  ('MONITORING_GAP', 'DETECTION'), ('SOFTWARE_BUG', 'SOFTWARE'), ('NETWORK_ROUTING', 'NETWORK'), ('CAPACITY', 'CAPACITY');
--> statement-breakpoint
-- Which incidents belong to which pattern, per dimension: the basis of recurringPatterns.
CREATE VIEW pattern_memberships AS
SELECT 'CAUSE_CATEGORY'::text AS dimension, category::text AS key, 'CAUSE_CATEGORY:' || category::text AS pattern_id, incident_id
FROM (SELECT DISTINCT incident_id, unnest(categories) AS category FROM causes) c
UNION ALL
SELECT DISTINCT 'CAUSE_FAMILY', f.family, 'CAUSE_FAMILY:' || f.family, c.incident_id
FROM (SELECT DISTINCT incident_id, unnest(categories)::text AS category FROM causes) c JOIN cause_families f ON f.category = c.category
UNION ALL
SELECT 'ASSET', asset_id::text, 'ASSET:' || asset_id::text, incident_id FROM incident_asset_rollup
UNION ALL
SELECT 'SERVICE', service_id::text, 'SERVICE:' || service_id::text, incident_id FROM incident_services
UNION ALL
SELECT 'TEAM', team_id::text, 'TEAM:' || team_id::text, incident_id FROM incident_teams
UNION ALL
SELECT 'PARTY', party_id::text, 'PARTY:' || party_id::text, incident_id FROM incident_parties;
--> statement-breakpoint
-- array_to_string is only STABLE in general, but over text[] its result depends on its input alone.
CREATE FUNCTION incident_document(title text, summary text, symptoms text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_tsvector('english'::regconfig, title || ' ' || coalesce(summary, '') || ' ' || array_to_string(symptoms, ' ')) $$;
--> statement-breakpoint
CREATE INDEX incidents_search_idx ON incidents USING gin (incident_document(title, summary, symptoms));
--> statement-breakpoint
CREATE INDEX timeline_events_search_idx ON timeline_events USING gin (to_tsvector('english', text));
--> statement-breakpoint
CREATE INDEX causes_search_idx ON causes USING gin (to_tsvector('english', text));
--> statement-breakpoint
CREATE INDEX recommendations_search_idx ON recommendations USING gin (to_tsvector('english', text));
--> statement-breakpoint
CREATE INDEX asset_facts_kind_idx ON asset_facts (kind, asset_id);
--> statement-breakpoint
CREATE INDEX assets_spare_partner_idx ON assets (kind, criticality) WHERE spare_id IS NULL;
