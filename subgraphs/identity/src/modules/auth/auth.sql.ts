import { createdAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { JWK } from "jose";
import { identitySchema } from "../../db/pg-schema";

export const subjectKind = identitySchema.enum("subject_kind", ["staff", "citizen", "client"]);

/** Opaque refresh tokens, stored as SHA-256; rotated on every use, revoked per family on reuse or logout. */
export const refreshTokens = identitySchema.table(
  "refresh_token",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique("refresh_token_hash_uq"),
    familyId: uuid("family_id").notNull(),
    subjectKind: subjectKind("subject_kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    replacedBy: uuid("replaced_by"),
    createdAt: createdAt(),
  },
  (table) => [
    index("refresh_token_family_idx").on(table.familyId),
    index("refresh_token_subject_idx").on(table.subjectKind, table.subjectId),
  ],
);

/** Every login attempt, for throttling by source address and by name. */
export const loginAttempts = identitySchema.table(
  "login_attempt",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Lower-cased login name (staff username, or "citizen:<phone>"). */
    username: text("username").notNull(),
    ip: text("ip"),
    success: boolean("success").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    index("login_attempt_ip_idx").on(table.ip, table.at),
    index("login_attempt_name_idx").on(table.username, table.at),
  ],
);

/** ES256 signing keys, generated on first start; the JWKS lists every public key. */
export const signingKeys = identitySchema.table("signing_key", {
  kid: text("kid").primaryKey(),
  privateJwk: jsonb("private_jwk").$type<JWK>().notNull(),
  publicJwk: jsonb("public_jwk").$type<JWK>().notNull(),
  createdAt: createdAt(),
});

/** One row (id = 1). Missing row = the defaults below. */
export const securityPolicy = identitySchema.table(
  "security_policy",
  {
    id: integer("id").primaryKey().default(1),
    totpRequiredForAdmins: boolean("totp_required_for_admins").notNull().default(true),
    maxFailedAttempts: integer("max_failed_attempts").notNull().default(5),
    lockoutMinutes: integer("lockout_minutes").notNull().default(15),
    passwordMinLength: integer("password_min_length").notNull().default(10),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [check("security_policy_single_row", sql`${table.id} = 1`)],
);

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
export type SigningKeyRow = typeof signingKeys.$inferSelect;
export type SecurityPolicyRow = typeof securityPolicy.$inferSelect;
export type SubjectKind = (typeof subjectKind.enumValues)[number];
