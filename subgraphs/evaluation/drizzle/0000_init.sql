CREATE SCHEMA "evaluation";
--> statement-breakpoint
CREATE TABLE "evaluation"."event_cursor" (
	"consumer" text NOT NULL,
	"producer" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_cursor_consumer_producer_pk" PRIMARY KEY("consumer","producer")
);
--> statement-breakpoint
CREATE TABLE "evaluation"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"producer" text NOT NULL,
	"seq" bigint NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation"."outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"site_id" uuid,
	"unit_id" uuid,
	"payload" jsonb NOT NULL,
	"actor" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "evaluation"."outbox_relay" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"relayed_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation"."site_ref" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_site_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation"."unit_ref" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation"."site_stats" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid,
	"channel_count" integer DEFAULT 0 NOT NULL,
	"mailbox_count" integer DEFAULT 0 NOT NULL,
	"published_article_count" integer DEFAULT 0 NOT NULL,
	"letter_count" integer DEFAULT 0 NOT NULL,
	"change_count" integer DEFAULT 0 NOT NULL,
	"last_change_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation"."unit_stats" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"mailbox_count" integer DEFAULT 0 NOT NULL,
	"change_count" integer DEFAULT 0 NOT NULL,
	"last_change_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "outbox_type_idx" ON "evaluation"."outbox" USING btree ("type");--> statement-breakpoint
CREATE INDEX "site_stats_unit_idx" ON "evaluation"."site_stats" USING btree ("unit_id");