import { phoneCodeColumns, phoneCodeIndexes } from "@jiyue/server-kit/db";
import { identitySchema } from "../../db/pg-schema";

/**
 * What a code proves: the phone of a citizen registering a local account, or of one resetting a forgotten
 * password (a text column: a new purpose needs no migration).
 */
export const PHONE_CODE_PURPOSES = ["register", "password_reset"] as const;
export type PhoneCodePurpose = (typeof PHONE_CODE_PURPOSES)[number];

/**
 * 短信验证码 of identity (interaction keeps its own for anonymous letters; the columns are server-kit's). A
 * request whose code is not sent (registering a number that already has an account, resetting the password of
 * one that has none) also gets a row, which nothing matches: the throttles and answers stay the same.
 */
export const phoneCodes = identitySchema.table(
  "phone_code",
  phoneCodeColumns<PhoneCodePurpose>(),
  phoneCodeIndexes,
);

export type PhoneCodeRow = typeof phoneCodes.$inferSelect;
