// Absolute URLs and the Host header: every absolute URL a site's pages, feeds, sitemap and robots.txt name is
// the site's canonical one (its first domain, else the platform's public address), never one built from the
// request's Host; and a site's own domain serves that site only. A `.localhost` domain (the local demo's) is
// served by the portal itself: its URLs carry the portal's public port.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { canonicalUrl, platformPublicUrl } from "../src/templates/components/canonical";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const gzdt = channel("工作动态", "gzdt");
const xcb = site({ code: "xcb", name: "中共重庆市委宣传部", channels: [gzdt] });
xcb.domains = ["xcb.localhost"];
const zghNews = channel("工会动态", "ghdt");
const zgh = site({ code: "zgh", name: "重庆市总工会", channels: [zghNews] });
const news = article(xcb, gzdt, { title: "理论宣讲进基层" });

let gateway: FakeGateway;
let portal: RunningPortal;

// The portal's public address, as `pnpm start` on another port would have it.
const PUBLIC_URL = "http://127.0.0.1:3100";
const XCB = "http://xcb.localhost:3100";

beforeAll(async () => {
  vi.stubEnv("JIYUE_PORTAL_PUBLIC_URL", PUBLIC_URL);
  gateway = await startFakeGateway([xcb, zgh], [news, article(zgh, zghNews, { title: "职工运动会" })]);
  portal = await startPortal({ gatewayUrl: gateway.url });
});
afterAll(async () => {
  await portal?.close();
  await gateway?.stop();
  vi.unstubAllEnvs();
});

describe("host handling", () => {
  it("names the same canonical base in pages, sitemap, robots.txt and feeds, on every address", async () => {
    const home = await portal.get("/s/xcb/");
    expect(home.body).toContain(`<link rel="canonical" href="${XCB}/"/>`);
    for (const host of [undefined, "xcb.localhost", "evil.example"]) {
      const sitemap = await portal.get("/s/xcb/sitemap.xml", { host });
      expect(sitemap.body, host).toContain(`<loc>${XCB}/</loc>`);
      expect(sitemap.body, host).toContain(`<loc>${XCB}/gzdt/${news.id}.html</loc>`);
      const robots = await portal.get("/s/xcb/robots.txt", { host });
      expect(robots.body, host).toContain(`Sitemap: ${XCB}/sitemap.xml`);
      const rss = await portal.get("/s/xcb/rss.xml", { host });
      expect(rss.body, host).toContain(`<link>${XCB}/gzdt/${news.id}.html</link>`);
      for (const answer of [sitemap, robots, rss]) {
        expect(answer.body, host).not.toContain("evil.example");
        expect(answer.body, host).not.toContain("127.0.0.1");
        expect(answer.body, host).not.toContain("http://xcb.localhost/");
      }
    }
    // A site without a domain: the platform's public address.
    const zghRobots = await portal.get("/s/zgh/robots.txt", { host: "evil.example" });
    expect(zghRobots.body).toContain(`Sitemap: ${platformPublicUrl()}/s/zgh/sitemap.xml`);
    expect(platformPublicUrl()).toBe(PUBLIC_URL);
  });

  it("serves a sitemap index of the sites' sitemaps on the platform's address", async () => {
    for (const host of [undefined, "evil.example"]) {
      const index = await portal.get("/sitemap.xml", { host });
      expect(index.status, host).toBe(200);
      expect(index.headers["content-type"], host).toBe("application/xml; charset=utf-8");
      expect(index.body, host).toContain(
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      );
      expect(index.body, host).toContain(`<sitemap><loc>${XCB}/sitemap.xml</loc></sitemap>`);
      expect(index.body, host).toContain(`<sitemap><loc>${PUBLIC_URL}/s/zgh/sitemap.xml</loc></sitemap>`);
      expect(index.body, host).not.toContain("evil.example");
      const robots = await portal.get("/robots.txt", { host });
      expect(robots.body, host).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    }
    // A site's own domain keeps its own sitemap.
    const own = await portal.get("/sitemap.xml", { host: "xcb.localhost" });
    expect(own.body).toContain("<urlset");
    expect(own.body).toContain(`<loc>${XCB}/</loc>`);
  });

  it("serves only its own site on a site's domain: /s/<other>/ there is a 404", async () => {
    const own = await portal.get("/", { host: "xcb.localhost" });
    expect(own.status).toBe(200);
    expect(own.body).toContain("中共重庆市委宣传部");
    const other = await portal.get("/s/zgh/", { host: "xcb.localhost" });
    expect(other.status).toBe(404);
    expect(other.body).not.toContain("职工运动会");
    expect((await portal.get("/s/zgh/ghdt/", { host: "xcb.localhost" })).status).toBe(404);
    // …while the platform's address (and any host that is no site's domain) still serves every site.
    expect((await portal.get("/s/zgh/")).status).toBe(200);
    expect((await portal.get("/s/zgh/", { host: "www.platform.example" })).status).toBe(200);
  });
});

describe("a site's canonical base", () => {
  const demo = { code: "xcb", domains: ["xcb.localhost"] };
  const real = { code: "xcb", domains: ["www.cqxcb.gov.cn"] };

  it("carries the portal's public port on a .localhost domain only", () => {
    // The portal's listening port when no public address is set…
    expect(canonicalUrl(demo, "/", {})).toBe("http://xcb.localhost:3000/");
    expect(canonicalUrl(demo, "/rss.xml", { PORTAL_PORT: "3200" })).toBe("http://xcb.localhost:3200/rss.xml");
    expect(canonicalUrl({ code: "x", domains: ["localhost"] }, "/", { PORTAL_PORT: "3200" })).toBe(
      "http://localhost:3200/",
    );
    // …else the public address's port, preferred to it.
    const env = { JIYUE_PORTAL_PUBLIC_URL: "http://127.0.0.1:3100/", PORTAL_PORT: "3200" };
    expect(canonicalUrl(demo, "/", env)).toBe("http://xcb.localhost:3100/");
    // Production domains never get a port, and a public address on the default port gives none either.
    expect(canonicalUrl(real, "/", env)).toBe("http://www.cqxcb.gov.cn/");
    expect(canonicalUrl(real, "/", {})).toBe("http://www.cqxcb.gov.cn/");
    expect(canonicalUrl(real, "/", { JIYUE_PORTAL_PUBLIC_URL: "https://www.cq.gov.cn" })).toBe(
      "https://www.cqxcb.gov.cn/",
    );
    expect(canonicalUrl(demo, "/", { JIYUE_PORTAL_PUBLIC_URL: "https://portal.example.cn" })).toBe(
      "https://xcb.localhost/",
    );
    // Not a .localhost name, whatever it ends with.
    expect(canonicalUrl({ code: "x", domains: ["xcb.localhost.example.cn"] }, "/", {})).toBe(
      "http://xcb.localhost.example.cn/",
    );
  });
});
