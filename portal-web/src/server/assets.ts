// Theme stylesheets as static files named by their content hash (cached for a year by browsers and CDNs).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { letterSuggestScript, toolbarScript } from "../templates/assets";
import { allThemes, type Theme, themeVariables } from "../templates/themes";

export interface Asset {
  /** Public path, e.g. /assets/theme-default.3f9a1c2b4d.css */
  href: string;
  body: Buffer;
  contentType: string;
  etag: string;
}

export interface Assets {
  stylesheetFor(theme: Theme): string;
  byPath(path: string): Asset | undefined;
  /** The site icon, served at /favicon.ico and /favicon.svg (an SVG: every current browser takes it). */
  favicon: Asset;
}

export function buildAssets(): Assets {
  const base = readFileSync(new URL("../templates/themes/base.css", import.meta.url), "utf8");
  const byTheme = new Map<string, Asset>();
  const byPath = new Map<string, Asset>();
  for (const theme of allThemes()) {
    const body = Buffer.from(themeVariables(theme) + base, "utf8");
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
    const asset: Asset = {
      href: `/assets/theme-${theme.name}.${hash}.css`,
      body,
      contentType: "text/css; charset=utf-8",
      etag: `"${hash}"`,
    };
    byTheme.set(theme.name, asset);
    byPath.set(asset.href, asset);
  }
  byPath.set(toolbarScript.href, toolbarScript);
  byPath.set(letterSuggestScript.href, letterSuggestScript);
  const icon = readFileSync(new URL("../templates/assets/favicon.svg", import.meta.url));
  const iconHash = createHash("sha256").update(icon).digest("hex").slice(0, 12);
  const favicon: Asset = {
    href: "/favicon.svg",
    body: icon,
    contentType: "image/svg+xml",
    etag: `"${iconHash}"`,
  };
  return {
    favicon,
    stylesheetFor(theme) {
      const asset = byTheme.get(theme.name) ?? byTheme.get("default");
      if (!asset) throw new Error(`no stylesheet for theme ${theme.name}`);
      return asset.href;
    },
    byPath: (path) => byPath.get(path),
  };
}
