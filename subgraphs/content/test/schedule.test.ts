// Integration: scheduled publish / takedown as durable jobs — on time, across a restart, once with two instances.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerTransitionHook } from "../src";
import { outbox, reviewTransitions } from "../src/db/schema";
import { type ArticleView, article, type Cast, ContentKit, cast, MUTATIONS } from "./testkit/content";

const kit = new ContentKit();
const unitA = randomUUID();
let site: { id: string; unitId: string; channelId: string };
let people: Cast;

beforeAll(async () => {
  await kit.setup();
  site = await kit.site(unitA);
  people = await cast(kit, unitA);
});
afterAll(() => kit.teardown());

const STATUS = `query($id: ID!) { article(id: $id) { status scheduledPublishAt publishedAt withdrawReason timeline { action comment } } }`;
type StatusView = Pick<
  ArticleView,
  "status" | "scheduledPublishAt" | "publishedAt" | "withdrawReason" | "timeline"
>;

async function statusOf(id: string): Promise<StatusView> {
  return (await kit.ok<{ article: StatusView }>(STATUS, { id }, people.r3)).article;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

async function isPublic(id: string): Promise<boolean> {
  const result = await kit.ok<{ publishedArticle: unknown }>(
    `query($id: ID!) { publishedArticle(id: $id) { id } }`,
    {
      id,
    },
  );
  return !!result.publishedArticle;
}

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe("scheduled publishing", () => {
  it("publishes at the scheduled time, also when the subgraph was restarted in between", async () => {
    const view = await article(kit, people, site, "定时发布稿件", "approved");
    const at = inSeconds(3);
    const scheduled = await kit.ok<{ publishArticle: ArticleView }>(
      MUTATIONS.publish,
      { id: view.id, at: at.toISOString() },
      people.r3,
    );
    expect(scheduled.publishArticle.status).toBe("APPROVED");
    expect(scheduled.publishArticle.scheduledPublishAt).toBe(at.toISOString());
    expect(await isPublic(view.id)).toBe(false);

    await kit.content.stop();
    kit.instances = [];
    await new Promise((resolve) => setTimeout(resolve, 1000));
    kit.instances.push(await kit.start());

    const firedAt = await waitFor(() => isPublic(view.id), 15_000);
    expect(firedAt - at.getTime()).toBeLessThan(10_000);
    const after = await statusOf(view.id);
    expect(after.status).toBe("PUBLISHED");
    expect(after.scheduledPublishAt).toBeNull();
    const events = await kit.content.db.select().from(outbox).where(eq(outbox.aggregateId, view.id));
    const published = events.filter((event) => event.type === "article.published");
    expect(published).toHaveLength(1);
    expect(published[0]?.actor).toMatchObject({ kind: "system" });
  }, 30_000);

  it("fires exactly once with two subgraph instances on the same database", async () => {
    kit.instances.push(await kit.start());
    const views = await Promise.all(
      [1, 2, 3].map((n) => article(kit, people, site, `双实例定时稿件${n}`, "approved")),
    );
    const at = inSeconds(2);
    for (const view of views)
      await kit.ok(MUTATIONS.publish, { id: view.id, at: at.toISOString() }, people.r3);
    for (const view of views) await waitFor(() => isPublic(view.id), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const view of views) {
      const publishes = await kit.content.db
        .select()
        .from(reviewTransitions)
        .where(and(eq(reviewTransitions.articleId, view.id), eq(reviewTransitions.action, "publish")));
      expect(publishes).toHaveLength(1);
      const events = await kit.content.db.select().from(outbox).where(eq(outbox.aggregateId, view.id));
      expect(events.filter((event) => event.type === "article.published")).toHaveLength(1);
    }
  }, 30_000);

  it("re-runs the hooks at the scheduled time and records the refusal instead of publishing", async () => {
    const remove = registerTransitionHook(async ({ action, caller, revision }) =>
      action === "publish" && caller.kind === "service" && revision.title.includes("【定时拦截】")
        ? { refuse: "发布前检查未通过" }
        : undefined,
    );
    try {
      const view = await article(kit, people, site, "【定时拦截】稿件", "approved");
      await kit.ok(MUTATIONS.publish, { id: view.id, at: inSeconds(2).toISOString() }, people.r3);
      await waitFor(async () => (await statusOf(view.id)).scheduledPublishAt === null, 15_000);
      const after = await statusOf(view.id);
      expect(after.status).toBe("APPROVED");
      expect(after.timeline.at(-1)).toMatchObject({
        action: "SCHEDULE",
        comment: "定时发布未执行：发布前检查未通过",
      });
      expect(await isPublic(view.id)).toBe(false);
      const events = await kit.content.db.select().from(outbox).where(eq(outbox.aggregateId, view.id));
      expect(events.map((event) => event.type)).toContain("article.publish_refused");
    } finally {
      remove();
    }
  }, 30_000);

  it("scheduling the same action at the same time again changes nothing", async () => {
    const view = await article(kit, people, site, "重复定时稿件", "approved");
    const at = new Date(Date.now() + 3_600_000);
    at.setUTCMilliseconds(0);
    const schedules = async () =>
      (await statusOf(view.id)).timeline.filter((entry) => entry.action === "SCHEDULE").length;
    await kit.ok(MUTATIONS.publish, { id: view.id, at: at.toISOString() }, people.r3);
    expect(await schedules()).toBe(1);
    // The same instant, written in Beijing time.
    const beijing = new Date(at.getTime() + 8 * 3_600_000).toISOString().replace("Z", "+08:00");
    const again = await kit.ok<{ publishArticle: ArticleView }>(
      MUTATIONS.publish,
      { id: view.id, at: beijing },
      people.r3,
    );
    expect(again.publishArticle.scheduledPublishAt).toBe(at.toISOString());
    expect(await schedules()).toBe(1);
    const events = await kit.content.db.select().from(outbox).where(eq(outbox.aggregateId, view.id));
    expect(events.filter((event) => event.type === "article.scheduled")).toHaveLength(1);
    // Another time is a new schedule.
    await kit.ok(
      MUTATIONS.publish,
      { id: view.id, at: new Date(at.getTime() + 60_000).toISOString() },
      people.r3,
    );
    expect(await schedules()).toBe(2);
    await kit.ok(`mutation($id: ID!) { cancelScheduledAction(id: $id) { id } }`, { id: view.id }, people.r3);
  });

  it("takes an article down at the scheduled time, and a cancelled schedule does nothing", async () => {
    const live = await article(kit, people, site, "定时撤稿稿件");
    await kit.ok(
      MUTATIONS.unpublish,
      { id: live.id, reason: "活动结束", at: inSeconds(2).toISOString() },
      people.r3,
    );
    expect(await isPublic(live.id)).toBe(true);
    const cancelled = await article(kit, people, site, "取消定时", "approved");
    await kit.ok(MUTATIONS.publish, { id: cancelled.id, at: inSeconds(2).toISOString() }, people.r3);
    await kit.ok(
      `mutation($id: ID!) { cancelScheduledAction(id: $id) { id } }`,
      { id: cancelled.id },
      people.editor,
    );

    await waitFor(async () => !(await isPublic(live.id)), 15_000);
    const after = await statusOf(live.id);
    expect(after).toMatchObject({ status: "WITHDRAWN", withdrawReason: "活动结束" });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await statusOf(cancelled.id)).status).toBe("APPROVED");
    expect(await isPublic(cancelled.id)).toBe(false);
  }, 30_000);

  it("re-queues at start a schedule whose job was lost, and still fires it once", async () => {
    const view = await article(kit, people, site, "丢失任务的定时稿件", "approved");
    const at = inSeconds(3);
    await kit.ok(MUTATIONS.publish, { id: view.id, at: at.toISOString() }, people.r3);
    for (const instance of kit.instances) await instance.stop();
    kit.instances = [];
    // The queue lost the job (e.g. restored from an older backup); the article still carries the schedule.
    const pool = new pg.Pool({ connectionString: kit.databaseUrl });
    const removed = await pool.query(
      "delete from content_jobs.job where name = 'article-schedule' and data->>'articleId' = $1",
      [view.id],
    );
    await pool.end();
    expect(removed.rowCount).toBe(1);
    kit.instances.push(await kit.start());
    await waitFor(() => isPublic(view.id), 15_000);
    const published = (
      await kit.content.db.select().from(outbox).where(eq(outbox.aggregateId, view.id))
    ).filter((event) => event.type === "article.published");
    expect(published).toHaveLength(1);
  }, 30_000);
});
