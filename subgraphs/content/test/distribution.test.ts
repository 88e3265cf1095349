// Integration: new-media webhooks — signed deliveries to a local receiver, update and retraction deliveries,
// retries with growing back-off then FAILED, manual re-send, the sweep for deliveries without a job, access.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveries, outbox } from "../src/db/schema";
import { sendDelivery } from "../src/modules/distribution/distribution.queue";
import { verifySignature } from "../src/modules/distribution/distribution.signing";
import {
  type ArticleView,
  article,
  type Cast,
  ContentKit,
  cast,
  content,
  MUTATIONS,
} from "./testkit/content";

// Milliseconds instead of minutes: 150 ms, 600 ms, 2.4 s between the 4 attempts of a round.
process.env.JIYUE_WEBHOOK_RETRY_BASE_MS = "150";
process.env.JIYUE_WEBHOOK_MAX_ATTEMPTS = "4";
process.env.JIYUE_WEBHOOK_TIMEOUT_MS = "2000";
process.env.JIYUE_WEBHOOK_SWEEP_INTERVAL_MS = "300";
process.env.JIYUE_WEBHOOK_SWEEP_GRACE_MS = "1500";
process.env.JIYUE_WEBHOOK_POLLING_SECONDS = "0.5";
process.env.JIYUE_PORTAL_PUBLIC_URL = "https://portal.example.org";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
  at: number;
}

/** A local webhook receiver (127.0.0.1, port 0) that records every request. */
class Receiver {
  readonly received: Received[] = [];
  status = 200;
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      this.received.push({ headers: req.headers, body, json: JSON.parse(body), at: Date.now() });
      res.statusCode = this.status;
      res.end("ok");
    });
  });
  url = "";

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
    return this;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
  of(articleId: string): Received[] {
    return this.received.filter((entry) => entry.json.id === articleId);
  }
}

