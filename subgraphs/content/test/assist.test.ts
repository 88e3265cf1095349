// Integration: assisted writing — suggested summary and keywords drawn from the text, and near-duplicate
// warnings across the platform (published everywhere, drafts only where the caller may read).
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArticleView, article, type Cast, ContentKit, cast, MUTATIONS } from "./testkit/content";

const NEWS = path.resolve(import.meta.dirname, "../../../../shared/data/news/xinwenlianbo_500.jsonl");
// Real news texts from ../shared/data (absent beside a bare clone: the file is then skipped, with a warning).
const hasNews = existsSync(NEWS);
if (!hasNews) console.warn(`跳过写作辅助测试：未找到 ${NEWS}`);
const news = (hasNews ? readFileSync(NEWS, "utf8") : "")
  .split("\n")
  .filter(Boolean)
  .slice(0, 40)
  .map((line) => JSON.parse(line) as { title: string; body: string })
  .filter((item) => item.body.length > 600);

const html = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => `<p>${line}</p>`)
    .join("");

/** A light edit: punctuation and one phrase changed (SimHash distance ≤ 3 is meant for edits this small). */
function lightlyEdited(text: string): string {
  return text.replace("。", "！").replace("，", "、").replace("党的十八大以来", "十八大以来");
}

const kit = new ContentKit();
const unitA = randomUUID();
const unitB = randomUUID();
let siteA: { id: string; unitId: string; channelId: string };
let siteB: { id: string; unitId: string; channelId: string };
let a: Cast;
let b: Cast;

interface Assist {
  suggestedSummary: string;
  suggestedKeywords: string[];
  nearDuplicates: {
    articleId: string;
    title: string;
    siteName: string | null;
    published: boolean;
    readable: boolean;
    similarity: number;
    publishedArticle: { id: string } | null;
  }[];
}
const ASSIST_FIELDS = `suggestedSummary suggestedKeywords
  nearDuplicates { articleId title siteName published readable similarity publishedArticle { id } }`;

async function assistOf(id: string, who = a.editor): Promise<Assist> {
  return (
    await kit.ok<{ article: { writingAssist: Assist } }>(
      `query($id: ID!) { article(id: $id) { writingAssist { ${ASSIST_FIELDS} } } }`,
      { id },
      who,
    )
  ).article.writingAssist;
}

async function write(
  people: Cast,
  site: typeof siteA,
  title: string,
  text: string,
  until: "draft" | "published",
) {
  return article(kit, people, site, title, until, html(text));
}

let original: ArticleView;
let unrelated: ArticleView;

beforeAll(async () => {
  // The lexicon test needs no data; the news-based ones (skipped without ../shared/data) need two articles.
  await kit.setup();
  siteA = await kit.site(unitA);
  siteB = await kit.site(unitB);
  a = await cast(kit, unitA);
  b = await cast(kit, unitB);
  if (!hasNews) return;
  const [first, second] = news;
  if (!first || !second) throw new Error("news fixture missing");
  original = await write(b, siteB, first.title, first.body, "published");
  unrelated = await write(b, siteB, second.title, second.body, "published");
});
afterAll(async () => {
  await kit.teardown();
});

