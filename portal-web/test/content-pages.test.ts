// Published content on the portal: home blocks, channel lists with pagination, single pages, link channels,
// article pages with the standard's meta tags, feeds, sitemap, and invalidation by content's article events.
import Parser from "rss-parser";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { platformPublicUrl } from "../src/templates/components/canonical";
import {
  article,
  channel,
  type FakeGateway,
  type FixtureArticle,
  site,
  startFakeGateway,
} from "./fake-gateway";
import { FakeEvents, type RunningPortal, startPortal } from "./helpers";

/** The only script a page may carry: the accessibility toolbar, as an external file. */
const NO_SCRIPT_BUT_TOOLBAR = /<script(?! src="\/assets\/toolbar\.[0-9a-f]+\.js"><\/script>)/i;

const gzdt = channel("工作动态", "gzdt", [channel("基层动态", "gzdt/jcdt")]);
const tzgg = channel("通知公告", "tzgg");
const jggk = channel("机构概况", "jggk", [], "PAGE");
const hdjl = channel("互动交流", "hdjl", [], "LINK");
const tw = site({
  code: "tw",
  name: "共青团重庆市委员会",
  siteIdCode: "5000000042",
  channels: [gzdt, tzgg, jggk, hdjl],
});
const kxGzdt = channel("科协动态", "kxdt");
const kx = site({ code: "kx", name: "重庆市科学技术协会", channels: [kxGzdt] });

const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n, 2, 0)).toISOString();

/** 46 notices: 45 dated day 0…44 and one old pinned notice. */
const notices = Array.from({ length: 45 }, (_, i) =>
  article(tw, tzgg, { title: `通知第${i}号`, publishedAt: day(i) }),
);
const pinnedNotice = article(tw, tzgg, { title: "置顶的重要通知", publishedAt: day(-30), pinned: true });
const headline = article(tw, gzdt, {
  title: "团市委召开全会",
  summary: "全会审议通过工作报告",
  headline: true,
  publishedAt: day(50),
});
const pictured = article(tw, gzdt, {
  title: "青年志愿者走进社区",
  carousel: true,
  coverImageUrl: "https://img.example/cover.jpg",
  publishedAt: day(49),
});
const risky = article(tw, gzdt, {
  title: '<script>alert(1)</script>标题 & "引号"',
  subtitle: "副标题<b>不加粗</b>",
  source: "重庆日报",
  author: "张三",
  summary: "摘要",
  keywords: ["青年", "志愿服务"],
  body: '<p>正文<strong>加粗</strong></p><img src="/media/a.png" alt="图">',
  attachments: [{ mediaId: "m1", name: "<b>实施方案</b>.pdf", url: "/media/m1.pdf" }],
  // 10:07 in Shanghai.
  publishedAt: "2023-12-05T02:07:00.000Z",
});
const draft = article(tw, gzdt, { title: "尚未发布的草稿", status: "DRAFT", publishedAt: day(60) });
const oldProfile = article(tw, jggk, {
  title: "机构概况（旧）",
  body: "<p>旧的概况</p>",
  publishedAt: day(1),
});
const profile = article(tw, jggk, { title: "机构概况", body: "<p>团市委是……</p>", publishedAt: day(2) });
const kxNews = article(kx, kxGzdt, { title: "科协新闻", publishedAt: day(3) });

let gateway: FakeGateway;
let content: FakeEvents;
const running: RunningPortal[] = [];
const parser = new Parser();

async function portal() {
  const started = await startPortal({ gatewayUrl: gateway.url, sources: { content: content.source } });
  running.push(started);
  return started;
}

async function gatewayCalls(work: () => Promise<unknown>): Promise<number> {
  const before = gateway.operations.length;
  await work();
  return gateway.operations.length - before;
}

const articlePath = (code: string, channelPath: string, item: FixtureArticle) =>
  `/s/${code}/${channelPath}/${item.id}.html`;

