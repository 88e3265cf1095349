CREATE TABLE "interaction"."routing_correction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"category" text NOT NULL,
	"suggested_unit_id" uuid,
	"chosen_unit_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."routing_mapping" (
	"category" text PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."routing_model" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"source" text NOT NULL,
	"model" text NOT NULL,
	"sample_count" integer NOT NULL,
	"category_counts" jsonb NOT NULL,
	"trained_by_id" text,
	"trained_by_name" text,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "routing_model_version_unique" UNIQUE("version")
);
--> statement-breakpoint
ALTER TABLE "interaction"."letter" ADD COLUMN "held" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "interaction"."letter" ADD COLUMN "check_result" jsonb;--> statement-breakpoint
ALTER TABLE "interaction"."letter" ADD COLUMN "lexicon_version" integer;--> statement-breakpoint
CREATE INDEX "routing_correction_category_idx" ON "interaction"."routing_correction" USING btree ("category");