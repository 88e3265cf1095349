import { enumInput, visibleText } from "@jiyue/server-kit";
import { z } from "zod";
import { UNIT_KINDS } from "./unit.sql";

const name = visibleText(1, 100, "单位名称");
const shortName = visibleText(0, 30, "简称")
  .transform((value) => value || null)
  .nullish();
const kind = enumInput(UNIT_KINDS);
const sortOrder = z.number().int().min(0).max(1_000_000);

export const createUnitInput = z.object({
  name,
  shortName,
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, "单位编码只能包含字母、数字、下划线和连字符，最长 40 个字符"),
  kind,
  level: enumInput(["city", "district"]),
  parentId: z.uuid("上级单位标识不正确").nullish(),
  sortOrder: sortOrder.default(0),
});

export const updateUnitInput = z.object({
  name: name.optional(),
  shortName,
  kind: kind.optional(),
  sortOrder: sortOrder.optional(),
});