describe.skipIf(!hasNews)("near-duplicate warning", () => {
  it("finds a lightly edited copy of an article published on another site, not an unrelated one", async () => {
    const first = news[0]!;
    const copy = await write(a, siteA, first.title, lightlyEdited(first.body), "draft");
    const assist = await assistOf(copy.id);
    const ids = assist.nearDuplicates.map((item) => item.articleId);
    expect(ids).toContain(original.id);
    expect(ids).not.toContain(unrelated.id);
    expect(ids).not.toContain(copy.id);
    const match = assist.nearDuplicates.find((item) => item.articleId === original.id);
    expect(match).toMatchObject({
      title: first.title,
      published: true,
      readable: false,
      publishedArticle: { id: original.id },
    });
    expect(match?.siteName).toMatch(/^站点/);
    expect(match?.similarity).toBeGreaterThanOrEqual(1 - 3 / 64);
  });

  it("does not warn for an unrelated article", async () => {
    const third = news[2]!;
    const other = await write(a, siteA, third.title, third.body, "draft");
    const assist = await assistOf(other.id);
    expect(assist.nearDuplicates.map((item) => item.articleId)).not.toContain(original.id);
    expect(assist.nearDuplicates.map((item) => item.articleId)).not.toContain(unrelated.id);
  });

  it("matches drafts only in sites the caller may read", async () => {
    const fourth = news[3]!;
    const draftOfB = await write(b, siteB, fourth.title, fourth.body, "draft");
    const copyInA = await write(a, siteA, fourth.title, lightlyEdited(fourth.body), "draft");
    expect((await assistOf(copyInA.id)).nearDuplicates.map((item) => item.articleId)).not.toContain(
      draftOfB.id,
    );
    const copyInB = await write(b, siteB, fourth.title, lightlyEdited(fourth.body), "draft");
    const ofB = await assistOf(copyInB.id, b.editor);
    expect(ofB.nearDuplicates.find((item) => item.articleId === draftOfB.id)).toMatchObject({
      published: false,
      readable: true,
      publishedArticle: null,
    });
  });

  it("checks the unsaved editor text with suggestWriting", async () => {
    const first = news[0]!;
    const result = await kit.ok<{ suggestWriting: Assist }>(
      `query($title: String!, $body: String!) { suggestWriting(title: $title, body: $body) { ${ASSIST_FIELDS} } }`,
      { title: first.title, body: html(lightlyEdited(first.body)) },
      a.editor,
    );
    expect(result.suggestWriting.nearDuplicates.map((item) => item.articleId)).toContain(original.id);
    const anonymous = await kit.gql(
      `query { suggestWriting(title: "标题", body: "正文") { suggestedSummary } }`,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("no longer warns about an article in the recycle bin", async () => {
    const fifth = news[4]!;
    const deleted = await write(a, siteA, fifth.title, fifth.body, "draft");
    await kit.ok(MUTATIONS.delete, { id: deleted.id }, a.editor);
    const copy = await write(a, siteA, fifth.title, lightlyEdited(fifth.body), "draft");
    expect((await assistOf(copy.id)).nearDuplicates.map((item) => item.articleId)).not.toContain(deleted.id);
  });
});

describe.skipIf(!hasNews)("suggested summary and keywords", () => {
  it("are non-empty and drawn from the article's own text", async () => {
    const item = news[5]!;
    const view = await write(a, siteA, item.title, item.body, "draft");
    const assist = await assistOf(view.id);
    expect(assist.suggestedSummary.length).toBeGreaterThan(10);
    expect(assist.suggestedSummary.length).toBeLessThanOrEqual(121);
    const text = `${item.title}\n${item.body}`;
    // Extractive: the summary is made of the text's own sentences.
    const firstSentence = assist.suggestedSummary.split(/[。！？…]/)[0] ?? "";
    expect(text).toContain(firstSentence);
    expect(assist.suggestedKeywords.length).toBeGreaterThanOrEqual(3);
    for (const keyword of assist.suggestedKeywords) expect(text).toContain(keyword);
  });

  it("are computed for a whole list of articles in one request", async () => {
    const result = await kit.ok<{ articles: { items: { writingAssist: Assist }[] } }>(
      `query($siteId: ID!) { articles(filter: { siteId: $siteId }, limit: 50) { items { writingAssist { ${ASSIST_FIELDS} } } } }`,
      { siteId: siteA.id },
      a.editor,
    );
    expect(result.articles.items.length).toBeGreaterThanOrEqual(4);
    for (const item of result.articles.items)
      expect(item.writingAssist.suggestedKeywords.length).toBeGreaterThan(0);
  });
});

describe("suggested keywords and the lexicon", () => {
  it("never proposes a phrase the text check flags (两岸三地)", async () => {
    const body = "<p>两岸三地青年代表参加交流活动，两岸三地青年共话发展。活动促进青年交流。</p>";
    const result = await kit.ok<{ suggestWriting: Assist }>(
      `query($title: String!, $body: String!) { suggestWriting(title: $title, body: $body) { ${ASSIST_FIELDS} } }`,
      { title: "两岸三地青年交流活动举行", body },
      a.editor,
    );
    expect(result.suggestWriting.suggestedKeywords).not.toContain("两岸三地");
    expect(result.suggestWriting.suggestedKeywords).toContain("青年");
  });
});
