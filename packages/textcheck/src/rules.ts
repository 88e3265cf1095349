import type { Finding, PatternRule } from "./types";

/** Rule-based checkers: punctuation, dates and data-driven regular-expression rules. */

const CN_DIGITS = "零一二三四五六七八九";

export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n] as string;
  if (n < 20) return `十${n % 10 === 0 ? "" : CN_DIGITS[n % 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : CN_DIGITS[n % 10]}`;
  return String(n);
}

export interface CompiledPattern {
  rule: PatternRule;
  regex: RegExp;
}

export function compilePatterns(rules: readonly PatternRule[]): CompiledPattern[] {
  const out: CompiledPattern[] = [];
  for (const rule of rules) {
    try {
      out.push({ rule, regex: new RegExp(rule.pattern, "gu") });
    } catch {
      throw new Error(`规则 ${rule.id} 的正则表达式无效`);
    }
  }
  return out;
}

function expand(template: string, m: RegExpExecArray): string {
  return template
    .replace(/\{cn:(\d)\}/g, (_, g: string) => {
      const v = m[Number(g)];
      // A group may already be in Chinese numerals (“十一届3中全会”): only digits are converted.
      if (v === undefined) return "";
      return /^\d+$/.test(v) ? chineseNumeral(Number(v)) : v;
    })
    .replace(/\$(\d)/g, (_, g: string) => m[Number(g)] ?? "");
}

/** Regular expressions run per line so a costly pattern never sees more than one paragraph at a time. */
export function runPatterns(
  text: string,
  patterns: readonly CompiledPattern[],
  push: (f: Finding) => void,
): void {
  if (patterns.length === 0) return;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 20_000));
    for (const { rule, regex } of patterns) {
      regex.lastIndex = 0;
      for (let m = regex.exec(line); m !== null; m = regex.exec(line)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        push({
          start: lineStart + m.index,
          end: lineStart + m.index + m[0].length,
          text: m[0],
          category: rule.category,
          severity: rule.severity,
          ...(rule.suggestion !== undefined ? { suggestion: expand(rule.suggestion, m) } : {}),
          ruleId: rule.id,
          explanation: rule.explanation,
        });
      }
    }
    lineStart = lineEnd + 1;
  }
}

const OPENERS: Record<string, string> = {
  "“": "”",
  "‘": "’",
  "（": "）",
  "(": ")",
  "《": "》",
  "【": "】",
  "〈": "〉",
  "「": "」",
  "『": "』",
  "[": "]",
};
const PAIR_NAMES: Record<string, string> = {
  "“": "引号",
  "‘": "引号",
  "（": "括号",
  "(": "括号",
  "《": "书名号",
  "【": "括号",
  "〈": "书名号",
  "「": "引号",
  "『": "引号",
  "[": "括号",
};

const DOUBLED = "，。、；：,;";
/** Per character code: the closer of an opener / the opener of a closer (0 = none). */
const CLOSER_OF = new Uint16Array(65536);
const OPENER_OF = new Uint16Array(65536);
for (const [o, c] of Object.entries(OPENERS)) {
  CLOSER_OF[o.charCodeAt(0)] = c.charCodeAt(0);
  OPENER_OF[c.charCodeAt(0)] = o.charCodeAt(0);
}
const IS_DOUBLED = new Uint8Array(65536);
for (const ch of DOUBLED) IS_DOUBLED[ch.charCodeAt(0)] = 1;
/** Characters after a half-width mark that still make it part of a Chinese sentence. */
const CHINESE_NEXT = new Uint8Array(65536);
for (const ch of "“‘《（,;:") CHINESE_NEXT[ch.charCodeAt(0)] = 1;
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };
const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

