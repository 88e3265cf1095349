import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { text, timestamp, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";

export const citizenType = identitySchema.enum("citizen_type", ["person", "legal_person"]);

/** 市民 (自然人) and 法人 accounts: local accounts, or linked to 统一身份认证 (no phone/password then). */
export const citizens = identitySchema.table("citizen", {
  id: uuid("id").primaryKey().defaultRandom(),
  type: citizenType("type").notNull(),
  /** Login phone of local accounts; accounts from the identity provider may have none. */
  phone: text("phone").unique("citizen_phone_uq"),
  /** argon2id; null for accounts that only sign in through the identity provider. */
  passwordHash: text("password_hash"),
  displayName: text("display_name").notNull(),
  /** 统一社会信用代码 (legal persons). */
  creditCode: text("credit_code"),
  /** Access tokens issued before this are refused (password change, logout). */
  tokensValidAfter: timestamp("tokens_valid_after", { withTimezone: true, mode: "date" }),
  /** Deleted by the citizen (PIPL): the row stays, anonymised, so references keep resolving; no sign-in. */
  deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type CitizenRow = typeof citizens.$inferSelect;
export type NewCitizenRow = typeof citizens.$inferInsert;
