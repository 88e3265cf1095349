import { z } from "zod";

export const loginInput = z.object({
  username: z.string().trim().min(1, "请输入用户名").max(64, "用户名或密码错误"),
  password: z.string().min(1, "请输入密码").max(256, "用户名或密码错误"),
  totpCode: z.string().trim().max(10).nullish(),
});
