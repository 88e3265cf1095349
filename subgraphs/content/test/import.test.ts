// Integration: `pnpm import:articles` through the normal model, on a real PostgreSQL.

import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentDb } from "../src/context";
import { outbox, publishedChanges, siteRef } from "../src/db/schema";
import { generateDemoArticles, importArticles, prepareItem, seedDemoArticles } from "../src/modules/import";
import { ContentKit, grant } from "./testkit/content";

const kit = new ContentKit();
const FIXTURE = path.join(import.meta.dirname, "fixtures/import-small.jsonl");
const NEWS = path.resolve(import.meta.dirname, "../../../../shared/data/news/xinwenlianbo_500.jsonl");
const LIST = `query($siteId: ID!, $channelId: ID, $offset: Int) { publishedArticles(siteId: $siteId, channelId: $channelId, offset: $offset, limit: 100) { total items { id title body source publishedAt tags pinned headline carousel } } }`;
const ARTICLE = `query($id: ID!) { article(id: $id) { status revisionCount currentRevision { number } publishedRevision { number }
  timeline { action comment actorName actor { id } } } }`;

interface Listed {
  id: string;
  title: string;
  body: string;
  source: string | null;
  publishedAt: string;
  tags: string[];
  pinned: boolean;
  headline: boolean;
  carousel: boolean;
}

let site: { id: string; unitId: string; channelId: string };
let siteCode: string;
const db = () => kit.content.db as unknown as ContentDb;

async function published(siteId: string, channelId?: string): Promise<{ total: number; items: Listed[] }> {
  const items: Listed[] = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < total; offset += 100) {
    const page = await kit.ok<{ publishedArticles: { total: number; items: Listed[] } }>(LIST, {
      siteId,
      channelId,
      offset,
    });
    total = page.publishedArticles.total;
    items.push(...page.publishedArticles.items);
  }
  return { total, items };
}

async function codeOf(siteId: string): Promise<string> {
  const [row] = await kit.content.db.select().from(siteRef).where(eq(siteRef.siteId, siteId));
  if (!row) throw new Error("site not in content");
  return row.code;
}

beforeAll(async () => {
  await kit.setup();
  site = await kit.site(randomUUID());
  siteCode = await codeOf(site.id);
});
afterAll(() => kit.teardown());

describe("prepareItem", () => {
  it("skips an item dated in the future, keeps today's date-only item", () => {
    const now = new Date("2026-12-03T10:00:00+08:00");
    const future = prepareItem({ title: "未来的稿件", body: "正文", date: "2099-01-01" }, 1, [], now);
    expect(future).toMatchObject({ reason: "future_date", title: "未来的稿件" });
    const today = prepareItem({ title: "今天的稿件", body: "正文", date: "2026-12-03" }, 2, [], now);
    expect(today).not.toHaveProperty("reason");
  });
});

