import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

// Plain-text fields: trimmed and length-limited; never interpreted as HTML (the renderers escape them).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters (except tab and newlines) are removed from plain text
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const plain = (max: number, label: string) =>
  z
    .string()
    .transform((value) => value.replace(CONTROL, "").trim())
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字`));
const optionalPlain = (max: number, label: string) =>
  plain(max, label)
    .nullish()
    .transform((value) => (value ? value : null));
const words = (label: string) =>
  z
    .array(plain(30, label))
    .max(20, `${label}最多 20 个`)
    .nullish()
    .transform((values) => [...new Set((values ?? []).filter((value) => value.length > 0))]);

export const articleContentInput = z.object({
  title: plain(200, "标题").pipe(z.string().min(1, "标题不能为空")),
  subtitle: optionalPlain(200, "副标题"),
  source: optionalPlain(100, "来源"),
  author: optionalPlain(100, "作者"),
  editorOfRecord: optionalPlain(50, "责任编辑"),
  summary: optionalPlain(1000, "摘要"),
  body: z.string().max(500_000, "正文过长"),
  coverImageId: z.uuid("封面图片标识不正确").nullish(),
  attachmentIds: z.array(z.uuid("附件标识不正确")).max(50, "附件最多 50 个").nullish(),
  keywords: words("关键词"),
  tags: words("标签"),
  channelId: z.uuid("栏目标识不正确"),
});
export type ArticleContent = z.infer<typeof articleContentInput>;

const note = optionalPlain(500, "保存说明");

export const createArticleInput = z.object({
  siteId: z.uuid("站点标识不正确"),
  content: articleContentInput,
  note,
});

export const saveArticleInput = z.object({
  baseRevisionId: z.uuid("修订标识不正确"),
  content: articleContentInput,
  note,
});

export const articleFilterInput = z.object({
  siteId: z.uuid("站点标识不正确"),
  channelId: z.uuid("栏目标识不正确").nullish(),
  status: enumInput(["draft", "in_review", "approved", "published", "withdrawn"]).nullish(),
  search: z.string().trim().max(100).nullish(),
  deleted: z.boolean().nullish(),
});

export const pageInput = z.object({
  offset: z.number().int().min(0).max(100_000).default(0),
  limit: z.number().int().min(1).max(100).default(20),
});

export const commentInput = optionalPlain(2000, "意见");
export const requiredComment = plain(2000, "意见").pipe(z.string().min(1, "退回必须填写意见"));
export const reasonInput = plain(500, "原因").pipe(z.string().min(1, "撤稿必须填写原因"));

export const flagsInput = z.object({
  pinned: z.boolean().nullish(),
  pinnedUntil: z.date().nullish(),
  headline: z.boolean().nullish(),
  carousel: z.boolean().nullish(),
});
