// Integration: the third-party API — the change feed (published / updated / withdrawn since a cursor) and what an
// API client may read: published content of its own sites only, never drafts or pending revisions.
import { randomUUID } from "node:crypto";
import { clientClaims, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedChanges } from "../src/db/schema";
import {
  type ArticleView,
  article,
  type Cast,
  ContentKit,
  cast,
  content,
  MUTATIONS,
  type Person,
} from "./testkit/content";

const kit = new ContentKit();
const unitA = randomUUID();
const unitB = randomUUID();
let siteA: { id: string; unitId: string; channelId: string };
let siteB: { id: string; unitId: string; channelId: string };
let a: Cast;
let b: Cast;
let clientA: Person;
let clientB: Person;

interface Change {
  cursor: string;
  kind: string;
  articleId: string;
  siteId: string;
  article: { id: string; title: string } | null;
}
interface ChangePage {
  items: Change[];
  endCursor: string | null;
  hasMore: boolean;
}

const CHANGES = `query($siteIds: [ID!], $after: String, $limit: Int) {
  publishedChanges(siteIds: $siteIds, after: $after, limit: $limit) {
    items { cursor kind at articleId siteId channelId article { id title } } endCursor hasMore } }`;

async function changes(who: Person, variables: Record<string, unknown> = {}): Promise<ChangePage> {
  return (await kit.ok<{ publishedChanges: ChangePage }>(CHANGES, { limit: 500, ...variables }, who))
    .publishedChanges;
}

async function client(siteIds: string[]): Promise<Person> {
  const keys = await testKeys();
  const claims = clientClaims(siteIds);
  return { id: claims.sub, token: await keys.sign(claims) };
}

/** Saves a new revision of a live article, drives it through review and publishes it (an update). */
async function republish(view: ArticleView, title: string): Promise<void> {
  await kit.ok(
    MUTATIONS.save,
    {
      id: view.id,
      input: { baseRevisionId: view.currentRevision.id, content: content(siteA.channelId, title) },
    },
    a.editor,
  );
  await kit.ok(MUTATIONS.submit, { id: view.id }, a.editor);
  for (const reviewer of [a.r1, a.r2, a.r3]) await kit.ok(MUTATIONS.approve, { id: view.id }, reviewer);
  await kit.ok(MUTATIONS.publish, { id: view.id }, a.r3);
}

beforeAll(async () => {
  await kit.setup();
  siteA = await kit.site(unitA);
  siteB = await kit.site(unitB);
  a = await cast(kit, unitA);
  b = await cast(kit, unitB);
  clientA = await client([siteA.id]);
  clientB = await client([siteB.id]);
});
afterAll(() => kit.teardown());

