CREATE TYPE "public"."asset_fact_kind" AS ENUM('HARDWARE_FAILURE', 'NO_SPARE', 'HA_PARTNER_DOWN', 'OUT_OF_SYNC', 'CORRUPTED', 'REPLACEMENT_REQUESTED', 'REPLACEMENT_ARRIVED', 'POWERED_OFF', 'BUG');--> statement-breakpoint
CREATE TYPE "public"."asset_kind" AS ENUM('FIREWALL', 'HOST', 'VM', 'DATABASE_NODE', 'NETWORK_SEGMENT', 'LINK', 'STORAGE', 'BACKUP', 'ROUTER', 'SERVER', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."asset_relation" AS ENUM('HOSTED_ON', 'PART_OF');--> statement-breakpoint
CREATE TYPE "public"."asset_status" AS ENUM('ACTIVE', 'DEGRADED', 'FAILED', 'RETIRED', 'UNKNOWN');--> statement-breakpoint
CREATE TYPE "public"."cause_category" AS ENUM('CHANGE_MANAGEMENT', 'HARDWARE_FAILURE', 'SOFTWARE_BUG', 'NETWORK_ROUTING', 'DATA_REPLICATION', 'BACKUP', 'MONITORING_GAP', 'CAPACITY', 'CONFIGURATION', 'SPARE_SHORTAGE', 'HUMAN_ERROR', 'REDUNDANCY');--> statement-breakpoint
CREATE TYPE "public"."cause_kind" AS ENUM('ROOT', 'CONTRIBUTING', 'TRIGGER');--> statement-breakpoint
CREATE TYPE "public"."criticality" AS ENUM('CRITICAL', 'HIGH', 'MEDIUM', 'LOW');--> statement-breakpoint
CREATE TYPE "public"."incident_role" AS ENUM('LISTED', 'REPORTER', 'VERIFIER', 'APPROVER', 'RESPONDER');--> statement-breakpoint
CREATE TYPE "public"."incident_status" AS ENUM('OPEN', 'MITIGATED', 'RESOLVED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."phase" AS ENUM('DETECTION', 'DIAGNOSIS', 'ESCALATION', 'MITIGATION', 'RECOVERY', 'VALIDATION', 'CLOSURE', 'FOLLOW_UP');--> statement-breakpoint
CREATE TYPE "public"."recommendation_status" AS ENUM('PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'DONE', 'VERIFIED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."recommendation_type" AS ENUM('PREVENT', 'MITIGATE', 'DETECT', 'PROCESS');--> statement-breakpoint
CREATE TYPE "public"."service_impact" AS ENUM('UNAVAILABLE', 'DEGRADED', 'STALE_DATA', 'AFFECTED');--> statement-breakpoint
CREATE TYPE "public"."severity" AS ENUM('SEV1', 'SEV2', 'SEV3', 'SEV4');--> statement-breakpoint
CREATE TYPE "public"."sign_off_kind" AS ENUM('REPORT_BY', 'VERIFIED_BY', 'ADDITIONAL_VERIFICATION', 'EMERGENCY_DECLARED', 'EMERGENCY_CLOSED', 'PURCHASE_APPROVED', 'INCIDENT_CLOSED');--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"severity" "severity",
	"status" "incident_status" DEFAULT 'OPEN' NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"closed_on" date,
	"symptoms" text[] DEFAULT '{}'::text[] NOT NULL,
	"location" text,
	"department" text,
	"organisation" text,
	"source_markdown" text,
	"source_hash" text
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"ended_on" date,
	"time_of_day" text,
	"time_qualifier" text,
	"phase" "phase" NOT NULL,
	"phases" "phase"[] DEFAULT '{}' NOT NULL,
	"text" text NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"title" text,
	"team_id" uuid
);
--> statement-breakpoint
CREATE TABLE "party_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"alias_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"alias_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"criticality" "criticality"
);
--> statement-breakpoint
CREATE TABLE "team_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"alias_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"alias_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"asset_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" "asset_fact_kind" NOT NULL,
	"since_on" date,
	"since_precision" text,
	"observed_on" date,
	"text" text NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"kind" "asset_kind" DEFAULT 'OTHER' NOT NULL,
	"criticality" "criticality",
	"site" text,
	"status" "asset_status" DEFAULT 'UNKNOWN' NOT NULL,
	"parent_id" uuid,
	"parent_relation" "asset_relation",
	"redundancy_partner_id" uuid,
	"spare_id" uuid,
	"owner_party_id" uuid,
	"owner_team_id" uuid
);
--> statement-breakpoint
CREATE TABLE "causes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "cause_kind" DEFAULT 'ROOT' NOT NULL,
	"categories" "cause_category"[] DEFAULT '{}' NOT NULL,
	"text" text NOT NULL,
	"cites_earlier_recommendation" boolean DEFAULT false NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"type" "recommendation_type" DEFAULT 'PREVENT' NOT NULL,
	"status" "recommendation_status" DEFAULT 'PROPOSED' NOT NULL,
	"owner_party_id" uuid,
	"owner_team_id" uuid,
	"due_on" date,
	"evidence" text,
	"verified_by_party_id" uuid,
	"rejected_reason" text,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text
);
--> statement-breakpoint
CREATE TABLE "sign_offs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "sign_off_kind" NOT NULL,
	"party_id" uuid,
	"role_title" text,
	"signed_on" date,
	"detail" text,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text
);
--> statement-breakpoint
CREATE TABLE "cause_assets" (
	"cause_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "cause_assets_cause_id_asset_id_pk" PRIMARY KEY("cause_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "event_assets" (
	"event_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "event_assets_event_id_asset_id_pk" PRIMARY KEY("event_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "event_parties" (
	"event_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "event_parties_event_id_party_id_pk" PRIMARY KEY("event_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "event_services" (
	"event_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "event_services_event_id_service_id_pk" PRIMARY KEY("event_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "event_teams" (
	"event_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "event_teams_event_id_team_id_pk" PRIMARY KEY("event_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "incident_assets" (
	"incident_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "incident_assets_incident_id_asset_id_pk" PRIMARY KEY("incident_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "incident_parties" (
	"incident_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"roles" "incident_role"[] NOT NULL,
	"title_as_listed" text,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "incident_parties_incident_id_party_id_pk" PRIMARY KEY("incident_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "incident_services" (
	"incident_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"impact" "service_impact" DEFAULT 'AFFECTED' NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "incident_services_incident_id_service_id_pk" PRIMARY KEY("incident_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "incident_teams" (
	"incident_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "incident_teams_incident_id_team_id_pk" PRIMARY KEY("incident_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_assets" (
	"recommendation_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "recommendation_assets_recommendation_id_asset_id_pk" PRIMARY KEY("recommendation_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_causes" (
	"recommendation_id" uuid NOT NULL,
	"cause_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "recommendation_causes_recommendation_id_cause_id_pk" PRIMARY KEY("recommendation_id","cause_id")
);
--> statement-breakpoint
CREATE TABLE "service_assets" (
	"service_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"source_start_line" integer,
	"source_end_line" integer,
	"source_rule" text,
	CONSTRAINT "service_assets_service_id_asset_id_pk" PRIMARY KEY("service_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_aliases" ADD CONSTRAINT "party_aliases_owner_id_parties_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_aliases" ADD CONSTRAINT "service_aliases_owner_id_services_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_aliases" ADD CONSTRAINT "team_aliases_owner_id_teams_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_aliases" ADD CONSTRAINT "asset_aliases_owner_id_assets_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_facts" ADD CONSTRAINT "asset_facts_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_facts" ADD CONSTRAINT "asset_facts_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_parent_id_assets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_redundancy_partner_id_assets_id_fk" FOREIGN KEY ("redundancy_partner_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_spare_id_assets_id_fk" FOREIGN KEY ("spare_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_owner_party_id_parties_id_fk" FOREIGN KEY ("owner_party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_owner_team_id_teams_id_fk" FOREIGN KEY ("owner_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "causes" ADD CONSTRAINT "causes_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_owner_party_id_parties_id_fk" FOREIGN KEY ("owner_party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_owner_team_id_teams_id_fk" FOREIGN KEY ("owner_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_verified_by_party_id_parties_id_fk" FOREIGN KEY ("verified_by_party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cause_assets" ADD CONSTRAINT "cause_assets_cause_id_causes_id_fk" FOREIGN KEY ("cause_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cause_assets" ADD CONSTRAINT "cause_assets_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_assets" ADD CONSTRAINT "event_assets_event_id_timeline_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."timeline_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_assets" ADD CONSTRAINT "event_assets_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_parties" ADD CONSTRAINT "event_parties_event_id_timeline_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."timeline_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_parties" ADD CONSTRAINT "event_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_services" ADD CONSTRAINT "event_services_event_id_timeline_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."timeline_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_services" ADD CONSTRAINT "event_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_teams" ADD CONSTRAINT "event_teams_event_id_timeline_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."timeline_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_teams" ADD CONSTRAINT "event_teams_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_assets" ADD CONSTRAINT "incident_assets_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_assets" ADD CONSTRAINT "incident_assets_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_parties" ADD CONSTRAINT "incident_parties_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_parties" ADD CONSTRAINT "incident_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_services" ADD CONSTRAINT "incident_services_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_services" ADD CONSTRAINT "incident_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_teams" ADD CONSTRAINT "incident_teams_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_teams" ADD CONSTRAINT "incident_teams_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_assets" ADD CONSTRAINT "recommendation_assets_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_assets" ADD CONSTRAINT "recommendation_assets_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_causes" ADD CONSTRAINT "recommendation_causes_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_causes" ADD CONSTRAINT "recommendation_causes_cause_id_causes_id_fk" FOREIGN KEY ("cause_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_assets" ADD CONSTRAINT "service_assets_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_assets" ADD CONSTRAINT "service_assets_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_key_uq" ON "incidents" USING btree ("key");--> statement-breakpoint
CREATE INDEX "incidents_started_on_idx" ON "incidents" USING btree ("started_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_source_hash_uq" ON "incidents" USING btree ("source_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "timeline_events_incident_position_uq" ON "timeline_events" USING btree ("incident_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "parties_name_key_uq" ON "parties" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "parties_team_idx" ON "parties" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "party_aliases_owner_alias_uq" ON "party_aliases" USING btree ("owner_id","alias");--> statement-breakpoint
CREATE INDEX "party_aliases_key_idx" ON "party_aliases" USING btree ("alias_key","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_aliases_owner_alias_uq" ON "service_aliases" USING btree ("owner_id","alias");--> statement-breakpoint
CREATE INDEX "service_aliases_key_idx" ON "service_aliases" USING btree ("alias_key","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_name_key_uq" ON "services" USING btree ("name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "team_aliases_owner_alias_uq" ON "team_aliases" USING btree ("owner_id","alias");--> statement-breakpoint
CREATE INDEX "team_aliases_key_idx" ON "team_aliases" USING btree ("alias_key","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_name_key_uq" ON "teams" USING btree ("name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "asset_aliases_owner_alias_uq" ON "asset_aliases" USING btree ("owner_id","alias");--> statement-breakpoint
CREATE INDEX "asset_aliases_key_idx" ON "asset_aliases" USING btree ("alias_key","owner_id");--> statement-breakpoint
CREATE INDEX "asset_facts_asset_idx" ON "asset_facts" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "asset_facts_incident_idx" ON "asset_facts" USING btree ("incident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assets_name_key_uq" ON "assets" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "assets_kind_idx" ON "assets" USING btree ("kind","name","id");--> statement-breakpoint
CREATE INDEX "assets_parent_idx" ON "assets" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "causes_incident_idx" ON "causes" USING btree ("incident_id","position");--> statement-breakpoint
CREATE INDEX "causes_categories_idx" ON "causes" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "recommendations_incident_idx" ON "recommendations" USING btree ("incident_id","position");--> statement-breakpoint
CREATE INDEX "recommendations_status_idx" ON "recommendations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "sign_offs_incident_idx" ON "sign_offs" USING btree ("incident_id","position");--> statement-breakpoint
CREATE INDEX "sign_offs_party_idx" ON "sign_offs" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "cause_assets_right_idx" ON "cause_assets" USING btree ("asset_id","cause_id");--> statement-breakpoint
CREATE INDEX "event_assets_right_idx" ON "event_assets" USING btree ("asset_id","event_id");--> statement-breakpoint
CREATE INDEX "event_parties_right_idx" ON "event_parties" USING btree ("party_id","event_id");--> statement-breakpoint
CREATE INDEX "event_services_right_idx" ON "event_services" USING btree ("service_id","event_id");--> statement-breakpoint
CREATE INDEX "event_teams_right_idx" ON "event_teams" USING btree ("team_id","event_id");--> statement-breakpoint
CREATE INDEX "incident_assets_right_idx" ON "incident_assets" USING btree ("asset_id","incident_id");--> statement-breakpoint
CREATE INDEX "incident_parties_party_idx" ON "incident_parties" USING btree ("party_id","incident_id");--> statement-breakpoint
CREATE INDEX "incident_services_service_idx" ON "incident_services" USING btree ("service_id","incident_id");--> statement-breakpoint
CREATE INDEX "incident_teams_right_idx" ON "incident_teams" USING btree ("team_id","incident_id");--> statement-breakpoint
CREATE INDEX "recommendation_assets_right_idx" ON "recommendation_assets" USING btree ("asset_id","recommendation_id");--> statement-breakpoint
CREATE INDEX "recommendation_causes_right_idx" ON "recommendation_causes" USING btree ("cause_id","recommendation_id");--> statement-breakpoint
CREATE INDEX "service_assets_right_idx" ON "service_assets" USING btree ("asset_id","service_id");--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity_id","id");--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at");