CREATE TYPE "content"."article_status" AS ENUM('draft', 'in_review', 'approved', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "content"."review_action" AS ENUM('submit', 'approve', 'reject', 'withdraw', 'publish', 'schedule', 'unpublish', 'restart');--> statement-breakpoint
CREATE TABLE "content"."article" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"status" "content"."article_status" DEFAULT 'draft' NOT NULL,
	"current_revision_id" uuid NOT NULL,
	"published_revision_id" uuid,
	"review_stage" integer,
	"review_round" integer DEFAULT 0 NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"pinned_until" timestamp with time zone,
	"headline" boolean DEFAULT false NOT NULL,
	"carousel" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"last_published_at" timestamp with time zone,
	"scheduled_publish_at" timestamp with time zone,
	"scheduled_unpublish_at" timestamp with time zone,
	"scheduled_unpublish_reason" text,
	"withdraw_reason" text,
	"deleted_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"source" text,
	"author" text,
	"editor_of_record" text,
	"summary" text,
	"body" text NOT NULL,
	"cover_image_id" uuid,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"channel_id" uuid NOT NULL,
	"note" text,
	"based_on_revision_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."review_transition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"action" "content"."review_action" NOT NULL,
	"stage" integer,
	"stage_name" text,
	"round" integer DEFAULT 0 NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"comment" text,
	"revision_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."workflow_stage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"order" integer NOT NULL,
	"name" text NOT NULL,
	"role_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content"."revision" ADD CONSTRAINT "revision_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "content"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."review_transition" ADD CONSTRAINT "review_transition_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "content"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_site_idx" ON "content"."article" USING btree ("site_id","updated_at");--> statement-breakpoint
CREATE INDEX "article_channel_idx" ON "content"."article" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "article_unit_idx" ON "content"."article" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "article_public_idx" ON "content"."article" USING btree ("site_id","published_at") WHERE "content"."article"."published_revision_id" is not null and "content"."article"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "article_review_idx" ON "content"."article" USING btree ("status","site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revision_article_number_uq" ON "content"."revision" USING btree ("article_id","number");--> statement-breakpoint
CREATE INDEX "revision_site_idx" ON "content"."revision" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "review_transition_article_idx" ON "content"."review_transition" USING btree ("article_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_stage_site_order_uq" ON "content"."workflow_stage" USING btree ("site_id","order");