// Integration: the search index follows publish / update / takedown / delete / restore, and searchPublished
// finds Chinese, mixed Chinese-English and partial queries with safe highlights.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { searchQueryTokens } from "@jiyue/content-text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, revisions, searchDocuments } from "../src/db/schema";
import { syncSearchDocuments } from "../src/modules/search/search.indexer";
import {
  type ArticleView,
  article,
  type Cast,
  ContentKit,
  cast,
  content,
  MUTATIONS,
} from "./testkit/content";

const NEWS = "/work/shared/data/news/xinwenlianbo_500.jsonl";
const kit = new ContentKit();
const unitA = randomUUID();
const unitB = randomUUID();
type Site = { id: string; unitId: string; channelId: string };
let siteA: Site;
let siteB: Site;
let offline: Site;
let a: Cast;
let b: Cast;

interface Highlighted {
  text: string;
  highlights: { start: number; end: number }[];
}
interface Hit {
  article: { id: string; title: string; channel: { id: string } };
  titleHighlight: Highlighted;
  snippet: Highlighted;
  score: number;
}
const SEARCH = `query($q: String!, $siteId: ID, $channelId: ID, $offset: Int, $limit: Int) {
  searchPublished(query: $q, siteId: $siteId, channelId: $channelId, offset: $offset, limit: $limit) {
    total items { score article { id title channel { id } }
      titleHighlight { text highlights { start end } } snippet { text highlights { start end } } } } }`;

async function search(q: string, where: { siteId?: string; channelId?: string; limit?: number } = {}) {
  return (await kit.ok<{ searchPublished: { total: number; items: Hit[] } }>(SEARCH, { q, ...where }))
    .searchPublished;
}
const ids = async (q: string, where: { siteId?: string } = {}) =>
  (await search(q, where)).items.map((hit) => hit.article.id);
const marked = (text: Highlighted) => text.highlights.map((range) => text.text.slice(range.start, range.end));

let ecology: ArticleView;
let fiveG: ArticleView;
let volunteers: ArticleView;

beforeAll(async () => {
  await kit.setup();
  siteA = await kit.site(unitA);
  siteB = await kit.site(unitB);
  offline = await kit.site(unitA, "offline");
  a = await cast(kit, unitA);
  b = await cast(kit, unitB);
  ecology = await article(
    kit,
    a,
    siteA,
    "全市推进生态环境保护工作会议召开",
    "published",
    "<p>会议强调，要坚持<strong>绿水青山</strong>就是金山银山的理念，统筹推进污染防治。</p>",
  );
  fiveG = await article(
    kit,
    a,
    siteA,
    "5G 基站建设提速 实现乡镇全覆盖",
    "published",
    "<p>今年全市新建 5G 基站 1200 个，Wi-Fi 热点同步升级。</p>",
  );
  volunteers = await article(
    kit,
    b,
    siteB,
    "社区志愿服务队走进养老院",
    "published",
    "<p>志愿者为老人送去了文艺演出和生态环境知识讲座。</p>",
  );
}, 60_000);
afterAll(() => kit.teardown());

