// Plain-text summaries of an article for <meta name="description"> and og:description, and the picture for
// og:image: what a search result or a link preview in a chat app shows.

const DESCRIPTION_MAX = 120;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) {
        const code =
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** At most `max` characters (not UTF-16 units), with "…" when cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * The article's description: its summary, else the first paragraph of its body with any text, as plain text of
 * about 120 characters; null when the article has no text at all.
 */
export function articleDescription(article: { summary?: string | null; body: string }): string | null {
  // The summary is plain text already (markup in it is text, shown as such).
  const summary = (article.summary ?? "").replace(/\s+/g, " ").trim();
  if (summary) return clip(summary, DESCRIPTION_MAX);
  for (const match of article.body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)) {
    const text = plainText(match[1] ?? "");
    if (text) return clip(text, DESCRIPTION_MAX);
  }
  const whole = plainText(article.body);
  return whole ? clip(whole, DESCRIPTION_MAX) : null;
}

/** The first image of an HTML body (its src as written), if any. */
export function firstImage(html: string): string | null {
  const src = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]+)"|'([^']+)')/i.exec(html);
  const value = src?.[1] ?? src?.[2];
  return value ? plainText(value) : null;
}

/** `url` made absolute against `base` (a preview needs an absolute URL); null unless it is http(s). */
export function absoluteUrl(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === "https:" || resolved.protocol === "http:" ? resolved.href : null;
  } catch {
    return null;
  }
}
