// Integration: articles, revisions, the three-stage review, publishing and public reads on a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerTransitionHook } from "../src";
import { channels, outbox } from "../src/db/schema";
import {
  type ArticleView,
  article,
  type Cast,
  ContentKit,
  cast,
  content,
  grant,
  MUTATIONS,
  type Person,
} from "./testkit/content";

const kit = new ContentKit();
const unitA = randomUUID();
const unitB = randomUUID();
let siteA: { id: string; unitId: string; channelId: string };
let siteB: { id: string; unitId: string; channelId: string };
let offlineSite: { id: string; unitId: string; channelId: string };
let a: Cast;
let b: Cast;

const PUBLISHED = `query($id: ID!) { publishedArticle(id: $id) { id title body } }`;
const PUBLISHED_LIST = `query($siteId: ID!, $channelId: ID) { publishedArticles(siteId: $siteId, channelId: $channelId, limit: 100) { total items { id title pinned } } }`;
const CHANNEL_LIST = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Channel { publishedArticles(limit: 100) { total items { id title } } } } }`;

beforeAll(async () => {
  await kit.setup();
  siteA = await kit.site(unitA);
  siteB = await kit.site(unitB);
  offlineSite = await kit.site(unitA, "offline");
  a = await cast(kit, unitA);
  b = await cast(kit, unitB);
});
afterAll(() => kit.teardown());

async function publicIds(site: { id: string; channelId: string }): Promise<string[]> {
  const list = await kit.ok<{ publishedArticles: { items: { id: string }[] } }>(PUBLISHED_LIST, {
    siteId: site.id,
  });
  const byChannel = await kit.ok<{ _entities: { publishedArticles: { items: { id: string }[] } }[] }>(
    CHANNEL_LIST,
    {
      reps: [{ __typename: "Channel", id: site.channelId }],
    },
  );
  const channelIds = byChannel._entities[0]?.publishedArticles.items.map((item) => item.id) ?? [];
  return [...new Set([...list.publishedArticles.items.map((item) => item.id), ...channelIds])];
}

async function isPublic(id: string, site = siteA): Promise<boolean> {
  const single = await kit.ok<{ publishedArticle: unknown }>(PUBLISHED, { id });
  const inLists = (await publicIds(site)).includes(id);
  expect(!!single.publishedArticle).toBe(inLists);
  return inLists;
}

async function codeOf(query: string, variables: Record<string, unknown>, who?: Person) {
  return (await kit.gql(query, variables, who)).errors?.[0]?.extensions?.code;
}

describe("three-stage review and publishing", () => {
  it("goes from draft through 初审, 复审, 终审 to published, recording every step and emitting events", async () => {
    const view = await article(kit, a, siteA, "全市党建工作会议召开");
    expect(view.status).toBe("PUBLISHED");
    expect(view.publishedRevision?.id).toBe(view.currentRevision.id);
    expect(view.timeline.map((entry) => [entry.action, entry.stageName])).toEqual([
      ["SUBMIT", "初审"],
      ["APPROVE", "初审"],
      ["APPROVE", "复审"],
      ["APPROVE", "终审"],
      ["PUBLISH", null],
    ]);
    expect(view.timeline[1]?.actor.id).toBe(a.r1.id);
    const published = await kit.ok<{ publishedArticle: { title: string } }>(PUBLISHED, { id: view.id });
    expect(published.publishedArticle.title).toBe("全市党建工作会议召开");
    const events = await kit.content.db.select().from(outbox);
    const types = events.filter((event) => event.aggregateId === view.id).map((event) => event.type);
    expect(types).toEqual([
      "article.created",
      "article.submitted",
      "article.approved",
      "article.approved",
      "article.approved",
      "article.published",
    ]);
    const publishedEvent = events.find(
      (event) => event.type === "article.published" && event.aggregateId === view.id,
    );
    expect(publishedEvent?.payload).toMatchObject({
      articleId: view.id,
      siteId: siteA.id,
      channelId: siteA.channelId,
      revisionId: view.currentRevision.id,
      title: "全市党建工作会议召开",
    });
    expect(publishedEvent?.actor).toMatchObject({ kind: "staff", id: a.r3.id });
    const sheet = await kit.ok<{ reviewSheet: { entries: { action: string; actor: { id: string } }[] } }>(
      `query($id: ID!) { reviewSheet(articleId: $id) { entries { action actor { id } } } }`,
      { id: view.id },
      a.admin,
    );
    expect(sheet.reviewSheet.entries.filter((e) => e.action === "APPROVE").map((e) => e.actor.id)).toEqual([
      a.r1.id,
      a.r2.id,
      a.r3.id,
    ]);
  });

  it("refuses the wrong stage, a second stage by the same person, one's own article and a reject without comment", async () => {
    const view = await article(kit, a, siteA, "待审稿件", "in_review");
    // The editor offers 通过/退回 by canReview: only to whom approve and reject would not refuse.
    const canReview = async (caller: Parameters<typeof codeOf>[2]) =>
      (
        await kit.ok<{ article: { canReview: boolean } }>(
          `query($id: ID!) { article(id: $id) { canReview } }`,
          { id: view.id },
          caller,
        )
      ).article.canReview;
    expect(await canReview(a.r1)).toBe(true);
    expect(await canReview(a.r2)).toBe(false);
    expect(await canReview(a.editor)).toBe(false);
    expect(await codeOf(MUTATIONS.approve, { id: view.id }, a.r2)).toBe("FORBIDDEN");
    expect(await codeOf(MUTATIONS.publish, { id: view.id }, a.r3)).toBe("CONFLICT");
    expect(await codeOf(MUTATIONS.reject, { id: view.id, comment: "  " }, a.r1)).toBe("BAD_USER_INPUT");

    const both = await kit.staff([
      grant("reviewer_1", { unitId: unitA }),
      grant("reviewer_2", { unitId: unitA }),
    ]);
    await kit.ok(MUTATIONS.approve, { id: view.id }, both);
    expect(await canReview(both)).toBe(false);
    expect(await canReview(a.r2)).toBe(true);
    expect(await codeOf(MUTATIONS.approve, { id: view.id }, both)).toBe("FORBIDDEN");

    const writerReviewer = await kit.staff([
      grant("editor", { unitId: unitA }),
      grant("reviewer_1", { unitId: unitA }),
    ]);
    const own = await kit.ok<{ createArticle: ArticleView }>(
      MUTATIONS.create,
      { input: { siteId: siteA.id, content: content(siteA.channelId, "自己的稿件") } },
      writerReviewer,
    );
    await kit.ok(MUTATIONS.submit, { id: own.createArticle.id }, writerReviewer);
    expect(await codeOf(MUTATIONS.approve, { id: own.createArticle.id }, writerReviewer)).toBe("FORBIDDEN");
    // Another editor submitted it: the submitter cannot approve either, the author neither.
    const tasks = await kit.ok<{ myReviewTasks: { id: string }[] }>(
      `{ myReviewTasks { id } }`,
      {},
      writerReviewer,
    );
    expect(tasks.myReviewTasks.map((t) => t.id)).not.toContain(own.createArticle.id);

    const rejected = await kit.ok<{ rejectArticle: ArticleView }>(
      MUTATIONS.reject,
      { id: own.createArticle.id, comment: "标题需修改" },
      a.r1,
    );
    expect(rejected.rejectArticle.status).toBe("DRAFT");
    expect(rejected.rejectArticle.timeline.at(-1)).toMatchObject({
      action: "REJECT",
      comment: "标题需修改",
      stage: 1,
    });
  });

  it("refuses other units, citizens and anonymous callers", async () => {
    const view = await article(kit, a, siteA, "他单位不可见", "in_review");
    const create = { input: { siteId: siteA.id, content: content(siteA.channelId, "越权") } };
    expect(await codeOf(MUTATIONS.create, create, b.editor)).toBe("FORBIDDEN");
    const onB = { input: { siteId: siteB.id, content: content(siteB.channelId, "越权") } };
    expect(await codeOf(MUTATIONS.create, onB, a.editor)).toBe("FORBIDDEN");
    expect(await codeOf(MUTATIONS.approve, { id: view.id }, b.r1)).toBe("FORBIDDEN");
    expect(await codeOf(`query($id: ID!) { article(id: $id) { id } }`, { id: view.id }, b.editor)).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(MUTATIONS.create, create, await kit.citizen())).toBe("FORBIDDEN");
    expect(await codeOf(MUTATIONS.create, create)).toBe("UNAUTHENTICATED");
    expect(await codeOf(`query($id: ID!) { article(id: $id) { id } }`, { id: view.id })).toBe(
      "UNAUTHENTICATED",
    );
    const tasks = await kit.ok<{ myReviewTasks: { id: string }[] }>(`{ myReviewTasks { id } }`, {}, b.r1);
    expect(tasks.myReviewTasks.map((t) => t.id)).not.toContain(view.id);
    const mine = await kit.ok<{ myReviewTasks: { id: string }[] }>(`{ myReviewTasks { id } }`, {}, a.r1);
    expect(mine.myReviewTasks.map((t) => t.id)).toContain(view.id);
  });

  it("lets only the submitter withdraw from review", async () => {
    const view = await article(kit, a, siteA, "撤回测试", "in_review");
    const otherEditor = await kit.staff([grant("editor", { unitId: unitA })]);
    expect(await codeOf(MUTATIONS.withdraw, { id: view.id }, otherEditor)).toBe("FORBIDDEN");
    const withdrawn = await kit.ok<{ withdrawArticle: ArticleView }>(
      MUTATIONS.withdraw,
      { id: view.id },
      a.editor,
    );
    expect(withdrawn.withdrawArticle.status).toBe("DRAFT");
  });

  it("restarts review from the first stage when an approved article is edited", async () => {
    const view = await article(kit, a, siteA, "修改后重审", "in_review");
    await kit.ok(MUTATIONS.approve, { id: view.id }, a.r1);
    const saved = await kit.ok<{ saveArticle: ArticleView }>(
      MUTATIONS.save,
      {
        id: view.id,
        input: {
          baseRevisionId: view.currentRevision.id,
          content: content(siteA.channelId, "修改后重审（二稿）"),
        },
      },
      a.editor,
    );
    expect(saved.saveArticle.status).toBe("DRAFT");
    expect(saved.saveArticle.reviewStage).toBeNull();
    expect(saved.saveArticle.currentRevision.number).toBe(2);
    expect(saved.saveArticle.timeline.at(-1)?.action).toBe("RESTART");
    const resubmitted = await kit.ok<{ submitArticle: ArticleView }>(
      MUTATIONS.submit,
      { id: view.id },
      a.editor,
    );
    expect(resubmitted.submitArticle.reviewStage).toBe(1);
    // New round: the first-stage reviewer acts again on the new revision; 复审 cannot skip ahead.
    expect(await codeOf(MUTATIONS.approve, { id: view.id }, a.r2)).toBe("FORBIDDEN");
    const again = await kit.ok<{ approveArticle: ArticleView }>(MUTATIONS.approve, { id: view.id }, a.r1);
    expect(again.approveArticle.reviewStage).toBe(2);
  });

  it("keeps the live snapshot until a new revision is approved and published again", async () => {
    const view = await article(kit, a, siteA, "已发布原稿");
    await kit.ok(
      MUTATIONS.save,
      {
        id: view.id,
        input: { baseRevisionId: view.currentRevision.id, content: content(siteA.channelId, "未审的新稿") },
      },
      a.editor,
    );
    const live = await kit.ok<{ publishedArticle: { title: string } }>(PUBLISHED, { id: view.id });
    expect(live.publishedArticle.title).toBe("已发布原稿");
    await kit.ok(MUTATIONS.submit, { id: view.id }, a.editor);
    for (const reviewer of [a.r1, a.r2, a.r3]) await kit.ok(MUTATIONS.approve, { id: view.id }, reviewer);
    expect(
      (await kit.ok<{ publishedArticle: { title: string } }>(PUBLISHED, { id: view.id })).publishedArticle
        .title,
    ).toBe("已发布原稿");
    await kit.ok(MUTATIONS.publish, { id: view.id }, a.r3);
    expect(
      (await kit.ok<{ publishedArticle: { title: string } }>(PUBLISHED, { id: view.id })).publishedArticle
        .title,
    ).toBe("未审的新稿");
    const types = (await kit.content.db.select().from(outbox))
      .filter((event) => event.aggregateId === view.id)
      .map((event) => event.type);
    expect(types.filter((type) => type === "article.published")).toHaveLength(1);
    expect(types).toContain("article.updated");
  });
});

describe("revisions", () => {
  it("lets exactly one of two concurrent saves on the same base succeed; the other gets CONFLICT", async () => {
    const view = await article(kit, a, siteA, "并发保存", "draft");
    const otherTab = await kit.staff([grant("editor", { unitId: unitA })]);
    const save = (who: Person, title: string) =>
      kit.gql(
        MUTATIONS.save,
        {
          id: view.id,
          input: { baseRevisionId: view.currentRevision.id, content: content(siteA.channelId, title) },
        },
        who,
      );
    const results = await Promise.all([
      save(a.editor, "甲的修改"),
      save(otherTab, "乙的修改"),
      save(a.editor, "甲在另一个标签页"),
    ]);
    const succeeded = results.filter((result) => !result.errors);
    const conflicts = results.filter((result) => result.errors?.[0]?.extensions?.code === "CONFLICT");
    expect(succeeded).toHaveLength(1);
    expect(conflicts).toHaveLength(2);
    const winner = (succeeded[0]?.data?.saveArticle as ArticleView | undefined)?.currentRevision;
    for (const conflict of conflicts)
      expect(conflict.errors?.[0]?.extensions?.currentRevisionId).toBe(winner?.id);
    const after = await kit.ok<{ article: ArticleView }>(
      `query($id: ID!) { article(id: $id) { revisionCount currentRevision { id number } } }`,
      { id: view.id },
      a.editor,
    );
    expect(after.article.revisionCount).toBe(2);
    expect(after.article.currentRevision.number).toBe(2);
  });

  it("compares two revisions field by field, the body as words", async () => {
    const view = await article(kit, a, siteA, "市委召开常委会议", "draft", "<p>会议研究了城市更新工作。</p>");
    const saved = await kit.ok<{ saveArticle: ArticleView }>(
      MUTATIONS.save,
      {
        id: view.id,
        input: {
          baseRevisionId: view.currentRevision.id,
          content: {
            ...content(siteA.channelId, "市委召开常委扩大会议"),
            body: "<p>会议研究了乡村振兴工作。</p>",
          },
        },
      },
      a.editor,
    );
    const diff = await kit.ok<{
      revisionDiff: {
        fields: { field: string; changed: boolean; parts: { kind: string; text: string }[] }[];
      };
    }>(
      `query($from: ID!, $to: ID!) { revisionDiff(fromId: $from, toId: $to) { fields { field changed parts { kind text } } } }`,
      { from: view.currentRevision.id, to: saved.saveArticle.currentRevision.id },
      a.r1,
    );
    const field = (name: string) => diff.revisionDiff.fields.find((f) => f.field === name);
    expect(field("title")?.changed).toBe(true);
    expect(field("source")?.changed).toBe(false);
    const body = field("body")?.parts ?? [];
    expect(
      body
        .filter((p) => p.kind === "DELETE")
        .map((p) => p.text)
        .join(""),
    ).toContain("城市更新");
    expect(
      body
        .filter((p) => p.kind === "INSERT")
        .map((p) => p.text)
        .join(""),
    ).toContain("乡村振兴");
    expect(body.map((p) => p.text).join("")).not.toContain("<p>");
  });
});

describe("public reads", () => {
  it("never returns drafts, pending or approved-but-unpublished revisions, withdrawn or deleted articles, or offline sites", async () => {
    const draft = await article(kit, a, siteA, "草稿", "draft");
    const pending = await article(kit, a, siteA, "审核中", "in_review");
    const approved = await article(kit, a, siteA, "已通过未发布", "approved");
    const withdrawn = await article(kit, a, siteA, "将被撤稿");
    const deleted = await article(kit, a, siteA, "将被删除", "approved");
    const live = await article(kit, a, siteA, "正常发布");
    const offline = await article(kit, a, offlineSite, "离线站点稿件");
    expect(await isPublic(live.id)).toBe(true);
    expect(await isPublic(withdrawn.id)).toBe(true);

    const unpublished = await kit.ok<{ unpublishArticle: ArticleView }>(
      MUTATIONS.unpublish,
      { id: withdrawn.id, reason: "内容有误" },
      a.r3,
    );
    expect(unpublished.unpublishArticle).toMatchObject({
      status: "WITHDRAWN",
      withdrawReason: "内容有误",
      publishedRevision: null,
    });
    expect(await codeOf(MUTATIONS.unpublish, { id: live.id, reason: "" }, a.r3)).toBe("BAD_USER_INPUT");
    expect(await codeOf(MUTATIONS.unpublish, { id: live.id, reason: "无权" }, a.editor)).toBe("FORBIDDEN");
    // A live article leaves the portal by a takedown with a reason, never by a delete.
    expect(await codeOf(MUTATIONS.delete, { id: live.id }, a.editor)).toBe("CONFLICT");
    await kit.ok(MUTATIONS.delete, { id: deleted.id }, a.editor);

    for (const hidden of [draft, pending, approved, withdrawn, deleted])
      expect(await isPublic(hidden.id)).toBe(false);
    expect(await isPublic(offline.id, offlineSite)).toBe(false);
    expect(await isPublic(live.id)).toBe(true);
    expect(
      (await kit.ok<{ publishedArticle: unknown }>(PUBLISHED, { id: randomUUID() })).publishedArticle,
    ).toBeNull();
    expect(
      (await kit.ok<{ publishedArticle: unknown }>(PUBLISHED, { id: "not-a-uuid" })).publishedArticle,
    ).toBeNull();
    const entities = await kit.ok<{ _entities: unknown[] }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublishedArticle { id title } } }`,
      { reps: [{ __typename: "PublishedArticle", id: draft.id }] },
    );
    expect(entities._entities).toEqual([null]);

    // The recycle bin: excluded from staff lists, restorable only by the unit admin.
    const list = await kit.ok<{ articles: { items: { id: string }[] } }>(
      `query($filter: ArticleFilter!) { articles(filter: $filter, limit: 100) { items { id } } }`,
      { filter: { siteId: siteA.id } },
      a.editor,
    );
    expect(list.articles.items.map((item) => item.id)).not.toContain(deleted.id);
    expect(await codeOf(MUTATIONS.restore, { id: deleted.id }, a.editor)).toBe("FORBIDDEN");
    const restored = await kit.ok<{ restoreArticle: ArticleView }>(
      MUTATIONS.restore,
      { id: deleted.id },
      a.admin,
    );
    expect(restored.restoreArticle).toMatchObject({ deletedAt: null, status: "APPROVED" });
    expect(await isPublic(deleted.id)).toBe(false);
    // Restoring again: it is not in the bin, and the admin is told so (not "稿件不存在").
    const again = await kit.gql(MUTATIONS.restore, { id: deleted.id }, a.admin);
    expect(again.errors?.[0]).toMatchObject({
      message: "稿件不在回收站中",
      extensions: { code: "CONFLICT" },
    });
    expect(await codeOf(MUTATIONS.restore, { id: deleted.id }, a.editor)).toBe("FORBIDDEN");
    expect(await codeOf(MUTATIONS.restore, { id: randomUUID() }, a.admin)).toBe("NOT_FOUND");
  });

  it("lists pinned (not expired) first, then newest", async () => {
    const site = await kit.site(unitA);
    const older = await article(kit, a, site, "较早的稿件");
    const newer = await article(kit, a, site, "较新的稿件");
    const expired = await article(kit, a, site, "置顶已过期");
    const flags = `mutation($id: ID!, $input: ArticleFlagsInput!) { setArticleFlags(id: $id, input: $input) { id } }`;
    await kit.ok(
      flags,
      { id: older.id, input: { pinned: true, pinnedUntil: new Date(Date.now() + 86_400_000).toISOString() } },
      a.editor,
    );
    await kit.ok(
      flags,
      { id: expired.id, input: { pinned: true, pinnedUntil: new Date(Date.now() - 1000).toISOString() } },
      a.editor,
    );
    const list = await kit.ok<{ publishedArticles: { items: { id: string; pinned: boolean }[] } }>(
      PUBLISHED_LIST,
      {
        siteId: site.id,
      },
    );
    expect(list.publishedArticles.items.map((item) => item.id)).toEqual([older.id, expired.id, newer.id]);
    expect(list.publishedArticles.items.map((item) => item.pinned)).toEqual([true, false, false]);
  });
});

