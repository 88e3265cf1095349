// Topic pages (专题) on the portal: rendering, paging, cross-site articles, the home block, and invalidation by
// content's article events in any source channel and by topic events.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  article,
  channel,
  type FakeGateway,
  type FixtureArticle,
  site,
  startFakeGateway,
  topic,
} from "./fake-gateway";
import { FakeEvents, type RunningPortal, startPortal } from "./helpers";

const gzdt = channel("工作动态", "gzdt");
const tzgg = channel("通知公告", "tzgg");
const other = channel("其他栏目", "qt");
const kxdt = channel("区县动态", "qxdt");
const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n, 2, 0)).toISOString();

const special = topic({
  name: "学习贯彻二十大精神",
  slug: "xxgc",
  description: "专题<b>简介</b>",
  bannerImageUrl: "/media/banner-1",
  sourceChannelIds: [gzdt.id, kxdt.id],
});
const hidden = topic({ name: "停用专题", slug: "off", sourceChannelIds: [tzgg.id], enabled: false });
const tw = site({
  code: "tw",
  name: "共青团重庆市委员会",
  channels: [gzdt, tzgg, other],
  topics: [special, hidden],
});
const sub = site({ code: "twq", name: "团区委", channels: [kxdt] });
const untouchedSite = site({ code: "kx", name: "科协", channels: [channel("科协动态", "kxxw")] });

const news = Array.from({ length: 24 }, (_, i) =>
  article(tw, gzdt, { title: `专题新闻${i}号`, publishedAt: day(i) }),
);
const fromSub = article(sub, kxdt, { title: "区县团委的专题报道", publishedAt: day(100) });
const notice = article(tw, tzgg, { title: "置顶到专题的通知", publishedAt: day(-10) });
const draft = article(tw, gzdt, { title: "专题里的草稿", status: "DRAFT", publishedAt: day(200) });
const elsewhere = article(tw, other, { title: "不属于专题的稿件", publishedAt: day(150) });
special.pinnedArticleIds = [notice.id];

let gateway: FakeGateway;
let content: FakeEvents;
const running: RunningPortal[] = [];

async function portal() {
  const started = await startPortal({ gatewayUrl: gateway.url, sources: { content: content.source } });
  running.push(started);
  return started;
}

