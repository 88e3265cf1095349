// The portal against a fake gateway: site resolution, templates, the render cache, invalidation by events,
// and the last good copy when the gateway is slow or down.
import { readdirSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { channel, type FakeGateway, type FixtureSite, site, startFakeGateway } from "./fake-gateway";
import { FakeEvents, type RunningPortal, startPortal, tempCacheDir } from "./helpers";

/** The only script a page may carry: the accessibility toolbar, as an external file. */
const NO_SCRIPT_BUT_TOOLBAR = /<script(?! src="\/assets\/toolbar\.[0-9a-f]+\.js"><\/script>)/i;

const gh = site({
  code: "zgh",
  name: "重庆市总工会",
  domains: ["www.cqgh.example"],
  siteIdCode: "5000000031",
  description: "工会动态与服务",
  unit: {
    id: "7b0d2d52-0000-4000-8000-000000000001",
    name: "重庆市总工会",
    kind: "MASS_ORGANIZATION",
    sortOrder: 2,
  },
  channels: [
    channel("工作动态", "gzdt", [channel("基层动态", "gzdt/jcdt")]),
    channel("通知公告", "tzgg"),
    channel("机构概况", "jggk", [], "PAGE"),
    channel("互动交流", "hdjl", [], "LINK"),
  ],
});
const fl = site({
  code: "fl",
  name: "重庆市妇女联合会",
  unit: {
    id: "7b0d2d52-0000-4000-8000-000000000002",
    name: "重庆市妇联",
    kind: "MASS_ORGANIZATION",
    sortOrder: 3,
  },
  channels: [channel("工作动态", "gzdt")],
});
const rd = site({
  code: "rd",
  name: "重庆市人大常委会",
  unit: {
    id: "7b0d2d52-0000-4000-8000-000000000003",
    name: "重庆市人大常委会",
    kind: "PEOPLES_CONGRESS",
    sortOrder: 1,
  },
  description: '<script>alert("x")</script>人大 & 代表',
});
const yzrd = site({
  code: "yzrd",
  name: "渝中区人大常委会",
  parentId: rd.id,
  unit: {
    id: "7b0d2d52-0000-4000-8000-000000000004",
    name: "渝中区人大常委会",
    kind: "PEOPLES_CONGRESS",
    sortOrder: 9,
  },
});
const closed = site({ code: "old", name: "已下线的旧站", status: "OFFLINE", domains: ["old.example"] });

let gateway: FakeGateway;
let identity: FakeEvents;
let content: FakeEvents;
const running: RunningPortal[] = [];

async function portal(options: { cacheDir?: string; gatewayTimeoutMs?: number } = {}) {
  const started = await startPortal({
    gatewayUrl: gateway.url,
    sources: { identity: identity.source, content: content.source },
    ...options,
  });
  running.push(started);
  return started;
}

/** Gateway requests made while `work` runs. */
async function gatewayCalls(work: () => Promise<unknown>): Promise<number> {
  const before = gateway.operations.length;
  await work();
  return gateway.operations.length - before;
}

function siteUpdated(fixture: FixtureSite) {
  identity.push("site.updated", {
    aggregateId: fixture.id,
    siteId: fixture.id,
    payload: {
      site: {
        id: fixture.id,
        unitId: fixture.unit.id,
        parentSiteId: fixture.parentId,
        code: fixture.code,
        name: fixture.name,
        domains: fixture.domains,
        status: fixture.status.toLowerCase(),
      },
    },
  });
}

beforeAll(async () => {
  gateway = await startFakeGateway([gh, fl, rd, yzrd, closed]);
});
afterAll(async () => {
  await gateway.stop();
});
beforeEach(() => {
  gateway.mode = "up";
  identity = new FakeEvents("identity");
  content = new FakeEvents("content");
});
afterEach(async () => {
  gateway.mode = "up";
  await Promise.all(running.splice(0).map((started) => started.close()));
});

describe("site pages", () => {
  it("serves a site's home by /s/<code>/ with its channels, unit and 网站标识码, readable without scripts", async () => {
    const { get } = await portal();
    const response = await get("/s/zgh/");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    const html = response.body;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<title>重庆市总工会</title>");
    expect(html).toMatch(/<a class="skip-link" href="#main">跳到主要内容<\/a>/);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<nav class="site-nav" aria-label="栏目导航">/);
    for (const name of ["工作动态", "基层动态", "通知公告", "机构概况", "互动交流"])
      expect(html).toContain(name);
    expect(html).toContain('href="/s/zgh/gzdt/"');
    expect(html).toContain('href="/s/zgh/gzdt/jcdt/"');
    expect(html).toContain('href="/s/zgh/leave/?to=https%3A%2F%2Fexample.org%2F"');
    expect(html).toContain("主办单位：重庆市总工会");
    expect(html).toContain("网站标识码：5000000031");
    expect(html).toContain("ICP备案号");
    expect(html).toContain("示例数据");
    // Scripts only as external files of our own (the accessibility toolbar), never inline.
    const scripts = html.match(/<script[^>]*>/gi) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/^<script src="\/assets\/[\w.-]+\.js">$/);
    expect(html).not.toMatch(/<script[^>]*>[^<]/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
  });

  it("serves the same site by its domain in the Host header, with links relative to the domain", async () => {
    const { get } = await portal();
    const response = await get("/", { host: "www.cqgh.example" });
    expect(response.status).toBe(200);
    expect(response.body).toContain("<title>重庆市总工会</title>");
    expect(response.body).toContain('href="/gzdt/"');
    const channelPage = await get("/gzdt/jcdt/", { host: "WWW.CQGH.EXAMPLE:3000" });
    expect(channelPage.status).toBe(200);
    expect(channelPage.body).toContain("<title>基层动态 - 重庆市总工会</title>");
  });

  it("shows a channel page with its name and 暂无信息, with breadcrumb and the top channel marked current", async () => {
    const { get } = await portal();
    const response = await get("/s/zgh/gzdt/jcdt/");
    expect(response.status).toBe(200);
    expect(response.body).toContain('<h1 class="page-title">基层动态</h1>');
    expect(response.body).toContain("暂无信息");
    expect(response.body).toMatch(/<a href="\/s\/zgh\/gzdt\/" aria-current="page">工作动态<\/a>/);
    expect(response.body).toContain('aria-label="当前位置"');
  });

  it("answers unknown sites, offline sites and unknown channels with a friendly 404", async () => {
    const { get } = await portal();
    for (const path of ["/s/nosuch/", "/s/old/", "/s/zgh/nosuch/"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toContain("您访问的页面不存在");
      expect(response.body, path).toContain('lang="zh-CN"');
    }
    expect((await get("/", { host: "old.example" })).body).not.toContain("已下线的旧站");
    // Inside a known site the 404 keeps the site's navigation.
    expect((await get("/s/zgh/nosuch/")).body).toContain("重庆市总工会");
  });

  it("redirects to the canonical address with a trailing slash and answers file names without the gateway", async () => {
    const { get } = await portal();
    const redirect = await get("/s/zgh/gzdt?x=1");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe("/s/zgh/gzdt/?x=1");
    // robots.txt on a host that is no site: the platform's own, without asking the gateway.
    expect(await gatewayCalls(() => get("/robots.txt"))).toBe(0);
    expect((await get("/robots.txt")).status).toBe(200);
    expect(await gatewayCalls(() => get("/favicon.ico"))).toBe(0);
  });

  it("shows the platform index on a host that is no site: online sites grouped by unit kind and unit", async () => {
    const { get } = await portal();
    const response = await get("/", { host: "portal.example" });
    expect(response.status).toBe(200);
    const html = response.body;
    expect(html).toContain("党群单位网站导航");
    expect(html).toContain("共 4 个单位、4 个网站");
    expect(html.indexOf("群团组织")).toBeGreaterThan(0);
    expect(html).toContain('<a href="/s/zgh/">重庆市总工会</a>');
    expect(html).toContain('<a href="/s/yzrd/">渝中区人大常委会</a><span class="tag">子站</span>');
    expect(html).not.toContain("已下线的旧站");
    // Sections follow the fixed kind order (群团组织 before 人大), units their sort order.
    expect(html.indexOf(">群团组织<")).toBeLessThan(html.indexOf(">人大<"));
    expect(html.indexOf("重庆市总工会")).toBeLessThan(html.indexOf("重庆市妇联"));
  });

  it("shows the platform index on an IP address or localhost without looking the host up as a domain", async () => {
    const { get } = await portal();
    const calls = await gatewayCalls(async () => {
      expect((await get("/", { host: "127.0.0.1:3000" })).body).toContain("党群单位网站导航");
      expect((await get("/", { host: "localhost:3000" })).body).toContain("党群单位网站导航");
    });
    expect(gateway.operations.slice(-calls)).not.toContain("PortalSiteByDomain");
  });

  it("escapes what the data says (no markup from a description reaches the page)", async () => {
    const { get } = await portal();
    const html = (await get("/s/rd/")).body;
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;人大 &amp; 代表");
    expect(html).not.toMatch(NO_SCRIPT_BUT_TOOLBAR);
    expect(html).toContain("下级站点");
    expect(html).toContain('href="/s/yzrd/"');
  });

  it("serves the theme stylesheet as a hashed static file cached for a year, with the theme's primary colour", async () => {
    const { get } = await portal();
    const html = (await get("/s/zgh/")).body;
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toMatch(/^\/assets\/theme-default\.[0-9a-f]{12}\.css$/);
    const css = await get(href ?? "");
    expect(css.status).toBe(200);
    expect(css.headers["content-type"]).toContain("text/css");
    expect(css.headers["cache-control"]).toContain("immutable");
    expect(css.body).toContain("--primary:#b3191f");
    expect(css.body).toContain("@media (min-width: 640px)");
    expect((await get("/assets/theme-default.000000000000.css")).status).toBe(404);
  });
});

describe("render cache", () => {
  it("serves a cached page without asking the gateway, with ETag, Last-Modified and CDN cache headers", async () => {
    const { get } = await portal();
    const first = await get("/s/zgh/");
    expect(first.headers["x-jiyue-cache"]).toBe("miss");
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers["last-modified"]).toMatch(/GMT$/);
    // Browsers revalidate (max-age=0) so a publish shows at once; a CDN may keep the page briefly.
    expect(first.headers["cache-control"]).toMatch(
      /public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+/,
    );
    const calls = await gatewayCalls(async () => {
      const second = await get("/s/zgh/?utm_source=wechat&from=timeline");
      expect(second.headers["x-jiyue-cache"]).toBe("hit");
      expect(second.body).toBe(first.body);
    });
    expect(calls).toBe(0);
  });

  it("answers a conditional GET with 304", async () => {
    const { get } = await portal();
    const first = await get("/s/fl/");
    const etag = String(first.headers.etag);
    const revalidated = await get("/s/fl/", { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe("");
    const byDate = await get("/s/fl/", {
      headers: { "if-modified-since": String(first.headers["last-modified"]) },
    });
    expect(byDate.status).toBe(304);
    const changed = await get("/s/fl/", { headers: { "if-none-match": '"something-else"' } });
    expect(changed.status).toBe(200);
  });

  it("renders once for 50 concurrent requests of an uncached page", async () => {
    const { get } = await portal();
    const calls = await gatewayCalls(async () => {
      const responses = await Promise.all(Array.from({ length: 50 }, () => get("/s/zgh/tzgg/")));
      expect(responses.every((response) => response.status === 200)).toBe(true);
      expect(new Set(responses.map((response) => response.body)).size).toBe(1);
    });
    // One render: the site (with its channel tree), then the channel's articles.
    expect(calls).toBe(2);
  });
});

describe("invalidation by events", () => {
  it("site.updated re-renders exactly that site's pages and leaves other sites cached", async () => {
    const { get, portal: app } = await portal();
    await get("/s/zgh/");
    await get("/s/zgh/gzdt/");
    await get("/s/fl/");
    await get("/", { host: "portal.example" });

    gh.name = "重庆市总工会（新）";
    siteUpdated(gh);
    await app.consumer?.catchUp();

    expect(await gatewayCalls(() => get("/s/fl/"))).toBe(0);
    const home = await get("/s/zgh/");
    expect(home.headers["x-jiyue-cache"]).toBe("miss");
    expect(home.body).toContain("重庆市总工会（新）");
    expect((await get("/s/zgh/gzdt/")).headers["x-jiyue-cache"]).toBe("miss");
    // The platform index lists site names: it is invalidated too.
    expect((await get("/", { host: "portal.example" })).body).toContain("重庆市总工会（新）");
    gh.name = "重庆市总工会";
  });

  it("channel.created re-renders that site's pages only", async () => {
    const { get, portal: app } = await portal();
    await get("/s/zgh/");
    await get("/s/fl/");
    await get("/s/fl/gzdt/");
    await get("/", { host: "portal.example" });

    const added = channel("专题专栏", "ztzl");
    fl.channels.push(added);
    content.push("channel.created", {
      aggregateId: added.id,
      siteId: fl.id,
      payload: { channel: { id: added.id, siteId: fl.id, name: added.name, path: added.path, kind: "list" } },
    });
    await app.consumer?.catchUp();

    const untouched = await gatewayCalls(async () => {
      await get("/s/zgh/");
      await get("/", { host: "portal.example" });
    });
    expect(untouched).toBe(0);
    const home = await get("/s/fl/");
    expect(home.headers["x-jiyue-cache"]).toBe("miss");
    expect(home.body).toContain("专题专栏");
    expect((await get("/s/fl/gzdt/")).body).toContain("专题专栏");
    expect((await get("/s/fl/ztzl/")).status).toBe(200);
    fl.channels.pop();
  });

  it("invalidates in every portal process (each has its own consumer)", async () => {
    const first = await portal();
    const second = await portal();
    await first.get("/s/fl/");
    await second.get("/s/fl/");
    siteUpdated(fl);
    await first.portal.consumer?.catchUp();
    await second.portal.consumer?.catchUp();
    expect((await first.get("/s/fl/")).headers["x-jiyue-cache"]).toBe("miss");
    expect((await second.get("/s/fl/")).headers["x-jiyue-cache"]).toBe("miss");
  });

  it("keeps its event position in the cache directory across restarts", async () => {
    const cacheDir = tempCacheDir();
    const first = await portal({ cacheDir });
    siteUpdated(fl);
    await first.portal.consumer?.catchUp();
    await first.close();
    running.splice(running.indexOf(first), 1);
    expect(readdirSync(cacheDir)).toContain("event-cursor.json");

    const second = await portal({ cacheDir });
    await second.get("/s/fl/");
    // Nothing new happened: the old event is not applied again, the page stays cached.
    await second.portal.consumer?.catchUp();
    expect((await second.get("/s/fl/")).headers["x-jiyue-cache"]).toBe("hit");
  });
});

describe("when the gateway is slow or down", () => {
  it("serves the last good copy of an invalidated page, marked stale, with a short Cache-Control", async () => {
    const { get, portal: app } = await portal();
    const good = await get("/s/zgh/");
    siteUpdated(gh);
    await app.consumer?.catchUp();
    gateway.mode = "down";
    const stale = await get("/s/zgh/");
    expect(stale.status).toBe(200);
    expect(stale.headers["x-jiyue-stale"]).toBe("1");
    expect(stale.headers["cache-control"]).toBe("public, max-age=10");
    expect(stale.body).toBe(good.body);
    // Back up: re-rendered, no longer stale.
    gateway.mode = "up";
    const fresh = await get("/s/zgh/");
    expect(fresh.headers["x-jiyue-stale"]).toBeUndefined();
    expect(fresh.headers["x-jiyue-cache"]).toBe("miss");
  });

  it("serves the last good copy from disk after the portal restarts", async () => {
    const cacheDir = tempCacheDir();
    const first = await portal({ cacheDir });
    const good = await first.get("/s/zgh/gzdt/");
    const other = await first.get("/s/fl/");
    await first.close();
    running.splice(running.indexOf(first), 1);

    siteUpdated(gh);
    gateway.mode = "down";
    const second = await portal({ cacheDir });
    // The restarted portal caught up with the event: its disk copy is stale, and still served.
    const copy = await second.get("/s/zgh/gzdt/");
    expect(copy.status).toBe(200);
    expect(copy.headers["x-jiyue-stale"]).toBe("1");
    expect(copy.body).toBe(good.body);
    // A page no event touched comes straight from disk, even with the gateway down.
    const untouched = await second.get("/s/fl/");
    expect(untouched.status).toBe(200);
    expect(untouched.headers["x-jiyue-stale"]).toBeUndefined();
    expect(untouched.headers["x-jiyue-cache"]).toBe("hit");
    expect(untouched.body).toBe(other.body);
  });

  it("answers a page it never had with a friendly 503", async () => {
    const { get } = await portal();
    gateway.mode = "down";
    const response = await get("/s/fl/gzdt/");
    expect(response.status).toBe(503);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.body).toContain("网站暂时无法访问");
    expect(response.body).toContain('lang="zh-CN"');
    expect(response.body).not.toMatch(NO_SCRIPT_BUT_TOOLBAR);
  });

  it("gives up on a slow gateway after the timeout and serves the last good copy", async () => {
    const { get, portal: app } = await portal({ gatewayTimeoutMs: 300 });
    const good = await get("/s/fl/");
    siteUpdated(fl);
    await app.consumer?.catchUp();
    gateway.mode = "slow";
    gateway.slowMs = 3_000;
    const started = Date.now();
    const stale = await get("/s/fl/");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(stale.headers["x-jiyue-stale"]).toBe("1");
    expect(stale.body).toBe(good.body);
  });
});
