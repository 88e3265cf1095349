// Integration: 信息报送 / 采用 — pushing a published article to other sites' channels, acceptance (a published
// copy with its origin), decline, permissions, re-push after an update, and the origin's takedown everywhere.
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../src/db/schema";
import {
  type ArticleView,
  article,
  type Cast,
  ContentKit,
  cast,
  grant,
  MUTATIONS,
  type Person,
} from "./testkit/content";

const kit = new ContentKit();
const unitA = randomUUID();
const unitB = randomUUID();
const unitC = randomUUID();
type TestSite = { id: string; unitId: string; channelId: string };
let siteA: TestSite;
let siteB: TestSite;
let siteC: TestSite;
let a: Cast;
let b: Cast;
let c: Cast;

const PUSH_FIELDS = `id status originArticleId originSiteName targetSiteName targetChannel { id } note
  pushedByName decidedByName declineReason copyArticleId isUpdate snapshot { revisionNumber title source body }`;
const PUSH = `mutation($id: ID!, $targets: [PushTargetInput!]!, $note: String) {
  pushArticle(id: $id, targets: $targets, note: $note) { ${PUSH_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptPush(id: $id) { ${PUSH_FIELDS} } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declinePush(id: $id, reason: $reason) { ${PUSH_FIELDS} } }`;
const INCOMING = `query($siteId: ID!, $status: PushStatus) {
  incomingPushes(siteId: $siteId, status: $status, limit: 100) { total items { ${PUSH_FIELDS} } } }`;
const OUTGOING = `query($id: ID!) { article(id: $id) { id status pushes { ${PUSH_FIELDS} }
  takedownReport { kind siteName channel { id } copyArticleId } } }`;
const COPY = `query($id: ID!) { article(id: $id) { id status channel { id } site { id }
  currentRevision { number title source } publishedRevision { title }
  origin { articleId siteName url } } }`;
const PUBLIC = `query($id: ID!) { publishedArticle(id: $id) { id title source site { id }
  origin { articleId siteName url } } }`;
const PUBLIC_LIST = `query($siteId: ID!) { publishedArticles(siteId: $siteId, limit: 100) { items { id title } } }`;

interface PushView {
  id: string;
  status: string;
  originArticleId: string;
  originSiteName: string;
  targetSiteName: string;
  targetChannel: { id: string };
  note: string | null;
  pushedByName: string;
  decidedByName: string | null;
  declineReason: string | null;
  copyArticleId: string | null;
  isUpdate: boolean;
  snapshot: { revisionNumber: number; title: string; source: string | null; body: string };
}
interface CopyView {
  id: string;
  status: string;
  channel: { id: string };
  site: { id: string };
  currentRevision: { number: number; title: string; source: string | null };
  publishedRevision: { title: string } | null;
  origin: { articleId: string; siteName: string; url: string | null } | null;
}
interface PublicView {
  id: string;
  title: string;
  source: string | null;
  origin: { articleId: string; siteName: string; url: string | null } | null;
}

beforeAll(async () => {
  await kit.setup();
  siteA = await kit.site(unitA);
  siteB = await kit.site(unitB);
  siteC = await kit.site(unitC);
  a = await cast(kit, unitA);
  b = await cast(kit, unitB);
  c = await cast(kit, unitC);
});
afterAll(() => kit.teardown());

const target = (site: TestSite) => ({ siteId: site.id, channelId: site.channelId });

async function errorOf(query: string, variables: Record<string, unknown>, who?: Person) {
  const result = await kit.gql(query, variables, who);
  return result.errors?.[0];
}

async function push(id: string, sites: TestSite[], who: Person = a.editor, note?: string) {
  return (await kit.ok<{ pushArticle: PushView[] }>(PUSH, { id, targets: sites.map(target), note }, who))
    .pushArticle;
}

async function accept(pushId: string, who: Person) {
  return (await kit.ok<{ acceptPush: PushView }>(ACCEPT, { id: pushId }, who)).acceptPush;
}

