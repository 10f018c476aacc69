ALTER TYPE "public"."asset_kind" ADD VALUE 'SWITCH';--> statement-breakpoint
ALTER TYPE "public"."asset_kind" ADD VALUE 'STORAGE_ARRAY';--> statement-breakpoint
ALTER TYPE "public"."asset_kind" ADD VALUE 'DISK';--> statement-breakpoint
ALTER TYPE "public"."asset_kind" ADD VALUE 'POWER_SUPPLY';--> statement-breakpoint
ALTER TYPE "public"."cause_category" ADD VALUE 'PROCESS';--> statement-breakpoint
ALTER TYPE "public"."cause_category" ADD VALUE 'THIRD_PARTY';--> statement-breakpoint
ALTER TYPE "public"."cause_category" ADD VALUE 'ENVIRONMENT';--> statement-breakpoint
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
ALTER TABLE "causes" ADD COLUMN "category_evidence" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "needs_review" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "review_reason" text;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "categories_by_analyst" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "learned_category_cues" ADD CONSTRAINT "learned_category_cues_source_cause_id_causes_id_fk" FOREIGN KEY ("source_cause_id") REFERENCES "public"."causes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "learned_category_cues_phrase_uq" ON "learned_category_cues" USING btree ("organisation","phrase");--> statement-breakpoint
CREATE INDEX "causes_needs_review_idx" ON "causes" USING btree ("needs_review") WHERE "causes"."needs_review";