/** A URL nobody listens on: a port that was just free. */
async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hook`;
}

async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

const TARGET_FIELDS = `id name format url events enabled draftOnly deleted`;
const CREATE_TARGET = `mutation($input: CreateDistributionTargetInput!) {
  createDistributionTarget(input: $input) { ${TARGET_FIELDS} secret } }`;
const DELIVERY_FIELDS = `id kind status attempts lastResponseStatus lastError payload deliveredAt nextAttemptAt
  target { id name } article { id }`;
interface DeliveryView {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  lastResponseStatus: number | null;
  lastError: string | null;
  payload: string;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
  target: { id: string; name: string };
  article: { id: string } | null;
}

const kit = new ContentKit();
const unitA = randomUUID();
let people: Cast;
let receiver: Receiver;

beforeAll(async () => {
  // The receivers here listen on 127.0.0.1, which production refuses (see the internal-address test).
  process.env.JIYUE_WEBHOOK_ALLOW_PRIVATE = "1";
  await kit.setup();
  people = await cast(kit, unitA);
  receiver = await new Receiver().start();
});
afterAll(async () => {
  await receiver.stop();
  await kit.teardown();
});

async function target(
  siteId: string,
  input: { name?: string; format?: string; url?: string; events?: string[] } = {},
): Promise<{ id: string; secret: string }> {
  const result = await kit.ok<{ createDistributionTarget: { id: string; secret: string } }>(
    CREATE_TARGET,
    { input: { siteId, name: "测试客户端", format: "GENERIC", url: receiver.url, ...input } },
    people.admin,
  );
  return result.createDistributionTarget;
}

async function deliveriesOf(articleId: string): Promise<DeliveryView[]> {
  const result = await kit.ok<{ article: { deliveries: DeliveryView[] } }>(
    `query($id: ID!) { article(id: $id) { deliveries { ${DELIVERY_FIELDS} } } }`,
    { id: articleId },
    people.editor,
  );
  return result.article.deliveries;
}

function expectSigned(entry: Received, secret: string, deliveryId?: string) {
  expect(
    verifySignature(
      secret,
      {
        signature: String(entry.headers["x-jiyue-signature"]),
        timestamp: String(entry.headers["x-jiyue-timestamp"]),
      },
      entry.body,
    ),
  ).toBe(true);
  expect(
    verifySignature(
      "0".repeat(64),
      {
        signature: String(entry.headers["x-jiyue-signature"]),
        timestamp: String(entry.headers["x-jiyue-timestamp"]),
      },
      entry.body,
    ),
  ).toBe(false);
  if (deliveryId) expect(entry.headers["x-jiyue-delivery"]).toBe(deliveryId);
}

/** Saves a new revision of a live article and drives it through review to publication (an update). */
async function republish(view: ArticleView, channelId: string, title: string) {
  const saved = await kit.ok<{ saveArticle: ArticleView }>(
    MUTATIONS.save,
    { id: view.id, input: { baseRevisionId: view.currentRevision.id, content: content(channelId, title) } },
    people.editor,
  );
  await kit.ok(MUTATIONS.submit, { id: view.id }, people.editor);
  for (const reviewer of [people.r1, people.r2, people.r3])
    await kit.ok(MUTATIONS.approve, { id: view.id }, reviewer);
  await kit.ok(MUTATIONS.publish, { id: view.id }, people.r3);
  return saved.saveArticle;
}

describe("distribution targets", () => {
  it("refuses internal receivers (loopback, private, link-local) unless explicitly allowed", async () => {
    const site = await kit.site(unitA);
    const made = await target(site.id);
    process.env.JIYUE_WEBHOOK_ALLOW_PRIVATE = "";
    try {
      for (const url of [
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://10.1.2.3/",
        "http://192.168.1.10/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
      ]) {
        const result = await kit.gql(
          CREATE_TARGET,
          { input: { siteId: site.id, name: "内网地址", format: "GENERIC", url } },
          people.admin,
        );
        expect(result.errors?.[0]?.extensions?.code, url).toBe("BAD_USER_INPUT");
      }
      // A target saved while allowed is refused at send time once the setting is off: nothing reaches it.
      const before = receiver.received.length;
      const outcome = await sendDelivery(
        { url: receiver.url, secret: made.secret },
        { id: randomUUID(), kind: "publish", body: "{}" },
        2_000,
      );
      expect(outcome).toMatchObject({ ok: false, responseStatus: null });
      expect(outcome.error).toContain("内网");
      expect(receiver.received.length).toBe(before);
    } finally {
      process.env.JIYUE_WEBHOOK_ALLOW_PRIVATE = "1";
    }
  });

  it("refuses a URL that is not http(s) with BAD_USER_INPUT, and creation without distribution.manage", async () => {
    const site = await kit.site(unitA);
    for (const url of [
      "ftp://example.org/hook",
      "not a url",
      "javascript:alert(1)",
      "http://user:pw@example.org/",
    ]) {
      const result = await kit.gql(
        CREATE_TARGET,
        { input: { siteId: site.id, name: "坏地址", format: "GENERIC", url } },
        people.admin,
      );
      expect(result.errors?.[0]?.extensions?.code, url).toBe("BAD_USER_INPUT");
    }
    const byEditor = await kit.gql(
      CREATE_TARGET,
      { input: { siteId: site.id, name: "编辑建的", format: "GENERIC", url: receiver.url } },
      people.editor,
    );
    expect(byEditor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("shows the secret only to distribution.manage holders; rotation replaces it", async () => {
    const site = await kit.site(unitA);
    const created = await target(site.id);
    expect(created.secret).toMatch(/^[0-9a-f]{64}$/);
    const query = `query($id: ID!) { distributionTarget(id: $id) { id name secret } }`;
    const asEditor = await kit.gql(query, { id: created.id }, people.editor);
    expect(asEditor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(asEditor.data ?? {})).not.toContain(created.secret);
    const listed = await kit.ok<{ _entities: { distributionTargets: { name: string }[] }[] }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Site { distributionTargets { name } } } }`,
      { reps: [{ __typename: "Site", id: site.id }] },
      people.editor,
    );
    expect(listed._entities[0]?.distributionTargets).toEqual([{ name: "测试客户端" }]);
    const asAdmin = await kit.ok<{ distributionTarget: { secret: string } }>(
      query,
      { id: created.id },
      people.admin,
    );
    expect(asAdmin.distributionTarget.secret).toBe(created.secret);
    const rotated = await kit.ok<{ rotateDistributionSecret: { secret: string } }>(
      `mutation($id: ID!) { rotateDistributionSecret(id: $id) { secret } }`,
      { id: created.id },
      people.admin,
    );
    expect(rotated.rotateDistributionSecret.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(rotated.rotateDistributionSecret.secret).not.toBe(created.secret);
    const events = await kit.content.db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, created.id))
      .orderBy(asc(outbox.seq));
    expect(events.map((event) => event.type)).toEqual([
      "distribution.target_created",
      "distribution.target_updated",
    ]);
    expect(JSON.stringify(events.map((event) => event.payload))).not.toContain(created.secret);
  });
});

