-- Partial (substring) matches on titles: the public search document and the staff article list (current revision).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_document_title_trgm_idx" ON "content"."search_document" USING gin ("title" public.gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "revision_title_trgm_idx" ON "content"."revision" USING gin ("title" public.gin_trgm_ops);
