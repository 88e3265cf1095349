import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";
import { PHONE_CODE_PURPOSES } from "./verification.sql";

/** A mainland mobile number (spaces, dashes and a +86 prefix are tolerated). */
export const phone = z
  .string({ error: "请填写手机号码" })
  .transform((value) => value.replace(/[\s-]/g, "").replace(/^(\+?86)/, ""))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/, "请填写正确的 11 位手机号码"));

export const purpose = enumInput(PHONE_CODE_PURPOSES);
