CREATE SCHEMA "identity";
--> statement-breakpoint
CREATE TYPE "identity"."unit_kind" AS ENUM('party_committee', 'mass_organization', 'peoples_congress', 'cppcc', 'democratic_party', 'district_committee', 'other');--> statement-breakpoint
CREATE TYPE "identity"."unit_level" AS ENUM('city', 'district');--> statement-breakpoint
CREATE TYPE "identity"."site_status" AS ENUM('building', 'online', 'offline');--> statement-breakpoint
CREATE TYPE "identity"."user_status" AS ENUM('active', 'disabled');--> statement-breakpoint
CREATE TYPE "identity"."subject_kind" AS ENUM('staff', 'citizen', 'client');--> statement-breakpoint
CREATE TYPE "identity"."citizen_type" AS ENUM('person', 'legal_person');--> statement-breakpoint
CREATE TABLE "identity"."event_cursor" (
	"consumer" text NOT NULL,
	"producer" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_cursor_consumer_producer_pk" PRIMARY KEY("consumer","producer")
);
--> statement-breakpoint
CREATE TABLE "identity"."event_inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"producer" text NOT NULL,
	"seq" bigint NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "identity"."outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"site_id" uuid,
	"unit_id" uuid,
	"payload" jsonb NOT NULL,
	"actor" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "identity"."outbox_relay" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"relayed_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"short_name" text,
	"code" text NOT NULL,
	"kind" "identity"."unit_kind" NOT NULL,
	"level" "identity"."unit_level" NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_code_uq" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "identity"."site_domain" (
	"domain" text PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."site" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_site_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"status" "identity"."site_status" DEFAULT 'building' NOT NULL,
	"site_id_code" text,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_code_uq" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "identity"."user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"unit_id" uuid,
	"email" text,
	"phone" text,
	"password_hash" text NOT NULL,
	"status" "identity"."user_status" DEFAULT 'active' NOT NULL,
	"totp_secret" text,
	"totp_enabled" boolean DEFAULT false NOT NULL,
	"pending_totp_secret" text,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."role_assignment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role_code" text NOT NULL,
	"unit_id" uuid,
	"site_id" uuid,
	"exclusive_group" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_assignment_uq" UNIQUE NULLS NOT DISTINCT("user_id","role_code","unit_id","site_id")
);
--> statement-breakpoint
CREATE TABLE "identity"."role" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"scope_kinds" text[] NOT NULL,
	"actions" text[] NOT NULL,
	"stage" integer,
	"exclusive_group" text,
	"requires_totp" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."login_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"ip" text,
	"success" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."refresh_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"family_id" uuid NOT NULL,
	"subject_kind" "identity"."subject_kind" NOT NULL,
	"subject_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"replaced_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refresh_token_hash_uq" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "identity"."security_policy" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"totp_required_for_admins" boolean DEFAULT true NOT NULL,
	"max_failed_attempts" integer DEFAULT 5 NOT NULL,
	"lockout_minutes" integer DEFAULT 15 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_policy_single_row" CHECK ("identity"."security_policy"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "identity"."signing_key" (
	"kid" text PRIMARY KEY NOT NULL,
	"private_jwk" jsonb NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."citizen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "identity"."citizen_type" NOT NULL,
	"phone" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"credit_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizen_phone_uq" UNIQUE("phone")
);
--> statement-breakpoint
CREATE TABLE "identity"."api_client" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"site_ids" uuid[] NOT NULL,
	"scopes" text[] NOT NULL,
	"owner_unit_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity"."site_domain" ADD CONSTRAINT "site_domain_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "identity"."site"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."role_assignment" ADD CONSTRAINT "role_assignment_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."role_assignment" ADD CONSTRAINT "role_assignment_role_code_role_code_fk" FOREIGN KEY ("role_code") REFERENCES "identity"."role"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_type_idx" ON "identity"."outbox" USING btree ("type");--> statement-breakpoint
CREATE INDEX "unit_parent_idx" ON "identity"."unit" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "site_domain_site_idx" ON "identity"."site_domain" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "site_unit_idx" ON "identity"."site" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "site_parent_idx" ON "identity"."site" USING btree ("parent_site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_username_lower_uq" ON "identity"."user" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "user_unit_idx" ON "identity"."user" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_assignment_exclusive_uq" ON "identity"."role_assignment" USING btree ("user_id","exclusive_group") WHERE "identity"."role_assignment"."exclusive_group" is not null;--> statement-breakpoint
CREATE INDEX "role_assignment_user_idx" ON "identity"."role_assignment" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "login_attempt_ip_idx" ON "identity"."login_attempt" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "login_attempt_name_idx" ON "identity"."login_attempt" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "refresh_token_family_idx" ON "identity"."refresh_token" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_token_subject_idx" ON "identity"."refresh_token" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "api_client_owner_idx" ON "identity"."api_client" USING btree ("owner_unit_id");