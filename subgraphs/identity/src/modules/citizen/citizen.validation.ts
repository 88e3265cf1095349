import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, "手机号格式不正确");

/** Asking for a registration code: the same phone rules as the registration itself. */
export const citizenRegisterCodeInput = z.object({ phone });

export const citizenRegisterInput = z
  .object({
    type: enumInput(["person", "legal_person"]),
    phone,
    password: z.string(),
    /** The code sent to `phone` (checked by the phone-code service, which counts wrong tries). */
    phoneCode: z.string(),
    displayName: z.string().trim().min(1, "名称不能为空").max(100, "名称不能超过 100 个字"),
    creditCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, "统一社会信用代码格式不正确")
      .nullish(),
  })
  .refine((input) => input.type !== "legal_person" || !!input.creditCode, {
    message: "法人须填写统一社会信用代码",
    path: ["creditCode"],
  });

/** Asking for a password-reset code: the same phone rules as registration. */
export const citizenPasswordResetCodeInput = z.object({ phone });

export const citizenPasswordResetInput = z.object({
  phone,
  /** The code sent to `phone` (checked by the phone-code service, which counts wrong tries). */
  phoneCode: z.string(),
  /** Checked against the security policy by the service, like a registration's password. */
  newPassword: z.string(),
});

export const citizenLoginInput = z.object({
  phone: z.string().trim().min(1, "请输入手机号").max(20, "手机号或密码错误"),
  password: z.string().min(1, "请输入密码").max(256, "手机号或密码错误"),
});

export const citizenProfileInput = z.object({
  displayName: z.string().trim().min(1, "名称不能为空").max(100, "名称不能超过 100 个字"),
});

export const citizenDeleteInput = z.object({
  password: z.string().max(256, "密码不正确").nullish(),
});
