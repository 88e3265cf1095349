// Reads the real letters in ../shared/data/letters (2020 TipDM Cup, problem C). File I/O lives here, out of
// the library's main entry point, for the benchmark and the tests.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Example } from "./classifier";

export const LETTERS_DIR = path.resolve(import.meta.dirname, "../../../../shared/data/letters");

export function hasLetters(dir = LETTERS_DIR): boolean {
  return existsSync(path.join(dir, "fujian2_details_labels.csv"));
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true, bom: true });
}

export interface LabelledLetter extends Example {
  /** Which file it came from: full text (留言详情) or title only (留言主题). */
  source: "details" | "title";
}

/**
 * The labelled letters. The public files give titles and full texts separately (no shared id), so each
 * row is one example: a full text, or a title alone.
 */
export function loadLabelledLetters(dir = LETTERS_DIR): LabelledLetter[] {
  const details = readCsv(path.join(dir, "fujian2_details_labels.csv")).map(
    (row): LabelledLetter => ({ text: row.留言详情 ?? "", category: row.一级标签 ?? "", source: "details" }),
  );
  const titles = readCsv(path.join(dir, "fujian2_titles_labels.csv")).map(
    (row): LabelledLetter => ({ text: row.留言主题 ?? "", category: row.一级标签 ?? "", source: "title" }),
  );
  return [...details, ...titles].filter((letter) => letter.text.trim() !== "" && letter.category !== "");
}

export interface DatedLetter {
  id: string;
  title: string;
  text: string;
  time: Date;
  likes: number;
}

/** fujian3_messages_votes.csv: letters with time and votes, unlabelled (for duplicates and hot topics). */
export function loadVotedLetters(dir = LETTERS_DIR): DatedLetter[] {
  return readCsv(path.join(dir, "fujian3_messages_votes.csv")).map((row) => ({
    id: row.留言编号 ?? "",
    title: (row.留言主题 ?? "").trim(),
    text: (row.留言详情 ?? "").trim(),
    // The times are local (China Standard Time) without a zone.
    time: new Date(`${(row.留言时间 ?? "").trim().replace(" ", "T")}+08:00`),
    likes: Number(row.点赞数 ?? 0) || 0,
  }));
}
