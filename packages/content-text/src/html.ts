import { Parser } from "htmlparser2";

// Elements that start a new line of text.
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);
// Table cells sit side by side on one line.
const CELL = new Set(["td", "th"]);
// Elements whose content is never readable text.
const SKIP = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "head",
  "title",
  "iframe",
  "object",
  "svg",
  "math",
]);

const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef";
// Source line breaks inside a Chinese paragraph must not turn into spaces between characters.
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ ]+(?=[${CJK}])`, "gu");
// Marks a cell boundary: a real space that survives the removal of spaces between Chinese characters.
const CELL_GAP = "\ue000";
const CELL_GAPS = /\s*\ue000[\s\ue000]*/g;
const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/**
 * The readable text of (sanitised) article HTML: one line per block element, entities decoded, whitespace
 * collapsed, no spaces left between Chinese characters, no empty lines.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let current = "";
  let skipDepth = 0;
  // Inside <pre> the source line breaks are the text's own.
  let preDepth = 0;

  const breakLine = () => {
    lines.push(current);
    current = "";
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === "br" || BLOCK.has(name)) breakLine();
        if (name === "pre") preDepth++;
        else if (CELL.has(name)) current += CELL_GAP;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === "pre") preDepth = Math.max(0, preDepth - 1);
        if (BLOCK.has(name)) breakLine();
        else if (CELL.has(name)) current += CELL_GAP;
      },
      ontext(raw) {
        if (skipDepth > 0) return;
        const text = raw.replaceAll(CELL_GAP, "");
        if (preDepth === 0) {
          current += text;
          return;
        }
        text.split("\n").forEach((part, index) => {
          if (index > 0) breakLine();
          current += part;
        });
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  breakLine();

  return lines
    .map((line) =>
      line.replace(WHITESPACE, " ").replace(SPACE_BETWEEN_CJK, "").replace(CELL_GAPS, " ").trim(),
    )
    .filter((line) => line !== "")
    .join("\n");
}
