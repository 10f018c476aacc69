CREATE TABLE "analytics_stale" (
	"incident_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pattern_counts" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"incident_count" integer NOT NULL,
	"first_seen" date NOT NULL,
	"last_seen" date NOT NULL,
	CONSTRAINT "pattern_counts_dimension_key_pk" PRIMARY KEY("dimension","key")
);
--> statement-breakpoint
CREATE TABLE "pattern_members" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"pattern_id" text NOT NULL,
	"incident_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	CONSTRAINT "pattern_members_pattern_id_incident_id_pk" PRIMARY KEY("pattern_id","incident_id")
);
--> statement-breakpoint
CREATE TABLE "recommendations_recurred" (
	"recommendation_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recurrence_cause_keys_kept" (
	"cause_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "recurrence_cause_keys_kept_cause_id_key_pk" PRIMARY KEY("cause_id","key")
);
--> statement-breakpoint
CREATE TABLE "recurrence_key_bounds" (
	"key" text PRIMARY KEY NOT NULL,
	"earliest_target" date,
	"latest_cause" date
);
--> statement-breakpoint
CREATE TABLE "recurrence_targets_kept" (
	"recommendation_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "recurrence_targets_kept_recommendation_id_key_pk" PRIMARY KEY("recommendation_id","key")
);
--> statement-breakpoint
CREATE INDEX "pattern_counts_rank_idx" ON "pattern_counts" USING btree ("dimension","incident_count","last_seen","key");--> statement-breakpoint
CREATE INDEX "pattern_members_incident_idx" ON "pattern_members" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "pattern_members_dimension_idx" ON "pattern_members" USING btree ("dimension","key","started_on","incident_id");--> statement-breakpoint
CREATE INDEX "recurrence_cause_keys_kept_key_idx" ON "recurrence_cause_keys_kept" USING btree ("key","started_on");--> statement-breakpoint
CREATE INDEX "recurrence_cause_keys_kept_started_idx" ON "recurrence_cause_keys_kept" USING btree ("started_on","cause_id");--> statement-breakpoint
CREATE INDEX "recurrence_cause_keys_kept_incident_idx" ON "recurrence_cause_keys_kept" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "recurrence_targets_kept_key_idx" ON "recurrence_targets_kept" USING btree ("key","started_on");--> statement-breakpoint
CREATE INDEX "recurrence_targets_kept_incident_idx" ON "recurrence_targets_kept" USING btree ("incident_id");--> statement-breakpoint
-- The asset roll-up, for a set of incidents or, given NULL, for all: the one definition the view reads, so that a
-- write recomputes the roll-up of the incidents it touched without walking every incident's assets (a recursive
-- query takes no outer condition). An incident involving an asset also involves what it was hosted on when the
-- incident started (dated placements), or, for an asset with no placements, its recorded parent (part-of, or
-- hosting without a date): the definition 0008_cause_understanding gave the view.
CREATE FUNCTION incident_asset_rollup_for(ids uuid[]) RETURNS TABLE (incident_id uuid, asset_id uuid) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE up(incident_id, asset_id, depth, started_on) AS (
    SELECT ia.incident_id, ia.asset_id, 0, i.started_on FROM incident_assets ia JOIN incidents i ON i.id = ia.incident_id
    WHERE ids IS NULL OR ia.incident_id = ANY(ids)
    UNION
    SELECT up.incident_id, h.parent_id, up.depth + 1, up.started_on
    FROM up
    CROSS JOIN LATERAL (
      SELECT CASE
        WHEN EXISTS (SELECT 1 FROM asset_placements p WHERE p.asset_id = up.asset_id AND p.host_id IS NOT NULL) THEN (
          SELECT p.host_id FROM asset_placements p
          WHERE p.asset_id = up.asset_id AND p.host_id IS NOT NULL
            AND (p.valid_from IS NULL OR p.valid_from <= up.started_on) AND (p.valid_to IS NULL OR p.valid_to > up.started_on)
          ORDER BY p.valid_from DESC NULLS LAST LIMIT 1)
        ELSE (SELECT a.parent_id FROM assets a WHERE a.id = up.asset_id)
      END AS parent_id
    ) h
    WHERE h.parent_id IS NOT NULL AND up.depth < 8
  )
  SELECT DISTINCT up.incident_id, up.asset_id FROM up
