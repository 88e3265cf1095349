// Static files the templates reference, named by content hash so browsers and CDNs keep them for a year.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export interface StaticFile {
  href: string;
  body: Buffer;
  contentType: string;
  etag: string;
}

function hashed(file: string, contentType: string): StaticFile {
  const body = readFileSync(new URL(file, import.meta.url));
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  const [name, extension] = file.split(".");
  return { href: `/assets/${name}.${hash}.${extension}`, body, contentType, etag: `"${hash}"` };
}

/** The accessibility toolbar (external: the Content-Security-Policy allows no inline script). */
export const toolbarScript = hashed("toolbar.js", "text/javascript; charset=utf-8");

/** Similar answered questions while writing a letter (progressive enhancement of the letter form). */
export const letterSuggestScript = hashed("letter-suggest.js", "text/javascript; charset=utf-8");
