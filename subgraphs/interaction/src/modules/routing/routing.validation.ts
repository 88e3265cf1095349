import { visibleText } from "@jiyue/server-kit";
import { z } from "zod";

export const minSamples = z.number().int().min(10, "训练样本至少 10 封").max(1_000_000).default(50);
export const category = visibleText(1, 30, "类别");
export const optionalUnitId = z.uuid("单位标识不正确").nullish();
export const hotTopicDays = z
  .number()
  .int("天数应为整数")
  .min(1, "天数至少为 1")
  .max(365, "天数不能超过 365")
  .default(30);
export const hotTopicMinSize = z
  .number()
  .int("热点的最少信件数应为整数")
  .min(2, "热点至少包含 2 封信件")
  .max(100, "热点的最少信件数不能超过 100")
  .default(3);
