import { visibleText } from "@jiyue/server-kit";
import { z } from "zod";

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 个字`).nullish();

export const entryInput = z.object({
  unitId: z.uuid("单位标识不正确"),
  siteId: z.uuid("站点标识不正确").nullish(),
  title: visibleText(2, 100, "问题标题"),
  question: visibleText(2, 5000, "问题内容"),
  answer: visibleText(5, 10000, "答复内容"),
  category: optionalText(30, "类别"),
  /** Mask personal data found in the text instead of refusing it. */
  stripPersonalData: z.boolean().nullish(),
});
export type EntryInput = z.infer<typeof entryInput>;

export const listInput = z.object({
  search: z.string().trim().max(100, "搜索词不能超过 100 个字").nullish(),
  category: optionalText(30, "类别"),
  siteId: z.string().nullish(),
  unitId: z.string().nullish(),
  first: z.number().int().min(1).max(50, "每页最多 50 条").default(20),
  offset: z.number().int().min(0).max(10_000, "页码过大").default(0),
});

export const suggestionInput = z.object({
  text: z.string().max(5000, "内容不能超过 5000 个字"),
  first: z.number().int().min(1).max(10, "最多 10 条").default(5),
});

/** A random id the portal keeps in a cookie for anonymous visitors. */
export const visitorId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "访客标识不正确")
  .nullish();
