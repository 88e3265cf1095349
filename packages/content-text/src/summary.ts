import { isNumberToken } from "./normalize";
import { segment } from "./segment";
import { isStopword } from "./stopwords";

// Sentence ends: Chinese and Latin terminators, and the closing quotes or brackets that follow them.
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]*[”’」』）)"']*/g;
// News datelines that open a story: 本报讯（记者 …）、新华社北京3月5日电（…）、央视网消息（新闻联播）：
const DATELINE =
  /^\s*(?:本报讯\s*(?:（[^）\n]{0,40}）|\([^)\n]{0,40}\))?\s*[：:]?|[^。！？；，,\n]{0,24}?(?:消息|讯|电)\s*(?:(?:（[^）\n]{0,40}）|\([^)\n]{0,40}\))\s*[：:]?|[：:]))\s*/;
const TERMINATED = /[。！？；!?;][”’」』）)"']*$/;
const MAX_SENTENCES = 200;
const DAMPING = 0.85;
const ITERATIONS = 30;

/** The sentences of `text` (split at 。！？； and line breaks), trimmed, in order. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}

function charLength(text: string): number {
  return [...text].length;
}

function contentWords(sentence: string): Set<string> {
  return new Set(
    segment(sentence).filter((word) => charLength(word) > 1 && !isStopword(word) && !isNumberToken(word)),
  );
}

// TextRank (Mihalcea & Tarau 2004): sentences vote for the sentences they share words with.
function textRank(words: Set<string>[]): number[] {
  const n = words.length;
  const weights = words.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = words[i]!;
      const b = words[j]!;
      if (a.size < 2 || b.size < 2) continue;
      let overlap = 0;
      for (const word of a) if (b.has(word)) overlap++;
      const similarity = overlap / (Math.log(a.size) + Math.log(b.size));
      weights[i]![j] = similarity;
      weights[j]![i] = similarity;
    }
  }
  const outSums = weights.map((row) => row.reduce((sum, value) => sum + value, 0));
  let scores = new Float64Array(n).fill(1);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let incoming = 0;
      for (let j = 0; j < n; j++) {
        const weight = weights[j]![i]!;
        if (weight > 0) incoming += (weight / outSums[j]!) * scores[j]!;
      }
      next[i] = 1 - DAMPING + DAMPING * incoming;
    }
    scores = next;
  }
  return [...scores];
}

function truncate(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, Math.max(0, maxChars - 1)).join("")}…`;
}

/**
 * Extractive summary: the most central sentences (TextRank over shared words, favouring the lead as news
 * does), in their original order, within `maxChars` characters. A dateline such as 本报讯（记者 …） is
 * dropped. When even the best sentence is too long it is cut and ends with "…".
 */
export function summarize(text: string, maxChars = 120): string {
  if (maxChars <= 0) return "";
  const sentences = splitSentences(text.replace(DATELINE, "")).slice(0, MAX_SENTENCES);
  if (sentences.length === 0) return "";
  // Counts the 。 that joinSentences adds to an unterminated line.
  const lengths = sentences.map((sentence) => charLength(sentence) + (TERMINATED.test(sentence) ? 0 : 1));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (total <= maxChars) return joinSentences(sentences);

  const ranks = textRank(sentences.map(contentWords));
  const topRank = Math.max(...ranks);
  const scores = ranks.map((rank, index) => {
    const position = 0.5 / (1 + index);
    // Headings and fragments ("会议指出：") are poor summaries on their own.
    const fullness = Math.min(1, lengths[index]! / 15);
    return (rank / topRank + position) * fullness;
  });

  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score);
  const chosen: number[] = [];
  let used = 0;
  const best = order[0]!.score;
  for (const { score, index } of order) {
    // A weak sentence that merely fits the remaining space would dilute the summary.
    if (score < best * 0.5) break;
    if (used + lengths[index]! <= maxChars) {
      chosen.push(index);
      used += lengths[index]!;
    }
  }
  if (chosen.length === 0) return truncate(sentences[order[0]!.index]!, maxChars);
  return joinSentences(chosen.sort((a, b) => a - b).map((index) => sentences[index]!));
}

// A summary reads as finished text: a clause cut at ；ends with 。 instead.
function joinSentences(sentences: string[]): string {
  const joined = sentences
    .map((sentence, index) =>
      index < sentences.length - 1 && !TERMINATED.test(sentence) ? `${sentence}。` : sentence,
    )
    .join("");
  return joined.replace(/[；;]$/, "。");
}
