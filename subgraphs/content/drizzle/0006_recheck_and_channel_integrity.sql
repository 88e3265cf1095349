CREATE TYPE "content"."recheck_status" AS ENUM('running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "content"."recheck_item" (
	"run_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"title" text NOT NULL,
	"lexicon_version" bigint NOT NULL,
	"block_count" integer NOT NULL,
	"warn_count" integer NOT NULL,
	"findings" jsonb NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recheck_item_run_id_article_id_pk" PRIMARY KEY("run_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "content"."recheck_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid,
	"status" "content"."recheck_status" DEFAULT 'running' NOT NULL,
	"total" integer NOT NULL,
	"checked" integer DEFAULT 0 NOT NULL,
	"articles_with_block" integer DEFAULT 0 NOT NULL,
	"block_count" integer DEFAULT 0 NOT NULL,
	"warn_count" integer DEFAULT 0 NOT NULL,
	"lexicon_version" bigint,
	"error" text,
	"started_by" uuid NOT NULL,
	"started_by_name" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "content"."recheck_item" ADD CONSTRAINT "recheck_item_run_id_recheck_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "content"."recheck_run"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recheck_item_block_idx" ON "content"."recheck_item" USING btree ("run_id","block_count");--> statement-breakpoint
CREATE INDEX "recheck_run_started_idx" ON "content"."recheck_run" USING btree ("started_at");--> statement-breakpoint
ALTER TABLE "content"."article" ADD CONSTRAINT "article_channel_id_channel_id_fk" FOREIGN KEY ("channel_id") REFERENCES "content"."channel"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."revision" ADD CONSTRAINT "revision_channel_id_channel_id_fk" FOREIGN KEY ("channel_id") REFERENCES "content"."channel"("id") ON DELETE restrict ON UPDATE no action;