import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

const kind = enumInput(["leader", "general", "complaint", "consult"]);
const name = z.string().trim().min(1, "信箱名称不能为空").max(50, "信箱名称不能超过 50 个字");
const description = z.string().trim().max(500, "信箱说明不能超过 500 个字");
const sortOrder = z.number().int().min(0).max(100_000);

export const createMailboxInput = z.object({
  unitId: z.uuid("单位标识不正确"),
  siteId: z.uuid("站点标识不正确").nullish(),
  name,
  description: description.nullish(),
  kind: kind.default("general"),
  isPublic: z.boolean().default(true),
  sortOrder: sortOrder.default(0),
});

export const updateMailboxInput = z.object({
  name: name.optional(),
  description: description.nullish(),
  kind: kind.optional(),
  isPublic: z.boolean().optional(),
  sortOrder: sortOrder.optional(),
});
