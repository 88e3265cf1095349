import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

export const visibilityInput = enumInput(["private", "unit", "city"]);

export const mediaListInput = z.object({
  siteId: z.uuid("站点标识不正确"),
  kind: enumInput(["image", "file"]).nullish(),
  search: z.string().trim().max(100, "搜索关键字过长").nullish(),
  includeShared: z.boolean().nullish(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(40),
});

export const uploadFields = z.object({
  siteId: z.uuid("站点标识不正确"),
  visibility: visibilityInput.default("private"),
});
