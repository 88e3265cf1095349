import { enumInput, visibleText } from "@jiyue/server-kit";
import { z } from "zod";

const displayName = visibleText(1, 50, "姓名");
const email = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || z.email().safeParse(value).success, "邮箱格式不正确");
const phone = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^[0-9+\-() ]{5,20}$/.test(value), "电话格式不正确");

export const createUserInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, "用户名须以字母开头，3–32 位字母、数字、下划线、点或连字符"),
  displayName,
  password: z.string(),
  unitId: z.uuid("单位标识不正确").nullish(),
  email,
  phone,
});

export const updateUserInput = z.object({
  displayName: displayName.optional(),
  email: email.optional(),
  phone: phone.optional(),
  status: enumInput(["active", "disabled"]).nullish(),
});
