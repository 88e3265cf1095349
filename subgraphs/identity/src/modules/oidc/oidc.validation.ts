import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

/** A path on the portal or admin site: never another origin (no open redirect). */
const returnPath = z
  .string()
  .trim()
  .max(500, "返回地址过长")
  .refine((path) => path.startsWith("/") && !path.startsWith("//") && !path.includes("\\"), {
    message: "返回地址必须是站内路径",
  });

export const loginStartInput = z.object({
  audience: enumInput(["citizen", "staff"]),
  return: returnPath.default("/"),
});

export const exchangeTicketInput = z.object({
  ticket: z.string().trim().min(1, "登录凭据不能为空").max(200, "登录凭据无效或已过期，请重新登录"),
  totpCode: z.string().trim().max(20).nullish(),
});
