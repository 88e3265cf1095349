import { z } from "zod";

/** At most 2 MB of text per check (a long article is ~100 KB). */
export const checkTextInput = z
  .object({
    siteId: z.uuid("站点标识不正确"),
    text: z.string().max(2_000_000, "待检查内容不能超过 200 万字").nullish(),
    html: z.string().max(2_000_000, "待检查内容不能超过 200 万字").nullish(),
    title: z.string().max(500, "标题不能超过 500 个字").nullish(),
  })
  .refine((input) => input.text != null || input.html != null || input.title != null, {
    message: "请提供要检查的文字或 HTML",
    path: ["text"],
  });

export const overrideInput = z.object({
  articleId: z.uuid("稿件标识不正确"),
  findingKeys: z.array(z.string().min(1).max(400)).max(500).nullish(),
  reason: z.string().trim().min(2, "请填写放行理由").max(500, "放行理由不能超过 500 个字"),
});

export const ignoreInput = z.object({
  articleId: z.uuid("稿件标识不正确"),
  findingKeys: z.array(z.string().min(1).max(400)).min(1, "请选择要忽略的问题").max(500),
  reason: z.string().trim().min(2, "请填写忽略理由").max(500, "忽略理由不能超过 500 个字"),
});
