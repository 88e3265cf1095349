// Full-width ASCII letters, digits and a few symbols (１２３、ＡＢＣ) are common in government copy; jieba
// splits them per character, so they are folded to half-width before segmentation.
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e]/g;

export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NUMBER = /^[\p{N}.,:%‰+\-−/]+$/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /^[a-z0-9][a-z0-9.+\-_]*$/i;

/** A token that carries meaning: contains a letter or digit (drops punctuation and whitespace). */
export function isWordToken(token: string): boolean {
  return WORD_CHAR.test(token);
}

/** Numbers, dates-as-digits, percentages and the like. */
export function isNumberToken(token: string): boolean {
  return NUMBER.test(token);
}

export function hasHan(token: string): boolean {
  return HAN.test(token);
}

export function isLatinToken(token: string): boolean {
  return LATIN.test(token);
}

// URLs and e-mail addresses would otherwise become a string of noise tokens (https, www, com …).
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

export function stripUrls(text: string): string {
  return text.replace(URL_OR_EMAIL, " ");
}
