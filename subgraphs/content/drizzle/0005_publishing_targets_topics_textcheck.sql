CREATE TYPE "content"."published_change_kind" AS ENUM('published', 'updated', 'withdrawn');--> statement-breakpoint
CREATE TYPE "content"."delivery_kind" AS ENUM('publish', 'update', 'retract');--> statement-breakpoint
CREATE TYPE "content"."delivery_status" AS ENUM('pending', 'retrying', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "content"."distribution_format" AS ENUM('wechat_mp', 'weibo', 'app', 'generic');--> statement-breakpoint
CREATE TYPE "content"."push_status" AS ENUM('pending', 'accepted', 'declined', 'superseded', 'withdrawn');--> statement-breakpoint
ALTER TYPE "content"."review_action" ADD VALUE 'check_override';--> statement-breakpoint
CREATE TABLE "content"."revision_fingerprint" (
	"revision_id" uuid PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"simhash" bigint NOT NULL,
	"band0" integer NOT NULL,
	"band1" integer NOT NULL,
	"band2" integer NOT NULL,
	"band3" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."published_change" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"kind" "content"."published_change_kind" NOT NULL,
	"revision_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."delivery" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"kind" "content"."delivery_kind" NOT NULL,
	"body" text NOT NULL,
	"status" "content"."delivery_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"round_start" integer DEFAULT 0 NOT NULL,
	"last_response_status" integer,
	"last_error" text,
	"last_attempt_at" timestamp with time zone,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_token" uuid,
	"lease_until" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."distribution_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"format" "content"."distribution_format" NOT NULL,
	"url" text NOT NULL,
	"secret" text NOT NULL,
	"events" "content"."delivery_kind"[] DEFAULT '{publish,update,retract}' NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"draft_only" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "content"."article_push" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"origin_article_id" uuid NOT NULL,
	"origin_site_id" uuid NOT NULL,
	"origin_unit_id" uuid NOT NULL,
	"origin_revision_id" uuid NOT NULL,
	"target_site_id" uuid NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"target_channel_id" uuid NOT NULL,
	"status" "content"."push_status" DEFAULT 'pending' NOT NULL,
	"note" text,
	"pushed_by" uuid NOT NULL,
	"pushed_by_name" text NOT NULL,
	"pushed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"copy_article_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."check_override" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"finding_key" text NOT NULL,
	"rule_id" text NOT NULL,
	"text" text NOT NULL,
	"reason" text NOT NULL,
	"lexicon_version" bigint NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_override_revision_key_uq" UNIQUE("revision_id","finding_key")
);
--> statement-breakpoint
CREATE TABLE "content"."check_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"lexicon_version" bigint NOT NULL,
	"findings" jsonb NOT NULL,
	"block_count" integer NOT NULL,
	"warn_count" integer NOT NULL,
	"hint_count" integer NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_result_revision_uq" UNIQUE("revision_id")
);
--> statement-breakpoint
CREATE TABLE "content"."topic" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"description" text,
	"banner_image_id" uuid,
	"source_channel_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"pinned_article_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content"."article" ADD COLUMN "origin_article_id" uuid;--> statement-breakpoint
ALTER TABLE "content"."article" ADD COLUMN "origin_site_id" uuid;--> statement-breakpoint
ALTER TABLE "content"."revision_fingerprint" ADD CONSTRAINT "revision_fingerprint_revision_id_revision_id_fk" FOREIGN KEY ("revision_id") REFERENCES "content"."revision"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."revision_fingerprint" ADD CONSTRAINT "revision_fingerprint_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "content"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."delivery" ADD CONSTRAINT "delivery_target_id_distribution_target_id_fk" FOREIGN KEY ("target_id") REFERENCES "content"."distribution_target"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."delivery" ADD CONSTRAINT "delivery_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "content"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."article_push" ADD CONSTRAINT "article_push_origin_article_id_article_id_fk" FOREIGN KEY ("origin_article_id") REFERENCES "content"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."article_push" ADD CONSTRAINT "article_push_copy_article_id_article_id_fk" FOREIGN KEY ("copy_article_id") REFERENCES "content"."article"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."check_override" ADD CONSTRAINT "check_override_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "content"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."check_result" ADD CONSTRAINT "check_result_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "content"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "revision_fingerprint_band0_idx" ON "content"."revision_fingerprint" USING btree ("band0");--> statement-breakpoint
CREATE INDEX "revision_fingerprint_band1_idx" ON "content"."revision_fingerprint" USING btree ("band1");--> statement-breakpoint
CREATE INDEX "revision_fingerprint_band2_idx" ON "content"."revision_fingerprint" USING btree ("band2");--> statement-breakpoint
CREATE INDEX "revision_fingerprint_band3_idx" ON "content"."revision_fingerprint" USING btree ("band3");--> statement-breakpoint
CREATE INDEX "revision_fingerprint_article_idx" ON "content"."revision_fingerprint" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "published_change_site_idx" ON "content"."published_change" USING btree ("site_id","seq");--> statement-breakpoint
CREATE INDEX "published_change_unit_idx" ON "content"."published_change" USING btree ("unit_id","seq");--> statement-breakpoint
CREATE INDEX "delivery_site_idx" ON "content"."delivery" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "delivery_article_idx" ON "content"."delivery" USING btree ("article_id","target_id");--> statement-breakpoint
CREATE INDEX "delivery_due_idx" ON "content"."delivery" USING btree ("next_attempt_at") WHERE "content"."delivery"."status" in ('pending', 'retrying');--> statement-breakpoint
CREATE INDEX "distribution_target_site_idx" ON "content"."distribution_target" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "article_push_pending_uq" ON "content"."article_push" USING btree ("origin_article_id","target_channel_id") WHERE "content"."article_push"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "article_push_origin_idx" ON "content"."article_push" USING btree ("origin_article_id");--> statement-breakpoint
CREATE INDEX "article_push_target_idx" ON "content"."article_push" USING btree ("target_site_id","status","pushed_at");--> statement-breakpoint
CREATE INDEX "article_push_copy_idx" ON "content"."article_push" USING btree ("copy_article_id");--> statement-breakpoint
CREATE INDEX "check_override_article_idx" ON "content"."check_override" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "topic_site_slug_uq" ON "content"."topic" USING btree ("site_id","slug");--> statement-breakpoint
CREATE INDEX "topic_site_idx" ON "content"."topic" USING btree ("site_id");--> statement-breakpoint
ALTER TABLE "content"."article" ADD CONSTRAINT "article_origin_article_id_article_id_fk" FOREIGN KEY ("origin_article_id") REFERENCES "content"."article"("id") ON DELETE set null ON UPDATE no action;