$$;
--> statement-breakpoint
CREATE OR REPLACE VIEW incident_asset_rollup AS SELECT incident_id, asset_id FROM incident_asset_rollup_for(NULL);
--> statement-breakpoint
-- What each recommendation targets, as keys: a cause category, an asset, its incident's month (which a later cause may cite).
-- Recurrences and follow-through pair these with recurrence_cause_keys: a later cause under a key, starting after the target.
CREATE VIEW recurrence_targets AS
SELECT rc.recommendation_id, r.incident_id, ei.started_on, 'category ' || category::text AS key
FROM recommendation_causes rc JOIN recommendations r ON r.id = rc.recommendation_id JOIN incidents ei ON ei.id = r.incident_id
JOIN causes c ON c.id = rc.cause_id CROSS JOIN LATERAL unnest(c.categories) AS category
UNION
SELECT rc.recommendation_id, r.incident_id, ei.started_on, 'asset ' || ca.asset_id
FROM recommendation_causes rc JOIN recommendations r ON r.id = rc.recommendation_id JOIN incidents ei ON ei.id = r.incident_id
JOIN cause_assets ca ON ca.cause_id = rc.cause_id
UNION
SELECT r.id, r.incident_id, ei.started_on, 'month ' || to_char(ei.started_on, 'YYYY-MM')
FROM recommendations r JOIN incidents ei ON ei.id = r.incident_id
WHERE EXISTS (SELECT 1 FROM recommendation_causes rc WHERE rc.recommendation_id = r.id);
--> statement-breakpoint
-- The keys of every cause read as a finding (not one only found in the timeline).
CREATE VIEW recurrence_cause_keys AS
SELECT c.id AS cause_id, c.incident_id, i.started_on, 'category ' || category::text AS key
FROM causes c JOIN incidents i ON i.id = c.incident_id CROSS JOIN LATERAL unnest(c.categories) AS category
WHERE NOT c.found_in_timeline
UNION
SELECT c.id, c.incident_id, i.started_on, 'asset ' || ca.asset_id
FROM causes c JOIN incidents i ON i.id = c.incident_id JOIN cause_assets ca ON ca.cause_id = c.id
WHERE NOT c.found_in_timeline
UNION
SELECT c.id, c.incident_id, i.started_on, 'month ' || c.earlier_incident_month
FROM causes c JOIN incidents i ON i.id = c.incident_id
WHERE NOT c.found_in_timeline AND c.cites_earlier_recommendation AND c.earlier_incident_month IS NOT NULL;
--> statement-breakpoint
-- Recomputes what is kept for the incidents marked stale, from the views the from-scratch queries read.
-- One refresh at a time: pattern counts and key bounds are shared by every incident under a key.
CREATE FUNCTION analytics_refresh() RETURNS void LANGUAGE plpgsql AS $$
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
  INSERT INTO recurrence_targets_kept (recommendation_id, incident_id, started_on, key)
  SELECT recommendation_id, incident_id, started_on, key FROM recurrence_targets WHERE incident_id = ANY(ids);
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
END $$;
--> statement-breakpoint
CREATE FUNCTION analytics_refresh_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM analytics_refresh();
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The first stale mark of a transaction queues the refresh for its commit, inside the same transaction.
CREATE CONSTRAINT TRIGGER analytics_refresh_at_commit AFTER INSERT ON analytics_stale
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION analytics_refresh_at_commit();
--> statement-breakpoint
-- Marks the incident named by a column of the written row (TG_ARGV[0]), before and after the write.
CREATE FUNCTION analytics_mark_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO analytics_stale SELECT (to_jsonb(OLD) ->> TG_ARGV[0])::uuid ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO analytics_stale SELECT (to_jsonb(NEW) ->> TG_ARGV[0])::uuid ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A cause's keys belong to its incident and to the incidents of the recommendations that address it.
CREATE FUNCTION analytics_mark_cause() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cause uuid;
BEGIN
  FOREACH cause IN ARRAY ARRAY[(to_jsonb(OLD) ->> TG_ARGV[0])::uuid, (to_jsonb(NEW) ->> TG_ARGV[0])::uuid] LOOP
    CONTINUE WHEN cause IS NULL;
    INSERT INTO analytics_stale
    SELECT incident_id FROM causes WHERE id = cause
    UNION SELECT r.incident_id FROM recommendation_causes rc JOIN recommendations r ON r.id = rc.recommendation_id WHERE rc.cause_id = cause
    ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION analytics_mark_recommendation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_stale
  SELECT incident_id FROM recommendations WHERE id IN ((to_jsonb(OLD) ->> 'recommendation_id')::uuid, (to_jsonb(NEW) ->> 'recommendation_id')::uuid)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Moving an asset under another parent changes the roll-up of every incident counted under it.
