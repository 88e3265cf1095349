CREATE TABLE "identity"."platform_setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity"."site" ADD COLUMN "theme" jsonb;--> statement-breakpoint
ALTER TABLE "identity"."site" ADD COLUMN "home_layout" jsonb;