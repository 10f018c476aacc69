CREATE TYPE "public"."cause_link_basis" AS ENUM('STATED', 'INFERRED', 'ANALYST');--> statement-breakpoint
ALTER TABLE "recommendation_causes" ADD COLUMN "basis" "cause_link_basis" DEFAULT 'ANALYST' NOT NULL;--> statement-breakpoint
-- Links an import wrote carry the recommendation's rule: a named cause is "reference:", anything else was inferred.
UPDATE "recommendation_causes" SET "basis" = CASE WHEN "source_rule" LIKE '%reference:%' THEN 'STATED'::"cause_link_basis" ELSE 'INFERRED'::"cause_link_basis" END WHERE "source_rule" IS NOT NULL;
