// 信息报送 on the portal: an adopted copy's article page names its source and links to the origin's page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { FakeEvents, type RunningPortal, startPortal } from "./helpers";

const originNews = channel("工作动态", "gzdt");
const origin = site({ code: "zzb", name: "市委组织部", channels: [originNews] });
const targetNews = channel("要闻", "yw");
const target = site({ code: "tw", name: "共青团重庆市委员会", channels: [targetNews] });
const original = article(origin, originNews, { title: "全市基层党建现场会召开" });
const copy = article(target, targetNews, {
  title: "全市基层党建现场会召开",
  source: "市委组织部",
  origin: { articleId: original.id, siteName: "市委组织部", url: `/s/zzb/gzdt/${original.id}.html` },
});
const own = article(target, targetNews, { title: "本站原创稿件", source: "本网" });

let gateway: FakeGateway;
const running: RunningPortal[] = [];

beforeAll(async () => {
  gateway = await startFakeGateway([origin, target], [original, copy, own]);
});
afterAll(async () => {
  await gateway.stop();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});

async function page(path: string) {
  const started = await startPortal({
    gatewayUrl: gateway.url,
    sources: { content: new FakeEvents("content").source },
  });
  running.push(started);
  return started.get(path);
}

describe("adopted copies", () => {
  it("show 来源 as a link to the origin article, and the source in the page metadata", async () => {
    const response = await page(`/s/tw/yw/${copy.id}.html`);
    expect(response.status).toBe(200);
    expect(response.body).toContain(`来源：<a href="/s/zzb/gzdt/${original.id}.html">市委组织部</a>`);
    expect(response.body).toContain('<meta name="ContentSource" content="市委组织部"/>');
    const linked = await page(`/s/zzb/gzdt/${original.id}.html`);
    expect(linked.status).toBe(200);
    expect(linked.body).toContain("全市基层党建现场会召开");
  });

  it("leave an original article's source as plain text", async () => {
    const response = await page(`/s/tw/yw/${own.id}.html`);
    expect(response.body).toContain("来源：本网");
    expect(response.body).not.toContain("来源：<a");
  });
});
