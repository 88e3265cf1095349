CREATE TYPE "content"."media_kind" AS ENUM('image', 'file');--> statement-breakpoint
CREATE TYPE "content"."media_visibility" AS ENUM('private', 'unit', 'city');--> statement-breakpoint
CREATE TABLE "content"."media_asset" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" "content"."media_kind" NOT NULL,
	"original_name" text NOT NULL,
	"stored_path" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"thumb_path" text,
	"visibility" "content"."media_visibility" DEFAULT 'private' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "media_asset_site_idx" ON "content"."media_asset" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "media_asset_shared_idx" ON "content"."media_asset" USING btree ("visibility","unit_id");