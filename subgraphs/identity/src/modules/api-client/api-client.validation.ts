import { z } from "zod";

export const createApiClientInput = z.object({
  name: z.string().trim().min(1, "客户端名称不能为空").max(100, "客户端名称不能超过 100 个字"),
  siteIds: z
    .array(z.uuid("站点标识不正确"))
    .max(500)
    .transform((ids) => [...new Set(ids)]),
});
