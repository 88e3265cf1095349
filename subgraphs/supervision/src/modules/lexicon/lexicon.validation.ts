import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

export const lexiconKind = enumInput(["sensitive", "typo", "wording", "forbidden", "name", "pattern"]);
export const lexiconLevel = enumInput(["block", "warn", "info"]);
export const lexiconScope = enumInput(["city", "unit"]);
/** Finding categories a pattern rule may report under (the engine's categories). */
export const PATTERN_CATEGORIES = [
  "wording",
  "number",
  "punctuation",
  "date",
  "name",
  "sensitive",
  "typo",
] as const;

const term = z.string().trim().min(1, "词条不能为空").max(300, "词条不能超过 300 个字");
const suggestion = z.string().trim().max(200, "建议用语不能超过 200 个字");
const note = z.string().trim().max(500, "备注不能超过 500 个字");
const source = z.string().trim().max(200, "来源不能超过 200 个字");
const title = z.string().trim().min(1, "职务不能为空").max(30, "职务不能超过 30 个字");
const titles = z.array(title).max(20, "职务最多 20 个");
const category = z.enum(PATTERN_CATEGORIES, "规则类别不正确");

/** Rules that depend on the kind: a pattern must compile, a plain term stays short, titles only for names. */
export function kindProblems(input: {
  term?: string;
  kind?: string;
  titles?: string[] | null;
  category?: string | null;
}): { message: string; path: string }[] {
  const problems: { message: string; path: string }[] = [];
  if (input.kind === "pattern" && input.term !== undefined) {
    try {
      new RegExp(input.term, "gu");
    } catch {
      problems.push({ message: "正则表达式无效", path: "term" });
    }
  }
  if (
    input.kind !== undefined &&
    input.kind !== "pattern" &&
    input.term !== undefined &&
    input.term.length > 50
  )
    problems.push({ message: "词语不能超过 50 个字", path: "term" });
  if (input.kind !== undefined && input.kind !== "name" && (input.titles?.length ?? 0) > 0)
    problems.push({ message: "只有人名词条可以填写职务", path: "titles" });
  if (input.kind !== undefined && input.kind !== "pattern" && input.category)
    problems.push({ message: "只有规则词条可以指定类别", path: "category" });
  return problems;
}

export function kindRules(input: Parameters<typeof kindProblems>[0], ctx: z.RefinementCtx): void {
  for (const problem of kindProblems(input))
    ctx.addIssue({ code: "custom", ...problem, path: [problem.path] });
}

export const createLexiconEntryInput = z
  .object({
    term,
    kind: lexiconKind,
    level: lexiconLevel.default("warn"),
    suggestion: suggestion.nullish(),
    scope: lexiconScope.default("city"),
    unitId: z.uuid("单位标识不正确").nullish(),
    note: note.nullish(),
    source: source.nullish(),
    enabled: z.boolean().nullish(),
    titles: titles.nullish(),
    category: category.nullish(),
  })
  .superRefine(kindRules)
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
  source: source.nullish(),
  enabled: z.boolean().nullish(),
  titles: titles.nullish(),
  category: category.nullish(),
});

export const lexiconFilterInput = z
  .object({
    kind: lexiconKind.nullish(),
    level: lexiconLevel.nullish(),
    scope: lexiconScope.nullish(),
    unitId: z.uuid("单位标识不正确").nullish(),
    search: z.string().trim().max(100).nullish(),
    enabled: z.boolean().nullish(),
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

export const importInput = z.object({
  format: enumInput(["csv", "xlsx"]),
  /** The file, base64-encoded (at most 5 MB decoded). */
  content: z.string().min(1, "文件为空").max(7_000_000, "文件不能超过 5 MB"),
  scope: lexiconScope.default("city"),
  unitId: z.uuid("单位标识不正确").nullish(),
  dryRun: z.boolean().default(true),
});

export const exportInput = z.object({
  format: enumInput(["csv", "xlsx"]),
  scope: lexiconScope.nullish(),
  unitId: z.uuid("单位标识不正确").nullish(),
});
