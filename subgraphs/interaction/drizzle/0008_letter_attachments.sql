CREATE TABLE "interaction"."letter_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"citizen_id" uuid,
	"address" text NOT NULL,
	"letter_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "letter_attachment_letter_idx" ON "interaction"."letter_attachment" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "letter_attachment_address_idx" ON "interaction"."letter_attachment" USING btree ("address","created_at");