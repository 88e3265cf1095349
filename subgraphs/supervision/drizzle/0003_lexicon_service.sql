ALTER TYPE "supervision"."lexicon_kind" ADD VALUE 'name';--> statement-breakpoint
ALTER TYPE "supervision"."lexicon_kind" ADD VALUE 'pattern';--> statement-breakpoint
CREATE TABLE "supervision"."lexicon_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"starter_seeded_at" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervision"."lexicon_entry" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "supervision"."lexicon_entry" ADD COLUMN "enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision"."lexicon_entry" ADD COLUMN "titles" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision"."lexicon_entry" ADD COLUMN "category" text;