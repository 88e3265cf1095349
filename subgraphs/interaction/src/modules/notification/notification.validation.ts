import { z } from "zod";

export const notificationLimit = z
  .number()
  .int("数量须为整数")
  .min(1, "数量至少为 1")
  .max(200, "一次最多 200 条")
  .default(50);

export const notificationIds = z.array(z.string().uuid("通知编号无效")).max(200, "一次最多 200 条").nullish();
