import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

export const lexiconKind = enumInput(["sensitive", "typo", "wording", "forbidden"]);
export const lexiconLevel = enumInput(["block", "warn", "info"]);
export const lexiconScope = enumInput(["city", "unit"]);

const term = z.string().trim().min(1, "词条不能为空").max(100, "词条不能超过 100 个字");
const suggestion = z.string().trim().max(200, "建议用语不能超过 200 个字");
const note = z.string().trim().max(500, "备注不能超过 500 个字");

export const createLexiconEntryInput = z
  .object({
    term,
    kind: lexiconKind,
    level: lexiconLevel.default("warn"),
    suggestion: suggestion.nullish(),
    scope: lexiconScope.default("city"),
    unitId: z.uuid("单位标识不正确").nullish(),
    note: note.nullish(),
  })
  .refine((input) => (input.scope === "unit") === !!input.unitId, {
    message: "单位词条须指定单位，市级词条不能指定单位",
    path: ["unitId"],
  });

export const updateLexiconEntryInput = z.object({
  term: term.optional(),
  kind: lexiconKind.optional(),
  level: lexiconLevel.optional(),
  suggestion: suggestion.nullish(),
  note: note.nullish(),
});

export const lexiconFilterInput = z
  .object({
    kind: lexiconKind.nullish(),
    level: lexiconLevel.nullish(),
    scope: lexiconScope.nullish(),
    unitId: z.uuid("单位标识不正确").nullish(),
    search: z.string().trim().max(100).nullish(),
  })
  .nullish();

export const pageInput = z.object({
  offset: z.number().int().min(0, "偏移量不能为负").default(0),
  limit: z.number().int().min(1, "每页至少 1 条").max(200, "每页最多 200 条").default(50),
});

export const exemptionInput = z.object({
  unitId: z.uuid("单位标识不正确"),
  entryId: z.uuid("词条标识不正确"),
  reason: z.string().trim().min(1, "豁免理由不能为空").max(500, "豁免理由不能超过 500 个字"),
});

export const exemptionKey = z.object({
  unitId: z.uuid("单位标识不正确"),
  entryId: z.uuid("词条标识不正确"),
});