describe("channels holding articles", () => {
  it("refuses to delete a channel that still holds articles, and deletes an empty one", async () => {
    const CREATE = `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`;
    const DELETE = `mutation($id: ID!) { deleteChannel(id: $id) }`;
    const made = await kit.ok<{ createChannel: { id: string } }>(
      CREATE,
      { input: { siteId: siteA.id, name: "专项工作", slug: "zxgz" } },
      a.admin,
    );
    const channelId = made.createChannel.id;
    await article(kit, a, { ...siteA, channelId }, "专项工作稿件");
    const refused = await kit.gql(DELETE, { id: channelId }, a.admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "CHANNEL_NOT_EMPTY" });
    expect(refused.errors?.[0]?.message).toContain("1 篇稿件");

    const empty = await kit.ok<{ createChannel: { id: string } }>(
      CREATE,
      { input: { siteId: siteA.id, name: "空栏目", slug: "klm" } },
      a.admin,
    );
    expect(await kit.ok(DELETE, { id: empty.createChannel.id }, a.admin)).toEqual({ deleteChannel: true });
  });
});

describe("workflow changes", () => {
  it("refuses to drop a stage while articles wait at it, so none is stranded", async () => {
    const site = await kit.site(unitA);
    const waiting = await article(kit, a, site, "等待终审的稿件", "in_review");
    await kit.ok(MUTATIONS.approve, { id: waiting.id }, a.r1);
    await kit.ok(MUTATIONS.approve, { id: waiting.id }, a.r2);
    const UPDATE = `mutation($siteId: ID!, $stages: [WorkflowStageInput!]!) { updateWorkflow(siteId: $siteId, stages: $stages) { stages { order } } }`;
    const two = [
      { name: "初审", roleCode: "reviewer_1" },
      { name: "终审", roleCode: "reviewer_3" },
    ];
    const refused = await kit.gql(UPDATE, { siteId: site.id, stages: two }, a.admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "ARTICLES_IN_REMOVED_STAGES",
    });
    await kit.ok(MUTATIONS.approve, { id: waiting.id }, a.r3);
    const changed = await kit.ok<{ updateWorkflow: { stages: unknown[] } }>(
      UPDATE,
      { siteId: site.id, stages: two },
      a.admin,
    );
    expect(changed.updateWorkflow.stages).toHaveLength(2);
  });
});

