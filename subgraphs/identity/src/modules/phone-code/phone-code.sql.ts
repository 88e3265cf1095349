import { createdAt } from "@jiyue/server-kit/db";
import { index, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** What a code proves: the phone of a citizen registering a local account (more purposes may follow). */
export const PHONE_CODE_PURPOSES = ["register"] as const;
export type PhoneCodePurpose = (typeof PHONE_CODE_PURPOSES)[number];

/**
 * 短信验证码 of identity (interaction keeps its own for anonymous letters): one code per request, stored only
 * as an HMAC, with expiry, failed tries and consumption. A request for a number that already has an account
 * also gets a row (its code is never sent, so nothing matches it): the throttles and answers stay the same.
 */
export const phoneCodes = identitySchema.table(
  "phone_code",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    phone: text("phone").notNull(),
    purpose: text("purpose").$type<PhoneCodePurpose>().notNull(),
    codeHash: text("code_hash").notNull(),
    /** The address that asked for it (throttling per address). */
    address: text("address").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: at("expires_at").notNull(),
    consumedAt: at("consumed_at"),
    createdAt: createdAt(),
  },
  (table) => [
    index("phone_code_phone_idx").on(table.phone, table.purpose, table.createdAt),
    index("phone_code_address_idx").on(table.address, table.createdAt),
  ],
);

export type PhoneCodeRow = typeof phoneCodes.$inferSelect;
