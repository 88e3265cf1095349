// Acceptance: each kind of change re-renders exactly the pages that show it and leaves every other page cached,
// on both of two portal processes that read the same event streams. A page's x-jiyue-cache header says
// whether this request rendered it ("miss") or was served from the cache ("hit").
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { platformPublicUrl } from "../src/templates/components/canonical";
import {
  article,
  channel,
  type FakeGateway,
  type FixtureArticle,
  type FixtureSite,
  site,
  startFakeGateway,
} from "./fake-gateway";
import { FakeEvents, type RunningPortal, startPortal } from "./helpers";

const day = (n: number) => new Date(Date.UTC(2024, 3, 1 + n, 2, 0)).toISOString();

let gateway: FakeGateway;
let content: FakeEvents;
let identity: FakeEvents;
let portals: RunningPortal[];
let tw: FixtureSite;
let kx: FixtureSite;
let gzdt: ReturnType<typeof channel>;
let tzgg: ReturnType<typeof channel>;
let kxdt: ReturnType<typeof channel>;
let news: FixtureArticle;
let notice: FixtureArticle;
let kxNews: FixtureArticle;
let articles: FixtureArticle[];

const pagePath = (code: string, channelPath: string, item: FixtureArticle) =>
  `/s/${code}/${channelPath}/${item.id}.html`;

/** Every page watched, by a short name; all warmed in the cache before each change. */
function pages(): Record<string, string> {
  return {
    twHome: "/s/tw/",
    twNewsList: "/s/tw/gzdt/",
    twNoticeList: "/s/tw/tzgg/",
    twNoticeList2: "/s/tw/tzgg/?page=2",
    twNews: pagePath("tw", "gzdt", news),
    twNotice: pagePath("tw", "tzgg", notice),
    twRss: "/s/tw/rss.xml",
    twSitemap: "/s/tw/sitemap.xml",
    twTheme: "/s/tw/theme.css",
    kxHome: "/s/kx/",
    kxList: "/s/kx/kxdt/",
    kxNews: pagePath("kx", "kxdt", kxNews),
    kxRss: "/s/kx/rss.xml",
  };
}
const TW_LISTS = ["twHome", "twNewsList", "twNoticeList", "twNoticeList2", "twRss", "twSitemap"];
const KX_LISTS = ["kxHome", "kxList", "kxRss"];

beforeEach(async () => {
  gzdt = channel("工作动态", "gzdt");
  tzgg = channel("通知公告", "tzgg");
  kxdt = channel("科协动态", "kxdt");
  tw = site({ code: "tw", name: "共青团重庆市委员会", channels: [gzdt, tzgg] });
  kx = site({ code: "kx", name: "重庆市科学技术协会", channels: [kxdt] });
  news = article(tw, gzdt, { title: "团市委召开全会", publishedAt: day(30) });
  // 25 notices: the list has two pages.
  const notices = Array.from({ length: 25 }, (_, i) =>
    article(tw, tzgg, { title: `通知第${i}号`, publishedAt: day(i) }),
  );
  notice = notices[24] as FixtureArticle;
  kxNews = article(kx, kxdt, { title: "科协新闻", publishedAt: day(3) });
  articles = [news, ...notices, kxNews];
  gateway = await startFakeGateway([tw, kx], articles);
  content = new FakeEvents("content");
  identity = new FakeEvents("identity");
  const sources = { content: content.source, identity: identity.source };
  portals = [
    await startPortal({ gatewayUrl: gateway.url, sources }),
    await startPortal({ gatewayUrl: gateway.url, sources }),
  ];
  for (const running of portals) {
    for (const [name, path] of Object.entries(pages())) {
      expect((await running.get(path)).status, name).toBe(200);
    }
  }
});

afterEach(async () => {
  await Promise.all(portals.map((running) => running.close()));
  await gateway.stop();
});