describe("change feed", () => {
  let live: ArticleView;
  let draft: ArticleView;
  let pending: ArticleView;

  it("records publish, update and withdraw in order; drafts and pending revisions never appear", async () => {
    draft = await article(kit, a, siteA, "草稿不应出现", "draft");
    pending = await article(kit, a, siteA, "待审稿件不应出现", "in_review");
    await article(kit, a, siteA, "已终审未发布不应出现", "approved");
    live = await article(kit, a, siteA, "变更流稿件第一版");
    await republish(
      (
        await kit.ok<{ article: ArticleView }>(
          `query($id: ID!) { article(id: $id) { id currentRevision { id } } }`,
          { id: live.id },
          a.editor,
        )
      ).article,
      "变更流稿件第二版",
    );

    const afterUpdate = await changes(clientA);
    expect(afterUpdate.items.map((item) => [item.kind, item.articleId])).toEqual([
      ["PUBLISHED", live.id],
      ["UPDATED", live.id],
    ]);
    expect(afterUpdate.items[1]?.article?.title).toBe("变更流稿件第二版");
    expect(afterUpdate.hasMore).toBe(false);

    // An edit waiting for review changes nothing the feed returns.
    const current = (
      await kit.ok<{ article: ArticleView }>(
        `query($id: ID!) { article(id: $id) { id currentRevision { id } } }`,
        { id: live.id },
        a.editor,
      )
    ).article;
    await kit.ok(
      MUTATIONS.save,
      {
        id: live.id,
        input: {
          baseRevisionId: current.currentRevision.id,
          content: content(siteA.channelId, "待审的第三版"),
        },
      },
      a.editor,
    );
    await kit.ok(MUTATIONS.submit, { id: live.id }, a.editor);
    expect(await changes(clientA)).toEqual(afterUpdate);

    await kit.ok(MUTATIONS.unpublish, { id: live.id, reason: "内容过时" }, a.r3);
    const all = await changes(clientA);
    expect(all.items.map((item) => item.kind)).toEqual(["PUBLISHED", "UPDATED", "WITHDRAWN"]);
    expect(all.items[2]?.article).toBeNull();
    expect(new Set(all.items.map((item) => item.cursor)).size).toBe(3);

    const rows = await kit.content.db.select().from(publishedChanges);
    const ids = new Set(rows.map((row) => row.articleId));
    expect(ids.has(draft.id)).toBe(false);
    expect(ids.has(pending.id)).toBe(false);
  });

  it("pages with after/limit and keeps the cursor when nothing is new", async () => {
    for (const n of [1, 2, 3]) await article(kit, a, siteA, `分页稿件${n}`);
    const all = await changes(clientA);
    expect(all.items).toHaveLength(6);

    const seen: Change[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: ChangePage = await changes(clientA, { after, limit: 4 });
      seen.push(...page.items);
      after = page.endCursor;
      pages += 1;
      if (!page.hasMore) break;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(all.items);

    const tail = await changes(clientA, { after: all.endCursor });
    expect(tail).toEqual({ items: [], endCursor: all.endCursor, hasMore: false });

    await article(kit, a, siteA, "游标之后的新稿件");
    const fresh = await changes(clientA, { after: all.endCursor });
    expect(fresh.items.map((item) => item.article?.title)).toEqual(["游标之后的新稿件"]);
  });

  it("refuses a bad cursor with BAD_USER_INPUT", async () => {
    for (const after of ["nonsense!", Buffer.from("cf1:-1").toString("base64url"), "Y2YxOmFiYw"]) {
      const result = await kit.gql(CHANGES, { after }, clientA);
      expect(result.errors?.[0]?.extensions?.code, after).toBe("BAD_USER_INPUT");
    }
  });

  it("shows each client only its sites; another site is FORBIDDEN", async () => {
    const other = await article(kit, b, siteB, "乙站点的稿件");
    const ofB = await changes(clientB);
    expect(ofB.items.map((item) => item.articleId)).toEqual([other.id]);
    expect((await changes(clientA)).items.every((item) => item.siteId === siteA.id)).toBe(true);

    const forbidden = await kit.gql(CHANGES, { siteIds: [siteB.id] }, clientA);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets staff read the feed of their sites only; anonymous callers must authenticate", async () => {
    const ofA = await changes(a.editor, { siteIds: [siteA.id] });
    expect(ofA.items.length).toBeGreaterThan(0);
    expect((await kit.gql(CHANGES, { siteIds: [siteA.id] }, b.editor)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await kit.gql(CHANGES, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await kit.gql(CHANGES, {}, await kit.citizen())).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("what an API client may read", () => {
  it("reads published content of its site", async () => {
    const view = await article(kit, a, siteA, "客户端可读的稿件");
    const one = await kit.ok<{ publishedArticle: { title: string } }>(
      `query($id: ID!) { publishedArticle(id: $id) { title channel { name site { id } } } }`,
      { id: view.id },
      clientA,
    );
    expect(one.publishedArticle.title).toBe("客户端可读的稿件");
    const list = await kit.ok<{ publishedArticles: { items: { id: string }[] } }>(
      `query($siteId: ID!) { publishedArticles(siteId: $siteId, limit: 100) { items { id } } }`,
      { siteId: siteA.id },
      clientA,
    );
    expect(list.publishedArticles.items.map((item) => item.id)).toContain(view.id);
    const entities = await kit.ok<{ _entities: { id: string }[] }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublishedArticle { id } } }`,
      { reps: [{ __typename: "PublishedArticle", id: view.id }] },
      clientA,
    );
    expect(entities._entities[0]?.id).toBe(view.id);
  });

  it("gets FORBIDDEN for another site's content, by id, list, channel, search or entity", async () => {
    const other = await article(kit, b, siteB, "乙站点的另一篇稿件");
    const cases: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { publishedArticle(id: $id) { id } }`, { id: other.id }],
      [`query($siteId: ID!) { publishedArticles(siteId: $siteId) { total } }`, { siteId: siteB.id }],
      [`query($id: ID!) { channel(id: $id) { name } }`, { id: siteB.channelId }],
      [
        `query($siteId: ID) { searchPublished(query: "稿件", siteId: $siteId) { total } }`,
        { siteId: siteB.id },
      ],
      [`query { searchPublished(query: "稿件") { total } }`, {}],
      [
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublishedArticle { id } } }`,
        { reps: [{ __typename: "PublishedArticle", id: other.id }] },
      ],
      [
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Site { channels { id } } } }`,
        { reps: [{ __typename: "Site", id: siteB.id }] },
      ],
    ];
    for (const [query, variables] of cases) {
      const result = await kit.gql(query, variables, clientA);
      expect(result.errors?.[0]?.extensions?.code, query).toBe("FORBIDDEN");
    }
  });

  it("cannot read staff queries (article, articles, revision, drafts) nor write", async () => {
    const draft = await article(kit, a, siteA, "客户端不可见的草稿", "draft");
    const cases: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { article(id: $id) { id } }`, { id: draft.id }],
      [`query($siteId: ID!) { articles(filter: { siteId: $siteId }) { total } }`, { siteId: siteA.id }],
      [`query($id: ID!) { revision(id: $id) { title } }`, { id: draft.currentRevision.id }],
      [`query { myReviewTasks { id } }`, {}],
      [`query($siteId: ID!) { mediaAssets(siteId: $siteId) { total } }`, { siteId: siteA.id }],
      [`query { suggestWriting(title: "标题", body: "正文") { suggestedSummary } }`, {}],
      [
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Article { id } } }`,
        { reps: [{ __typename: "Article", id: draft.id }] },
      ],
      [
        `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
        { input: { siteId: siteA.id, content: content(siteA.channelId, "客户端写入") } },
      ],
    ];
    for (const [query, variables] of cases) {
      const result = await kit.gql(query, variables, clientA);
      expect(result.errors?.[0]?.extensions?.code, query).toBe("FORBIDDEN");
      expect(JSON.stringify(result.data ?? {})).not.toContain("客户端不可见的草稿");
    }
    // The draft is not reachable through the public query either.
    const byId = await kit.ok<{ publishedArticle: unknown }>(
      `query($id: ID!) { publishedArticle(id: $id) { id } }`,
      { id: draft.id },
      clientA,
    );
    expect(byId.publishedArticle).toBeNull();
  });
});
