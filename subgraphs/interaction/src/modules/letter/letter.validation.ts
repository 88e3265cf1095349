import { enumInput, visibleText } from "@jiyue/server-kit";
import { z } from "zod";
import { phone } from "../verification/verification.validation";
import { LETTER_STATUSES } from "./letter.sql";

export const submitLetterInput = z.object({
  mailboxId: z.uuid("信箱标识不正确"),
  siteId: z.uuid("站点标识不正确").nullish(),
  title: visibleText(2, 100, "标题"),
  content: visibleText(5, 5000, "内容"),
  category: z.string().trim().max(30, "类别不能超过 30 个字").nullish(),
  attachmentIds: z.array(z.uuid("附件标识不正确")).max(5, "附件不能超过 5 个").default([]),
  publishable: z.boolean().default(false),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,100}$/, "表单令牌不正确")
    .nullish(),
  /** Without an account: the contact phone and the code sent to it (see requestPhoneCode). */
  contactPhone: z
    .string()
    .nullish()
    .transform((value) => (value?.trim() ? value : null))
    .pipe(phone.nullable()),
  phoneCode: z.string().trim().max(20).nullish(),
});

export const comment = z.string().trim().max(1000, "说明不能超过 1000 个字").nullish();
export const reason = visibleText(2, 1000, "理由");
export const replyContent = visibleText(5, 10000, "答复内容");
export const unitId = z.uuid("单位标识不正确");
export const unitIds = z.array(unitId).max(10, "协办单位不能超过 10 个");
export const rating = enumInput(["satisfied", "basically_satisfied", "unsatisfied"]);

const day = (label: string) => z.iso.date(`${label}应为 YYYY-MM-DD 格式的日期`).nullish();

export const letterFilter = z
  .object({
    status: z.array(enumInput(LETTER_STATUSES)).nullish(),
    unitId: unitId.nullish(),
    mailboxId: z.uuid("信箱标识不正确").nullish(),
    held: z.boolean().nullish(),
    overdue: z.boolean().nullish(),
    dueWithinWorkdays: z
      .number()
      .int("到期工作日数应为整数")
      .min(0, "到期工作日数不能为负数")
      .max(60, "到期工作日数不能超过 60")
      .nullish(),
    keyword: z
      .string()
      .transform((value) => value.trim())
      .pipe(z.string().max(50, "关键字不能超过 50 个字"))
      .nullish(),
    category: z.string().trim().max(30, "类别不能超过 30 个字").nullish(),
    submittedFrom: day("提交日期起"),
    submittedTo: day("提交日期止"),
  })
  .refine(
    (filter) => !filter.submittedFrom || !filter.submittedTo || filter.submittedFrom <= filter.submittedTo,
    {
      message: "提交日期起不能晚于提交日期止",
      path: ["submittedTo"],
    },
  )
  .nullish();

/** 督办意见 */
export const superviseComment = visibleText(2, 1000, "督办意见");

export const page = z.object({
  first: z.number().int().min(1).max(100, "每页最多 100 条").default(20),
  offset: z.number().int().min(0).max(100_000).default(0),
});

export const letterId = z.uuid("信件标识不正确");
export const mergeInput = z
  .object({
    primaryId: letterId,
    duplicateIds: z
      .array(letterId)
      .min(1, "请至少选择一封要并入的信件")
      .max(20, "一次最多并入 20 封信件")
      .transform((ids) => [...new Set(ids)]),
  })
  .refine((input) => !input.duplicateIds.includes(input.primaryId), {
    message: "主信件不能并入自身",
    path: ["duplicateIds"],
  });
