ALTER TYPE "public"."sign_off_kind" ADD VALUE 'REVIEWED_BY';--> statement-breakpoint
ALTER TYPE "public"."sign_off_kind" ADD VALUE 'APPROVED_BY';--> statement-breakpoint
ALTER TYPE "public"."sign_off_kind" ADD VALUE 'ENDORSED_BY';--> statement-breakpoint
ALTER TYPE "public"."sign_off_kind" ADD VALUE 'SIGNED_OFF_BY';--> statement-breakpoint
ALTER TYPE "public"."sign_off_kind" ADD VALUE 'CLOSED_BY';--> statement-breakpoint
ALTER TABLE "timeline_events" ADD COLUMN "times" jsonb DEFAULT '[]'::jsonb NOT NULL;