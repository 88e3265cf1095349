import { createdAt } from "@jiyue/server-kit/db";
import { boolean, index, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";
import { subjectKind } from "../auth/auth.sql";
import { citizens } from "../citizen/citizen.sql";
import { users } from "../user/user.sql";

export const oidcAudience = identitySchema.enum("oidc_audience", ["citizen", "staff"]);

/** A citizen account linked to a subject of an external identity provider (统一身份认证). */
export const citizenIdentities = identitySchema.table(
  "citizen_identity",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    unique("citizen_identity_subject_uq").on(table.issuer, table.subject),
    index("citizen_identity_citizen_idx").on(table.citizenId),
  ],
);

/** A staff account linked to an external subject; made on the first OIDC login that matched by username. */
export const staffIdentities = identitySchema.table(
  "staff_identity",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    unique("staff_identity_subject_uq").on(table.issuer, table.subject),
    index("staff_identity_user_idx").on(table.userId),
  ],
);

/** An authorization request in flight: PKCE verifier, state and nonce, found again by the browser's cookie. */
export const oidcLoginRequests = identitySchema.table(
  "oidc_login_request",
  {
    /** SHA-256 of the random id kept in the browser's cookie. */
    idHash: text("id_hash").primaryKey(),
    state: text("state").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    audience: oidcAudience("audience").notNull(),
    returnPath: text("return_path").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("oidc_login_request_expiry_idx").on(table.expiresAt)],
);

/** One-time login tickets handed to the browser after an OIDC callback, exchanged for tokens once. */
export const loginTickets = identitySchema.table(
  "login_ticket",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** SHA-256 of the ticket; the ticket itself is never stored. */
    ticketHash: text("ticket_hash").notNull().unique("login_ticket_hash_uq"),
    subjectKind: subjectKind("subject_kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    /** The identity provider vouched for a second factor (JIYUE_OIDC_TRUST_MFA). */
    mfaSatisfied: boolean("mfa_satisfied").notNull().default(false),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (table) => [index("login_ticket_expiry_idx").on(table.expiresAt)],
);

export type CitizenIdentityRow = typeof citizenIdentities.$inferSelect;
export type StaffIdentityRow = typeof staffIdentities.$inferSelect;
export type OidcLoginRequestRow = typeof oidcLoginRequests.$inferSelect;
export type LoginTicketRow = typeof loginTickets.$inferSelect;
export type OidcAudience = (typeof oidcAudience.enumValues)[number];
