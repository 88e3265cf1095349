import { enumInput, visibleText } from "@jiyue/server-kit";
import { z } from "zod";
import { LETTER_STATUSES } from "./letter.sql";

export const submitLetterInput = z.object({
  mailboxId: z.uuid("信箱标识不正确"),
  siteId: z.uuid("站点标识不正确").nullish(),
  title: visibleText(2, 100, "标题"),
  content: visibleText(5, 5000, "内容"),
  category: z.string().trim().max(30, "类别不能超过 30 个字").nullish(),
  attachmentIds: z.array(z.uuid("附件标识不正确")).max(10, "附件不能超过 10 个").default([]),
  publishable: z.boolean().default(false),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,100}$/, "表单令牌不正确")
    .nullish(),
});

export const comment = z.string().trim().max(1000, "说明不能超过 1000 个字").nullish();
export const reason = visibleText(2, 1000, "理由");
export const replyContent = visibleText(5, 10000, "答复内容");
export const unitId = z.uuid("单位标识不正确");
export const unitIds = z.array(unitId).max(10, "协办单位不能超过 10 个");
export const rating = enumInput(["satisfied", "basically_satisfied", "unsatisfied"]);

export const letterFilter = z
  .object({
    status: z.array(enumInput(LETTER_STATUSES)).nullish(),
    unitId: unitId.nullish(),
    mailboxId: z.uuid("信箱标识不正确").nullish(),
    held: z.boolean().nullish(),
  })
  .nullish();

export const page = z.object({
  first: z.number().int().min(1).max(100, "每页最多 100 条").default(20),
  offset: z.number().int().min(0).max(100_000).default(0),
});
