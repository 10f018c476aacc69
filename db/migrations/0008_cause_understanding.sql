ALTER TYPE "public"."asset_kind" ADD VALUE 'SWITCH';--> statement-breakpoint
ALTER TYPE "public"."asset_kind" ADD VALUE 'STORAGE_ARRAY';--> statement-breakpoint
ALTER TYPE "public"."asset_kind" ADD VALUE 'DISK';--> statement-breakpoint
ALTER TYPE "public"."asset_kind" ADD VALUE 'POWER_SUPPLY';--> statement-breakpoint
ALTER TYPE "public"."cause_category" ADD VALUE 'PROCESS';--> statement-breakpoint
ALTER TYPE "public"."cause_category" ADD VALUE 'THIRD_PARTY';--> statement-breakpoint
ALTER TYPE "public"."cause_category" ADD VALUE 'ENVIRONMENT';--> statement-breakpoint
CREATE TABLE "learned_asset_kinds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"organisation" text DEFAULT 'default' NOT NULL,
	"prefix" text NOT NULL,
	"kind" "asset_kind" NOT NULL,
	"source_asset_id" uuid,
	"taught_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learned_category_cues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"organisation" text DEFAULT 'default' NOT NULL,
	"phrase" text NOT NULL,
	"categories" "cause_category"[] NOT NULL,
	"source_cause_id" uuid,
	"taught_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"asset_id" uuid NOT NULL,
	"host_id" uuid,
	"status" "asset_status",
	"valid_from" date,
	"valid_to" date,
	"incident_id" uuid,
	"closed_by_incident_id" uuid,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text
);
--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "category_evidence" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "needs_review" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "review_reason" text;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "categories_by_analyst" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "learned_asset_kinds" ADD CONSTRAINT "learned_asset_kinds_source_asset_id_assets_id_fk" FOREIGN KEY ("source_asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learned_category_cues" ADD CONSTRAINT "learned_category_cues_source_cause_id_causes_id_fk" FOREIGN KEY ("source_cause_id") REFERENCES "public"."causes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_placements" ADD CONSTRAINT "asset_placements_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_placements" ADD CONSTRAINT "asset_placements_host_id_assets_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_placements" ADD CONSTRAINT "asset_placements_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_placements" ADD CONSTRAINT "asset_placements_closed_by_incident_id_incidents_id_fk" FOREIGN KEY ("closed_by_incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "learned_asset_kinds_prefix_uq" ON "learned_asset_kinds" USING btree ("organisation","prefix");--> statement-breakpoint
CREATE UNIQUE INDEX "learned_category_cues_phrase_uq" ON "learned_category_cues" USING btree ("organisation","phrase");--> statement-breakpoint
CREATE INDEX "asset_placements_asset_idx" ON "asset_placements" USING btree ("asset_id","valid_from");--> statement-breakpoint
CREATE INDEX "asset_placements_incident_idx" ON "asset_placements" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "causes_needs_review_idx" ON "causes" USING btree ("needs_review") WHERE "causes"."needs_review";--> statement-breakpoint
-- An incident involving an asset also involves what it was hosted on when the incident started (dated placements),
-- or, for an asset with no placements, its recorded parent (part-of, or hosting without a date).
CREATE OR REPLACE VIEW incident_asset_rollup AS
WITH RECURSIVE up(incident_id, asset_id, depth, started_on) AS (
  SELECT ia.incident_id, ia.asset_id, 0, i.started_on FROM incident_assets ia JOIN incidents i ON i.id = ia.incident_id
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
SELECT DISTINCT incident_id, asset_id FROM up;
--> statement-breakpoint
-- Whether an incident names an asset itself (direct) or only through what runs on it (inherited).
CREATE VIEW incident_asset_links AS
SELECT r.incident_id, r.asset_id,
  EXISTS (SELECT 1 FROM incident_assets ia WHERE ia.incident_id = r.incident_id AND ia.asset_id = r.asset_id) AS direct
FROM incident_asset_rollup r;
--> statement-breakpoint
-- The families of the categories added with this migration.
CREATE OR REPLACE VIEW cause_families (category, family) AS VALUES
  ('DATA_REPLICATION', 'DATA_PROTECTION'), ('BACKUP', 'DATA_PROTECTION'),
  ('HARDWARE_FAILURE', 'RESILIENCE'), ('SPARE_SHORTAGE', 'RESILIENCE'), ('REDUNDANCY', 'RESILIENCE'),
  ('CHANGE_MANAGEMENT', 'CHANGE'), ('CONFIGURATION', 'CHANGE'), ('HUMAN_ERROR', 'CHANGE'),
  ('MONITORING_GAP', 'DETECTION'), ('SOFTWARE_BUG', 'SOFTWARE'), ('NETWORK_ROUTING', 'NETWORK'), ('CAPACITY', 'CAPACITY'),
  ('PROCESS', 'PROCESS'), ('THIRD_PARTY', 'SUPPLIER'), ('ENVIRONMENT', 'FACILITY');
