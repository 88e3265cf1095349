import { z } from "zod";

export const changesInput = z.object({
  siteIds: z.array(z.string().uuid("站点标识格式不正确")).max(500).nullish(),
  after: z.string().max(200).nullish(),
  limit: z.number().int().min(1, "每页至少 1 条").max(500, "每页最多 500 条").nullish(),
});
