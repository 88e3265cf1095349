import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

const kind = enumInput(["leader", "general", "complaint", "consult"]);
const name = z.string().trim().min(1, "信箱名称不能为空").max(50, "信箱名称不能超过 50 个字");
const description = z.string().trim().max(500, "信箱说明不能超过 500 个字");
const sortOrder = z.number().int().min(0).max(100_000);
const letterKind = enumInput(["consultation", "complaint", "suggestion", "report"]);
const deadlineWorkdays = z
  .number()
  .int()
  .min(1, "办理期限至少 1 个工作日")
  .max(90, "办理期限不能超过 90 个工作日");
const maxReworks = z.number().int().min(0).max(10, "返工次数不能超过 10 次");
const recipientUserIds = z.array(z.uuid("接收人标识不正确")).max(50, "接收人不能超过 50 个");
const recipientRole = enumInput(["letter_dispatcher", "letter_handler", "unit_admin"]);

export const createMailboxInput = z.object({
  unitId: z.uuid("单位标识不正确"),
  siteId: z.uuid("站点标识不正确").nullish(),
  name,
  description: description.nullish(),
  kind: kind.default("general"),
  isPublic: z.boolean().default(true),
  sortOrder: sortOrder.default(0),
  letterKind: letterKind.nullish(),
  deadlineWorkdays: deadlineWorkdays.default(15),
  maxReworks: maxReworks.default(2),
  recipientUserIds: recipientUserIds.default([]),
  recipientRole: recipientRole.nullish(),
  allowAnonymous: z.boolean().default(true),
});

export const updateMailboxInput = z.object({
  name: name.optional(),
  description: description.nullish(),
  kind: kind.optional(),
  isPublic: z.boolean().optional(),
  sortOrder: sortOrder.optional(),
  letterKind: letterKind.optional(),
  deadlineWorkdays: deadlineWorkdays.optional(),
  maxReworks: maxReworks.optional(),
  recipientUserIds: recipientUserIds.optional(),
  recipientRole: recipientRole.nullish(),
  allowAnonymous: z.boolean().optional(),
});
