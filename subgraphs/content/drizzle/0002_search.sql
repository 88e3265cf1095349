CREATE TABLE "content"."search_document" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_text" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"tokens" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content"."search_document" ADD CONSTRAINT "search_document_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "content"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_document_tokens_idx" ON "content"."search_document" USING gin ("tokens");--> statement-breakpoint
CREATE INDEX "search_document_site_idx" ON "content"."search_document" USING btree ("site_id","channel_id");