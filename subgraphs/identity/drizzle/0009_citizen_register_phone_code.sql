CREATE TABLE "identity"."phone_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"purpose" text NOT NULL,
	"code_hash" text NOT NULL,
	"address" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "phone_code_phone_idx" ON "identity"."phone_code" USING btree ("phone","purpose","created_at");--> statement-breakpoint
CREATE INDEX "phone_code_address_idx" ON "identity"."phone_code" USING btree ("address","created_at");