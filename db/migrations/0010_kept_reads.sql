CREATE TABLE "asset_history_kept" (
	"asset_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"date" date,
	"kind" text NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recurrence_targets_kept" ADD COLUMN "keys" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
-- What reports say about each asset: facts (dated when observed, else by their incident's start), timeline mentions,
-- causes naming it (dated by their incident's start). The history the API lists, newest first.
CREATE VIEW asset_history_entries AS
SELECT f.asset_id, f.incident_id, coalesce(f.observed_on, i.started_on) AS date, 'FACT' AS kind, f.kind::text || ': ' || f.text AS text
FROM asset_facts f JOIN incidents i ON i.id = f.incident_id
UNION ALL
SELECT l.asset_id, e.incident_id, e.occurred_on, 'MENTION', e.text
FROM event_assets l JOIN timeline_events e ON e.id = l.event_id
UNION ALL
SELECT l.asset_id, c.incident_id, i.started_on, 'CAUSE', c.text
FROM cause_assets l JOIN causes c ON c.id = l.cause_id JOIN incidents i ON i.id = c.incident_id;
--> statement-breakpoint
-- Each target row carries every key its recommendation targets (all of a recommendation's rows come from its own
-- incident, refreshed together), so the newest recurrences count a pair's shared keys from the row they read;
-- and each incident's asset history entries are kept with the rest.
CREATE OR REPLACE FUNCTION analytics_refresh() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  patterns text[];
  keys text[];
  recs uuid[];
  counts int[];
  old_latest date[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM analytics_stale) THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('analytics-kept'));
  WITH taken AS (DELETE FROM analytics_stale RETURNING incident_id) SELECT array_agg(incident_id) INTO ids FROM taken;
  IF ids IS NULL THEN RETURN; END IF;

  -- A pattern's count moves by the members these incidents had and have; its first and last seen are index ends.
  SELECT coalesce(array_agg(pattern_id), '{}'), coalesce(array_agg(n), '{}') INTO patterns, counts
  FROM (SELECT pattern_id, -count(*)::int AS n FROM pattern_members WHERE incident_id = ANY(ids) GROUP BY pattern_id) o;
  DELETE FROM pattern_members WHERE incident_id = ANY(ids);
  -- Every dimension from the view but the asset roll-up, which the same definition computes for these incidents alone.
  INSERT INTO pattern_members (dimension, key, pattern_id, incident_id, started_on)
  SELECT m.dimension, m.key, m.pattern_id, m.incident_id, i.started_on
  FROM pattern_memberships m JOIN incidents i ON i.id = m.incident_id WHERE m.incident_id = ANY(ids) AND m.dimension <> 'ASSET';
  INSERT INTO pattern_members (dimension, key, pattern_id, incident_id, started_on)
  SELECT 'ASSET', r.asset_id::text, 'ASSET:' || r.asset_id::text, r.incident_id, i.started_on
  FROM incident_asset_rollup_for(ids) r JOIN incidents i ON i.id = r.incident_id;
  SELECT patterns || coalesce(array_agg(pattern_id), '{}'), counts || coalesce(array_agg(n), '{}') INTO patterns, counts
  FROM (SELECT pattern_id, count(*)::int AS n FROM pattern_members WHERE incident_id = ANY(ids) GROUP BY pattern_id) o;
  WITH delta AS (
    SELECT d.pattern_id, sum(d.n)::int AS n FROM unnest(patterns, counts) AS d(pattern_id, n) GROUP BY d.pattern_id),
  moved AS (
    SELECT d.pattern_id, split_part(d.pattern_id, ':', 1) AS dimension, substr(d.pattern_id, length(split_part(d.pattern_id, ':', 1)) + 2) AS key,
           coalesce(c.incident_count, 0) + d.n AS incident_count
    FROM delta d LEFT JOIN pattern_counts c ON c.dimension || ':' || c.key = d.pattern_id WHERE d.n <> 0 OR c.dimension IS NULL)
  INSERT INTO pattern_counts (dimension, key, incident_count, first_seen, last_seen)
  SELECT m.dimension, m.key, m.incident_count,
    (SELECT min(started_on) FROM pattern_members p WHERE p.dimension = m.dimension AND p.key = m.key),
    (SELECT max(started_on) FROM pattern_members p WHERE p.dimension = m.dimension AND p.key = m.key)
  FROM moved m WHERE m.incident_count > 0
  ON CONFLICT (dimension, key) DO UPDATE SET incident_count = excluded.incident_count, first_seen = excluded.first_seen, last_seen = excluded.last_seen;
  -- A pattern left with no incident is gone.
  DELETE FROM pattern_counts c WHERE c.dimension || ':' || c.key = ANY(patterns)
    AND NOT EXISTS (SELECT 1 FROM pattern_members p WHERE p.dimension = c.dimension AND p.key = c.key);
  -- A date moved without a count changing still moves first and last seen.
  UPDATE pattern_counts c SET
    first_seen = (SELECT min(started_on) FROM pattern_members p WHERE p.dimension = c.dimension AND p.key = c.key),
    last_seen = (SELECT max(started_on) FROM pattern_members p WHERE p.dimension = c.dimension AND p.key = c.key)
  WHERE c.dimension || ':' || c.key = ANY(patterns);

  -- The recommendations of these incidents as kept before the refresh (some may be gone now).
  SELECT coalesce(array_agg(DISTINCT recommendation_id), '{}') INTO recs FROM recurrence_targets_kept WHERE incident_id = ANY(ids);
  SELECT coalesce(array_agg(DISTINCT key), '{}') INTO keys FROM (
    SELECT key FROM recurrence_targets_kept WHERE incident_id = ANY(ids)
    UNION SELECT key FROM recurrence_cause_keys_kept WHERE incident_id = ANY(ids)) k;
  DELETE FROM recurrence_targets_kept WHERE incident_id = ANY(ids);
  DELETE FROM recurrence_cause_keys_kept WHERE incident_id = ANY(ids);
  INSERT INTO recurrence_targets_kept (recommendation_id, incident_id, started_on, key, keys)
  SELECT recommendation_id, incident_id, started_on, key, array_agg(key) OVER (PARTITION BY recommendation_id)
  FROM recurrence_targets WHERE incident_id = ANY(ids);
  INSERT INTO recurrence_cause_keys_kept (cause_id, incident_id, started_on, key)
  SELECT cause_id, incident_id, started_on, key FROM recurrence_cause_keys WHERE incident_id = ANY(ids);
  SELECT keys || coalesce(array_agg(DISTINCT key), '{}') INTO keys FROM (
    SELECT key FROM recurrence_targets_kept WHERE incident_id = ANY(ids)
    UNION SELECT key FROM recurrence_cause_keys_kept WHERE incident_id = ANY(ids)) k;
  SELECT array_agg(b.latest_cause ORDER BY u.o) INTO old_latest
  FROM unnest(keys) WITH ORDINALITY AS u(k, o) LEFT JOIN recurrence_key_bounds b ON b.key = u.k;
  DELETE FROM recurrence_key_bounds WHERE key = ANY(keys);
  INSERT INTO recurrence_key_bounds (key, earliest_target, latest_cause)
  SELECT k, (SELECT min(started_on) FROM recurrence_targets_kept t WHERE t.key = k), (SELECT max(started_on) FROM recurrence_cause_keys_kept c WHERE c.key = k)
  FROM (SELECT DISTINCT unnest(keys) AS k) u;
  DELETE FROM recurrence_key_bounds WHERE earliest_target IS NULL AND latest_cause IS NULL;

  -- A recommendation's recurrence changes with its own keys, or when a key's latest cause moves past its start:
  -- the recommendations under that key starting between the old and the new latest.
  SELECT recs || coalesce(array_agg(DISTINCT t.recommendation_id), '{}') INTO recs
  FROM unnest(keys, old_latest) AS u(k, was)
  LEFT JOIN recurrence_key_bounds b ON b.key = u.k
  JOIN recurrence_targets_kept t ON t.key = u.k
    AND t.started_on >= least(coalesce(u.was, '-infinity'), coalesce(b.latest_cause, '-infinity'))
    AND t.started_on < greatest(coalesce(u.was, '-infinity'), coalesce(b.latest_cause, '-infinity'));
  SELECT recs || coalesce(array_agg(DISTINCT recommendation_id), '{}') INTO recs FROM recurrence_targets_kept WHERE incident_id = ANY(ids);
  DELETE FROM recommendations_recurred WHERE recommendation_id = ANY(recs);
  INSERT INTO recommendations_recurred (recommendation_id)
  SELECT DISTINCT t.recommendation_id FROM recurrence_targets_kept t JOIN recurrence_key_bounds b ON b.key = t.key
  WHERE b.latest_cause > t.started_on AND t.recommendation_id = ANY(recs);

  -- What reports say about each asset, from these incidents.
  DELETE FROM asset_history_kept WHERE incident_id = ANY(ids);
  INSERT INTO asset_history_kept (asset_id, incident_id, date, kind, text)
  SELECT asset_id, incident_id, date, kind, text FROM asset_history_entries WHERE incident_id = ANY(ids);
END $$;
--> statement-breakpoint
UPDATE recurrence_targets_kept t SET keys = k.keys
FROM (SELECT recommendation_id, array_agg(key) AS keys FROM recurrence_targets_kept GROUP BY recommendation_id) k
WHERE k.recommendation_id = t.recommendation_id;
--> statement-breakpoint
INSERT INTO asset_history_kept (asset_id, incident_id, date, kind, text)
SELECT asset_id, incident_id, date, kind, text FROM asset_history_entries;
--> statement-breakpoint
CREATE INDEX "asset_history_kept_asset_idx" ON "asset_history_kept" USING btree ("asset_id","date" DESC NULLS LAST);
--> statement-breakpoint
CREATE INDEX "asset_history_kept_incident_idx" ON "asset_history_kept" USING btree ("incident_id");
--> statement-breakpoint
CREATE INDEX "recurrence_targets_kept_key_recommendation_idx" ON "recurrence_targets_kept" USING btree ("key","recommendation_id");
--> statement-breakpoint
CREATE INDEX "recurrence_targets_kept_keys_idx" ON "recurrence_targets_kept" USING gin ("keys") WITH (fastupdate=false) WHERE "recurrence_targets_kept"."key" = "recurrence_targets_kept"."keys"[1];
--> statement-breakpoint
-- The first `wanted` recommendations under a key, in ID order from `from_id` up to `to_id` (when given), whose incident
-- started before a day and that share exactly `shared` of a cause's keys. Read in index order and stopped there: the
-- newest recurrences ask for a page, not for every pair (a key such as a common cause category has thousands of
-- recommendations).
CREATE FUNCTION recurrence_recommendations_under(target_key text, cause_keys text[], shared int, before date, wanted int, from_id uuid, to_id uuid)
RETURNS SETOF uuid LANGUAGE plpgsql STABLE ROWS 10 AS $$
DECLARE
  target record;
  cause_key text;
  found int := 0;
  n int;
BEGIN
  IF wanted <= 0 THEN RETURN; END IF;
  -- A loop over a query is read through a cursor, planned to return its first rows soon: the index in ID order.
  FOR target IN SELECT t.recommendation_id, t.started_on, t.keys FROM recurrence_targets_kept t
    WHERE t.key = target_key AND (from_id IS NULL OR t.recommendation_id >= from_id) AND (to_id IS NULL OR t.recommendation_id < to_id)
    ORDER BY t.recommendation_id LOOP
    CONTINUE WHEN target.started_on >= before;
    n := 0;
    FOREACH cause_key IN ARRAY cause_keys LOOP
      IF cause_key = ANY(target.keys) THEN n := n + 1; END IF;
    END LOOP;
    CONTINUE WHEN n <> shared;
    RETURN NEXT target.recommendation_id;
    found := found + 1;
    EXIT WHEN found >= wanted;
  END LOOP;
END $$;
--> statement-breakpoint
-- A timeline event's incident, for a link written to it (the event may be gone when a cascade deletes its links:
-- its own delete marked the incident).
CREATE FUNCTION analytics_mark_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_stale
  SELECT incident_id FROM timeline_events WHERE id IN ((to_jsonb(OLD) ->> 'event_id')::uuid, (to_jsonb(NEW) ->> 'event_id')::uuid)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_stale_timeline_event AFTER INSERT OR DELETE OR UPDATE OF incident_id, occurred_on, text ON timeline_events FOR EACH ROW EXECUTE FUNCTION analytics_mark_incident('incident_id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_event_asset AFTER INSERT OR DELETE OR UPDATE ON event_assets FOR EACH ROW EXECUTE FUNCTION analytics_mark_event();
--> statement-breakpoint
CREATE TRIGGER analytics_stale_asset_fact AFTER INSERT OR DELETE OR UPDATE ON asset_facts FOR EACH ROW EXECUTE FUNCTION analytics_mark_incident('incident_id');
