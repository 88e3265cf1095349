import { phoneCodeColumns, phoneCodeIndexes } from "@jiyue/server-kit/db";
import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** What a phone code proves: the phone of an anonymous letter (more purposes may follow). */
export const PHONE_CODE_PURPOSES = ["letter"] as const;
export type PhoneCodePurpose = (typeof PHONE_CODE_PURPOSES)[number];

/** 短信验证码 of interaction (identity keeps its own for registration; the columns are server-kit's). */
export const phoneCodes = interactionSchema.table(
  "phone_code",
  phoneCodeColumns<PhoneCodePurpose>(),
  phoneCodeIndexes,
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
