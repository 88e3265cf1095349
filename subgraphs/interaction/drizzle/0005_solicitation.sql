CREATE TYPE "interaction"."solicitation_adoption" AS ENUM('adopted', 'partly_adopted', 'not_adopted');--> statement-breakpoint
CREATE TYPE "interaction"."solicitation_status" AS ENUM('draft', 'open', 'closed', 'feedback_published');--> statement-breakpoint
CREATE TABLE "interaction"."solicitation_setting" (
	"scope" text PRIMARY KEY NOT NULL,
	"min_open_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."solicitation_submission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solicitation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"site_id" uuid,
	"citizen_id" uuid,
	"contact_name" text,
	"contact_phone" text,
	"answers" jsonb NOT NULL,
	"idempotency_key" text,
	"address" text,
	"held" boolean DEFAULT false NOT NULL,
	"check_result" jsonb,
	"lexicon_version" integer,
	"adoption" "interaction"."solicitation_adoption",
	"adoption_reason" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."solicitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"document_url" text,
	"document_name" text,
	"document_media_id" uuid,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"site_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"allow_anonymous" boolean DEFAULT false NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "interaction"."solicitation_status" DEFAULT 'draft' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_reason" text,
	"feedback" jsonb,
	"created_by" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "solicitation_submission_idempotency_uq" ON "interaction"."solicitation_submission" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "solicitation_submission_campaign_idx" ON "interaction"."solicitation_submission" USING btree ("solicitation_id","created_at");--> statement-breakpoint
CREATE INDEX "solicitation_submission_citizen_idx" ON "interaction"."solicitation_submission" USING btree ("citizen_id","created_at");--> statement-breakpoint
CREATE INDEX "solicitation_submission_address_idx" ON "interaction"."solicitation_submission" USING btree ("address","created_at");--> statement-breakpoint
CREATE INDEX "solicitation_unit_idx" ON "interaction"."solicitation" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "solicitation_sites_idx" ON "interaction"."solicitation" USING gin ("site_ids");
