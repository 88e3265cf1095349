// /theme.css of a site: the colours chosen in 站点外观 as CSS custom properties over the base stylesheet.
// Served as a file (the CSP allows styles only from 'self', never inline), cached and invalidated with the
// site's tag; pages link it with a version parameter, so browsers fetch a changed theme at once.
import { createHash } from "node:crypto";
import type { SiteRoute } from "../../server/routing";
import { type Theme, themeVariables } from "../../templates/themes";

export const THEME_CSS_PATH = "/theme.css";

export function themeStylesheetHref(basePath: string, theme: Theme): string {
  const version = createHash("sha256").update(themeVariables(theme)).digest("hex").slice(0, 10);
  return `${basePath}${THEME_CSS_PATH}?v=${version}`;
}

export const themeStylesheetRoute: SiteRoute = {
  name: "theme-css",
  cacheable: true,
  match: (sitePath) =>
    sitePath === THEME_CSS_PATH
      ? async ({ theme }) => ({
          status: 200,
          html: themeVariables(theme),
          contentType: "text/css; charset=utf-8",
          tags: [],
        })
      : null,
};
