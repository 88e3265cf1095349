// Training from the public letters (../shared/data/letters or a CSV of the same shape) for
// `pnpm routing:train --from-csv <path>`: production has no such data, the demo and tests do.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { dedupExamples, type Example, stratifiedSplit } from "@jiyue/letter-routing";
import { loadLabelledLetters } from "@jiyue/letter-routing/corpus";
import { createDatabase, createPool, migrateSubgraph } from "@jiyue/server-kit";
import { parse } from "csv-parse/sync";
import type { InteractionDb } from "../../context";
import * as schema from "../../db/schema";
import { saveModel, trainModel } from "./routing.model";
import type { RoutingModelInfo } from "./routing.sql";

const TEXT_COLUMNS = ["留言详情", "留言主题", "content", "text", "title"];
const CATEGORY_COLUMNS = ["一级标签", "category"];

/**
 * Labelled examples from a directory holding fujian2_*_labels.csv, or one CSV with a text column
 * (留言详情 / 留言主题 / content / text / title) and a category column (一级标签 / category); exact
 * duplicates removed. `limit` keeps a stratified sample of that size (fast demos and tests).
 */
export function examplesFromCsv(source: string, options: { limit?: number; seed?: number } = {}): Example[] {
  let examples: Example[];
  if (statSync(source).isDirectory()) {
    examples = loadLabelledLetters(source).map(({ text, category }) => ({ text, category }));
  } else {
    const rows = parse(readFileSync(source, "utf8"), {
      columns: true,
      skip_empty_lines: true,
      bom: true,
    }) as Record<string, string>[];
    const header = Object.keys(rows[0] ?? {});
    const textColumns = TEXT_COLUMNS.filter((column) => header.includes(column));
    const categoryColumn = CATEGORY_COLUMNS.find((column) => header.includes(column));
    if (!textColumns.length || !categoryColumn)
      throw new Error(
        `${path.basename(source)}：缺少文本列（${TEXT_COLUMNS.join("/")}）或类别列（${CATEGORY_COLUMNS.join("/")}）`,
      );
    examples = rows.map((row) => ({
      text: textColumns.map((column) => (row[column] ?? "").trim()).join("\n"),
      category: (row[categoryColumn] ?? "").trim(),
    }));
  }
  const { kept } = dedupExamples(examples.filter((e) => e.text.trim() !== "" && e.category !== ""));
  if (options.limit && kept.length > options.limit) {
    const fraction = options.limit / kept.length;
    return stratifiedSplit(kept, fraction, options.seed ?? 42, (e) => e.category).test;
  }
  return kept;
}

/** Trains on the examples and stores the model as the next version (event actor: the system). */
export function trainFromExamples(
  db: InteractionDb,
  examples: readonly Example[],
): Promise<RoutingModelInfo> {
  if (new Set(examples.map((e) => e.category)).size < 2) throw new Error("至少需要 2 个类别的样本");
  return saveModel(db, trainModel(examples), "csv", { kind: "system", id: null, name: "pnpm routing:train" });
}

/** The interaction schema of a database, migrated first (the CLI may run before the subgraph ever did). */
export async function openRoutingDatabase(
  url: string,
): Promise<{ db: InteractionDb; close: () => Promise<void> }> {
  await migrateSubgraph(url, {
    schema: "interaction",
    migrationsFolder: path.resolve(import.meta.dirname, "../../../drizzle"),
  });
  const pool = createPool(url, { max: 2, application: "routing-train" });
  const { db } = createDatabase(pool, schema);
  return { db, close: () => pool.end() };
}
