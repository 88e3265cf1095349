import { createdAt } from "@jiyue/server-kit/db";
import { index, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** What a phone code proves: the phone of an anonymous letter (more purposes may follow). */
export const PHONE_CODE_PURPOSES = ["letter"] as const;
export type PhoneCodePurpose = (typeof PHONE_CODE_PURPOSES)[number];

/** 短信验证码: one code sent to a phone, stored only as an HMAC, with expiry, failed tries and consumption. */
export const phoneCodes = interactionSchema.table(
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

/** Counted events for limits that must hold across replicas (e.g. letters per citizen and per address). */
export const rateEvents = interactionSchema.table(
  "rate_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    at: at("at").notNull().defaultNow(),
  },
  (table) => [index("rate_event_key_idx").on(table.key, table.at)],
);

export type PhoneCodeRow = typeof phoneCodes.$inferSelect;
