// Absolute URLs and the Host header: every absolute URL a site's pages, feeds, sitemap and robots.txt name is
// the site's canonical one (its first domain, else the platform's public address), never one built from the
// request's Host; and a site's own domain serves that site only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformPublicUrl } from "../src/templates/components/canonical";
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

beforeAll(async () => {
  gateway = await startFakeGateway([xcb, zgh], [news, article(zgh, zghNews, { title: "职工运动会" })]);
  portal = await startPortal({ gatewayUrl: gateway.url });
});
afterAll(async () => {
  await portal?.close();
  await gateway?.stop();
});

describe("host handling", () => {
  it("names the same canonical base in pages, sitemap, robots.txt and feeds, on every address", async () => {
    const home = await portal.get("/s/xcb/");
    expect(home.body).toContain('<link rel="canonical" href="http://xcb.localhost/"/>');
    for (const host of [undefined, "xcb.localhost", "evil.example"]) {
      const sitemap = await portal.get("/s/xcb/sitemap.xml", { host });
      expect(sitemap.body, host).toContain("<loc>http://xcb.localhost/</loc>");
      expect(sitemap.body, host).toContain(`<loc>http://xcb.localhost/gzdt/${news.id}.html</loc>`);
      const robots = await portal.get("/s/xcb/robots.txt", { host });
      expect(robots.body, host).toContain("Sitemap: http://xcb.localhost/sitemap.xml");
      const rss = await portal.get("/s/xcb/rss.xml", { host });
      expect(rss.body, host).toContain(`<link>http://xcb.localhost/gzdt/${news.id}.html</link>`);
      for (const answer of [sitemap, robots, rss]) {
        expect(answer.body, host).not.toContain("evil.example");
        expect(answer.body, host).not.toContain("127.0.0.1");
      }
    }
    // A site without a domain: the platform's public address.
    const zghRobots = await portal.get("/s/zgh/robots.txt", { host: "evil.example" });
    expect(zghRobots.body).toContain(`Sitemap: ${platformPublicUrl()}/s/zgh/sitemap.xml`);
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