/** Delivers the pending events to both portals, then says which watched pages each one had to re-render. */
async function rerendered(): Promise<string[][]> {
  await Promise.all(portals.map((running) => running.portal.consumer?.catchUp()));
  const result: string[][] = [];
  for (const running of portals) {
    const missed: string[] = [];
    for (const [name, path] of Object.entries(pages())) {
      if ((await running.get(path)).headers["x-jiyue-cache"] !== "hit") missed.push(name);
    }
    result.push(missed.sort());
  }
  return result;
}

function expectBoth(actual: string[][], expected: string[]) {
  expect(actual).toEqual([[...expected].sort(), [...expected].sort()]);
}

const articlePayload = (item: FixtureArticle, extra: Record<string, unknown> = {}) => ({
  articleId: item.id,
  siteId: item.siteId,
  channelId: item.channelId,
  status: item.status.toLowerCase(),
  ...extra,
});

describe("cache correctness", () => {
  it("publish: the site's lists, home, feed and sitemap re-render; article pages and other sites stay cached", async () => {
    const fresh = article(tw, gzdt, { title: "新发布的稿件", publishedAt: day(40) });
    articles.push(fresh);
    content.push("article.published", {
      aggregateId: fresh.id,
      siteId: tw.id,
      payload: articlePayload(fresh),
    });
    expectBoth(await rerendered(), TW_LISTS);
    for (const running of portals) {
      expect((await running.get("/s/tw/gzdt/")).body).toContain("新发布的稿件");
      expect((await running.get(pagePath("tw", "gzdt", fresh))).status).toBe(200);
    }
  });

  it("update: the article's page and the site's lists re-render, nothing else", async () => {
    news.title = "团市委召开全会（更新）";
    content.push("article.updated", { aggregateId: news.id, siteId: tw.id, payload: articlePayload(news) });
    expectBoth(await rerendered(), [...TW_LISTS, "twNews"]);
    for (const running of portals) {
      expect((await running.get(pages().twNews as string)).body).toContain("团市委召开全会（更新）");
    }
  });

  it("takedown: the article's page answers 410 and leaves the lists; other pages stay cached", async () => {
    news.status = "WITHDRAWN";
    content.push("article.withdrawn", {
      aggregateId: news.id,
      siteId: tw.id,
      payload: articlePayload(news, { reason: "信息有误" }),
    });
    expectBoth(await rerendered(), [...TW_LISTS, "twNews"]);
    for (const running of portals) {
      const gone = await running.get(pages().twNews as string);
      expect(gone.status).toBe(410);
      expect(gone.body).not.toContain("团市委召开全会");
      expect((await running.get("/s/tw/")).body).not.toContain("团市委召开全会");
    }
  });

  it("push to another site: the draft copy changes nothing; its publication re-renders only the target site", async () => {
    const copy = article(kx, kxdt, {
      title: "团市委召开全会（报送）",
      status: "DRAFT",
      publishedAt: day(31),
    });
    articles.push(copy);
    content.push("article.created", {
      aggregateId: copy.id,
      siteId: kx.id,
      payload: articlePayload(copy, { pushedFrom: news.id }),
    });
    expectBoth(await rerendered(), []);
    copy.status = "PUBLISHED";
    content.push("article.published", { aggregateId: copy.id, siteId: kx.id, payload: articlePayload(copy) });
    expectBoth(await rerendered(), KX_LISTS);
    for (const running of portals) {
      expect((await running.get("/s/kx/kxdt/")).body).toContain("团市委召开全会（报送）");
    }
  });

  it("move to another channel: both channels' lists (every page) and the article's old address re-render", async () => {
    notice.channelId = gzdt.id;
    content.push("article.updated", {
      aggregateId: notice.id,
      siteId: tw.id,
      payload: articlePayload(notice, { previousChannelId: tzgg.id }),
    });
    expectBoth(await rerendered(), [...TW_LISTS, "twNotice"]);
    for (const running of portals) {
      expect((await running.get("/s/tw/gzdt/")).body).toContain(notice.title);
      expect((await running.get("/s/tw/tzgg/")).body).not.toContain(`>${notice.title}<`);
      const old = await running.get(pages().twNotice as string);
      expect(old.status).toBe(301);
      expect(old.headers.location).toBe(pagePath("tw", "gzdt", notice));
    }
  });

  it("pin and unpin: the site's home and lists re-render; a draft's flags change nothing", async () => {
    notice.pinned = true;
    content.push("article.flags_changed", {
      aggregateId: notice.id,
      siteId: tw.id,
      payload: articlePayload(notice, { pinned: true }),
    });
    expectBoth(await rerendered(), [...TW_LISTS, "twNotice"]);
    for (const running of portals) {
      expect((await running.get("/s/tw/")).body).toContain('id="pinned-title"');
    }
    notice.pinned = false;
    content.push("article.flags_changed", {
      aggregateId: notice.id,
      siteId: tw.id,
      payload: articlePayload(notice, { pinned: false }),
    });
    expectBoth(await rerendered(), [...TW_LISTS, "twNotice"]);
    for (const running of portals) {
      expect((await running.get("/s/tw/")).body).not.toContain('id="pinned-title"');
    }

    const draft = article(tw, gzdt, { title: "草稿", status: "DRAFT" });
    articles.push(draft);
    content.push("article.flags_changed", {
      aggregateId: draft.id,
      siteId: tw.id,
      payload: articlePayload(draft, { pinned: true }),
    });
    content.push("article.saved", { aggregateId: draft.id, siteId: tw.id, payload: articlePayload(draft) });
    expectBoth(await rerendered(), []);
  });

  it("change of site theme: every page of that site re-renders with the new look; the other site stays cached", async () => {
    tw.theme = { ...tw.theme, primaryColor: "#134280", icpNumber: "渝ICP备12345678号", showGovMark: true };
    identity.push("site.updated", {
      aggregateId: tw.id,
      siteId: tw.id,
      payload: {
        site: { id: tw.id, unitId: tw.unit.id, parentSiteId: null, code: "tw", name: tw.name },
        theme: tw.theme,
        homeLayout: null,
      },
    });
    expectBoth(
      await rerendered(),
      Object.keys(pages()).filter((name) => name.startsWith("tw")),
    );
    for (const running of portals) {
      const home = await running.get("/s/tw/");
      const link = /<link rel="stylesheet" href="(\/s\/tw\/theme\.css\?v=[0-9a-f]+)"\/>/.exec(home.body);
      expect(link, "the site's stylesheet is linked").not.toBeNull();
      expect(home.body).toContain("渝ICP备12345678号");
      expect(home.body).toContain("党政机关");
      const css = await running.get(link?.[1] ?? "");
      expect(css.status).toBe(200);
      expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
      expect(css.body).toContain("--primary:#134280");
    }
  });

  it("grey mode: every page of every site re-renders in grey, and again when it is switched off", async () => {
    gateway.greyMode = true;
    identity.push("platform.grey_mode_changed", { aggregateId: "grey_mode", payload: { greyMode: true } });
    expectBoth(await rerendered(), Object.keys(pages()));
    for (const running of portals) {
      for (const path of ["/s/tw/", "/s/kx/kxdt/", pages().twNews as string]) {
        expect((await running.get(path)).body, path).toContain('<html lang="zh-CN" class="grey-mode">');
      }
    }
    gateway.greyMode = false;
    identity.push("platform.grey_mode_changed", { aggregateId: "grey_mode", payload: { greyMode: false } });
    expectBoth(await rerendered(), Object.keys(pages()));
    for (const running of portals) {
      expect((await running.get("/s/tw/")).body).not.toContain("grey-mode");
    }
  });

  it("grey mode: the platform's own pages (index, search, 404s) follow it too, and are re-rendered", async () => {
    const platformPages = ["/", "/search/?q=a", "/s/nosuch/", "/nosuch/"];
    const grey = '<html lang="zh-CN" class="grey-mode">';
    const before: Record<string, string | undefined> = {};
    for (const path of platformPages) {
      const page = await portals[0]?.get(path);
      expect(page?.body, path).not.toContain("grey-mode");
      before[path] = page?.headers.etag as string | undefined;
      // Cached now (the search is never cached): the switch must reach the stored copies.
      if (path !== "/search/?q=a")
        expect((await portals[0]?.get(path))?.headers["x-jiyue-cache"], path).toBe("hit");
    }
    gateway.greyMode = true;
    identity.push("platform.grey_mode_changed", { aggregateId: "grey_mode", payload: { greyMode: true } });
    await rerendered();
    for (const running of portals) {
      for (const path of platformPages) {
        const page = await running.get(path);
        expect(page.body, path).toContain(grey);
        if (before[path]) expect(page.headers.etag, path).not.toBe(before[path]);
      }
      // A malformed address is answered without asking the gateway: in the grey mode it last reported.
      expect((await running.get("/s/tw/no-such.png")).body).toContain(grey);
    }
    gateway.greyMode = false;
    identity.push("platform.grey_mode_changed", { aggregateId: "grey_mode", payload: { greyMode: false } });
    await rerendered();
    for (const running of portals) {
      for (const path of platformPages)
        expect((await running.get(path)).body, path).not.toContain("grey-mode");
    }
  });
});

