CREATE TYPE "identity"."oidc_audience" AS ENUM('citizen', 'staff');--> statement-breakpoint
CREATE TABLE "identity"."citizen_identity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"citizen_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizen_identity_subject_uq" UNIQUE("issuer","subject")
);
--> statement-breakpoint
CREATE TABLE "identity"."login_ticket" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_hash" text NOT NULL,
	"subject_kind" "identity"."subject_kind" NOT NULL,
	"subject_id" uuid NOT NULL,
	"mfa_satisfied" boolean DEFAULT false NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "login_ticket_hash_uq" UNIQUE("ticket_hash")
);
--> statement-breakpoint
CREATE TABLE "identity"."oidc_login_request" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"audience" "identity"."oidc_audience" NOT NULL,
	"return_path" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."staff_identity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_identity_subject_uq" UNIQUE("issuer","subject")
);
--> statement-breakpoint
ALTER TABLE "identity"."citizen" ALTER COLUMN "phone" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "identity"."citizen" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "identity"."citizen_identity" ADD CONSTRAINT "citizen_identity_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "identity"."citizen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."staff_identity" ADD CONSTRAINT "staff_identity_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizen_identity_citizen_idx" ON "identity"."citizen_identity" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "login_ticket_expiry_idx" ON "identity"."login_ticket" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "oidc_login_request_expiry_idx" ON "identity"."oidc_login_request" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "staff_identity_user_idx" ON "identity"."staff_identity" USING btree ("user_id");