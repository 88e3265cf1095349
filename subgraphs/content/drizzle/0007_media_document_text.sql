CREATE TABLE "content"."media_text" (
	"media_id" uuid PRIMARY KEY NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content"."media_text" ADD CONSTRAINT "media_text_media_id_media_asset_id_fk" FOREIGN KEY ("media_id") REFERENCES "content"."media_asset"("id") ON DELETE cascade ON UPDATE no action;