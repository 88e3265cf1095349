// Feeds: plain-text fields that RSS and Atom readers interpret as HTML (RSS description, Atom type="html" title
// and summary) carry markup only as escaped text, escaped once; RSS titles and JSON Feed keep plain text.
import Parser from "rss-parser";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const news = channel("工作动态", "gzdt");
const tw = site({ code: "tw", name: "团市委", channels: [news] });
const TITLE = `<img src=x onerror=alert(1)>标题`;
const SUMMARY = `"><svg onload=alert(2)> 摘要 & 说明`;
const risky = article(tw, news, { title: TITLE, summary: SUMMARY, body: "<p>正文</p>" });

let gateway: FakeGateway;
const running: RunningPortal[] = [];
beforeAll(async () => {
  gateway = await startFakeGateway([tw], [risky]);
});
afterAll(() => gateway.stop());
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});

async function get(path: string): Promise<string> {
  const started = await startPortal({ gatewayUrl: gateway.url });
  running.push(started);
  return (await started.get(path)).body;
}

/** What an HTML-reading feed reader makes of a field: markup it would render as elements. */
function markupIn(html: string): string[] {
  return [...html.matchAll(/<\s*(img|svg|script)\b[^>]*>/gi)].map((match) => match[0]);
}

describe("feed escaping", () => {
  it("RSS: the description holds no markup; the title is the plain text, not escaped twice", async () => {
    const xml = await get("/s/tw/rss.xml");
    const feed = await new Parser().parseString(xml);
    const item = feed.items[0];
    expect(markupIn(item?.content ?? "")).toEqual([]);
    // Plain text in CDATA: no entity in it (a reader would show "&#60;" as it is).
    expect(item?.title).toBe(TITLE);
    expect(xml).toContain(`<title><![CDATA[${TITLE}]]></title>`);
  });

  it("RSS: a title with several ]]> keeps the XML well-formed", async () => {
    const tricky = article(tw, news, {
      title: "a]]>b]]><evil/>c",
      publishedAt: new Date(Date.now() + 1000).toISOString(),
    });
    gateway.articles.push(tricky);
    try {
      const xml = await get("/s/tw/rss.xml");
      const feed = await new Parser().parseString(xml);
      expect(feed.items[0]?.title).toBe("a]] >b]] ><evil/>c");
    } finally {
      gateway.articles.splice(gateway.articles.indexOf(tricky), 1);
    }
  });

  it("Atom: the type=html title and summary hold no markup", async () => {
    const xml = await get("/s/tw/atom.xml");
    const entry = /<entry>([\s\S]*?)<\/entry>/.exec(xml)?.[1] ?? "";
    const cdata = [...entry.matchAll(/<(title|summary) type="html"><!\[CDATA\[([\s\S]*?)\]\]>/g)];
    expect(cdata.map((match) => match[1])).toEqual(["title", "summary"]);
    for (const match of cdata) expect(markupIn(match[2] ?? ""), match[1]).toEqual([]);
  });

  it("JSON Feed: title and summary stay plain text", async () => {
    const json = JSON.parse(await get("/s/tw/feed.json")) as { items: { title: string; summary: string }[] };
    expect(json.items[0]?.title).toBe(TITLE);
    expect(json.items[0]?.summary).toBe(SUMMARY);
  });
});