describe("importArticles", () => {
  it("imports valid items as published articles, skips the rest with reasons, and re-runs skip duplicates", async () => {
    const lines = readFileSync(FIXTURE, "utf8").split("\n");
    const progress: number[] = [];
    const summary = await importArticles(db(), { siteCode, channelPath: "gzdt" }, lines, {
      batchSize: 3,
      onProgress: (p) => progress.push(p.processed),
    });
    expect(summary.processed).toBe(10);
    expect(summary.imported).toBe(6);
    expect(summary.skippedByReason).toEqual({ empty_title: 1, invalid_date: 1, duplicate: 1, empty_body: 1 });
    expect(summary.skipped.map((s) => [s.line, s.reason])).toEqual(
      expect.arrayContaining([
        [2, "empty_title"],
        [3, "invalid_date"],
        [4, "duplicate"],
        [9, "empty_body"],
      ]),
    );
    expect(summary.failures).toEqual([]);
    // Images not from the media library are removed and reported, never silently lost.
    expect(summary.droppedImages).toEqual([
      { line: 6, title: "带脚本的稿件", count: 1 },
      { line: 10, title: "有来源链接的稿件", count: 1 },
    ]);
    expect(progress.length).toBeGreaterThan(1);

    const { total, items } = await published(site.id, site.channelId);
    expect(total).toBe(6);
    // Imported like any publication: third parties syncing from the change feed get them.
    const feed = await kit.content.db
      .select()
      .from(publishedChanges)
      .where(eq(publishedChanges.siteId, site.id));
    expect(
      feed
        .filter((change) => change.kind === "published")
        .map((change) => change.articleId)
        .sort(),
    ).toEqual(items.map((item) => item.id).sort());
    const byTitle = (title: string) => items.filter((item) => item.title === title);
    // Same title on two different days: two articles.
    expect(
      byTitle("市总工会召开2024年第一季度工作推进会")
        .map((i) => i.publishedAt)
        .sort(),
    ).toEqual(["2024-03-04T16:00:00.000Z", "2024-03-05T16:00:00.000Z"]);
    const first = byTitle("市总工会召开2024年第一季度工作推进会").find((i) =>
      i.publishedAt.startsWith("2024-03-04"),
    );
    expect(first?.body).toBe(
      "<p>3月5日，市总工会召开2024年第一季度工作推进会。</p><p>会议总结了前一阶段工作，部署了下一步重点任务。</p><p>各处室负责同志参加会议。</p>",
    );
    expect(first?.source).toBe("市总工会");
    const scripted = byTitle("带脚本的稿件")[0];
    expect(scripted?.body).toContain("正文第一段");
    expect(scripted?.body).not.toMatch(/script|alert|onclick|javascript/i);
    expect(scripted?.publishedAt).toBe("2024-03-06T07:20:00.000Z");
    expect(byTitle("带时区的稿件")[0]?.publishedAt).toBe("2024-03-07T10:00:00.000Z");
    expect(byTitle("不带时区的日期时间")[0]?.publishedAt).toBe("2024-03-08T01:30:00.000Z");
    expect(byTitle("有来源链接的稿件")[0]?.source).toBe("重庆日报");
    // Imported articles are searchable like any published article.
    const found = await kit.ok<{ searchPublished: { total: number; items: { article: { id: string } }[] } }>(
      `query($q: String!, $siteId: ID) { searchPublished(query: $q, siteId: $siteId) { total items { article { id } } } }`,
      { q: "第一季度工作推进会", siteId: site.id },
    );
    expect(found.searchPublished.total).toBe(2);

    // The normal model: revision 1 published, a PUBLISH timeline entry by the import actor.
    const admin = await kit.staff([grant("unit_admin", { unitId: site.unitId })]);
    const view = await kit.gql(ARTICLE, { id: first?.id }, admin);
    expect(view.errors).toBeUndefined();
    expect(view.data?.article).toEqual({
      status: "PUBLISHED",
      revisionCount: 1,
      currentRevision: { number: 1 },
      publishedRevision: { number: 1 },
      timeline: [{ action: "PUBLISH", comment: "导入", actorName: "导入", actor: null }],
    });

    const events = (await kit.content.db.select().from(outbox)).filter((e) => e.siteId === site.id);
    const ids = new Set(items.map((item) => item.id));
    const publishedEvents = events.filter((e) => e.type === "article.published");
    expect(publishedEvents.map((e) => e.aggregateId).sort()).toEqual([...ids].sort());
    expect(events.filter((e) => e.type === "article.created")).toHaveLength(6);
    expect(publishedEvents[0]?.actor).toMatchObject({ kind: "system", id: null, name: "导入" });
    expect(publishedEvents[0]?.payload).toMatchObject({
      siteId: site.id,
      channelId: site.channelId,
      imported: true,
    });

    const again = await importArticles(db(), { siteCode, channelPath: "gzdt" }, lines);
    expect(again.imported).toBe(0);
    expect(again.skippedByReason).toEqual({ empty_title: 1, invalid_date: 1, duplicate: 7, empty_body: 1 });
    expect((await published(site.id, site.channelId)).total).toBe(6);
  });

  it("refuses an unknown site or channel with a message naming what exists", async () => {
    await expect(importArticles(db(), { siteCode: "nope", channelPath: "gzdt" }, [])).rejects.toThrow(
      /站点代码 “nope” 不存在/,
    );
    await expect(importArticles(db(), { siteCode, channelPath: "nope" }, [])).rejects.toThrow(
      /gzdt（工作动态）/,
    );
  });

  it("runs as `pnpm import:articles` with progress and a summary on stderr", async () => {
    const target = await kit.site(randomUUID());
    const script = path.resolve(import.meta.dirname, "../../../scripts/import-articles.ts");
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], {
        env: { ...process.env, DATABASE_URL: kit.databaseUrl },
        timeout: 30_000,
      });
    const { stderr } = await run(["--site", await codeOf(target.id), "--channel", "tzgg", FIXTURE]);
    expect(stderr).toContain("已导入 6 条");
    expect(stderr).toContain("标题为空：1 条");
    expect(stderr).toContain("第 3 行 日期无效：日期无效的稿件");
    expect(stderr).toContain("移除站外图片 2 张（2 条）");
    expect(stderr).toContain("第 10 行 有来源链接的稿件：1 张");
    expect(stderr).toMatch(/已处理 \d+ 条.*条\/秒/);
    await expect(run(["--site", "nope", "--channel", "tzgg", FIXTURE])).rejects.toMatchObject({
      stderr: expect.stringContaining("站点代码 “nope” 不存在"),
    });
  }, 60_000);

  it.skipIf(!existsSync(NEWS))(
    "imports the 500 real news items, all visible in publishedArticles",
    async () => {
      const target = await kit.site(randomUUID());
      const lines = readFileSync(NEWS, "utf8").split("\n");
      const keys = new Set(
        lines
          .filter((l) => l.trim())
          .map((l) => {
            const item = JSON.parse(l) as { title: string; date: string };
            return `${item.title.trim()}|${item.date.slice(0, 10)}`;
          }),
      );
      const started = performance.now();
      const summary = await importArticles(
        db(),
        { siteCode: await codeOf(target.id), channelPath: "gzdt" },
        lines,
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(`导入 500 条新闻：${seconds.toFixed(2)} 秒，${summary.rate.toFixed(0)} 条/秒`);
      expect(seconds).toBeLessThan(60);
      expect(summary.failures).toEqual([]);
      expect(summary.imported).toBe(keys.size);
      const { total, items } = await published(target.id);
      expect(total).toBe(keys.size);
      expect(new Set(items.map((item) => item.id)).size).toBe(keys.size);
    },
    120_000,
  );

  if (!existsSync(NEWS)) console.warn(`跳过 500 条新闻导入测试：未找到 ${NEWS}`);
});

