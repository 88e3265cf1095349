import { visibleText } from "@jiyue/server-kit";
import { z } from "zod";

export const minSamples = z.number().int().min(10, "训练样本至少 10 封").max(1_000_000).default(50);
export const category = visibleText(1, 30, "类别");
export const optionalUnitId = z.uuid("单位标识不正确").nullish();