describe("before-transition hooks", () => {
  it("refuse a transition with a typed error and write nothing", async () => {
    const remove = registerTransitionHook(async ({ action, revision }) =>
      action === "publish" && revision.title.includes("【拦截】")
        ? { refuse: "存在未处理的严重错敏词" }
        : undefined,
    );
    try {
      const view = await article(kit, a, siteA, "【拦截】稿件", "approved");
      const result = await kit.gql(MUTATIONS.publish, { id: view.id }, a.r3);
      expect(result.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      expect(result.errors?.[0]?.message).toBe("存在未处理的严重错敏词");
      const after = await kit.ok<{ article: ArticleView }>(
        `query($id: ID!) { article(id: $id) { status } }`,
        { id: view.id },
        a.r3,
      );
      expect(after.article.status).toBe("APPROVED");
    } finally {
      remove();
    }
  });
});

describe("sanitising", () => {
  const VECTORS = [
    `<script>alert(1)</script>`,
    `<img src=x onerror=alert(1)>`,
    `<a href="javascript:alert(1)">x</a>`,
    `<a href="JaVaScRiPt:alert(1)">x</a>`,
    `<a href="jav&#x09;ascript:alert(1)">x</a>`,
    `<svg onload=alert(1)><circle/></svg>`,
    `<p style="width: expression(alert(1))">x</p>`,
    `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
    `<a href="data:text/html,<script>alert(1)</script>">x</a>`,
    `<iframe src="https://evil.example/"></iframe>`,
    `<object data="x.swf"></object><embed src="x.swf">`,
    `<form action="https://evil.example"><input name=x><button>go</button></form>`,
    `<body onload=alert(1)>`,
    `<div onclick="alert(1)">x</div>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`,
    `<p class="evil x" id="y">x</p>`,
    `<img src="//evil.example/x.png">`,
    `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
    `<base href="javascript:alert(1)//">`,
    `<link rel=stylesheet href="https://evil.example/x.css">`,
  ];

  it("strips a dozen classic XSS vectors from the body and keeps titles as plain text", async () => {
    const body = `<p>保留的<strong>正文</strong><a href="https://example.org/">链接</a><img src="/media/abc.png" alt="图"></p>${VECTORS.join("\n")}`;
    const view = await article(kit, a, siteA, "<script>alert('标题')</script> & <b>", "draft", body);
    const stored = view.currentRevision.body;
    expect(stored).toContain("<strong>正文</strong>");
    expect(stored).toContain(`<a href="https://example.org/" rel="noopener noreferrer">链接</a>`);
    expect(stored).toContain(`<img src="/media/abc.png" alt="图" />`);
    for (const forbidden of [
      /<script/i,
      /onerror/i,
      /onload/i,
      /onclick/i,
      /javascript:/i,
      /data:/i,
      /<iframe/i,
      /<svg/i,
      /<object/i,
      /<embed/i,
      /<form/i,
      /<input/i,
      /<style/i,
      /expression/i,
      /style=/i,
      /<meta/i,
      /<base/i,
      /<link/i,
      /evil/i,
      /id="y"/,
    ])
      expect(stored).not.toMatch(forbidden);
    expect(view.currentRevision.title).toBe("<script>alert('标题')</script> & <b>");
  });

  it("keeps only media-library images: the portal's CSP (img-src 'self' data:) would block any other", async () => {
    const body = [
      `<p>图文</p>`,
      `<img src="/media/abc.png" alt="资源库图片">`,
      `<img src="https://img.example/x.png" alt="外部图片">`,
      `<img src="http://img.example/y.png">`,
      `<img src="/favicon.svg" alt="站内其他路径">`,
    ].join("");
    const view = await article(kit, a, siteA, "图片规则", "draft", body);
    const stored = view.currentRevision.body;
    expect(stored).toContain(`<img src="/media/abc.png" alt="资源库图片" />`);
    expect(stored).not.toMatch(/img\.example|favicon/);
    expect(stored.match(/<img/g)).toHaveLength(1);
  });
});

describe("batching", () => {
  it("lists articles with channel, site, author and revision count in a constant number of statements", async () => {
    async function statementsFor(count: number): Promise<number> {
      const site = await kit.site(unitA);
      for (let i = 0; i < count; i++)
        await kit.ok(
          MUTATIONS.create,
          { input: { siteId: site.id, content: content(site.channelId, `稿件${i}`) } },
          a.editor,
        );
      const query = `query($filter: ArticleFilter!) { articles(filter: $filter, limit: 100) { total items {
        id status site { id } channel { id name } createdBy { id } revisionCount currentRevision { title } } } }`;
      kit.content.counter.reset();
      const result = await kit.ok<{ articles: { total: number; items: unknown[] } }>(
        query,
        { filter: { siteId: site.id } },
        a.editor,
      );
      expect(result.articles.items).toHaveLength(count);
      return kit.content.counter.count;
    }
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(6);
  });

  it("loads Channel.publishedArticles of many channels in a constant number of statements", async () => {
    const siteChannels = await kit.content.db.select().from(channels).where(eq(channels.siteId, siteA.id));
    async function statementsFor(count: number) {
      const reps = siteChannels.slice(0, count).map((channel) => ({ __typename: "Channel", id: channel.id }));
      kit.content.counter.reset();
      const result = await kit.ok<{
        _entities: { publishedArticles: { total: number; items: { title: string }[] } }[];
      }>(CHANNEL_LIST, { reps });
      expect(result._entities).toHaveLength(count);
      return { statements: kit.content.counter.count, result };
    }
    const one = await statementsFor(1);
    const all = await statementsFor(siteChannels.length);
    expect(all.statements).toBe(one.statements);
    const gzdt = all.result._entities[siteChannels.findIndex((c) => c.id === siteA.channelId)];
    expect(gzdt?.publishedArticles.total).toBeGreaterThan(0);
    expect(gzdt?.publishedArticles.items.map((item) => item.title)).toContain("全市党建工作会议召开");
  });
});
