import { z } from "zod";

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}须为整数` })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`)
    .nullish();

export const updateSecurityPolicyInput = z.object({
  totpRequiredForAdmins: z.boolean().nullish(),
  maxFailedAttempts: whole("最大失败次数", 3, 20),
  lockoutMinutes: whole("锁定时长", 1, 1440),
  passwordMinLength: whole("密码最短长度", 8, 64),
});