async function copyOf(id: string, who: Person) {
  return (await kit.ok<{ article: CopyView }>(COPY, { id }, who)).article;
}

async function publicOf(id: string) {
  return (await kit.ok<{ publishedArticle: PublicView | null }>(PUBLIC, { id })).publishedArticle;
}

async function outgoing(id: string) {
  return (
    await kit.ok<{
      article: {
        pushes: PushView[];
        takedownReport: {
          kind: string;
          siteName: string;
          channel: { id: string };
          copyArticleId: string | null;
        }[];
      };
    }>(OUTGOING, { id }, a.editor)
  ).article;
}

async function eventsOf(ids: string[]) {
  const rows = await kit.content.db.select().from(outbox).where(inArray(outbox.aggregateId, ids));
  return rows.sort((x, y) => x.seq - y.seq);
}

/** Saves a new version of a live article and drives it through review to publication (article.updated). */
async function republish(view: ArticleView, title: string) {
  const saved = await kit.ok<{ saveArticle: ArticleView }>(
    MUTATIONS.save,
    {
      id: view.id,
      input: {
        baseRevisionId: view.currentRevision.id,
        content: { title, body: "<p>更新后的正文</p>", channelId: siteA.channelId, source: "本网" },
      },
    },
    a.editor,
  );
  await kit.ok(MUTATIONS.submit, { id: saved.saveArticle.id }, a.editor);
  for (const reviewer of [a.r1, a.r2, a.r3]) await kit.ok(MUTATIONS.approve, { id: view.id }, reviewer);
  return (await kit.ok<{ publishArticle: ArticleView }>(MUTATIONS.publish, { id: view.id }, a.r3))
    .publishArticle;
}

