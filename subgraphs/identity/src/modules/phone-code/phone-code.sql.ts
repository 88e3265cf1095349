import { phoneCodeColumns, phoneCodeIndexes } from "@jiyue/server-kit/db";
import { identitySchema } from "../../db/pg-schema";

/** What a code proves: the phone of a citizen registering a local account (more purposes may follow). */
export const PHONE_CODE_PURPOSES = ["register"] as const;
export type PhoneCodePurpose = (typeof PHONE_CODE_PURPOSES)[number];

/**
 * 短信验证码 of identity (interaction keeps its own for anonymous letters; the columns are server-kit's). A
 * request for a number that already has an account also gets a row (its code is never sent, so nothing
 * matches it): the throttles and answers stay the same.
 */
export const phoneCodes = identitySchema.table(
  "phone_code",
  phoneCodeColumns<PhoneCodePurpose>(),
  phoneCodeIndexes,
);

export type PhoneCodeRow = typeof phoneCodes.$inferSelect;
