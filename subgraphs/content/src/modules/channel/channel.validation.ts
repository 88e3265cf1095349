import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

const kind = enumInput(["list", "page", "link"]);
const updateClass = enumInput(["dynamic", "notice", "other"]);

const name = z.string().trim().min(1, "栏目名称不能为空").max(50, "栏目名称不能超过 50 个字");
const linkUrl = z
  .string()
  .trim()
  .url("外部链接地址不正确")
  .refine((value) => /^https?:\/\//i.test(value), "外部链接只能是 http 或 https 地址");

/** First path segments the portal serves itself (search, topics, the leave notice, media, assets, 智库). */
export const RESERVED_TOP_SLUGS = ["search", "zt", "leave", "media", "assets", "s", "zhiku"];

export const createChannelInput = z
  .object({
    siteId: z.uuid("站点标识不正确"),
    parentId: z.uuid("上级栏目标识不正确").nullish(),
    name,
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "路径只能包含小写字母、数字和连字符，最长 40 个字符"),
    kind: kind.default("list"),
    linkUrl: linkUrl.nullish(),
    updateClass: updateClass.default("other"),
    sortOrder: z.number().int().min(0).max(100_000).default(0),
  })
  .refine((input) => input.kind !== "link" || !!input.linkUrl, {
    message: "外部链接栏目必须填写链接地址",
    path: ["linkUrl"],
  })
  .refine((input) => !!input.parentId || !RESERVED_TOP_SLUGS.includes(input.slug), {
    message: `路径 ${RESERVED_TOP_SLUGS.join("、")} 为门户保留，请换一个`,
    path: ["slug"],
  });

export const updateChannelInput = z.object({
  name: name.optional(),
  kind: kind.optional(),
  linkUrl: linkUrl.nullish(),
  updateClass: updateClass.optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