describe("demo articles", () => {
  const sites = Array.from({ length: 50 }, (_, i) => ({
    code: i < 6 ? (["xcb", "zgh", "tsw", "fl", "kx", "rd"][i] ?? "") : `site${i}`,
    name: `单位${i}`,
  }));
  const now = new Date("2026-05-01T00:00:00Z");

  it("are deterministic, at least 300, with titles and bodies of 3–6 paragraphs across channels, within 12 months", () => {
    const first = generateDemoArticles(sites, now);
    expect(generateDemoArticles(sites, now)).toEqual(first);
    expect(first.length).toBeGreaterThanOrEqual(300);
    for (const article of first) {
      expect(article.title.trim()).not.toBe("");
      const paragraphs = article.body.match(/<p>[^<]+<\/p>/g) ?? [];
      expect(paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(paragraphs.length).toBeLessThanOrEqual(6);
      const at = new Date(article.date).getTime();
      expect(at).toBeLessThanOrEqual(now.getTime());
      expect(at).toBeGreaterThan(now.getTime() - 366 * 86_400_000);
    }
    expect(new Set(first.map((a) => a.channelPath))).toEqual(new Set(["gzdt", "tzgg", "zcwj", "dwgk"]));
    expect(new Set(first.map((a) => a.siteCode)).size).toBe(50);
    const zgh = first.filter((a) => a.siteCode === "zgh");
    expect(zgh.filter((a) => a.headline)).toHaveLength(1);
    expect(zgh.filter((a) => a.carousel).length).toBeGreaterThanOrEqual(1);
    expect(zgh.filter((a) => a.pinned).length).toBeLessThanOrEqual(1);
  });

  it("seeds published, tagged demo articles once, quickly", async () => {
    const fresh = new ContentKit();
    await fresh.setup();
    try {
      const a = await fresh.site(randomUUID());
      await fresh.site(randomUUID());
      const freshDb = fresh.content.db as unknown as ContentDb;
      const started = performance.now();
      const written = await seedDemoArticles(freshDb, { now });
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(written).toBeGreaterThan(100);
      const listed = await fresh.ok<{ publishedArticles: { total: number; items: Listed[] } }>(LIST, {
        siteId: a.id,
      });
      expect(listed.publishedArticles.total).toBeGreaterThan(0);
      expect(listed.publishedArticles.items[0]?.tags).toEqual(["示例数据"]);
      expect(await seedDemoArticles(freshDb, { now })).toBe(0);
    } finally {
      await fresh.teardown();
    }
  });
});
