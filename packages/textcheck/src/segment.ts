import { createRequire } from "node:module";

/** jieba word boundaries, loaded on first use (the dictionary takes ~100 ms to load). */

interface JiebaInstance {
  cut(sentence: string, hmm?: boolean): string[];
}

let jieba: JiebaInstance | undefined;
const requireModule = createRequire(import.meta.url);

function instance(): JiebaInstance {
  if (jieba === undefined) {
    const { Jieba } = requireModule("@node-rs/jieba") as {
      Jieba: { withDict(dict: Uint8Array): JiebaInstance };
    };
    const { dict } = requireModule("@node-rs/jieba/dict") as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

const CONTEXT = 8;

/**
 * True when [start, end) begins and ends on jieba word boundaries of the surrounding text, i.e. the
 * match is not two halves of neighbouring ordinary words.
 */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const words = instance().cut(text.slice(from, to), true);
  let pos = from;
  let startOk = start === from;
  let endOk = end === to;
  for (const w of words) {
    pos += w.length;
    if (pos === start) startOk = true;
    if (pos === end) endOk = true;
    if (pos >= end) break;
  }
  return startOk && endOk;
}

/** True when jieba's dictionary has `word` as one word (cut without HMM, which would join unseen pairs). */
export function isWord(word: string): boolean {
  return instance().cut(word, false).length === 1;
}

/** jieba's words of `text` (with HMM, so unseen domain words come out whole): for building vocabularies. */
export function cutWords(text: string): string[] {
  return instance().cut(text, true);
}
