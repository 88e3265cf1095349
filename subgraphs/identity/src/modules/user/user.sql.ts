import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { boolean, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";

export const userStatus = identitySchema.enum("user_status", ["active", "disabled"]);

/** 工作人员 (staff). */
export const users = identitySchema.table(
  "user",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    unitId: uuid("unit_id"),
    email: text("email"),
    phone: text("phone"),
    /** argon2id */
    passwordHash: text("password_hash").notNull(),
    status: userStatus("status").notNull().default("active"),
    totpSecret: text("totp_secret"),
    totpEnabled: boolean("totp_enabled").notNull().default(false),
    /** Issued at TOTP setup; becomes totp_secret when a login proves a code for it. */
    pendingTotpSecret: text("pending_totp_secret"),
    /** Time step of the last TOTP code used: a code is accepted once (no replay within its window). */
    totpLastStep: integer("totp_last_step"),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true, mode: "date" }),
    isDemo: boolean("is_demo").notNull().default(false),
    /** Access tokens issued before this are refused (roles changed, disabled, password reset, logout). */
    tokensValidAfter: timestamp("tokens_valid_after", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // Usernames are unique regardless of case ("Admin" and "admin" are one account).
    uniqueIndex("user_username_lower_uq").on(sql`lower(${table.username})`),
    index("user_unit_idx").on(table.unitId),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
