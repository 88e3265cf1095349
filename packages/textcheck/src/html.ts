import type { Finding } from "./types";

/**
 * Extracts the visible text of article HTML in one linear pass (no tree, so nesting depth costs nothing)
 * with, for every text character, its offset in the HTML source; images without alt text are reported.
 */

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "blockquote",
  "figure",
  "figcaption",
  "hr",
  "pre",
  "td",
  "th",
]);
const RAW = new Set(["script", "style", "template", "noscript"]);
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  hellip: "…",
  middot: "·",
};

export interface ExtractedHtml {
  text: string;
  /** HTML offset of each text character; index text.length holds the end of the last one. */
  offsets: Int32Array;
  images: Finding[];
}

export function extractHtml(html: string): ExtractedHtml {
  const parts: string[] = [];
  const offsets = new Int32Array(html.length + 1);
  let len = 0;
  const images: Finding[] = [];
  const emit = (s: string, at: number): void => {
    parts.push(s);
    for (let k = 0; k < s.length; k++) offsets[len++] = at;
  };
  let lower: string | undefined;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith("<!--", i)) {
        const close = html.indexOf("-->", i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      const close = html.indexOf(">", i + 1);
      if (close < 0) {
        emit(html.slice(i), i);
        break;
      }
      const tag = html.slice(i + 1, close);
      const name = /^\/?\s*([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase();
      if (name === undefined) {
        emit("<", i);
        i++;
        continue;
      }
      if (!tag.startsWith("/") && RAW.has(name)) {
        lower ??= html.toLowerCase();
        const end = lower.indexOf(`</${name}`, close);
        i = end < 0 ? n : end;
        const gt = html.indexOf(">", i);
        i = gt < 0 ? n : gt + 1;
        continue;
      }
      if (
        name === "img" &&
        !tag.startsWith("/") &&
        !/\salt\s*=\s*("[^"]*\S[^"]*"|'[^']*\S[^']*'|[^\s"'>]+)/i.test(tag)
      ) {
        images.push({
          start: len,
          end: len,
          text: "",
          category: "accessibility",
          severity: "warn",
          ruleId: "accessibility.img-alt",
          explanation: "图片缺少替代文本（alt），读屏软件用户无法获知图片内容。",
          htmlStart: i,
          htmlEnd: close + 1,
        });
      }
      if (BLOCK.has(name) && len > 0 && parts[parts.length - 1] !== "\n") emit("\n", i);
      i = close + 1;
      continue;
    }
    if (c === 38 /* & */) {
      const semi = html.indexOf(";", i + 1);
      if (semi > 0 && semi - i <= 10) {
        const body = html.slice(i + 1, semi);
        let decoded: string | undefined = ENTITIES[body];
        if (decoded === undefined && body.startsWith("#")) {
          const code =
            body[1] === "x" || body[1] === "X"
              ? Number.parseInt(body.slice(2), 16)
              : Number.parseInt(body.slice(1), 10);
          if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
        }
        if (decoded !== undefined) {
          emit(decoded, i);
          i = semi + 1;
          continue;
        }
      }
    }
    let j = i + 1;
    while (j < n && html.charCodeAt(j) !== 60 && html.charCodeAt(j) !== 38) j++;
    parts.push(html.slice(i, j));
    for (let k = i; k < j; k++) offsets[len++] = k;
    i = j;
  }
  offsets[len] = n;
  return { text: parts.join(""), offsets: offsets.subarray(0, len + 1), images };
}
