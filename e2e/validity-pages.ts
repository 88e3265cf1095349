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
    ["letter-form-one-window", "/s/xcb/hdjl/tyck/xiexin/"],
    ["letter-query", "/s/xcb/hdjl/chaxun/"],
    ["letter-receipt-shown", "/s/xcb/hdjl/huizhi/"],
    ["solicitation-list", "/s/xcb/yjzj/"],
    ["knowledge-list", "/s/xcb/zhiku/"],
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
  // 意见征集: a campaign's form page and a published 采纳情况, when the demo city has them.
  for (const code of ["xcb", "zgh", "tw"]) {
    const list = await (await fetch(`${portal}/s/${code}/yjzj/`)).text();
    const campaign = hrefs(list).find((href) => /^\/s\/[a-z0-9]+\/yjzj\/[0-9a-f-]{36}\/$/.test(href));
    const feedback = hrefs(list).find((href) => /\/yjzj\/[0-9a-f-]{36}\/fankui\/$/.test(href));
    if (campaign && !pages.has("solicitation-form")) pages.set("solicitation-form", campaign);
    if (feedback && !pages.has("solicitation-feedback")) pages.set("solicitation-feedback", feedback);
  }
  // 智库: an entry and its "was this helpful" page, when the demo city has answered letters or curated Q&A.
  const knowledge = await (await fetch(`${portal}/s/xcb/zhiku/`)).text();
  const entry = hrefs(knowledge).find((href) => /^\/s\/xcb\/zhiku\/[0-9a-f-]{36}\.html$/.test(href));
  if (entry) {
    pages.set("knowledge-entry", entry);
    const id = /([0-9a-f-]{36})\.html$/.exec(entry)?.[1] ?? "";
    pages.set("knowledge-feedback", `/s/xcb/zhiku/feedback/?id=${id}&helpful=1`);
  }
  return pages;
}
