// Ordinary bad input in an address is the visitor's fault, not an outage: a page number beyond reach, a NUL in a
// query, or anything else the gateway refuses as bad input answers 400 or 404, never the maintenance page (503)
// nor the last good copy. Only an unreachable gateway makes a page unavailable.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const gzdt = channel("工作动态", "gzdt");
const xcb = site({ code: "xcb", name: "中共重庆市委宣传部", channels: [gzdt] });
const articles = Array.from({ length: 45 }, (_, i) => article(xcb, gzdt, { title: `理论学习第${i}期` }));

let gateway: FakeGateway;
let portal: RunningPortal;

beforeAll(async () => {
  gateway = await startFakeGateway([xcb], articles);
  gateway.handlers.PortalKnowledgeList = () => ({
    data: { knowledgeEntries: { totalCount: 0, nodes: [] }, knowledgeCategories: [] },
  });
  portal = await startPortal({ gatewayUrl: gateway.url });
});
afterAll(async () => {
  await portal?.close();
  await gateway?.stop();
});
afterEach(() => {
  gateway.mode = "up";
  delete gateway.handlers.PortalChannelArticles;
  delete gateway.handlers.PortalSearch;
});

const refuse = (code: string, message: string) => () => ({
  data: null,
  errors: [{ message, extensions: { code } }],
});

describe("bad input", () => {
  it("answers a page number beyond what the gateway can list with the site's 404, without asking for it", async () => {
    const before = gateway.operations.length;
    const page = await portal.get("/s/xcb/gzdt/?page=10001");
    expect(page.status).toBe(404);
    expect(page.body).toContain("您访问的页面不存在");
    expect(page.body).toContain("中共重庆市委宣传部");
    expect(gateway.operations.slice(before)).not.toContain("PortalChannelArticles");
    for (const path of ["/s/xcb/search/?q=a&page=9999", "/s/xcb/zhiku/?page=9999"]) {
      expect((await portal.get(path)).status, path).toBe(404);
    }
  });

  it("answers a NUL in the site search or 智库 query with 400 and the form, not 503", async () => {
    const before = gateway.operations.length;
    const search = await portal.get("/s/xcb/search/?q=%00");
    expect(search.status).toBe(400);
    expect(search.body).toContain("搜索词含有无法识别的字符");
    expect(search.body).toContain('action="/s/xcb/search/"');
    expect(gateway.operations.slice(before)).not.toContain("PortalSearch");
    const zhiku = await portal.get("/s/xcb/zhiku/?q=%00");
    expect(zhiku.status).toBe(400);
    expect(zhiku.body).toContain("搜索词含有无法识别的字符");
    const platform = await portal.get("/search/?q=a%00b");
    expect(platform.status).toBe(400);
    expect(platform.body).not.toContain("网站暂时无法访问");
  });

  it("turns the gateway's BAD_USER_INPUT into the site's 400 and NOT_FOUND into its 404", async () => {
    gateway.handlers.PortalChannelArticles = refuse("BAD_USER_INPUT", "不能大于 10000");
    const bad = await portal.get("/s/xcb/gzdt/?page=2");
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("无法处理该请求");
    expect(bad.body).toContain("中共重庆市委宣传部");
    expect(bad.body).not.toContain("网站暂时无法访问");
    gateway.handlers.PortalChannelArticles = refuse("NOT_FOUND", "栏目不存在");
    const missing = await portal.get("/s/xcb/gzdt/?page=3");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("您访问的页面不存在");
    gateway.handlers.PortalSearch = refuse("BAD_USER_INPUT", "输入包含非法字符");
    expect((await portal.get("/s/xcb/search/?q=x")).status).toBe(400);
  });

  it("never serves the last good copy for a refused request, but does when the gateway is down", async () => {
    const good = await portal.get("/s/xcb/gzdt/");
    expect(good.status).toBe(200);
    // Invalidate the memory copy: the next request renders again, with the disk copy as the fallback.
    await portal.portal.cache.invalidate([`site:${xcb.id}`]);
    gateway.handlers.PortalChannelArticles = refuse("BAD_USER_INPUT", "不能大于 10000");
    const refused = await portal.get("/s/xcb/gzdt/");
    expect(refused.status).toBe(400);
    expect(refused.headers["x-jiyue-stale"]).toBeUndefined();
    delete gateway.handlers.PortalChannelArticles;
    // The 400 is kept like a 404 (the same address is refused the same way) until the site changes.
    await portal.portal.cache.invalidate([`site:${xcb.id}`]);
    expect((await portal.get("/s/xcb/gzdt/")).status).toBe(200);
    await portal.portal.cache.invalidate([`site:${xcb.id}`]);
    gateway.mode = "down";
    const down = await portal.get("/s/xcb/gzdt/");
    expect(down.status).toBe(200);
    expect(down.headers["x-jiyue-stale"]).toBe("1");
  });
});
