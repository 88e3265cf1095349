CREATE TYPE "interaction"."calendar_day_kind" AS ENUM('workday', 'holiday', 'makeup_workday');--> statement-breakpoint
CREATE TYPE "interaction"."letter_rating" AS ENUM('satisfied', 'basically_satisfied', 'unsatisfied');--> statement-breakpoint
CREATE TYPE "interaction"."letter_status" AS ENUM('received', 'not_accepted', 'accepted', 'handling', 'awaiting_info', 'reply_review', 'reply_approved', 'replied', 'rated', 'closed');--> statement-breakpoint
CREATE TYPE "interaction"."letter_kind" AS ENUM('consultation', 'complaint', 'suggestion', 'report');--> statement-breakpoint
CREATE TABLE "interaction"."calendar_day" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" "interaction"."calendar_day_kind" NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"source" text DEFAULT 'chinese-days' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."calendar_year" (
	"year" integer PRIMARY KEY NOT NULL,
	"covered" boolean DEFAULT true NOT NULL,
	"source" text DEFAULT 'chinese-days' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."letter_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"unit_id" uuid,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."letter_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "interaction"."letter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mailbox_id" uuid NOT NULL,
	"mailbox_unit_id" uuid NOT NULL,
	"site_id" uuid,
	"citizen_id" uuid,
	"contact_phone" text,
	"phone_verified" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"category" text,
	"attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"publishable" boolean DEFAULT false NOT NULL,
	"query_code_hash" text NOT NULL,
	"idempotency_key" text,
	"status" "interaction"."letter_status" DEFAULT 'received' NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"not_accepted_reason" text,
	"accepted_at" timestamp with time zone,
	"deadline_workdays" integer DEFAULT 15 NOT NULL,
	"citizen_due_on" date,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"info_request" text,
	"draft_reply" text,
	"reply" text,
	"replied_at" timestamp with time zone,
	"rating" "interaction"."letter_rating",
	"rating_comment" text,
	"rework_count" integer DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."query_code_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"address" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interaction"."mailbox" ADD COLUMN "letter_kind" "interaction"."letter_kind" DEFAULT 'consultation' NOT NULL;--> statement-breakpoint
ALTER TABLE "interaction"."mailbox" ADD COLUMN "deadline_workdays" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "interaction"."mailbox" ADD COLUMN "max_reworks" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "interaction"."mailbox" ADD COLUMN "recipient_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "interaction"."mailbox" ADD COLUMN "recipient_role" text DEFAULT 'letter_dispatcher';--> statement-breakpoint
ALTER TABLE "interaction"."mailbox" ADD COLUMN "is_one_window" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "letter_action_letter_idx" ON "interaction"."letter_action" USING btree ("letter_id","at");--> statement-breakpoint
CREATE INDEX "letter_unit_letter_idx" ON "interaction"."letter_unit" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "letter_unit_unit_idx" ON "interaction"."letter_unit" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_unit_active_uq" ON "interaction"."letter_unit" USING btree ("letter_id","unit_id") WHERE "ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "letter_query_code_uq" ON "interaction"."letter" USING btree ("query_code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_idempotency_uq" ON "interaction"."letter" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "letter_owner_idx" ON "interaction"."letter" USING btree ("owner_unit_id","status");--> statement-breakpoint
CREATE INDEX "letter_mailbox_unit_idx" ON "interaction"."letter" USING btree ("mailbox_unit_id","status");--> statement-breakpoint
CREATE INDEX "letter_citizen_idx" ON "interaction"."letter" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "query_code_attempt_idx" ON "interaction"."query_code_attempt" USING btree ("address","at");--> statement-breakpoint
CREATE UNIQUE INDEX "mailbox_one_window_uq" ON "interaction"."mailbox" USING btree ("is_one_window") WHERE "is_one_window";