describe("pushing (信息报送)", () => {
  it("refuses a draft and an approved but never published article: only the live snapshot travels", async () => {
    const draft = await article(kit, a, siteA, "未发布的草稿", "draft");
    expect(
      (await errorOf(PUSH, { id: draft.id, targets: [target(siteB)] }, a.editor))?.extensions?.code,
    ).toBe("CONFLICT");
    const approved = await article(kit, a, siteA, "已终审未发布", "approved");
    expect(
      (await errorOf(PUSH, { id: approved.id, targets: [target(siteB)] }, a.editor))?.extensions?.code,
    ).toBe("CONFLICT");
    const incoming = await kit.ok<{ incomingPushes: { total: number } }>(
      INCOMING,
      { siteId: siteB.id },
      b.r1,
    );
    expect(incoming.incomingPushes.total).toBe(0);
  });

  it("refuses bad targets: no targets, its own site, a channel of another site, twice while pending", async () => {
    const view = await article(kit, a, siteA, "报送目标校验");
    const code = async (targets: unknown[]) =>
      (await errorOf(PUSH, { id: view.id, targets }, a.editor))?.extensions?.code;
    expect(await code([])).toBe("BAD_USER_INPUT");
    expect(await code([target(siteA)])).toBe("BAD_USER_INPUT");
    expect(await code([{ siteId: siteB.id, channelId: siteC.channelId }])).toBe("BAD_USER_INPUT");
    await push(view.id, [siteB]);
    expect(await code([target(siteB)])).toBe("CONFLICT");
    expect((await outgoing(view.id)).pushes).toHaveLength(1);
  });

  it("pushes to two sites; B's reviewer accepts: a published copy in B links to the origin and names its source", async () => {
    const origin = await article(kit, a, siteA, "全市基层党建现场会召开", "published", "<p>会议要求……</p>");
    const pushes = await push(origin.id, [siteB, siteC], a.editor, "请各单位采用");
    expect(pushes.map((p) => [p.status, p.targetSiteName, p.note])).toEqual([
      ["PENDING", "站点s2", "请各单位采用"],
      ["PENDING", "站点s3", "请各单位采用"],
    ]);
    const [toB, toC] = pushes as [PushView, PushView];
    expect(toB.snapshot).toMatchObject({ revisionNumber: 1, title: "全市基层党建现场会召开" });

    const pending = await kit.ok<{ incomingPushes: { items: PushView[] } }>(
      INCOMING,
      { siteId: siteB.id, status: "PENDING" },
      b.r1,
    );
    expect(pending.incomingPushes.items.map((p) => p.id)).toContain(toB.id);
    expect(pending.incomingPushes.items.find((p) => p.id === toB.id)?.originSiteName).toBe("站点s1");

    const accepted = await accept(toB.id, b.r1);
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.decidedByName).toBe("初审人");
    const copyId = accepted.copyArticleId as string;
    expect(copyId).not.toBe(origin.id);

    const copy = await copyOf(copyId, b.r1);
    expect(copy.status).toBe("PUBLISHED");
    expect(copy.site.id).toBe(siteB.id);
    expect(copy.channel.id).toBe(siteB.channelId);
    // The origin's "本网" means site A: the copy names it.
    expect(copy.currentRevision.source).toBe("站点s1");
    expect(copy.origin).toEqual({
      articleId: origin.id,
      siteName: "站点s1",
      url: `/s/s1/gzdt/${origin.id}.html`,
    });

    const shown = await publicOf(copyId);
    expect(shown?.title).toBe("全市基层党建现场会召开");
    expect(shown?.origin?.url).toBe(`/s/s1/gzdt/${origin.id}.html`);
    expect(shown?.source).toBe("站点s1");
    const listB = await kit.ok<{ publishedArticles: { items: { id: string }[] } }>(PUBLIC_LIST, {
      siteId: siteB.id,
    });
    expect(listB.publishedArticles.items.map((item) => item.id)).toContain(copyId);
    expect((await publicOf(origin.id))?.origin).toBeNull();
    // The way the gateway resolves it.
    const entities = await kit.ok<{ _entities: { origin: { siteName: string } | null }[] }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublishedArticle { origin { siteName } } } }`,
      { reps: [{ __typename: "PublishedArticle", id: copyId }] },
    );
    expect(entities._entities[0]?.origin?.siteName).toBe("站点s1");

    // C has not decided yet: the origin's editors see both statuses.
    const statuses = (await outgoing(origin.id)).pushes.map((p) => [p.targetSiteName, p.status]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        ["站点s2", "ACCEPTED"],
        ["站点s3", "PENDING"],
      ]),
    );
    expect(toC.status).toBe("PENDING");

    const events = await eventsOf([origin.id, copyId]);
    const types = events.map((event) => `${event.type}@${event.siteId === siteA.id ? "A" : "B"}`);
    expect(types).toEqual(
      expect.arrayContaining([
        "article.pushed@A",
        "article.created@B",
        "article.published@B",
        "article.push_accepted@B",
      ]),
    );
    const pushed = events.filter((event) => event.type === "article.pushed");
    expect(pushed).toHaveLength(2);
    expect(pushed[0]?.actor).toMatchObject({ kind: "staff", id: a.editor.id });
    const acceptedEvent = events.find((event) => event.type === "article.push_accepted");
    expect(acceptedEvent?.actor).toMatchObject({ kind: "staff", id: b.r1.id });
    expect(acceptedEvent?.payload).toMatchObject({
      pushId: toB.id,
      copyArticleId: copyId,
      articleId: origin.id,
    });
    const copyPublished = events.find(
      (event) => event.type === "article.published" && event.aggregateId === copyId,
    );
    expect(copyPublished?.actor).toMatchObject({ id: b.r1.id });

    // A push is decided once.
    expect((await errorOf(ACCEPT, { id: toB.id }, b.r2))?.extensions?.code).toBe("CONFLICT");
  });

  it("keeps the origin's own source on the copy", async () => {
    const created = await kit.ok<{ createArticle: ArticleView }>(
      MUTATIONS.create,
      {
        input: {
          siteId: siteA.id,
          content: {
            title: "转自日报的稿件",
            body: "<p>正文</p>",
            channelId: siteA.channelId,
            source: "市日报",
          },
        },
      },
      a.editor,
    );
    const id = created.createArticle.id;
    await kit.ok(MUTATIONS.submit, { id }, a.editor);
    for (const reviewer of [a.r1, a.r2, a.r3]) await kit.ok(MUTATIONS.approve, { id }, reviewer);
    await kit.ok(MUTATIONS.publish, { id }, a.r3);
    const [toB] = await push(id, [siteB]);
    const accepted = await accept((toB as PushView).id, b.r3);
    expect((await publicOf(accepted.copyArticleId as string))?.source).toBe("市日报");
  });

  it("declines only with a reason, which the origin's editors see", async () => {
    const origin = await article(kit, a, siteA, "需要退回的报送");
    const [toB] = (await push(origin.id, [siteB])) as [PushView];
    expect((await errorOf(DECLINE, { id: toB.id, reason: "  " }, b.r1))?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    const declined = (
      await kit.ok<{ declinePush: PushView }>(DECLINE, { id: toB.id, reason: "与本站栏目定位不符" }, b.r2)
    ).declinePush;
    expect(declined).toMatchObject({
      status: "DECLINED",
      declineReason: "与本站栏目定位不符",
      copyArticleId: null,
    });
    expect((await outgoing(origin.id)).pushes[0]).toMatchObject({
      status: "DECLINED",
      declineReason: "与本站栏目定位不符",
      decidedByName: "复审人",
    });
    expect((await errorOf(ACCEPT, { id: toB.id }, b.r1))?.extensions?.code).toBe("CONFLICT");
    const events = (await eventsOf([origin.id])).filter((event) => event.type === "article.push_declined");
    expect(events).toHaveLength(1);
    expect(events[0]?.siteId).toBe(siteB.id);
    expect(events[0]?.actor).toMatchObject({ id: b.r2.id });
    expect(events[0]?.payload).toMatchObject({ reason: "与本站栏目定位不符", notify: a.editor.id });
    // Declined: the same target may be pushed again.
    expect(await push(origin.id, [siteB])).toHaveLength(1);
  });

  it("lets only the target site's reviewers decide, and only the origin site's editors push", async () => {
    const origin = await article(kit, a, siteA, "权限校验稿件");
    const [toB] = (await push(origin.id, [siteB])) as [PushView];
    const codeOf = async (who: Person) => (await errorOf(ACCEPT, { id: toB.id }, who))?.extensions?.code;
    expect(await codeOf(a.editor)).toBe("FORBIDDEN");
    expect(await codeOf(a.r3)).toBe("FORBIDDEN");
    expect(await codeOf(c.r1)).toBe("FORBIDDEN");
    // B's editor may not adopt either: acceptance is a review decision.
    expect(await codeOf(b.editor)).toBe("FORBIDDEN");
    expect((await errorOf(ACCEPT, { id: toB.id }))?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await errorOf(DECLINE, { id: toB.id, reason: "不采用" }, a.r1))?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await errorOf(INCOMING, { siteId: siteB.id }, a.r1))?.extensions?.code).toBe("FORBIDDEN");
    expect((await errorOf(INCOMING, { siteId: siteB.id }, b.editor))?.extensions?.code).toBe("FORBIDDEN");
    // Editors of B cannot push A's article; A's reviewer_1 has no push right.
    expect(
      (await errorOf(PUSH, { id: origin.id, targets: [target(siteC)] }, b.editor))?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await errorOf(PUSH, { id: origin.id, targets: [target(siteC)] }, a.r1))?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const siteReviewer = await kit.staff([grant("reviewer_1", { siteId: siteB.id })], "站点初审");
    const accepted = await accept(toB.id, siteReviewer);
    expect(accepted.status).toBe("ACCEPTED");
    // The copy is B's: A's editor cannot read it as staff, the public can.
    expect((await errorOf(COPY, { id: accepted.copyArticleId }, a.editor))?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect(await publicOf(accepted.copyArticleId as string)).not.toBeNull();
  });
});

describe("copies follow their origin", () => {
  it("re-push after an update waits for re-acceptance while the old copy stays live", async () => {
    const origin = await article(kit, a, siteA, "第一版标题");
    const [first] = (await push(origin.id, [siteB])) as [PushView];
    const copyId = (await accept(first.id, b.r1)).copyArticleId as string;
    // Pushing the version B already carries is pointless.
    expect(
      (await errorOf(PUSH, { id: origin.id, targets: [target(siteB)] }, a.editor))?.extensions?.code,
    ).toBe("CONFLICT");

    await republish(origin, "第二版标题");
    expect((await publicOf(copyId))?.title).toBe("第一版标题");
    const [second] = (await push(origin.id, [siteB])) as [PushView];
    expect(second).toMatchObject({ status: "PENDING", isUpdate: true, copyArticleId: copyId });
    expect(second.snapshot).toMatchObject({ revisionNumber: 2, title: "第二版标题" });
    expect((await publicOf(copyId))?.title).toBe("第一版标题");

    const reaccepted = await accept(second.id, b.r2);
    expect(reaccepted.copyArticleId).toBe(copyId);
    expect((await publicOf(copyId))?.title).toBe("第二版标题");
    const copy = await copyOf(copyId, b.r1);
    expect(copy.currentRevision.number).toBe(2);
    expect(copy.status).toBe("PUBLISHED");

    const statuses = (await outgoing(origin.id)).pushes.map((p) => [p.id, p.status]);
    expect(statuses).toEqual([
      [second.id, "ACCEPTED"],
      [first.id, "SUPERSEDED"],
    ]);
    const copyEvents = (await eventsOf([copyId])).map((event) => event.type);
    expect(copyEvents.filter((type) => type === "article.published")).toHaveLength(1);
    expect(copyEvents.filter((type) => type === "article.updated")).toHaveLength(1);
  });

  it("a copy cannot be submitted for review or pushed on; its site may take it down on its own", async () => {
    const origin = await article(kit, a, siteA, "只读采用稿");
    const [toB] = (await push(origin.id, [siteB])) as [PushView];
    const copyId = (await accept(toB.id, b.r1)).copyArticleId as string;
    const copy = await copyOf(copyId, b.r1);
    const current = await kit.ok<{ article: ArticleView }>(
      `query($id: ID!) { article(id: $id) { currentRevision { id } } }`,
      { id: copyId },
      b.editor,
    );
    const rewrite = await errorOf(
      MUTATIONS.save,
      {
        id: copyId,
        input: {
          baseRevisionId: current.article.currentRevision.id,
          content: { title: "被改写的标题", body: "<p>改写</p>", channelId: siteB.channelId },
        },
      },
      b.editor,
    );
    expect(rewrite?.extensions?.code).toBe("FORBIDDEN");
    expect(rewrite?.message).toContain("以原稿为准");
    // Nothing new to submit; the copy's read-only hook would refuse it anyway.
    expect(["FORBIDDEN", "CONFLICT"]).toContain(
      (await errorOf(MUTATIONS.submit, { id: copyId }, b.editor))?.extensions?.code,
    );
    expect((await publicOf(copyId))?.title).toBe(copy.currentRevision.title);
    expect((await errorOf(PUSH, { id: copyId, targets: [target(siteC)] }, b.editor))?.extensions?.code).toBe(
      "CONFLICT",
    );

    await kit.ok(MUTATIONS.unpublish, { id: copyId, reason: "本站不再展示" }, b.r3);
    expect(await publicOf(copyId)).toBeNull();
    expect(await publicOf(origin.id)).not.toBeNull();
  });

  it("the origin's takedown removes every copy and open push at once and reports where", async () => {
    const origin = await article(kit, a, siteA, "将被撤稿的原稿");
    const [toB, toC] = (await push(origin.id, [siteB, siteC])) as [PushView, PushView];
    const copyId = (await accept(toB.id, b.r1)).copyArticleId as string;
    expect(await publicOf(copyId)).not.toBeNull();

    const result = await kit.ok<{ unpublishArticle: ArticleView }>(
      MUTATIONS.unpublish,
      { id: origin.id, reason: "内容有误" },
      a.r3,
    );
    expect(result.unpublishArticle.status).toBe("WITHDRAWN");
    expect(await publicOf(origin.id)).toBeNull();
    expect(await publicOf(copyId)).toBeNull();
    expect((await copyOf(copyId, b.r1)).status).toBe("WITHDRAWN");

    const after = await outgoing(origin.id);
    expect(Object.fromEntries(after.pushes.map((p) => [p.id, p.status]))).toEqual({
      [toB.id]: "WITHDRAWN",
      [toC.id]: "WITHDRAWN",
    });
    expect(
      after.takedownReport
        .map((entry) => [entry.kind, entry.siteName, entry.channel.id, entry.copyArticleId])
        .sort(),
    ).toEqual(
      [
        ["COPY", "站点s2", siteB.channelId, copyId],
        ["PENDING_PUSH", "站点s3", siteC.channelId, null],
      ].sort(),
    );
    // C can no longer adopt it.
    expect((await errorOf(ACCEPT, { id: toC.id }, c.r1))?.extensions?.code).toBe("CONFLICT");

    const events = await eventsOf([origin.id, copyId]);
    const withdrawn = events.filter((event) => event.type === "article.withdrawn");
    expect(withdrawn.map((event) => event.aggregateId).sort()).toEqual([origin.id, copyId].sort());
    const copyWithdrawn = withdrawn.find((event) => event.aggregateId === copyId);
    expect(copyWithdrawn?.siteId).toBe(siteB.id);
    expect(copyWithdrawn?.actor).toMatchObject({ id: a.r3.id });
    expect(copyWithdrawn?.payload).toMatchObject({ reason: "原稿已撤稿：内容有误" });
    expect(events.filter((event) => event.type === "article.push_withdrawn")).toHaveLength(2);
  });

  it("a takedown that fails leaves the copies live (one transaction)", async () => {
    const origin = await article(kit, a, siteA, "撤稿失败时的原稿");
    const [toB] = (await push(origin.id, [siteB])) as [PushView];
    const copyId = (await accept(toB.id, b.r1)).copyArticleId as string;
    const { registerPublicationListener } = await import("../src/modules/publishing/listeners");
    const remove = registerPublicationListener(async (_tx, change) => {
      if (change.kind === "withdrawn" && change.article.id === copyId) throw new Error("下游失败");
    });
    try {
      const failed = await kit.gql(MUTATIONS.unpublish, { id: origin.id, reason: "测试回滚" }, a.r3);
      expect(failed.errors?.length).toBeGreaterThan(0);
    } finally {
      remove();
    }
    expect(await publicOf(origin.id)).not.toBeNull();
    expect(await publicOf(copyId)).not.toBeNull();
    expect((await outgoing(origin.id)).pushes[0]?.status).toBe("ACCEPTED");
  });

  it("does not warn about an article's own accepted copy as a near duplicate", async () => {
    const origin = await article(kit, a, siteA, "近似重复检测排除本稿的采用稿");
    const [toB] = (await push(origin.id, [siteB])) as [PushView];
    const copyId = (await accept(toB.id, b.r1)).copyArticleId as string;
    const ASSIST = `query($id: ID!) { article(id: $id) { writingAssist { nearDuplicates { articleId } } } }`;
    type Assist = { article: { writingAssist: { nearDuplicates: { articleId: string }[] } } };
    const fromOrigin = await kit.ok<Assist>(ASSIST, { id: origin.id }, a.editor);
    expect(fromOrigin.article.writingAssist.nearDuplicates.map((d) => d.articleId)).not.toContain(copyId);
    const fromCopy = await kit.ok<Assist>(ASSIST, { id: copyId }, b.r1);
    expect(fromCopy.article.writingAssist.nearDuplicates.map((d) => d.articleId)).not.toContain(origin.id);
  });
});