describe("searchPublished", () => {
  it("finds an article by a word of its title and marks the word in the title", async () => {
    const result = await search("生态环境", { siteId: siteA.id });
    expect(result.items.map((hit) => hit.article.id)).toEqual([ecology.id]);
    const [hit] = result.items;
    expect(hit?.titleHighlight.text).toBe("全市推进生态环境保护工作会议召开");
    expect(marked(hit?.titleHighlight as Highlighted).join("")).toContain("生态环境");
    expect(hit?.score).toBeGreaterThan(0);
  });

  it("finds by a word of the body and returns a snippet around it", async () => {
    const result = await search("绿水青山");
    expect(result.items.map((hit) => hit.article.id)).toEqual([ecology.id]);
    const snippet = result.items[0]?.snippet as Highlighted;
    expect(snippet.text).toContain("绿水青山");
    // The body's HTML is gone: the snippet is plain text.
    expect(snippet.text).not.toContain("<strong>");
    expect(marked(snippet)).toContain("绿水青山");
  });

  it("finds mixed Chinese and English queries, case-insensitively", async () => {
    expect(await ids("5G 基站")).toEqual([fiveG.id]);
    expect(await ids("5g基站")).toEqual([fiveG.id]);
    const hit = (await search("5g 基站")).items[0] as Hit;
    const marks = marked(hit.titleHighlight).join(" ");
    expect(marks).toContain("5G");
    expect(marks).toContain("基站");
    expect(await ids("wi-fi 热点")).toEqual([fiveG.id]);
  });

  it("finds a title by a part of a word (partial match)", async () => {
    expect(await ids("愿服务")).toEqual([volunteers.id]);
    const hit = (await search("愿服务")).items[0] as Hit;
    expect(marked(hit.titleHighlight)).toEqual(["愿服务"]);
  });

  it("searches across sites, or within one site or channel; ranks a title match above a body match", async () => {
    const all = await search("生态环境");
    expect(all.items.map((hit) => hit.article.id)).toEqual([ecology.id, volunteers.id]);
    expect(all.total).toBe(2);
    expect(await ids("生态环境", { siteId: siteB.id })).toEqual([volunteers.id]);
    expect(
      (await search("生态环境", { channelId: siteA.channelId })).items.map((hit) => hit.article.id),
    ).toEqual([ecology.id]);
    const page2 = await search("生态环境", { limit: 1 });
    expect(page2.total).toBe(2);
    expect(page2.items).toHaveLength(1);
  });

  it("never finds drafts, articles in review, withdrawn or deleted articles, or articles of offline sites", async () => {
    await article(kit, a, siteA, "草稿：湿地公园生态修复方案", "draft");
    await article(kit, a, siteA, "审核中：湿地公园生态修复方案", "in_review");
    await article(kit, a, siteA, "待发布：湿地公园生态修复方案", "approved");
    await article(kit, a, offline, "下线站点：湿地公园生态修复方案");
    expect(await ids("湿地公园")).toEqual([]);

    const live = await article(kit, a, siteA, "湿地公园正式开园");
    expect(await ids("湿地公园")).toEqual([live.id]);
    await kit.ok(MUTATIONS.unpublish, { id: live.id, reason: "信息有误" }, a.r3);
    expect(await ids("湿地公园")).toEqual([]);

    // A live article is not deleted behind search's back: it must be taken down first.
    const other = await article(kit, a, siteA, "湿地公园迎来候鸟");
    const refused = await kit.gql(MUTATIONS.delete, { id: other.id }, a.editor);
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await ids("湿地公园")).toEqual([other.id]);
  });

  it("follows a re-publication: the new title is found, the old one no longer", async () => {
    const view = await article(kit, a, siteA, "老城区雨污分流改造启动");
    await kit.ok(
      MUTATIONS.save,
      {
        id: view.id,
        input: {
          baseRevisionId: view.currentRevision.id,
          content: content(siteA.channelId, "老城区燃气管网更新完工"),
        },
      },
      a.editor,
    );
    // Edits stay invisible until published.
    expect(await ids("燃气管网")).toEqual([]);
    expect(await ids("雨污分流")).toEqual([view.id]);
    await kit.ok(MUTATIONS.submit, { id: view.id }, a.editor);
    for (const reviewer of [a.r1, a.r2, a.r3]) await kit.ok(MUTATIONS.approve, { id: view.id }, reviewer);
    await kit.ok(MUTATIONS.publish, { id: view.id }, a.r3);
    expect(await ids("燃气管网")).toEqual([view.id]);
    expect(await ids("雨污分流")).toEqual([]);
  });

  it("returns titles as text: markup in a title is data, never HTML", async () => {
    const view = await article(kit, a, siteA, "<script>alert(1)</script>防汛演练");
    const hit = (await search("防汛演练")).items.find((item) => item.article.id === view.id) as Hit;
    expect(hit.titleHighlight.text).toBe("<script>alert(1)</script>防汛演练");
    expect(marked(hit.titleHighlight)).toEqual(["防汛演练"]);
  });

  it("refuses an empty or too long query with BAD_USER_INPUT", async () => {
    for (const q of ["", "   ", "长".repeat(101)]) {
      const result = await kit.gql(SEARCH, { q });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect((await search("长".repeat(100))).total).toBe(0);
    expect(await ids("生态环境", { siteId: "not-a-uuid" })).toEqual([]);
  });

  it("answers a query of symbols only (no words) with title matches, not an error", async () => {
    for (const q of ["&", "!", "()", ":*", "'", '"', "%", "_", "\\", "<>", "😀", "|"]) {
      const result = await kit.gql(SEARCH, { q });
      expect(result.errors, q).toBeUndefined();
    }
  });
});

describe.skipIf(!existsSync(NEWS))("real news (xinwenlianbo_500.jsonl)", () => {
  it("indexes 100 news items and finds each by a word of its title, in a constant number of statements", async () => {
    const site = await kit.site(unitA);
    const items = readFileSync(NEWS, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .slice(0, 100)
      .map((line) => JSON.parse(line) as { title: string; body: string });
    const rows = items.map((item, index) => {
      const articleId = randomUUID();
      const revisionId = randomUUID();
      const body = item.body
        .split("\n")
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => `<p>${paragraph.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join("");
      const base = {
        siteId: site.id,
        unitId: site.unitId,
        channelId: site.channelId,
        createdBy: a.editor.id,
      };
      return {
        article: {
          ...base,
          id: articleId,
          status: "published" as const,
          currentRevisionId: revisionId,
          publishedRevisionId: revisionId,
          publishedAt: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000),
        },
        revision: { ...base, id: revisionId, articleId, number: 1, title: item.title, body },
      };
    });
    await kit.content.db.transaction(async (tx) => {
      await tx.insert(articles).values(rows.map((row) => row.article));
      await tx.insert(revisions).values(rows.map((row) => row.revision));
      await syncSearchDocuments(
        tx,
        rows.map((row) => row.article.id),
      );
    });
    const indexed = await kit.content.db.$count(searchDocuments);
    expect(indexed).toBeGreaterThanOrEqual(100);

    const titles = items.map((item) => item.title);
    const misses: string[] = [];
    for (const [index, item] of items.entries()) {
      // The rarest word of the title (at least two characters) among the 100 titles.
      const words = searchQueryTokens(item.title).filter((word) => [...word].length >= 2);
      const word = words.sort(
        (x, y) => titles.filter((t) => t.includes(x)).length - titles.filter((t) => t.includes(y)).length,
      )[0];
      if (!word) continue;
      const found = await ids(word, { siteId: site.id });
      if (!found.includes(rows[index]?.article.id as string)) misses.push(`${item.title} / ${word}`);
    }
    expect(misses).toEqual([]);

    kit.content.counter.reset();
    const one = await search(items[0]?.title.slice(0, 6) ?? "", { siteId: site.id, limit: 1 });
    const oneStatements = kit.content.counter.count;
    kit.content.counter.reset();
    const many = await search("习近平", { siteId: site.id, limit: 50 });
    expect(one.items.length).toBe(1);
    expect(many.items.length).toBeGreaterThan(5);
    expect(kit.content.counter.count).toBe(oneStatements);
  }, 120_000);
});
