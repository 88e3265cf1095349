CREATE TABLE "interaction"."knowledge_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"letter_id" uuid,
	"unit_id" uuid NOT NULL,
	"site_id" uuid,
	"status" text DEFAULT 'published' NOT NULL,
	"category" text,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"helpful_count" integer DEFAULT 0 NOT NULL,
	"unhelpful_count" integer DEFAULT 0 NOT NULL,
	"tokens" "tsvector" NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."knowledge_vote" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	"address_key" text NOT NULL,
	"helpful" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interaction"."knowledge_vote" ADD CONSTRAINT "knowledge_vote_entry_id_knowledge_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "interaction"."knowledge_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_entry_letter_uq" ON "interaction"."knowledge_entry" USING btree ("letter_id") WHERE "letter_id" is not null;--> statement-breakpoint
CREATE INDEX "knowledge_entry_tokens_idx" ON "interaction"."knowledge_entry" USING gin ("tokens");--> statement-breakpoint
CREATE INDEX "knowledge_entry_list_idx" ON "interaction"."knowledge_entry" USING btree ("status","answered_at");--> statement-breakpoint
CREATE INDEX "knowledge_entry_unit_idx" ON "interaction"."knowledge_entry" USING btree ("unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_vote_voter_uq" ON "interaction"."knowledge_vote" USING btree ("entry_id","voter_key");--> statement-breakpoint
CREATE INDEX "knowledge_vote_address_idx" ON "interaction"."knowledge_vote" USING btree ("address_key","at");--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "knowledge_entry_title_trgm_idx" ON "interaction"."knowledge_entry" USING gin ("title" public.gin_trgm_ops);
