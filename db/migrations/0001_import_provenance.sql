ALTER TYPE "public"."asset_fact_kind" ADD VALUE 'BACKUP_FAILING';--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "earlier_incident_month" text;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "found_in_timeline" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "since_on" date;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "since_precision" text;