// Loads the public data in ../shared/data/textcheck/ into the shapes @jiyue/textcheck takes as input.
// The raw sensitive-word lists are never loaded here (they flag most official sentences).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { LexiconEntry, TypoModelInput } from "@jiyue/textcheck";

export const DATA = path.resolve(import.meta.dirname, "../../../shared/data");
export const TEXTCHECK = path.join(DATA, "textcheck");

export const hasData = (): boolean =>
  existsSync(path.join(TEXTCHECK, "ecspell")) && existsSync(path.join(DATA, "news"));

const lines = (file: string): string[] =>
  readFileSync(path.join(TEXTCHECK, file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.length > 0 && !l.startsWith("#"));

/** Character → candidates: same pinyin (both tone classes) and similar-shape groups. */
export function loadConfusion(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (ch: string, cands: string): void => {
    if ([...ch].length !== 1) return;
    const prev = out.get(ch) ?? "";
    let next = prev;
    for (const c of cands) if (c !== ch && !next.includes(c) && /\p{Script=Han}/u.test(c)) next += c;
    out.set(ch, next);
  };
  for (const l of lines("confusion/pycorrector_same_pinyin.txt")) {
    const [ch, same = "", other = ""] = l.split("\t");
    if (ch !== undefined) add(ch, same + other);
  }
  for (const l of lines("confusion/pycorrector_same_stroke.txt")) {
    const group = l.split(/\s+/).filter(Boolean).join("");
    for (const ch of group) add(ch, group);
  }
  return out;
}

/** Word → count from jieba's dictionary, plus the official-document vocabulary (count 100 if unknown). */
export function loadFrequencies(): Map<string, number> {
  const freq = new Map<string, number>();
  for (const l of lines("wordfreq/cppjieba_jieba.dict.utf8")) {
    const [w, f] = l.split(" ");
    if (w !== undefined && f !== undefined) freq.set(w, Number(f));
  }
  for (const file of ["wordlists/ecspell_vocab_公文写作.txt", "wordlists/ecspell_wordlist_公文写作.txt"]) {
    for (const l of lines(file)) {
      const w = l.split("\t")[0]?.trim();
      if (w !== undefined && w.length >= 2 && w.length <= 4 && !freq.has(w)) freq.set(w, 100);
    }
  }
  return freq;
}

export function loadTypoModel(): TypoModelInput {
  return { confusion: loadConfusion(), frequencies: loadFrequencies() };
}

/** pycorrector's confusion pairs (wrong → right) as warn-level typo entries. */
export function loadTypoPairs(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const l of lines("typo_pairs/pycorrector_custom_confusion.txt")) {
    const [wrong, right] = l.split("\t");
    if (wrong === undefined || right === undefined || wrong === right || wrong.length < 2) continue;
    out.push({
      id: `pycorrector.${wrong}`,
      term: wrong,
      category: "typo",
      severity: "warn",
      suggestion: right,
      explanation: `“${wrong}”应为“${right}”。`,
      source: "pycorrector custom_confusion (Apache-2.0)",
    });
  }
  return out;
}

export interface SpellItem {
  errors: number;
  wrong: string;
  right: string;
}

export function loadSpell(file: string): SpellItem[] {
  return lines(`ecspell/${file}`).map((l) => {
    const [n = "0", wrong = "", right = ""] = l.split("\t");
    return { errors: Number(n), wrong, right };
  });
}

/** Minimal RFC 4180 CSV reader (quoted fields with commas and newlines). */
export function readCsv(file: string): string[][] {
  const s = readFileSync(file, "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** ~`size` characters of real text: the news bodies, then the letters' message details. */
export function realText(size: number): string {
  const parts: string[] = [];
  let len = 0;
  for (const l of readFileSync(path.join(DATA, "news/xinwenlianbo_500.jsonl"), "utf8").split("\n")) {
    if (!l.trim()) continue;
    const item = JSON.parse(l) as { title: string; body: string };
    parts.push(item.title, item.body);
    len += item.title.length + item.body.length;
  }
  const rows = readCsv(path.join(DATA, "letters/fujian3_messages_votes.csv"));
  const col = rows[0]?.indexOf("留言详情") ?? -1;
  for (const r of rows.slice(1)) {
    if (len >= size) break;
    const t = (r[col] ?? "").trim();
    parts.push(t);
    len += t.length;
  }
  return parts.join("\n").slice(0, size);
}

export function newsItems(): Array<{ title: string; body: string; date: string }> {
  return readFileSync(path.join(DATA, "news/xinwenlianbo_500.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { title: string; body: string; date: string });
}
