// The search pages: a GET form in every site header, results with <mark>ed hits, escaping, pagination, and
// the platform-wide search across sites.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const gzdt = channel("工作动态", "gzdt");
const tw = site({ code: "tw", name: "共青团重庆市委员会", channels: [gzdt] });
const kxdt = channel("科协动态", "kxdt");
const kx = site({ code: "kx", name: "重庆市科学技术协会", channels: [kxdt] });

const articles = [
  article(tw, gzdt, { title: "5G 基站建设提速", body: "<p>今年新建 5G 基站 1200 个。</p>" }),
  article(tw, gzdt, { title: "<script>alert(1)</script>基站巡检", body: "<p>巡检<b>完成</b></p>" }),
  article(kx, kxdt, { title: "科协调研基站科普", body: "<p>科普进社区</p>" }),
  article(tw, gzdt, { title: "基站草稿", status: "DRAFT" }),
  ...Array.from({ length: 12 }, (_, i) => article(tw, gzdt, { title: `防汛演练第${i}场` })),
];

let gateway: FakeGateway;
let portal: RunningPortal;

beforeAll(async () => {
  gateway = await startFakeGateway([tw, kx], articles);
  portal = await startPortal({ gatewayUrl: gateway.url });
});
afterAll(async () => {
  await portal?.close();
  await gateway?.stop();
});

const q = (text: string) => encodeURIComponent(text);

describe("search page", () => {
  it("has a GET search form in the site header that works without JavaScript", async () => {
    const home = await portal.get("/s/tw/");
    const form = /<form[^>]*class="search-form"[^>]*>/.exec(home.body)?.[0] ?? "";
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/s/tw/search/"');
    expect(home.body).toContain('name="q"');
  });

  it("lists the site's hits with the term in <mark>, escaping markup in titles", async () => {
    const page = await portal.get(`/s/tw/search/?q=${q("基站")}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("5G <mark>基站</mark>建设提速");
    expect(page.body).toContain("今年新建 5G <mark>基站</mark> 1200 个。");
    expect(page.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;<mark>基站</mark>巡检");
    expect(page.body).not.toContain("<script>alert(1)");
    // Only this site's published articles.
    expect(page.body).not.toContain("科协调研");
    expect(page.body).not.toContain("草稿");
    expect(page.body).toContain(`href="/s/tw/gzdt/${articles[0]?.id}.html"`);
    // The form keeps the query.
    expect(page.body).toMatch(/name="q"[^>]*value="基站"|value="基站"[^>]*name="q"/);
  });

  it("paginates with the query kept in the page links", async () => {
    const first = await portal.get(`/s/tw/search/?q=${q("防汛演练")}`);
    expect(first.body).toContain("共 12 条，第 1/2 页");
    expect(first.body).toContain(`href="/s/tw/search/?q=${q("防汛演练")}&amp;page=2"`);
    const second = await portal.get(`/s/tw/search/?q=${q("防汛演练")}&page=2`);
    expect(second.status).toBe(200);
    expect(second.body).toContain("共 12 条，第 2/2 页");
    expect((await portal.get(`/s/tw/search/?q=${q("防汛演练")}&page=9`)).status).toBe(404);
  });

  it("is never stored in the page cache and says when nothing matched or the query is too long", async () => {
    const none = await portal.get(`/s/tw/search/?q=${q("不存在的词")}`);
    expect(none.body).toContain("没有找到与“不存在的词”相关的文章。");
    expect(none.headers["cache-control"]).toContain("private");
    const long = await portal.get(`/s/tw/search/?q=${q("长".repeat(101))}`);
    expect(long.status).toBe(200);
    expect(long.body).toContain("搜索词不能超过 100 个字");
    const empty = await portal.get("/s/tw/search/");
    expect(empty.status).toBe(200);
    expect(empty.body).not.toContain("search-hits");
  });

  it("searches every online site on the platform host, linking each hit to its own site", async () => {
    const page = await portal.get(`/search/?q=${q("基站")}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("科协调研<mark>基站</mark>科普");
    expect(page.body).toContain(`href="/s/kx/kxdt/${articles[2]?.id}.html"`);
    expect(page.body).toContain("5G <mark>基站</mark>建设提速");
    expect(page.body).toContain("重庆市科学技术协会");
    // Without the trailing slash: redirected, the query kept.
    const bare = await portal.get(`/search?q=${q("基站")}`);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe(`/search/?q=${q("基站")}`);
  });
});