/** Titles of the article links in a list, in order. */
function listedTitles(html: string): string[] {
  return [...html.matchAll(/<ul class="article-list">([\s\S]*?)<\/ul>/g)].flatMap((list) =>
    [...(list[1] ?? "").matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((link) => link[1] ?? ""),
  );
}

beforeAll(async () => {
  gateway = await startFakeGateway(
    [tw, kx],
    [...notices, pinnedNotice, headline, pictured, risky, draft, oldProfile, profile, kxNews],
  );
});
afterAll(async () => {
  await gateway.stop();
});
beforeEach(() => {
  content = new FakeEvents("content");
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});

describe("site home", () => {
  it("shows the headline, the carousel as pictures with captions, pinned items, then channel blocks", async () => {
    const { get } = await portal();
    const response = await get("/s/tw/");
    expect(response.status).toBe(200);
    const html = response.body;
    const at = (text: string) => {
      const index = html.indexOf(text);
      expect(index, text).toBeGreaterThan(0);
      return index;
    };
    expect(html).toContain(
      `<p class="headline-lead"><a href="${articlePath("tw", "gzdt", headline)}">团市委召开全会</a></p>`,
    );
    expect(html).toContain("全会审议通过工作报告");
    expect(html).toMatch(
      /<figure><img src="https:\/\/img\.example\/cover\.jpg" alt="" loading="lazy"\/><figcaption>青年志愿者走进社区<\/figcaption><\/figure>/,
    );
    // Order: headline, carousel, pinned block, then the channel blocks in channel order.
    expect(at('class="headline"')).toBeLessThan(at('class="carousel"'));
    expect(at('class="carousel"')).toBeLessThan(at('id="pinned-title"'));
    expect(at('id="pinned-title"')).toBeLessThan(at(`id="channel-${gzdt.id}"`));
    expect(at(`id="channel-${gzdt.id}"`)).toBeLessThan(at(`id="channel-${tzgg.id}"`));
    const pinnedBlock = html.slice(at('id="pinned-title"'), at(`id="channel-${gzdt.id}"`));
    expect(pinnedBlock).toContain("置顶的重要通知");

    // The notices block: six items, the pinned (older) notice first, then the newest, with MM-DD dates.
    const noticesBlock = html.slice(at(`id="channel-${tzgg.id}"`), at(`id="channel-${jggk.id}"`));
    expect(listedTitles(noticesBlock)).toEqual([
      "置顶的重要通知",
      "通知第44号",
      "通知第43号",
      "通知第42号",
      "通知第41号",
      "通知第40号",
    ]);
    expect(noticesBlock).toContain(`<time dateTime="${day(44)}">02-14</time>`);
    expect(noticesBlock).toContain('href="/s/tw/tzgg/"');
    // Sub-channels stay reachable from the block; drafts never show.
    expect(html).toContain('href="/s/tw/gzdt/jcdt/"');
    expect(html).not.toContain("尚未发布的草稿");
    expect(html).not.toMatch(NO_SCRIPT_BUT_TOOLBAR);
  });
});

describe("channel pages", () => {
  it("lists 20 articles per page, pinned first, with dates, and answers 404 beyond the last page", async () => {
    const { get } = await portal();
    const first = await get("/s/tw/tzgg/");
    expect(first.status).toBe(200);
    const titles = listedTitles(first.body);
    expect(titles).toHaveLength(20);
    expect(titles[0]).toBe("置顶的重要通知");
    expect(titles[1]).toBe("通知第44号");
    expect(first.body).toContain(`<time dateTime="${day(44)}">2024-02-14</time>`);
    expect(first.body).toContain("共 46 条，第 1/3 页");
    expect(first.body).toContain(`<link rel="canonical" href="${platformPublicUrl()}/s/tw/tzgg/"/>`);
    expect(first.body).toContain('<a href="/s/tw/tzgg/?page=2" rel="next">下一页</a>');

    const second = await get("/s/tw/tzgg/?page=2");
    expect(second.status).toBe(200);
    expect(listedTitles(second.body)[0]).toBe("通知第25号");
    expect(second.body).toContain('<a href="/s/tw/tzgg/" rel="prev">上一页</a>');
    const third = await get("/s/tw/tzgg/?page=3");
    expect(listedTitles(third.body)).toHaveLength(6);
    expect(third.body).toContain(`<link rel="canonical" href="${platformPublicUrl()}/s/tw/tzgg/?page=3"/>`);
    // The page is part of the cache key: each page was cached on its own.
    expect((await get("/s/tw/tzgg/?page=2&utm=x")).headers["x-jiyue-cache"]).toBe("hit");

    for (const beyond of ["?page=4", "?page=0", "?page=abc", "?page=-1"]) {
      expect((await get(`/s/tw/tzgg/${beyond}`)).status, beyond).toBe(404);
    }
    const canonical = await get("/s/tw/tzgg/?page=1");
    expect(canonical.status).toBe(301);
    expect(canonical.headers.location).toBe("/s/tw/tzgg/");
  });

  it("shows an empty list channel's page 1 with 暂无信息", async () => {
    const { get } = await portal();
    const response = await get("/s/tw/gzdt/jcdt/");
    expect(response.status).toBe(200);
    expect(response.body).toContain("暂无信息");
    expect((await get("/s/tw/gzdt/jcdt/?page=2")).status).toBe(404);
  });

  it("shows a single-page channel's latest published article and redirects a link channel", async () => {
    const { get } = await portal();
    const single = await get("/s/tw/jggk/");
    expect(single.status).toBe(200);
    expect(single.body).toContain("<p>团市委是……</p>");
    expect(single.body).not.toContain("旧的概况");
    const link = await get("/s/tw/hdjl/");
    expect(link.status).toBe(302);
    expect(link.headers.location).toBe("https://example.org/");
  });
});

describe("article pages", () => {
  it("shows title, subtitle, source, author, date in Asia/Shanghai, attachments and the standard's meta tags", async () => {
    const { get } = await portal();
    const response = await get(articlePath("tw", "gzdt", risky));
    expect(response.status).toBe(200);
    const html = response.body;
    const escapedTitle = "&lt;script&gt;alert(1)&lt;/script&gt;标题 &amp; &quot;引号&quot;";
    expect(html).toContain(`<h1 class="article-title">${escapedTitle}</h1>`);
    expect(html).toContain("副标题&lt;b&gt;不加粗&lt;/b&gt;");
    expect(html).toContain("来源：重庆日报");
    expect(html).toContain("作者：张三");
    expect(html).toContain('<time dateTime="2023-12-05T02:07:00.000Z">2023-12-05 10:07</time>');
    const meta = (name: string) =>
      new RegExp(`<meta name="${name}" content="([^"]*)"/>`).exec(html)?.[1] ?? null;
    expect(meta("SiteName")).toBe("共青团重庆市委员会");
    expect(meta("SiteIDCode")).toBe("5000000042");
    expect(meta("ColumnName")).toBe("工作动态");
    expect(meta("ColumnDescription")).toContain("工作动态");
    expect(meta("ColumnKeywords")).toBe("工作动态");
    expect(meta("ColumnType")).toBe("工作动态");
    expect(meta("ArticleTitle")).toBe(escapedTitle);
    expect(meta("PubDate")).toBe("2023-12-05 10:07");
    expect(meta("ContentSource")).toBe("重庆日报");
    expect(meta("Keywords")).toBe("青年,志愿服务");
    expect(html).toContain(
      `<link rel="canonical" href="${platformPublicUrl()}${articlePath("tw", "gzdt", risky)}"/>`,
    );
    // Breadcrumb: home, channel, 正文.
    expect(html).toMatch(
      /<li><a href="\/s\/tw\/gzdt\/">工作动态<\/a><\/li><li aria-current="page">正文<\/li>/,
    );
    // The body is the only HTML inserted as given; the attachment name is escaped.
    expect(html).toContain('<p>正文<strong>加粗</strong></p><img src="/media/a.png" alt="图">');
    expect(html).toContain('<a href="/media/m1.pdf" download="">&lt;b&gt;实施方案&lt;/b&gt;.pdf</a>');
    expect(html).not.toMatch(NO_SCRIPT_BUT_TOOLBAR);
    expect(html).not.toContain("<b>");
  });

  it("carries all ten meta tags of the standard, empty when the site has no 网站标识码 and the article no keywords", async () => {
    const { get } = await portal();
    const response = await get(articlePath("kx", "kxdt", kxNews));
    expect(response.status).toBe(200);
    const names = [...response.body.matchAll(/<meta name="([A-Za-z]+)" content="([^"]*)"\/>/g)].map(
      (match) => [match[1], match[2]],
    );
    const standard = [
      "SiteName",
      "SiteIDCode",
      "ColumnName",
      "ColumnDescription",
      "ColumnKeywords",
      "ColumnType",
      "ArticleTitle",
      "PubDate",
      "ContentSource",
      "Keywords",
    ];
    expect(names.map(([name]) => name).filter((name) => standard.includes(name ?? ""))).toEqual(standard);
    const content = Object.fromEntries(names);
    expect(content.SiteIDCode).toBe("");
    expect(content.Keywords).toBe("");
    expect(content.SiteName).toBe("重庆市科学技术协会");
    expect(content.ArticleTitle).toBe("科协新闻");
    expect(content.ContentSource).toBe("重庆市科学技术协会");
  });

  it("answers 404 for drafts, unknown ids and other sites' articles, and redirects a wrong channel path", async () => {
    const { get } = await portal();
    expect((await get(articlePath("tw", "gzdt", draft))).status).toBe(404);
    expect((await get("/s/tw/gzdt/00000000-0000-4000-8000-000000000000.html")).status).toBe(404);
    expect((await get(articlePath("tw", "kxdt", kxNews))).status).toBe(404);
    expect((await get("/s/tw/gzdt/not-an-id.html")).status).toBe(404);
    const moved = await get(articlePath("tw", "tzgg", risky));
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe(articlePath("tw", "gzdt", risky));
  });

  it("links every page of a site to the site's RSS and Atom feeds", async () => {
    const { get } = await portal();
    for (const path of [
      "/s/tw/",
      "/s/tw/tzgg/",
      "/s/tw/tzgg/?page=2",
      "/s/tw/jggk/",
      articlePath("tw", "gzdt", risky),
      "/s/tw/nosuch/",
      articlePath("tw", "gzdt", draft),
    ]) {
      const html = (await get(path)).body;
      expect(html, path).toContain(
        '<link rel="alternate" type="application/rss+xml" title="共青团重庆市委员会 RSS" href="/s/tw/rss.xml"/>',
      );
      expect(html, path).toContain('<link rel="alternate" type="application/atom+xml"');
      expect(html, path).toContain('href="/s/tw/atom.xml"');
      expect(html, path).not.toMatch(NO_SCRIPT_BUT_TOOLBAR);
    }
  });
});