function listedTitles(html: string): string[] {
  return [...html.matchAll(/<ul class="article-list">([\s\S]*?)<\/ul>/g)].flatMap((list) =>
    [...(list[1] ?? "").matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((link) => link[1] ?? ""),
  );
}

beforeAll(async () => {
  gateway = await startFakeGateway([tw, sub, untouchedSite], [...news, fromSub, notice, draft, elsewhere]);
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

describe("topic page", () => {
  it("lists the published articles of its source channels, pinned first, linking other sites' articles to their site", async () => {
    const { get } = await portal();
    const response = await get("/s/tw/zt/xxgc/");
    expect(response.status).toBe(200);
    const html = response.body;
    expect(html).toContain('<h1 class="page-title">学习贯彻二十大精神</h1>');
    expect(html).toContain("专题&lt;b&gt;简介&lt;/b&gt;");
    expect(html).toContain('src="/media/banner-1"');
    const titles = listedTitles(html);
    expect(titles.slice(0, 3)).toEqual(["置顶到专题的通知", "区县团委的专题报道", "专题新闻23号"]);
    expect(titles).toHaveLength(20);
    expect(html).toContain(`href="/s/twq/qxdt/${fromSub.id}.html"`);
    expect(html).toContain(`href="/s/tw/tzgg/${notice.id}.html"`);
    expect(html).not.toContain("专题里的草稿");
    expect(html).not.toContain("不属于专题的稿件");
    expect(html).toContain("共 26 条，第 1/2 页");

    const second = await get("/s/tw/zt/xxgc/?page=2");
    expect(second.status).toBe(200);
    expect(listedTitles(second.body)).toEqual([
      "专题新闻5号",
      "专题新闻4号",
      "专题新闻3号",
      "专题新闻2号",
      "专题新闻1号",
      "专题新闻0号",
    ]);
    expect((await get("/s/tw/zt/xxgc/?page=1")).status).toBe(301);
    expect((await get("/s/tw/zt/xxgc/?page=3")).status).toBe(404);
    expect((await get("/s/tw/zt/xxgc/?page=abc")).status).toBe(404);
  });

  it("answers 404 for an unknown or disabled topic, and the home page links the enabled topics", async () => {
    const { get } = await portal();
    expect((await get("/s/tw/zt/nothing/")).status).toBe(404);
    expect((await get("/s/tw/zt/off/")).status).toBe(404);
    const home = await get("/s/tw/");
    expect(home.body).toContain('id="topics-title"');
    expect(home.body).toContain('<a href="/s/tw/zt/xxgc/">学习贯彻二十大精神</a>');
    expect(home.body).not.toContain("停用专题");
    expect((await get("/s/kx/")).body).not.toContain('id="topics-title"');
  });
});

describe("topic page invalidation", () => {
  it("a publish in a source channel of another site refreshes the topic page; unrelated events keep it cached", async () => {
    const { get, portal: app } = await portal();
    await get("/s/tw/zt/xxgc/");
    expect((await get("/s/tw/zt/xxgc/")).headers["x-jiyue-cache"]).toBe("hit");

    const unrelated = article(
      untouchedSite,
      untouchedSite.channels[0] as (typeof untouchedSite.channels)[0],
      {
        title: "无关稿件",
        publishedAt: day(300),
      },
    );
    gateway.articles.push(unrelated);
    content.push("article.published", {
      aggregateId: unrelated.id,
      siteId: untouchedSite.id,
      payload: {
        articleId: unrelated.id,
        siteId: untouchedSite.id,
        channelId: untouchedSite.channels[0]?.id,
      },
    });
    await app.consumer?.catchUp();
    expect((await get("/s/tw/zt/xxgc/")).headers["x-jiyue-cache"]).toBe("hit");

    const fresh: FixtureArticle = article(sub, kxdt, { title: "新发布的区县报道", publishedAt: day(400) });
    gateway.articles.push(fresh);
    content.push("article.published", {
      aggregateId: fresh.id,
      siteId: sub.id,
      payload: { articleId: fresh.id, siteId: sub.id, channelId: kxdt.id },
    });
    await app.consumer?.catchUp();
    const after = await get("/s/tw/zt/xxgc/");
    expect(after.headers["x-jiyue-cache"]).toBe("miss");
    expect(listedTitles(after.body)[1]).toBe("新发布的区县报道");

    // Takedown of the pinned notice (its own channel is not a source channel).
    notice.status = "WITHDRAWN";
    content.push("article.withdrawn", {
      aggregateId: notice.id,
      siteId: tw.id,
      payload: { articleId: notice.id, siteId: tw.id, channelId: tzgg.id },
    });
    await app.consumer?.catchUp();
    const withdrawn = await get("/s/tw/zt/xxgc/");
    expect(withdrawn.headers["x-jiyue-cache"]).toBe("miss");
    expect(withdrawn.body).not.toContain("置顶到专题的通知");
    notice.status = "PUBLISHED";
  });

  it("topic events refresh the topic page and the home block", async () => {
    const { get, portal: app } = await portal();
    await get("/s/tw/zt/xxgc/");
    await get("/s/tw/");
    await get("/s/tw/zt/off/");
    await get("/s/kx/");
    special.name = "学习贯彻专题（更名）";
    hidden.enabled = true;
    content.push("topic.updated", {
      aggregateId: special.id,
      siteId: tw.id,
      payload: { topic: { id: special.id } },
    });
    content.push("topic.updated", {
      aggregateId: hidden.id,
      siteId: tw.id,
      payload: { topic: { id: hidden.id } },
    });
    await app.consumer?.catchUp();
    try {
      const page = await get("/s/tw/zt/xxgc/");
      expect(page.headers["x-jiyue-cache"]).toBe("miss");
      expect(page.body).toContain("学习贯彻专题（更名）");
      const home = await get("/s/tw/");
      expect(home.headers["x-jiyue-cache"]).toBe("miss");
      expect(home.body).toContain("学习贯彻专题（更名）");
      expect(home.body).toContain("停用专题");
      expect((await get("/s/tw/zt/off/")).status).toBe(200);
      expect((await get("/s/kx/")).headers["x-jiyue-cache"]).toBe("hit");
    } finally {
      special.name = "学习贯彻二十大精神";
      hidden.enabled = false;
    }
  });
});
