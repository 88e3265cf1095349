import { z } from "zod";

export const MAX_QUERY_LENGTH = 100;

export const searchInput = z.object({
  query: z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "请输入搜索词").max(MAX_QUERY_LENGTH, `搜索词不能超过 ${MAX_QUERY_LENGTH} 个字`)),
  offset: z.number().int().min(0).max(10_000).default(0),
  limit: z.number().int().min(1).max(50).default(10),
});