describe("deliveries", () => {
  it("sends a signed delivery per target on publish, in each target's format, built from the published revision", async () => {
    const site = await kit.site(unitA);
    const generic = await target(site.id, { name: "客户端" });
    const wechat = await target(site.id, { name: "公众号", format: "WECHAT_MP" });
    const weibo = await target(site.id, { name: "微博", format: "WEIBO" });
    const view = await article(
      kit,
      people,
      site,
      "市总工会召开全委会",
      "published",
      `<p>${"会议内容。".repeat(600)}</p>`,
    );

    const got = await waitFor(async () => (receiver.of(view.id).length >= 3 ? receiver.of(view.id) : null));
    const log = await waitFor(async () => {
      const rows = await deliveriesOf(view.id);
      return rows.length === 3 && rows.every((row) => row.status === "SUCCEEDED") ? rows : null;
    });
    const byTarget = new Map(log.map((row) => [row.target.id, row]));
    const bodyOf = (targetId: string) => {
      const row = byTarget.get(targetId);
      const entry = got.find((item) => item.headers["x-jiyue-delivery"] === row?.id);
      if (!row || !entry) throw new Error("delivery missing");
      expect(entry.body).toBe(row.payload);
      expect(row).toMatchObject({ kind: "PUBLISH", attempts: 1, lastResponseStatus: 200, lastError: null });
      expect(entry.headers["x-jiyue-event"]).toBe("publish");
      return entry;
    };
    const url = `https://portal.example.org/s/${(bodyOf(generic.id).json as { siteCode: string }).siteCode}/gzdt/${view.id}.html`;

    const genericEntry = bodyOf(generic.id);
    expectSigned(genericEntry, generic.secret);
    expect(genericEntry.json).toMatchObject({
      id: view.id,
      kind: "publish",
      title: "市总工会召开全委会",
      url,
      channel: { path: "gzdt" },
    });
    expect(String(genericEntry.json.bodyHtml)).toContain("会议内容。");
    expect(genericEntry.json.siteCode).toMatch(/^s\d+$/);

    const wechatEntry = bodyOf(wechat.id);
    expectSigned(wechatEntry, wechat.secret);
    expect(wechatEntry.json).toMatchObject({
      action: "publish",
      articles: [{ title: "市总工会召开全委会", content_source_url: url }],
    });
    const [first] = wechatEntry.json.articles as { content: string; digest: string }[];
    expect(first?.content).toContain("会议内容。");

    const weiboEntry = bodyOf(weibo.id);
    expectSigned(weiboEntry, weibo.secret);
    const status = String(weiboEntry.json.status);
    expect([...status].length).toBeLessThanOrEqual(2000);
    expect(status.startsWith("【市总工会召开全委会】")).toBe(true);
    expect(status.endsWith(url)).toBe(true);
    expect(weiboEntry.json.url).toBe(url);
  }, 30_000);

  it("sends nothing for drafts or approved-but-unpublished articles, nor for unpublished edits of a live one", async () => {
    const site = await kit.site(unitA);
    await target(site.id);
    const draft = await article(kit, people, site, "草稿不推送", "draft");
    const approved = await article(kit, people, site, "终审未发布", "approved");
    const live = await article(kit, people, site, "已发布稿件");
    await waitFor(async () => receiver.of(live.id).length === 1);
    await kit.ok(
      MUTATIONS.save,
      {
        id: live.id,
        input: { baseRevisionId: live.currentRevision.id, content: content(site.channelId, "未审改稿") },
      },
      people.editor,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.of(draft.id)).toHaveLength(0);
    expect(receiver.of(approved.id)).toHaveLength(0);
    expect(receiver.of(live.id)).toHaveLength(1);
    expect(receiver.received.some((entry) => entry.body.includes("未审改稿"))).toBe(false);
    expect(await deliveriesOf(draft.id)).toEqual([]);
  }, 30_000);

  it("sends an update delivery on re-publication and a retraction on takedown, only to targets that had the article", async () => {
    const site = await kit.site(unitA);
    const main = await target(site.id, { name: "全部事件" });
    const publishOnly = await target(site.id, { name: "只收发布", events: ["PUBLISH"] });
    const view = await article(kit, people, site, "原标题");
    await waitFor(async () => receiver.of(view.id).length === 2);
    const late = await target(site.id, { name: "后建目标", events: ["RETRACT"] });

    await republish(view, site.channelId, "更新后的标题");
    const update = await waitFor(async () =>
      receiver.of(view.id).find((entry) => entry.headers["x-jiyue-event"] === "update"),
    );
    expectSigned(update, main.secret);
    expect(update.json).toMatchObject({ kind: "update", title: "更新后的标题" });
    expect(receiver.of(view.id).filter((entry) => entry.headers["x-jiyue-event"] === "update")).toHaveLength(
      1,
    );

    await kit.ok(MUTATIONS.unpublish, { id: view.id, reason: "内容有误" }, people.r3);
    const retract = await waitFor(async () =>
      receiver.of(view.id).find((entry) => entry.headers["x-jiyue-event"] === "retract"),
    );
    expectSigned(retract, main.secret);
    expect(retract.json).toMatchObject({ id: view.id, kind: "retract", reason: "内容有误" });
    expect(retract.json.bodyHtml).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const log = await deliveriesOf(view.id);
    const retractions = log.filter((row) => row.kind === "RETRACT");
    expect(retractions.map((row) => row.target.id)).toEqual([main.id]);
    expect(log.some((row) => row.target.id === late.id)).toBe(false);
    expect(log.filter((row) => row.target.id === publishOnly.id).map((row) => row.kind)).toEqual(["PUBLISH"]);
  }, 40_000);

  it("retries an unreachable receiver with growing delays, marks it FAILED, and a re-send delivers the same bytes", async () => {
    const site = await kit.site(unitA);
    const down = await target(site.id, { name: "宕机的接收方", url: await closedPortUrl() });
    const view = await article(kit, people, site, "接收方宕机");

    const attemptTimes = new Map<number, number>();
    const failed = await waitFor(async () => {
      const [row] = await kit.content.db.select().from(deliveries).where(eq(deliveries.articleId, view.id));
      if (row?.lastAttemptAt && !attemptTimes.has(row.attempts))
        attemptTimes.set(row.attempts, row.lastAttemptAt.getTime());
      return row?.status === "failed" ? row : null;
    }, 20_000);
    expect(failed.attempts).toBe(4);
    expect(failed.lastResponseStatus).toBeNull();
    expect(failed.lastError).toMatch(/网络错误/);
    const times = [1, 2, 3, 4].map((n) => attemptTimes.get(n) ?? Number.NaN);
    expect(times.every((time) => Number.isFinite(time))).toBe(true);
    const [t1 = 0, t2 = 0, t3 = 0, t4 = 0] = times;
    const gaps = [t2 - t1, t3 - t2, t4 - t3] as [number, number, number];
    expect(gaps[0]).toBeGreaterThanOrEqual(140);
    expect(gaps[1]).toBeGreaterThanOrEqual(590);
    expect(gaps[2]).toBeGreaterThanOrEqual(2390);
    expect(gaps[1]).toBeGreaterThan(gaps[0]);
    expect(gaps[2]).toBeGreaterThan(gaps[1]);
    const events = await kit.content.db.select().from(outbox).where(eq(outbox.aggregateId, failed.id));
    expect(events.map((event) => event.type)).toEqual(["delivery.failed"]);

    const failedView = await kit.ok<{ deliveries: { items: DeliveryView[]; total: number } }>(
      `query($siteId: ID!) { deliveries(siteId: $siteId, status: FAILED) { total items { ${DELIVERY_FIELDS} } } }`,
      { siteId: site.id },
      people.admin,
    );
    expect(failedView.deliveries.total).toBe(1);
    expect(failedView.deliveries.items[0]).toMatchObject({ id: failed.id, status: "FAILED", attempts: 4 });

    // The receiver is back (at a new address): re-send.
    await kit.ok(
      `mutation($id: ID!, $input: UpdateDistributionTargetInput!) { updateDistributionTarget(id: $id, input: $input) { id } }`,
      { id: down.id, input: { url: receiver.url } },
      people.admin,
    );
    const resent = await kit.ok<{ resendDelivery: DeliveryView }>(
      `mutation($id: ID!) { resendDelivery(id: $id) { ${DELIVERY_FIELDS} } }`,
      { id: failed.id },
      people.admin,
    );
    expect(resent.resendDelivery.status).toBe("PENDING");
    const entry = await waitFor(async () => receiver.of(view.id)[0]);
    expect(entry.body).toBe(failed.body);
    expectSigned(entry, down.secret, failed.id);
    const done = await waitFor(async () => {
      const [row] = await deliveriesOf(view.id);
      return row?.status === "SUCCEEDED" ? row : null;
    });
    expect(done).toMatchObject({ attempts: 5, lastResponseStatus: 200, lastError: null });
    expect(receiver.of(view.id)).toHaveLength(1);

    const again = await kit.gql(
      `mutation($id: ID!) { resendDelivery(id: $id) { id } }`,
      { id: failed.id },
      people.editor,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  }, 40_000);

  it("records a non-2xx answer as a failed attempt with its status code", async () => {
    const site = await kit.site(unitA);
    const rejecting = await new Receiver().start();
    rejecting.status = 503;
    try {
      await target(site.id, { url: rejecting.url });
      const view = await article(kit, people, site, "接收方返回错误");
      const row = await waitFor(async () => {
        const [delivery] = await deliveriesOf(view.id);
        return delivery && delivery.attempts >= 2 ? delivery : null;
      });
      expect(row).toMatchObject({ lastResponseStatus: 503, lastError: "接收方返回 HTTP 503" });
      expect(["RETRYING", "FAILED"]).toContain(row.status);
    } finally {
      await rejecting.stop();
    }
  }, 30_000);

  it("sends a committed delivery whose job is missing (the sweep)", async () => {
    const site = await kit.site(unitA);
    const orphanTarget = await target(site.id, { name: "补发目标", events: ["RETRACT"] });
    const view = await article(kit, people, site, "无任务的推送");
    const [row] = await kit.content.db
      .insert(deliveries)
      .values({
        targetId: orphanTarget.id,
        siteId: site.id,
        unitId: unitA,
        articleId: view.id,
        revisionId: view.currentRevision.id,
        kind: "retract",
        body: JSON.stringify({ id: view.id, kind: "retract", note: "进程在入队前退出" }),
        nextAttemptAt: new Date(Date.now() - 5_000),
      })
      .returning();
    const entry = await waitFor(async () =>
      receiver.received.find((item) => item.headers["x-jiyue-delivery"] === row?.id),
    );
    expectSigned(entry, orphanTarget.secret);
    // The receiver answers before the sender records the outcome: wait for the row, not the request.
    const after = await waitFor(async () => {
      const [current] = await kit.content.db
        .select()
        .from(deliveries)
        .where(eq(deliveries.id, row?.id ?? ""));
      return current?.status === "succeeded" ? current : undefined;
    });
    expect(after).toMatchObject({ status: "succeeded", attempts: 1 });
  }, 30_000);

  it("makes each attempt exactly once with two subgraph instances", async () => {
    kit.instances.push(await kit.start());
    const site = await kit.site(unitA);
    await target(site.id);
    const views = await Promise.all([1, 2, 3, 4].map((n) => article(kit, people, site, `双实例推送${n}`)));
    for (const view of views) await waitFor(async () => receiver.of(view.id).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    for (const view of views) {
      expect(receiver.of(view.id)).toHaveLength(1);
      const [row] = await deliveriesOf(view.id);
      expect(row).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
    }
  }, 40_000);
});