describe("410 and canonical", () => {
  it("a draft's id stays 404 even after a takedown elsewhere; a republished article returns to 200", async () => {
    const draft = article(tw, gzdt, { title: "从未发布", status: "DRAFT" });
    articles.push(draft);
    content.push("article.saved", { aggregateId: draft.id, siteId: tw.id, payload: articlePayload(draft) });
    news.status = "WITHDRAWN";
    content.push("article.withdrawn", { aggregateId: news.id, siteId: tw.id, payload: articlePayload(news) });
    await rerendered();
    const [first] = portals;
    if (!first) throw new Error("no portal");
    expect((await first.get(pagePath("tw", "gzdt", draft))).status).toBe(404);
    // Under another site's address, a withdrawn article of tw is simply not there.
    expect((await first.get(pagePath("kx", "kxdt", news))).status).toBe(404);
    expect((await first.get(pages().twNews as string)).status).toBe(410);

    news.status = "PUBLISHED";
    content.push("article.published", { aggregateId: news.id, siteId: tw.id, payload: articlePayload(news) });
    await first.portal.consumer?.catchUp();
    expect((await first.get(pages().twNews as string)).status).toBe(200);
  });

  it("names the site's own domain as canonical when it has one, else the platform's address, with og:url", async () => {
    const [first] = portals;
    if (!first) throw new Error("no portal");
    const list = await first.get("/s/tw/tzgg/?page=2");
    const expected = `${platformPublicUrl()}/s/tw/tzgg/?page=2`;
    expect(list.body).toContain(`<link rel="canonical" href="${expected}"/>`);
    expect(list.body).toContain(`<meta property="og:url" content="${expected}"/>`);

    tw.domains = ["www.cqgqt.example"];
    identity.push("site.updated", {
      aggregateId: tw.id,
      siteId: tw.id,
      payload: { site: { id: tw.id, unitId: tw.unit.id, parentSiteId: null, code: "tw", name: tw.name } },
    });
    await first.portal.consumer?.catchUp();
    const scheme = new URL(platformPublicUrl()).protocol;
    for (const host of [undefined, "www.cqgqt.example"]) {
      const path = host ? "/" : "/s/tw/";
      const home = await first.get(path, host ? { host } : {});
      expect(home.status, host).toBe(200);
      expect(home.body, host).toContain(`<link rel="canonical" href="${scheme}//www.cqgqt.example/"/>`);
    }
  });
});
