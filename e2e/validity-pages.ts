// One address of every portal template of the seeded demo city, found by following the demo site's own links
// (shared by the validity and the accessibility tests).
import { urls } from "./support";

/** Page addresses of one of every template, found by following the demo site's own links. */
export async function templatePages(): Promise<Map<string, string>> {
  const portal = urls().portal;
  const pages = new Map<string, string>([
    ["platform-index", "/"],
    ["platform-search", `/search/?q=${encodeURIComponent("工作")}`],
    ["platform-404", "/s/no-such-site/"],
    ["site-home", "/s/xcb/"],
    ["site-search", `/s/xcb/search/?q=${encodeURIComponent("工作")}`],
    ["site-search-empty", "/s/xcb/search/"],
    ["site-404", "/s/xcb/no-such-channel/"],
    ["site-home-zgh", "/s/zgh/"],
  ]);
  const home = await (await fetch(`${portal}/s/xcb/`)).text();
  const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? "");
  const channels = [...new Set(hrefs(home).filter((href) => /^\/s\/xcb\/[a-z0-9/-]+\/$/.test(href)))];
  for (const href of channels) {
    const kind = /\/zt\//.test(href) ? "topic" : "channel";
    pages.set(`${kind}-${href.replaceAll("/", "_")}`, href);
  }
  const article = hrefs(home).find((href) => /^\/s\/xcb\/.+\.html$/.test(href));
  if (article) pages.set("article", article);
  // The "you are leaving this site" notice, when a site of the demo city links out.
  for (const code of ["xcb", "zgh", "tw"]) {
    const html = code === "xcb" ? home : await (await fetch(`${portal}/s/${code}/`)).text();
    const leave = hrefs(html).find((href) => href.startsWith(`/s/${code}/leave/?`));
    if (leave) {
      pages.set("leave-notice", leave.replaceAll("&amp;", "&"));
      break;
    }
  }
  for (const href of channels) {
    const list = await (await fetch(`${portal}${href}`)).text();
    const next = hrefs(list).find((candidate) => candidate.includes("?page=2"));
    if (next) {
      pages.set("channel-page-2", next.replaceAll("&amp;", "&"));
      break;
    }
  }
  return pages;
}
