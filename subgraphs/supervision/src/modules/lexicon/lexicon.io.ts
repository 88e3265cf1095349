// CSV and xlsx files of lexicon entries: reading (with per-row validation) and writing. Column headers and
// values are Chinese in files we write; English codes are accepted too, so exported files import unchanged.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { z } from "zod";
import type { LexiconEntryRow } from "./lexicon.sql";
import { kindRules, PATTERN_CATEGORIES } from "./lexicon.validation";

export type FileFormat = "csv" | "xlsx";
export const MAX_IMPORT_ROWS = 20_000;

const COLUMNS = [
  { key: "term", header: "词语", aliases: ["term", "词条", "词语/规则"] },
  { key: "kind", header: "类型", aliases: ["kind", "类别"] },
  { key: "level", header: "级别", aliases: ["level", "severity", "处置级别"] },
  { key: "suggestion", header: "建议用语", aliases: ["suggestion", "建议"] },
  { key: "note", header: "说明", aliases: ["note", "备注", "explanation"] },
  { key: "source", header: "来源", aliases: ["source"] },
  { key: "enabled", header: "启用", aliases: ["enabled"] },
  { key: "titles", header: "职务", aliases: ["titles"] },
  { key: "category", header: "规则类别", aliases: ["category"] },
] as const;
type ColumnKey = (typeof COLUMNS)[number]["key"];

export const KIND_LABELS: Record<LexiconEntryRow["kind"], string> = {
  sensitive: "敏感词",
  typo: "错别字",
  wording: "规范表述",
  forbidden: "禁用词",
  name: "人名",
  pattern: "规则",
};
export const LEVEL_LABELS: Record<LexiconEntryRow["level"], string> = {
  block: "阻断",
  warn: "提醒",
  info: "提示",
};
const fromLabel = <T extends string>(labels: Record<T, string>, raw: string): T | string => {
  const value = raw.trim();
  const found = (Object.entries(labels) as [T, string][]).find(
    ([code, label]) => label === value || code === value.toLowerCase(),
  );
  return found ? found[0] : value;
};

export interface FileRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  values: Partial<Record<ColumnKey, string>>;
}

export interface ParsedEntry {
  term: string;
  kind: LexiconEntryRow["kind"];
  level: LexiconEntryRow["level"];
  suggestion: string | null;
  note: string | null;
  source: string | null;
  enabled: boolean;
  titles: string[];
  category: string | null;
}

const rowSchema = z
  .object({
    term: z.string().trim().min(1, "词语不能为空").max(300, "词语不能超过 300 个字"),
    kind: z.enum(["sensitive", "typo", "wording", "forbidden", "name", "pattern"], "类型不正确"),
    level: z.enum(["block", "warn", "info"], "级别不正确"),
    suggestion: z.string().trim().max(200, "建议用语不能超过 200 个字").nullable(),
    note: z.string().trim().max(500, "说明不能超过 500 个字").nullable(),
    source: z.string().trim().max(200, "来源不能超过 200 个字").nullable(),
    enabled: z.boolean(),
    titles: z.array(z.string().trim().min(1).max(30, "职务不能超过 30 个字")).max(20, "职务最多 20 个"),
    category: z.enum(PATTERN_CATEGORIES, "规则类别不正确").nullable(),
  })
  .superRefine(kindRules);

const emptyToNull = (value: string | undefined): string | null =>
  value === undefined || value.trim() === "" ? null : value.trim();

/** One file row as an entry, or the reasons it cannot be one. */
export function validateRow(row: FileRow): { entry: ParsedEntry } | { reasons: string[] } {
  const v = row.values;
  const enabledRaw = (v.enabled ?? "").trim().toLowerCase();
  const enabled = !["否", "停用", "false", "0", "no", "n"].includes(enabledRaw);
  if (enabledRaw !== "" && enabled && !["是", "启用", "true", "1", "yes", "y"].includes(enabledRaw))
    return { reasons: ["“启用”只能填“是”或“否”"] };
  const candidate = {
    term: v.term ?? "",
    kind: fromLabel(KIND_LABELS, v.kind ?? ""),
    level: v.level?.trim() ? fromLabel(LEVEL_LABELS, v.level) : "warn",
    suggestion: emptyToNull(v.suggestion),
    note: emptyToNull(v.note),
    source: emptyToNull(v.source),
    enabled,
    titles: (v.titles ?? "")
      .split(/[、;；,，]/)
      .map((t) => t.trim())
      .filter(Boolean),
    category: emptyToNull(v.category),
  };
  const parsed = rowSchema.safeParse(candidate);
  if (!parsed.success) return { reasons: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
  return { entry: parsed.data };
}

function rowsFromTable(table: string[][]): FileRow[] {
  const [header, ...body] = table;
  if (!header) return [];
  const keys = header.map((cell) => {
    const name = cell.replace(/^\uFEFF/, "").trim();
    return COLUMNS.find((c) => c.header === name || (c.aliases as readonly string[]).includes(name))?.key;
  });
  if (!keys.includes("term")) throw new Error("文件第一行须为表头，且包含“词语”列");
  return body
    .map((cells, index) => {
      const values: Partial<Record<ColumnKey, string>> = {};
      keys.forEach((key, column) => {
        if (key) values[key] = cells[column] ?? "";
      });
      return { line: index + 2, values };
    })
    .filter((row) => Object.values(row.values).some((value) => (value ?? "").trim() !== ""));
}

export async function readEntriesFile(format: FileFormat, content: Buffer): Promise<FileRow[]> {
  let table: string[][];
  if (format === "csv") {
    table = parse(content.toString("utf8"), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("工作簿中没有工作表");
    table = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let column = 1; column <= sheet.columnCount; column++) cells.push(row.getCell(column).text ?? "");
      table[rowNumber - 1] = cells;
    });
    table = Array.from(table, (cells) => cells ?? []);
  }
  const rows = rowsFromTable(table);
  if (rows.length > MAX_IMPORT_ROWS) throw new Error(`一次最多导入 ${MAX_IMPORT_ROWS} 行`);
  return rows;
}

function asCells(entry: LexiconEntryRow): string[] {
  return [
    entry.term,
    KIND_LABELS[entry.kind],
    LEVEL_LABELS[entry.level],
    entry.suggestion ?? "",
    entry.note ?? "",
    entry.source ?? "",
    entry.enabled ? "是" : "否",
    entry.titles.join("、"),
    entry.category ?? "",
  ];
}

export async function writeEntriesFile(format: FileFormat, entries: LexiconEntryRow[]): Promise<Buffer> {
  const header = COLUMNS.map((c) => c.header);
  if (format === "csv") {
    // A BOM so that spreadsheet programs open the UTF-8 file as such.
    return Buffer.from(`\uFEFF${stringify([header, ...entries.map(asCells)])}`, "utf8");
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("词库");
  sheet.addRow(header);
  for (const entry of entries) sheet.addRow(asCells(entry));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
