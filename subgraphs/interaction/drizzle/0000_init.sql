CREATE SCHEMA "interaction";
--> statement-breakpoint
CREATE TYPE "interaction"."mailbox_kind" AS ENUM('leader', 'general', 'complaint', 'consult');--> statement-breakpoint
CREATE TABLE "interaction"."event_cursor" (
	"consumer" text NOT NULL,
	"producer" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_cursor_consumer_producer_pk" PRIMARY KEY("consumer","producer")
);
--> statement-breakpoint
CREATE TABLE "interaction"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"producer" text NOT NULL,
	"seq" bigint NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "interaction"."outbox" (
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
CREATE TABLE "interaction"."outbox_relay" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"relayed_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."site_ref" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_site_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."unit_ref" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction"."mailbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"site_id" uuid,
	"name" text NOT NULL,
	"description" text,
	"kind" "interaction"."mailbox_kind" DEFAULT 'general' NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_type_idx" ON "interaction"."outbox" USING btree ("type");--> statement-breakpoint
CREATE UNIQUE INDEX "mailbox_unit_name_uq" ON "interaction"."mailbox" USING btree ("unit_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "mailbox_unit_default_uq" ON "interaction"."mailbox" USING btree ("unit_id") WHERE "is_default";--> statement-breakpoint
CREATE INDEX "mailbox_unit_idx" ON "interaction"."mailbox" USING btree ("unit_id");