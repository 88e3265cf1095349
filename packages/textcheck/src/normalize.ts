import { createRequire } from "node:module";

/**
 * Character folding used before matching. Every fold maps one UTF-16 code unit to one code unit, so the
 * folded text keeps the original's offsets; characters that evasion inserts between a term's characters
 * (spaces, punctuation, zero-width) are classified as skippable instead of being removed.
 */

const FOLD = new Uint16Array(65536);
/** 1 = skip while matching (space, punctuation, zero-width, control). */
const SKIP = new Uint8Array(65536);
let traditionalFolded = false;

for (let c = 0; c < 65536; c++) FOLD[c] = c;
// Full-width ASCII → half-width; ideographic space → space.
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
FOLD[0x3000] = 0x20;
for (let c = 0; c < 65536; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const s = String.fromCharCode(FOLD[c] as number);
  const lower = s.toLowerCase();
  if (lower.length === 1) FOLD[c] = lower.charCodeAt(0);
}

function markSkip(from: number, to: number): void {
  for (let c = from; c <= to; c++) SKIP[c] = 1;
}
markSkip(0x00, 0x2f); // controls, space, ASCII punctuation (digits start at 0x30)
markSkip(0x3a, 0x40);
markSkip(0x5b, 0x60);
markSkip(0x7b, 0x7f);
markSkip(0x80, 0xbf); // Latin-1 controls and punctuation/symbols (·, «, », ¡ …)
SKIP[0xd7] = 1; // ×
SKIP[0xf7] = 1; // ÷
markSkip(0x2000, 0x206f); // general punctuation incl. zero-width, dashes, quotes, …
markSkip(0x3000, 0x3003); // 、。〃
markSkip(0x3008, 0x3011); // 〈〉《》「」『』【】
markSkip(0x3014, 0x301f);
SKIP[0x30fb] = 1; // ・
SKIP[0xfeff] = 1; // zero-width no-break space / BOM
markSkip(0xfe10, 0xfe1f);
markSkip(0xfe30, 0xfe6f);
markSkip(0xff01, 0xff0f);
markSkip(0xff1a, 0xff20);
markSkip(0xff3b, 0xff40);
markSkip(0xff5b, 0xff65);
// Line breaks are not skipped: a term split across paragraphs is not an evasion.
SKIP[0x0a] = 0;
SKIP[0x0d] = 0;

const requireModule = createRequire(import.meta.url);

type ConverterFactory = (options: { from: string; to: string }) => (text: string) => string;

/**
 * Everyday simplified characters that OpenCC's Taiwan table still rewrites as variants (么 → 幺, 著 → 着):
 * folding them would turn 什么 into 什幺 and 显著 into 显着 before matching and the typo model's lookups.
 */
const ORDINARY_SIMPLIFIED = "么著";

/** Loads opencc-js on first use and folds every traditional character that maps to one simplified one. */
function ensureTraditional(): void {
  if (traditionalFolded) return;
  traditionalFolded = true;
  const opencc = requireModule("opencc-js") as { Converter: ConverterFactory };
  const convert = opencc.Converter({ from: "tw", to: "cn" });
  const ranges: Array<[number, number]> = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ];
  for (const [from, to] of ranges) {
    const chars: string[] = [];
    for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
    // Newlines keep opencc's phrase rules from joining neighbouring characters.
    const out = convert(chars.join("\n")).split("\n");
    if (out.length !== chars.length) continue;
    for (let i = 0; i < out.length; i++) {
      const o = out[i] as string;
      if (o.length === 1 && o !== chars[i] && !ORDINARY_SIMPLIFIED.includes(chars[i] as string))
        FOLD[from + i] = FOLD[o.charCodeAt(0)] as number;
    }
  }
}

export function foldTable(): Uint16Array {
  ensureTraditional();
  return FOLD;
}

export function skipTable(): Uint8Array {
  return SKIP;
}

/** Folds a string (same length as the input). */
export function fold(text: string): string {
  const table = foldTable();
  let out = "";
  const chunk: number[] = [];
  for (let i = 0; i < text.length; i++) {
    chunk.push(table[text.charCodeAt(i)] as number);
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** The form a lexicon term is stored in: folded, skippable characters removed. */
export function normalizeTerm(term: string): string {
  const folded = fold(term);
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    if (SKIP[folded.charCodeAt(i)] === 0) out += folded[i];
  }
  return out;
}

export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}