export function checkPunctuation(text: string, push: (f: Finding) => void): void {
  // Pairs are checked per paragraph (a quote may span sentences, never paragraphs).
  const stack: Array<{ ch: string; at: number }> = [];
  const flushPara = (): void => {
    for (const open of stack) {
      push({
        start: open.at,
        end: open.at + 1,
        text: open.ch,
        category: "punctuation",
        severity: "warn",
        ruleId: "punctuation.unpaired",
        explanation: `${PAIR_NAMES[open.ch] ?? "标点"}“${open.ch}”没有配对的“${OPENERS[open.ch]}”。`,
      });
    }
    stack.length = 0;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Most characters of a Chinese text are Han and never punctuation: decide them with one comparison.
    if (isHanCode(c)) continue;
    if (c === 10) {
      flushPara();
      continue;
    }
    if (CLOSER_OF[c] !== 0) {
      if (stack.length < 256) stack.push({ ch: text[i] as string, at: i });
      continue;
    }
    const opener = OPENER_OF[c] as number;
    if (opener !== 0) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.ch.charCodeAt(0) === opener) stack.pop();
      else if (c !== 0x5d && c !== 0x29) {
        // Enumerations like "1)" use a lone half-width closer legitimately.
        const ch = text[i] as string;
        const open = String.fromCharCode(opener);
        push({
          start: i,
          end: i + 1,
          text: ch,
          category: "punctuation",
          severity: "warn",
          ruleId: "punctuation.unpaired",
          explanation: `${PAIR_NAMES[open] ?? "标点"}“${ch}”没有配对的“${open}”。`,
        });
      }
      continue;
    }
    if (
      (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21) &&
      i > 0 &&
      isHanCode(text.charCodeAt(i - 1)) &&
      i + 1 < n &&
      (isHanCode(text.charCodeAt(i + 1)) || CHINESE_NEXT[text.charCodeAt(i + 1)] === 1)
    ) {
      const ch = text[i] as string;
      const full = FULL_WIDTH[ch];
      push({
        start: i,
        end: i + 1,
        text: ch,
        category: "punctuation",
        severity: "hint",
        ...(full !== undefined ? { suggestion: full } : {}),
        ruleId: "punctuation.halfwidth",
        explanation: "中文句子中应使用全角标点。",
      });
      continue;
    }
    if (IS_DOUBLED[c] === 1 && i + 1 < n && IS_DOUBLED[text.charCodeAt(i + 1)] === 1) {
      let j = i + 1;
      while (j < n && j - i < 64 && IS_DOUBLED[text.charCodeAt(j)] === 1) j++;
      push({
        start: i,
        end: j,
        text: text.slice(i, j),
        category: "punctuation",
        severity: "warn",
        suggestion: text[i] as string,
        ruleId: "punctuation.doubled",
        explanation: "标点重复。",
      });
      i = j - 1;
    }
  }
  flushPara();
}

const WEEKDAYS = "日一二三四五六";
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*[（(](?:星期|周|礼拜)([一二三四五六日天])[)）])?/g;
const MONTH_DAY = /(?<![\d年])(\d{1,2})月(\d{1,2})日/g;

function daysIn(year: number | undefined, month: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function checkDates(text: string, publishedAt: Date | undefined, push: (f: Finding) => void): void {
  const impossible = (
    start: number,
    m: string,
    year: number | undefined,
    month: number,
    day: number,
  ): boolean => {
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
      push({
        start,
        end: start + m.length,
        text: m,
        category: "date",
        severity: "warn",
        ruleId: "date.impossible",
        explanation: `${year !== undefined ? `${year}年` : ""}${month}月没有${day}日。`,
      });
      return true;
    }
    return false;
  };
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m !== null; m = FULL_DATE.exec(text)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (impossible(m.index, m[0], year, month, day)) continue;
    const date = new Date(Date.UTC(year, month - 1, day));
    const weekday = m[4];
    if (weekday !== undefined) {
      const actual = date.getUTCDay();
      const written = weekday === "天" ? 0 : WEEKDAYS.indexOf(weekday);
      if (actual !== written) {
        push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          category: "date",
          severity: "warn",
          suggestion: m[0].replace(/(星期|周|礼拜)[一二三四五六日天]/, `$1${WEEKDAYS[actual]}`),
          ruleId: "date.weekday",
          explanation: `${year}年${month}月${day}日是星期${WEEKDAYS[actual]}。`,
        });
      }
    }
    if (publishedAt !== undefined) {
      // Compare calendar days in China time: an article may name its own publish day.
      const published = new Date(publishedAt.getTime() + 8 * 3600_000);
      const publishedDay = Date.UTC(
        published.getUTCFullYear(),
        published.getUTCMonth(),
        published.getUTCDate(),
      );
      if (date.getTime() > publishedDay) {
        push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          category: "date",
          severity: "hint",
          ruleId: "date.future",
          explanation: "日期晚于本文发布时间，请确认（预告类内容可忽略）。",
        });
      }
    }
  }
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(text); m !== null; m = MONTH_DAY.exec(text)) {
    impossible(m.index, m[0], undefined, Number(m[1]), Number(m[2]));
  }
}
