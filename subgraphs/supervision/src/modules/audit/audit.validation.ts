import { z } from "zod";

const when = z.coerce.date({ error: "时间格式不正确" });

export const auditFilterInput = z
  .object({
    type: z.string().trim().max(100).nullish(),
    actorId: z.string().trim().max(200).nullish(),
    siteId: z.uuid("站点标识不正确").nullish(),
    unitId: z.uuid("单位标识不正确").nullish(),
    from: when.nullish(),
    to: when.nullish(),
  })
  .nullish();

export const auditPageInput = z.object({
  offset: z.number().int().min(0, "偏移量不能为负").default(0),
  limit: z.number().int().min(1, "每页至少 1 条").max(200, "每页最多 200 条").default(50),
});