describe("feeds and sitemap", () => {
  it("serves the site's RSS 2.0 and Atom feeds, valid for rss-parser, newest 20, with absolute URLs", async () => {
    const { get } = await portal();
    const base = platformPublicUrl();
    const rss = await get("/s/tw/rss.xml", { host: "www.tw.example" });
    expect(rss.status).toBe(200);
    expect(rss.headers["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const feed = await parser.parseString(rss.body);
    expect(feed.title).toBe("共青团重庆市委员会");
    expect(feed.items).toHaveLength(20);
    expect(feed.items[0]?.title).toBe("团市委召开全会");
    expect(feed.items[0]?.link).toBe(`${base}${articlePath("tw", "gzdt", headline)}`);
    expect(feed.items.map((item) => item.title)).not.toContain("尚未发布的草稿");
    // Newest first: the old pinned notice is not in the latest 20.
    expect(feed.items.map((item) => item.title)).not.toContain("置顶的重要通知");

    const atom = await get("/s/tw/atom.xml", { host: "www.tw.example" });
    expect(atom.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const atomFeed = await parser.parseString(atom.body);
    expect(atomFeed.items).toHaveLength(20);
    expect(atomFeed.items[0]?.link).toBe(`${base}${articlePath("tw", "gzdt", headline)}`);

    // URLs are the site's canonical ones, as in its pages: never built from the Host header.
    const other = await get("/s/tw/rss.xml", { host: "evil.example" });
    expect(other.body).not.toContain("evil.example");
    expect((await parser.parseString(other.body)).items[0]?.link).toBe(
      `${base}${articlePath("tw", "gzdt", headline)}`,
    );
  });

  it("serves a channel's feeds and a JSON Feed with version, items, ids, urls and titles", async () => {
    const { get } = await portal();
    const channelFeed = await parser.parseString((await get("/s/tw/gzdt/rss.xml")).body);
    expect(channelFeed.title).toBe("工作动态 - 共青团重庆市委员会");
    // An RSS title is plain text in CDATA: escaped once by the XML, never shown as entities.
    expect(channelFeed.items.map((item) => item.title)).toEqual([
      "团市委召开全会",
      "青年志愿者走进社区",
      '<script>alert(1)</script>标题 & "引号"',
    ]);
    const channelAtom = await parser.parseString((await get("/s/tw/gzdt/atom.xml")).body);
    expect(channelAtom.items).toHaveLength(3);

    const json = await get("/s/tw/feed.json", { host: "www.tw.example" });
    expect(json.headers["content-type"]).toBe("application/feed+json; charset=utf-8");
    const parsed = JSON.parse(json.body) as {
      version: string;
      title: string;
      home_page_url: string;
      items: { id: string; url: string; title: string; content_html: string }[];
    };
    expect(parsed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(parsed.title).toBe("共青团重庆市委员会");
    expect(parsed.items).toHaveLength(20);
    for (const item of parsed.items) {
      expect(typeof item.id).toBe("string");
      expect(item.url.startsWith(`${platformPublicUrl()}/s/tw/`)).toBe(true);
      expect(item.url).toMatch(/\/s\/tw\/[a-z/]+\/[0-9a-f-]{36}\.html$/);
      expect(item.title.length).toBeGreaterThan(0);
    }
    expect((await get("/s/tw/nosuch/rss.xml")).status).toBe(404);
    expect((await get("/s/tw/hdjl/rss.xml")).status).toBe(404);
  });

  it("lists the home, channels and published articles in sitemap.xml", async () => {
    const { get } = await portal();
    const response = await get("/s/tw/sitemap.xml", { host: "www.tw.example" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/xml; charset=utf-8");
    const locs = [...response.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    // The canonical URLs (as in the pages' <link rel="canonical">), whatever the Host header said.
    const base = platformPublicUrl();
    expect(response.body).not.toContain("www.tw.example");
    expect(locs).toContain(`${base}/s/tw/`);
    expect(locs).toContain(`${base}/s/tw/gzdt/jcdt/`);
    expect(locs).toContain(`${base}${articlePath("tw", "gzdt", risky)}`);
    expect(locs).toContain(`${base}${articlePath("tw", "tzgg", pinnedNotice)}`);
    expect(locs).not.toContain(`${base}${articlePath("tw", "gzdt", draft)}`);
    expect(locs.some((loc) => loc?.includes("hdjl"))).toBe(false);
    // 1 home + 4 non-link channels + 51 published articles.
    expect(locs).toHaveLength(1 + 4 + 51);
  });
});

describe("invalidation by article events", () => {
  it("article.withdrawn removes the article from its page, lists, home, feeds and sitemap; other sites stay cached", async () => {
    const { get, portal: app } = await portal();
    const page = articlePath("tw", "gzdt", pictured);
    const watched = [
      "/s/tw/",
      "/s/tw/gzdt/",
      "/s/tw/rss.xml",
      "/s/tw/atom.xml",
      "/s/tw/feed.json",
      "/s/tw/sitemap.xml",
    ];
    expect((await get(page)).status).toBe(200);
    for (const path of watched) expect((await get(path)).body, path).toContain(pictured.id);
    const unrelated = articlePath("tw", "tzgg", notices[3] as FixtureArticle);
    await get(unrelated);
    await get("/s/kx/");
    await get(articlePath("kx", "kxdt", kxNews));

    pictured.status = "WITHDRAWN";
    content.push("article.withdrawn", {
      aggregateId: pictured.id,
      siteId: tw.id,
      payload: { articleId: pictured.id, siteId: tw.id, channelId: gzdt.id, reason: "信息有误" },
    });
    await app.consumer?.catchUp();

    // Other sites, and other articles' pages, were not touched.
    const untouched = await gatewayCalls(async () => {
      expect((await get("/s/kx/")).headers["x-jiyue-cache"]).toBe("hit");
      expect((await get(articlePath("kx", "kxdt", kxNews))).headers["x-jiyue-cache"]).toBe("hit");
      expect((await get(unrelated)).headers["x-jiyue-cache"]).toBe("hit");
    });
    expect(untouched).toBe(0);

    // It was published here: 410 Gone, saying only that it was taken down.
    const gone = await get(page);
    expect(gone.status).toBe(410);
    expect(gone.body).toContain("该信息已撤下");
    expect(gone.body).not.toContain(pictured.title);
    for (const path of watched) {
      const response = await get(path);
      expect(response.headers["x-jiyue-cache"], path).toBe("miss");
      expect(response.body, path).not.toContain(pictured.id);
    }
    pictured.status = "PUBLISHED";
  });

  it("never serves a withdrawn article's page as a last good copy, even with the gateway down", async () => {
    const { get, portal: app } = await portal();
    const page = articlePath("tw", "gzdt", headline);
    expect((await get(page)).body).toContain("团市委召开全会");
    await get("/s/tw/tzgg/");

    headline.status = "WITHDRAWN";
    content.push("article.withdrawn", {
      aggregateId: headline.id,
      siteId: tw.id,
      payload: { articleId: headline.id, siteId: tw.id, channelId: gzdt.id },
    });
    await app.consumer?.catchUp();
    gateway.mode = "down";
    try {
      const response = await get(page);
      expect(response.status).toBe(503);
      expect(response.body).not.toContain("团市委召开全会");
      // Other pages of the site still come from their last good copies.
      const list = await get("/s/tw/tzgg/");
      expect(list.status).toBe(200);
      expect(list.headers["x-jiyue-stale"]).toBe("1");
    } finally {
      gateway.mode = "up";
      headline.status = "PUBLISHED";
    }
  });

  it("article.published replaces an earlier 404 and shows the article in its channel list", async () => {
    const { get, portal: app } = await portal();
    const page = articlePath("tw", "gzdt", draft);
    expect((await get(page)).status).toBe(404);
    expect((await get("/s/tw/gzdt/")).body).not.toContain("尚未发布的草稿");

    draft.status = "PUBLISHED";
    content.push("article.published", {
      aggregateId: draft.id,
      siteId: tw.id,
      payload: { articleId: draft.id, siteId: tw.id, channelId: gzdt.id },
    });
    await app.consumer?.catchUp();
    expect((await get(page)).status).toBe(200);
    expect((await get("/s/tw/gzdt/")).body).toContain("尚未发布的草稿");
    draft.status = "DRAFT";
  });
});
