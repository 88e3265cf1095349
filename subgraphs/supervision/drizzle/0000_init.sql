CREATE SCHEMA "supervision";
--> statement-breakpoint
CREATE TYPE "supervision"."lexicon_kind" AS ENUM('sensitive', 'typo', 'wording', 'forbidden');--> statement-breakpoint
CREATE TYPE "supervision"."lexicon_level" AS ENUM('block', 'warn', 'info');--> statement-breakpoint
CREATE TYPE "supervision"."lexicon_scope" AS ENUM('city', 'unit');--> statement-breakpoint
CREATE TABLE "supervision"."event_cursor" (
	"consumer" text NOT NULL,
	"producer" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_cursor_consumer_producer_pk" PRIMARY KEY("consumer","producer")
);
--> statement-breakpoint
CREATE TABLE "supervision"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"producer" text NOT NULL,
	"seq" bigint NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "supervision"."outbox" (
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
CREATE TABLE "supervision"."outbox_relay" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"relayed_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision"."site_ref" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_site_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision"."unit_ref" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision"."audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"producer" text NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"actor_roles" text[] DEFAULT '{}' NOT NULL,
	"actor_ip" text,
	"actor_user_agent" text,
	"request_id" text,
	"site_id" uuid,
	"unit_id" uuid,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE TABLE "supervision"."lexicon_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term" text NOT NULL,
	"kind" "supervision"."lexicon_kind" NOT NULL,
	"level" "supervision"."lexicon_level" DEFAULT 'warn' NOT NULL,
	"suggestion" text,
	"scope" "supervision"."lexicon_scope" NOT NULL,
	"unit_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lexicon_entry_scope_unit_term_kind_uq" UNIQUE NULLS NOT DISTINCT("scope","unit_id","term","kind"),
	CONSTRAINT "lexicon_entry_scope_unit_ck" CHECK (("scope" = 'city') = ("unit_id" is null))
);
--> statement-breakpoint
CREATE TABLE "supervision"."lexicon_exemption" (
	"unit_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lexicon_exemption_unit_id_entry_id_pk" PRIMARY KEY("unit_id","entry_id")
);
--> statement-breakpoint
ALTER TABLE "supervision"."lexicon_exemption" ADD CONSTRAINT "lexicon_exemption_entry_id_lexicon_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "supervision"."lexicon_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_type_idx" ON "supervision"."outbox" USING btree ("type");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_idx" ON "supervision"."audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_type_idx" ON "supervision"."audit_log" USING btree ("type");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "supervision"."audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_site_idx" ON "supervision"."audit_log" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "audit_log_unit_idx" ON "supervision"."audit_log" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "lexicon_entry_unit_idx" ON "supervision"."lexicon_entry" USING btree ("unit_id");