import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "日期不存在");

export const year = z.number().int().min(2000, "年份超出范围").max(2100, "年份超出范围");

export const setCalendarDayInput = z.object({
  date: isoDate,
  kind: enumInput(["workday", "holiday", "makeup_workday"]),
  name: z.string().trim().max(30, "名称不能超过 30 个字").default(""),
});

export const setCalendarYearInput = z.object({ year, covered: z.boolean() });
