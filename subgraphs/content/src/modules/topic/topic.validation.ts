import { z } from "zod";

const name = z.string().trim().min(1, "专题名称不能为空").max(60, "专题名称不能超过 60 个字");
const description = z.string().trim().max(500, "专题简介不能超过 500 个字");
const ids = (label: string, max: number) =>
  z
    .array(z.uuid(`${label}标识不正确`))
    .max(max, `${label}最多 ${max} 个`)
    .transform((values) => [...new Set(values)]);

export const createTopicInput = z.object({
  siteId: z.uuid("站点标识不正确"),
  name,
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "路径只能包含小写字母、数字和连字符，最长 40 个字符"),
  description: description.nullish(),
  bannerImageId: z.uuid("横幅图片标识不正确").nullish(),
  sourceChannelIds: ids("来源栏目", 50).refine((values) => values.length > 0, "至少选择一个来源栏目"),
  pinnedArticleIds: ids("置顶稿件", 20).default([]),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
  enabled: z.boolean().default(true),
});

export const updateTopicInput = z.object({
  name: name.optional(),
  description: description.nullish(),
  bannerImageId: z.uuid("横幅图片标识不正确").nullish(),
  sourceChannelIds: ids("来源栏目", 50)
    .refine((values) => values.length > 0, "至少选择一个来源栏目")
    .optional(),
  pinnedArticleIds: ids("置顶稿件", 20).optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
  enabled: z.boolean().optional(),
});
