// An article page's description and link preview: meta description and og:description from the summary, else
// the body's first paragraph, as plain text of about 120 characters; og:image from the cover, else the body's
// first image, else the site's logo, as an absolute URL on the site's canonical address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformPublicUrl } from "../src/templates/components/canonical";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const gzdt = channel("工作动态", "gzdt");
const xcb = site({ code: "xcb", name: "中共重庆市委宣传部", channels: [gzdt] });
xcb.theme = { ...xcb.theme, logoUrl: "/media/logo.png" };
const long = "学习贯彻".repeat(60);
const withSummary = article(xcb, gzdt, {
  title: "有摘要",
  summary: "  摘要 <b>不是</b> HTML & 不转义两次  ",
  body: '<p>正文第一段</p><p><img src="/media/first.png" alt="图"></p>',
  coverImageUrl: "/media/cover.jpg",
});
const withoutSummary = article(xcb, gzdt, {
  title: "无摘要",
  body: `<figure><img src="/media/inline.png" alt=""></figure><p> </p><p>第一段&nbsp;<strong>加粗</strong> &amp; ${long}</p><p>第二段</p>`,
});
const bare = article(xcb, gzdt, { title: "无图", body: "<p>只有文字</p>" });

let gateway: FakeGateway;
let portal: RunningPortal;
beforeAll(async () => {
  gateway = await startFakeGateway([xcb], [withSummary, withoutSummary, bare]);
  portal = await startPortal({ gatewayUrl: gateway.url });
});
afterAll(async () => {
  await portal?.close();
  await gateway?.stop();
});

const decode = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot);/g,
    (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"' })[name] ?? "",
  );

async function metaOf(item: { id: string }) {
  const html = (await portal.get(`/s/xcb/gzdt/${item.id}.html`)).body;
  const find = (pattern: RegExp) => {
    const found = pattern.exec(html)?.[1];
    return found === undefined ? null : decode(found);
  };
  return {
    description: find(/<meta name="description" content="([^"]*)"\/>/),
    ogDescription: find(/<meta property="og:description" content="([^"]*)"\/>/),
    ogImage: find(/<meta property="og:image" content="([^"]*)"\/>/),
  };
}

describe("article description and preview", () => {
  const base = () => platformPublicUrl();

  it("takes the summary as plain text and the cover as an absolute URL", async () => {
    const meta = await metaOf(withSummary);
    expect(meta.description).toBe("摘要 <b>不是</b> HTML & 不转义两次");
    expect(meta.ogDescription).toBe(meta.description);
    expect(meta.ogImage).toBe(`${base()}/media/cover.jpg`);
  });

  it("without a summary: the first paragraph with text, trimmed to 120 characters; the body's first image", async () => {
    const meta = await metaOf(withoutSummary);
    expect(meta.description?.startsWith("第一段 加粗 & 学习贯彻")).toBe(true);
    expect([...(meta.description ?? "")]).toHaveLength(120);
    expect(meta.description?.endsWith("…")).toBe(true);
    expect(meta.ogDescription).toBe(meta.description);
    expect(meta.ogImage).toBe(`${base()}/media/inline.png`);
  });

  it("without any picture: the site's logo", async () => {
    const meta = await metaOf(bare);
    expect(meta.description).toBe("只有文字");
    expect(meta.ogImage).toBe(`${base()}/media/logo.png`);
  });
});
