// Bodies of imported items: HTML is sanitised like any saved body; plain text becomes paragraphs.
import { sanitizeBody } from "../article/sanitize";

const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/i;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text → one <p> per non-empty line. */
export function paragraphsOf(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}

const IMAGE = /<img\b/gi;

/**
 * The stored body (sanitised HTML; empty when nothing visible is left) and how many images the sanitiser
 * dropped: only media-library images survive, so an old site's <img src="http://…"> is reported, not kept.
 */
export function importBody(raw: string): { body: string; droppedImages: number } {
  const html = LOOKS_LIKE_HTML.test(raw) ? raw : paragraphsOf(raw);
  const body = sanitizeBody(html);
  const droppedImages = Math.max(0, (html.match(IMAGE)?.length ?? 0) - (body.match(IMAGE)?.length ?? 0));
  const visible = body.replace(/<(?!img\b)[^>]*>/gi, "").replace(/&nbsp;|\s/g, "");
  return { body: visible ? body : "", droppedImages };
}
