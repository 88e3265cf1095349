CREATE SCHEMA "content";
--> statement-breakpoint
CREATE TYPE "content"."channel_kind" AS ENUM('list', 'page', 'link');--> statement-breakpoint
CREATE TYPE "content"."update_class" AS ENUM('dynamic', 'notice', 'other');--> statement-breakpoint
CREATE TABLE "content"."event_cursor" (
	"consumer" text NOT NULL,
	"producer" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_cursor_consumer_producer_pk" PRIMARY KEY("consumer","producer")
);
--> statement-breakpoint
CREATE TABLE "content"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"producer" text NOT NULL,
	"seq" bigint NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "content"."outbox" (
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
CREATE TABLE "content"."outbox_relay" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"relayed_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."site_ref" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_site_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."unit_ref" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."channel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"path" text NOT NULL,
	"kind" "content"."channel_kind" DEFAULT 'list' NOT NULL,
	"link_url" text,
	"update_class" "content"."update_class" DEFAULT 'other' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_type_idx" ON "content"."outbox" USING btree ("type");--> statement-breakpoint
CREATE UNIQUE INDEX "channel_site_path_uq" ON "content"."channel" USING btree ("site_id","path");--> statement-breakpoint
CREATE INDEX "channel_site_idx" ON "content"."channel" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "channel_parent_idx" ON "content"."channel" USING btree ("parent_id");