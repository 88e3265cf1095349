ALTER TYPE "interaction"."letter_status" ADD VALUE 'merged';--> statement-breakpoint
ALTER TABLE "interaction"."letter" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "interaction"."letter" ADD COLUMN "merged_from_status" "interaction"."letter_status";--> statement-breakpoint
ALTER TABLE "interaction"."letter" ADD COLUMN "merged_from_owner_unit_id" uuid;--> statement-breakpoint
CREATE INDEX "letter_merged_into_idx" ON "interaction"."letter" USING btree ("merged_into_id");