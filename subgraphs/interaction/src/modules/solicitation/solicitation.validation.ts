import { enumInput, visibleText } from "@jiyue/server-kit";
import { z } from "zod";
import { ADOPTIONS, QUESTION_KINDS, SOLICITATION_STATUSES } from "./solicitation.sql";

export const id = (label: string) => z.uuid(`${label}标识不正确`);

const question = z
  .object({
    kind: enumInput(QUESTION_KINDS),
    title: visibleText(2, 200, "问题"),
    options: z
      .array(visibleText(1, 100, "选项"))
      .max(20, "每个问题最多 20 个选项")
      .default([]),
    required: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "text" && value.options.length > 0)
      ctx.addIssue({ code: "custom", path: ["options"], message: "填空题不能设置选项" });
    if (value.kind !== "text" && value.options.length < 2)
      ctx.addIssue({ code: "custom", path: ["options"], message: "选择题至少需要 2 个选项" });
    if (new Set(value.options).size !== value.options.length)
      ctx.addIssue({ code: "custom", path: ["options"], message: "选项不能重复" });
  });

/** A file link: an absolute http(s) URL or a path on the platform (media library files). */
const documentUrl = z
  .string()
  .trim()
  .max(1000, "文件地址不能超过 1000 个字")
  .regex(/^(https?:\/\/|\/)[^\s<>"]+$/, "文件地址须以 http://、https:// 或 / 开头");

export const solicitationInput = z
  .object({
    unitId: id("单位"),
    title: visibleText(2, 100, "标题"),
    description: visibleText(10, 10_000, "征集说明"),
    documentUrl: documentUrl.nullish(),
    documentName: z.string().trim().max(200, "文件名称不能超过 200 个字").nullish(),
    documentMediaId: id("文件").nullish(),
    questions: z.array(question).min(1, "至少设置 1 个问题").max(50, "最多 50 个问题"),
    siteIds: z.array(id("站点")).min(1, "至少选择 1 个发布站点").max(50, "最多 50 个站点"),
    allowAnonymous: z.boolean().default(false),
    startsAt: z.coerce.date({ error: "开始时间不正确" }),
    endsAt: z.coerce.date({ error: "截止时间不正确" }),
  })
  .refine((value) => value.endsAt > value.startsAt, {
    path: ["endsAt"],
    message: "截止时间须晚于开始时间",
  });
export type SolicitationInput = z.infer<typeof solicitationInput>;

export const closeReason = visibleText(2, 500, "提前结束的理由");

export const submitInput = z.object({
  solicitationId: id("意见征集"),
  siteId: id("站点").nullish(),
  answers: z
    .array(
      z.object({
        questionId: z.string().max(20, "问题标识不正确"),
        text: z.string().max(5000, "回答不能超过 5000 个字").nullish(),
        choices: z.array(z.string().max(100, "选项不正确")).max(20, "选项不正确").default([]),
      }),
    )
    .max(50, "回答过多"),
  contactName: z.string().trim().max(50, "姓名不能超过 50 个字").nullish(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, "联系电话格式不正确")
    .nullish()
    .or(z.literal("").transform(() => null)),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,100}$/, "表单令牌不正确")
    .nullish(),
});

export const review = z.object({
  adoption: enumInput(ADOPTIONS),
  reason: visibleText(2, 1000, "理由"),
});

export const feedbackInput = z.object({
  summary: visibleText(10, 10_000, "采纳情况说明"),
  highlights: z
    .array(z.object({ submissionId: id("意见"), text: visibleText(2, 2000, "意见摘录") }))
    .max(50, "最多选登 50 条意见")
    .default([]),
});

export const minOpenDays = z
  .number()
  .int("须为整数")
  .min(1, "最短征集期不能少于 1 天")
  .max(365, "最短征集期不能超过 365 天");

export const listFilter = z
  .object({
    unitId: id("单位").nullish(),
    /** Stored states; SCHEDULED is an opened campaign before its start (stored as open). */
    status: z
      .array(enumInput([...SOLICITATION_STATUSES, "scheduled"]))
      .transform((values) => [...new Set(values.map((value) => (value === "scheduled" ? "open" : value)))])
      .nullish(),
  })
  .nullish();

export const submissionFilter = z
  .object({
    adoption: z.array(enumInput(ADOPTIONS)).nullish(),
    reviewed: z.boolean().nullish(),
    held: z.boolean().nullish(),
  })
  .nullish();

export const page = z.object({
  first: z.number().int().min(1).max(200, "每页最多 200 条").default(20),
  offset: z.number().int().min(0).max(100_000).default(0),
});
