// Links that leave the platform show the "you are leaving this site" notice first — only for addresses the
// site itself links to (a link channel, or a link in a published article's body), so it is no open redirect.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const gzdt = channel("工作动态", "gzdt");
const hdjl = channel("互动交流", "hdjl", [], "LINK");
const zgh = site({ code: "zgh", name: "重庆市总工会", channels: [gzdt, hdjl] });
const other = site({ code: "fl", name: "重庆市妇女联合会", channels: [channel("工作动态", "gzdt")] });
const EXTERNAL = "https://www.gov.cn/zhengce/?a=1&b=2";
const news = article(zgh, gzdt, {
  title: "学习贯彻文件精神",
  body: `<p>全文见<a href="${EXTERNAL.replaceAll("&", "&amp;")}" rel="noopener noreferrer">中国政府网</a>，本站<a href="/s/zgh/gzdt/">工作动态</a>。</p>`,
});
const elsewhere = article(other, other.channels[0] ?? gzdt, { title: "妇联动态", body: "<p>无外链</p>" });

let gateway: FakeGateway;
let running: RunningPortal | undefined;

beforeAll(async () => {
  gateway = await startFakeGateway([zgh, other], [news, elsewhere]);
});
afterAll(async () => {
  await gateway.stop();
});
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function portal(): Promise<RunningPortal> {
  running = await startPortal({ gatewayUrl: gateway.url, sources: {} });
  return running;
}

const decode = (href: string) => href.replaceAll("&amp;", "&");

describe("leaving the site", () => {
  it("sends a link channel through the notice, which names the target and links to it", async () => {
    const { get } = await portal();
    const home = await get("/s/zgh/");
    const href = /<a href="(\/s\/zgh\/leave\/\?to=[^"]+)"[^>]*>互动交流<\/a>/.exec(home.body)?.[1];
    expect(href).toBe("/s/zgh/leave/?to=https%3A%2F%2Fexample.org%2F");
    const notice = await get(decode(href ?? ""));
    expect(notice.status).toBe(200);
    expect(notice.body).toContain("您即将离开本站");
    expect(notice.body).toContain("example.org");
    expect(notice.body).toMatch(
      /<a class="button" href="https:\/\/example.org\/" rel="noopener noreferrer external">继续访问<\/a>/,
    );
    expect(notice.body).toContain('<meta name="robots" content="noindex"/>');
    // Nothing leaves by itself: no refresh, no script of its own.
    expect(notice.body).not.toMatch(/http-equiv="refresh"/i);
  });

  it("sends external links of an article body through the notice and keeps links inside the site as they are", async () => {
    const { get } = await portal();
    const page = await get(`/s/zgh/gzdt/${news.id}.html`);
    const href = /<a href="([^"]+)" rel="noopener noreferrer">中国政府网<\/a>/.exec(page.body)?.[1];
    expect(href).toBeDefined();
    const url = new URL(decode(href ?? ""), "http://portal.invalid");
    expect(url.pathname).toBe("/s/zgh/leave/");
    expect(url.searchParams.get("to")).toBe(EXTERNAL);
    expect(url.searchParams.get("from")).toBe(news.id);
    expect(page.body).toContain('<a href="/s/zgh/gzdt/">工作动态</a>');
    const notice = await get(`${url.pathname}${url.search}`);
    expect(notice.status).toBe(200);
    expect(notice.body).toContain(`href="${EXTERNAL.replaceAll("&", "&amp;")}"`);
    expect(notice.body).toContain(`href="/s/zgh/gzdt/${news.id}.html"`);
  });

  it("is no open redirect: addresses the site does not link to are a 404", async () => {
    const { get } = await portal();
    const attempts = [
      `/s/zgh/leave/?to=${encodeURIComponent("https://evil.example/")}`,
      `/s/zgh/leave/?to=${encodeURIComponent("javascript:alert(1)")}`,
      `/s/zgh/leave/?to=${encodeURIComponent("https://evil.example/")}&from=${news.id}`,
      // A link of another site's article does not make the address a link of this site.
      `/s/zgh/leave/?to=${encodeURIComponent(EXTERNAL)}&from=${elsewhere.id}`,
      `/s/zgh/leave/?to=${encodeURIComponent(EXTERNAL)}&from=not-an-id`,
      "/s/zgh/leave/",
    ];
    for (const attempt of attempts) {
      const answer = await get(attempt);
      expect(answer.status, attempt).toBe(404);
      expect(answer.body, attempt).not.toContain("evil.example");
    }
  });
});
