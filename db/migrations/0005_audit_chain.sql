-- The audit trail's hash chain and its guards, kept in the database so no client can skip them.
-- Hash: SHA-256 over the entry's jsonb text (fixed key order; the time as epoch seconds, so the session's
-- time zone does not change the text) followed by the previous entry's hash.
CREATE OR REPLACE FUNCTION audit_entry_hash(e audit_entries) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_object(
    'id', e.id, 'seq', e.seq, 'at', extract(epoch FROM e.at), 'actor', e.actor, 'actorRole', e.actor_role,
    'action', e.action, 'entityType', e.entity_type, 'entityId', e.entity_id,
    'before', e.before, 'after', e.after, 'requestId', e.request_id
  )::text || e.prev_hash, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Existing entries join the chain in the order they were written.
DO $$
DECLARE
  r audit_entries%ROWTYPE;
  previous text := repeat('0', 64);
  n bigint := 0;
BEGIN
  FOR r IN SELECT * FROM audit_entries ORDER BY id LOOP
    n := n + 1;
    r.seq := n;
    r.prev_hash := previous;
    r.hash := audit_entry_hash(r);
    UPDATE audit_entries SET seq = r.seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    previous := r.hash;
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE audit_entries ALTER COLUMN seq SET NOT NULL;
--> statement-breakpoint
ALTER TABLE audit_entries ALTER COLUMN prev_hash SET NOT NULL;
--> statement-breakpoint
ALTER TABLE audit_entries ALTER COLUMN hash SET NOT NULL;
--> statement-breakpoint
-- Each new entry: who acted comes from the transaction's settings (set_config(..., true)) when present; the
-- time, position and hashes are the database's. A transaction-level advisory lock serialises writers, so two
-- transactions never chain onto the same predecessor.
CREATE OR REPLACE FUNCTION audit_entries_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last audit_entries%ROWTYPE;
BEGIN
  PERFORM pg_advisory_xact_lock(7301944612);
  NEW.actor := coalesce(nullif(current_setting('app.actor', true), ''), NEW.actor);
  NEW.actor_role := coalesce(nullif(current_setting('app.actor_role', true), ''), NEW.actor_role);
  NEW.request_id := coalesce(nullif(current_setting('app.request_id', true), ''), NEW.request_id);
  NEW.at := now();
  SELECT * INTO last FROM audit_entries ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last.seq, 0) + 1;
  NEW.prev_hash := coalesce(last.hash, repeat('0', 64));
  NEW.hash := audit_entry_hash(NEW);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_chain BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_chain();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