CREATE FUNCTION analytics_mark_asset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_stale SELECT incident_id FROM pattern_members WHERE pattern_id = 'ASSET:' || OLD.id::text ON CONFLICT DO NOTHING;
  INSERT INTO analytics_stale SELECT incident_id FROM incident_assets WHERE asset_id = NEW.id ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A dated placement (hosting from, to) decides what an asset rolls up to for the incidents that started while it
-- held: a placement written, moved or ended changes the roll-up of every incident counted under its asset, before
-- and after the write (the asset itself is a member of each incident whose roll-up walks through it).
CREATE FUNCTION analytics_mark_placement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  asset uuid;
BEGIN
  FOREACH asset IN ARRAY ARRAY[(to_jsonb(OLD) ->> 'asset_id')::uuid, (to_jsonb(NEW) ->> 'asset_id')::uuid] LOOP
    CONTINUE WHEN asset IS NULL;
    INSERT INTO analytics_stale
    SELECT incident_id FROM pattern_members WHERE pattern_id = 'ASSET:' || asset::text
    UNION SELECT incident_id FROM incident_assets WHERE asset_id = asset
    ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_stale_incident AFTER INSERT OR DELETE OR UPDATE OF started_on ON incidents FOR EACH ROW EXECUTE FUNCTION analytics_mark_incident('id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_cause AFTER INSERT OR DELETE OR UPDATE ON causes FOR EACH ROW EXECUTE FUNCTION analytics_mark_cause('id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_cause_asset AFTER INSERT OR DELETE OR UPDATE ON cause_assets FOR EACH ROW EXECUTE FUNCTION analytics_mark_cause('cause_id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_recommendation AFTER INSERT OR DELETE OR UPDATE OF incident_id ON recommendations FOR EACH ROW EXECUTE FUNCTION analytics_mark_incident('incident_id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_recommendation_cause AFTER INSERT OR DELETE OR UPDATE ON recommendation_causes FOR EACH ROW EXECUTE FUNCTION analytics_mark_recommendation();
--> statement-breakpoint
CREATE TRIGGER analytics_stale_recommendation_cause_cause AFTER INSERT OR DELETE OR UPDATE ON recommendation_causes FOR EACH ROW EXECUTE FUNCTION analytics_mark_cause('cause_id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_incident_asset AFTER INSERT OR DELETE OR UPDATE ON incident_assets FOR EACH ROW EXECUTE FUNCTION analytics_mark_incident('incident_id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_incident_service AFTER INSERT OR DELETE OR UPDATE ON incident_services FOR EACH ROW EXECUTE FUNCTION analytics_mark_incident('incident_id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_incident_team AFTER INSERT OR DELETE OR UPDATE ON incident_teams FOR EACH ROW EXECUTE FUNCTION analytics_mark_incident('incident_id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_incident_party AFTER INSERT OR DELETE OR UPDATE ON incident_parties FOR EACH ROW EXECUTE FUNCTION analytics_mark_incident('incident_id');
--> statement-breakpoint
CREATE TRIGGER analytics_stale_asset AFTER UPDATE OF parent_id ON assets FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION analytics_mark_asset();
--> statement-breakpoint
CREATE TRIGGER analytics_stale_asset_placement AFTER INSERT OR DELETE OR UPDATE OF asset_id, host_id, valid_from, valid_to ON asset_placements FOR EACH ROW EXECUTE FUNCTION analytics_mark_placement();
--> statement-breakpoint
-- What is already in the database, kept from now on.
INSERT INTO analytics_stale SELECT id FROM incidents;
--> statement-breakpoint
SELECT analytics_refresh();
