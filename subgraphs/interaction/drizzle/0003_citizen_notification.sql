CREATE TYPE "interaction"."notification_kind" AS ENUM('reply_published', 'info_requested');--> statement-breakpoint
CREATE TABLE "interaction"."citizen_notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"letter_id" uuid NOT NULL,
	"kind" "interaction"."notification_kind" NOT NULL,
	"letter_title" text NOT NULL,
	"detail" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "citizen_notification_citizen_idx" ON "interaction"."citizen_notification" USING btree ("citizen_id","created_at");