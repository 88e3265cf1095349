// Integration: the recycle-bin purge — articles deleted longer ago than the retention are removed for good with
// an article.purged audit event; recent deletions and live articles stay.
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, outbox, reviewTransitions, revisions } from "../src/db/schema";
import { purgeRecycleBin, retentionDays } from "../src/modules/article/article.purge";
import { article, type Cast, ContentKit, cast, MUTATIONS } from "./testkit/content";

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

async function deletedDaysAgo(id: string, days: number): Promise<void> {
  await kit.ok(MUTATIONS.delete, { id }, people.editor);
  await kit.content.db
    .update(articles)
    .set({ deletedAt: new Date(Date.now() - days * 86_400_000) })
    .where(eq(articles.id, id));
}

describe("recycle-bin purge", () => {
  it("purges articles deleted 31 days ago, keeps one deleted yesterday and published ones", async () => {
    const old = await article(kit, people, site, "31 天前删除的稿件", "in_review");
    const recent = await article(kit, people, site, "昨天删除的稿件", "draft");
    const live = await article(kit, people, site, "已发布的稿件");
    await deletedDaysAgo(old.id, 31);
    await deletedDaysAgo(recent.id, 1);

    const purged = await purgeRecycleBin(kit.content.db, { retentionDays: 30 });
    expect(purged).toEqual([old.id]);

    const remaining = await kit.content.db
      .select({ id: articles.id })
      .from(articles)
      .where(inArray(articles.id, [old.id, recent.id, live.id]));
    expect(remaining.map((row) => row.id).sort()).toEqual([recent.id, live.id].sort());
    expect(await kit.content.db.select().from(revisions).where(eq(revisions.articleId, old.id))).toHaveLength(
      0,
    );
    expect(
      await kit.content.db.select().from(reviewTransitions).where(eq(reviewTransitions.articleId, old.id)),
    ).toHaveLength(0);
    const events = await kit.content.db.select().from(outbox).where(eq(outbox.aggregateId, old.id));
    const purgedEvents = events.filter((event) => event.type === "article.purged");
    expect(purgedEvents).toHaveLength(1);
    expect(purgedEvents[0]?.actor).toMatchObject({ kind: "system" });

    // Staff reads now find nothing; the live article is still public.
    const read = await kit.ok<{ article: unknown }>(
      `query($id: ID!) { article(id: $id) { id } }`,
      { id: old.id },
      people.admin,
    );
    expect(read.article).toBeNull();
    const pub = await kit.ok<{ publishedArticle: { id: string } | null }>(
      `query($id: ID!) { publishedArticle(id: $id) { id } }`,
      { id: live.id },
    );
    expect(pub.publishedArticle?.id).toBe(live.id);

    expect(await purgeRecycleBin(kit.content.db, { retentionDays: 30 })).toEqual([]);
  });

  it("never purges an article restored in time", async () => {
    const restored = await article(kit, people, site, "恢复的稿件", "draft");
    await deletedDaysAgo(restored.id, 29);
    await kit.ok(MUTATIONS.restore, { id: restored.id }, people.admin);
    expect(
      await purgeRecycleBin(kit.content.db, {
        retentionDays: 30,
        now: new Date(Date.now() + 5 * 86_400_000),
      }),
    ).toEqual([]);
  });

  it("is scheduled as a daily job and reads JIYUE_RECYCLE_RETENTION_DAYS", async () => {
    const schedules = await kit.content.db.execute(sql`select name, cron from content_jobs.schedule`);
    expect(schedules.rows).toContainEqual(expect.objectContaining({ name: "recycle-bin-purge" }));
    expect(retentionDays(undefined)).toBe(30);
    expect(retentionDays("7")).toBe(7);
    expect(() => retentionDays("0")).toThrow();
    expect(() => retentionDays("abc")).toThrow();
  });
});
