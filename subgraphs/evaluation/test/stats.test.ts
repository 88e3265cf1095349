// Integration: Site.stats kept up to date from identity, content and interaction events (fake sources).
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { startSubgraph } from "@jiyue/server-kit";
import { createTestDatabase, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluationSubgraph } from "../src/app";
import type { EvaluationSchema } from "../src/context";

const events: Record<string, DomainEvent[]> = { identity: [], content: [], interaction: [], supervision: [] };
const sourceOf =
  (producer: string): EventSource =>
  async (after, limit) =>
    (events[producer] ?? []).filter((event) => event.seq > after).slice(0, limit);

function emit(
  producer: string,
  type: string,
  scope: { siteId?: string | null; unitId: string },
  aggregateId = randomUUID(),
  payload: Record<string, unknown> = {},
) {
  const list = events[producer] ?? [];
  const event: DomainEvent = {
    id: randomUUID(),
    seq: list.length + 1,
    producer,
    type,
    aggregateType: type.split(".")[0] ?? "x",
    aggregateId,
    siteId: scope.siteId ?? null,
    unitId: scope.unitId,
    payload: type.startsWith("site.")
      ? {
          site: {
            id: aggregateId,
            unitId: scope.unitId,
            parentSiteId: null,
            code: aggregateId.slice(0, 6),
            name: "站点",
            domains: [],
            status: "online",
          },
        }
      : payload,
    actor: { kind: "system", id: null },
    occurredAt: new Date().toISOString(),
  };
  list.push(event);
  return event;
}

let evaluation: StartedSubgraph<EvaluationSchema>;
let dropDatabase: () => Promise<void>;
const unitA = randomUUID();
const unitB = randomUUID();
const siteA1 = randomUUID();
const siteA2 = randomUUID();
const siteB = randomUUID();

type Stats = {
  channelCount: number;
  mailboxCount: number;
  publishedArticleCount: number;
  letterCount: number;
  changeCount: number;
  lastChangeAt: string | null;
};
const SITE_STATS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Site { id stats {
  channelCount mailboxCount publishedArticleCount letterCount changeCount lastChangeAt } } } }`;
async function statsOf(...siteIds: string[]): Promise<Stats[]> {
  const response = await fetch(`${evaluation.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: SITE_STATS,
      variables: { reps: siteIds.map((id) => ({ __typename: "Site", id })) },
    }),
  });
  const body = (await response.json()) as { data: { _entities: { stats: Stats }[] }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data._entities.map((entity) => entity.stats);
}

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const keys = await testKeys();
  evaluation = await startSubgraph(evaluationSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    eventSources: {
      identity: sourceOf("identity"),
      content: sourceOf("content"),
      interaction: sourceOf("interaction"),
      supervision: sourceOf("supervision"),
    },
  });
  emit("identity", "site.created", { siteId: siteA1, unitId: unitA }, siteA1);
  emit("identity", "site.created", { siteId: siteA2, unitId: unitA }, siteA2);
  emit("identity", "site.created", { siteId: siteB, unitId: unitB }, siteB);
  for (let i = 0; i < 3; i++) emit("content", "channel.created", { siteId: siteA1, unitId: unitA });
  emit("content", "channel.deleted", { siteId: siteA1, unitId: unitA });
  emit("content", "article.published", { siteId: siteA1, unitId: unitA });
  emit("content", "article.published", { siteId: siteA1, unitId: unitA });
  emit("content", "article.withdrawn", { siteId: siteA1, unitId: unitA });
  // A unit-wide mailbox serves both of unit A's sites; a site-bound one only its site.
  emit("interaction", "mailbox.created", { unitId: unitA });
  emit("interaction", "mailbox.created", { siteId: siteA2, unitId: unitA });
  emit("interaction", "mailbox.created", { unitId: unitB });
  emit("interaction", "mailbox.deleted", { unitId: unitB });
  emit("interaction", "letter.created", { siteId: siteB, unitId: unitB });
  await evaluation.consumer?.catchUp();
});

afterAll(async () => {
  await evaluation?.stop();
  await dropDatabase?.();
});

describe("evaluation subgraph: Site.stats", () => {
  it("counts from events, resolvable as Site.stats the way the gateway asks (no token needed)", async () => {
    const [a1, a2, b] = await statsOf(siteA1, siteA2, siteB);
    expect(a1).toMatchObject({
      channelCount: 2,
      mailboxCount: 1,
      publishedArticleCount: 1,
      letterCount: 0,
      changeCount: 8,
    });
    expect(a1?.lastChangeAt).toBeTruthy();
    expect(a2).toMatchObject({ channelCount: 0, mailboxCount: 2, changeCount: 2 });
    expect(b).toMatchObject({ mailboxCount: 0, letterCount: 1, changeCount: 2 });
  });

  it("gives zeros for a site it has heard nothing about", async () => {
    const [unknown] = await statsOf(randomUUID());
    expect(unknown).toEqual({
      channelCount: 0,
      mailboxCount: 0,
      publishedArticleCount: 0,
      letterCount: 0,
      changeCount: 0,
      lastChangeAt: null,
    });
  });

  it("does not count a redelivered event twice", async () => {
    const channel = events.content?.[0];
    const mailbox = events.interaction?.[0];
    if (!channel || !mailbox) throw new Error("no events");
    await evaluation.eventStore?.apply(channel, true);
    await evaluation.eventStore?.apply(mailbox, true);
    const [a1, a2] = await statsOf(siteA1, siteA2);
    expect(a1).toMatchObject({ channelCount: 2, mailboxCount: 1, changeCount: 8 });
    expect(a2).toMatchObject({ mailboxCount: 2 });
  });

  it("counts only public mailboxes, following changes of visibility", async () => {
    const unitC = randomUUID();
    const siteC = randomUUID();
    emit("identity", "site.created", { siteId: siteC, unitId: unitC }, siteC);
    const mailbox = (isPublic: boolean, previous?: boolean) => ({
      mailbox: { isPublic },
      ...(previous === undefined ? {} : { previous: { isPublic: previous } }),
    });
    const scope = { siteId: siteC, unitId: unitC };
    const [open, hidden, unitWide] = [randomUUID(), randomUUID(), randomUUID()];
    emit("interaction", "mailbox.created", scope, open, mailbox(true));
    emit("interaction", "mailbox.created", scope, hidden, mailbox(false));
    emit("interaction", "mailbox.created", { unitId: unitC }, unitWide, mailbox(false));
    await evaluation.consumer?.catchUp();
    expect((await statsOf(siteC))[0]?.mailboxCount).toBe(1);

    emit("interaction", "mailbox.updated", scope, hidden, mailbox(true, false));
    emit("interaction", "mailbox.updated", { unitId: unitC }, unitWide, mailbox(true, false));
    await evaluation.consumer?.catchUp();
    expect((await statsOf(siteC))[0]?.mailboxCount).toBe(3);

    emit("interaction", "mailbox.updated", scope, open, mailbox(false, true));
    emit("interaction", "mailbox.updated", scope, hidden, mailbox(true, true));
    emit("interaction", "mailbox.deleted", scope, open, mailbox(false));
    await evaluation.consumer?.catchUp();
    expect((await statsOf(siteC))[0]?.mailboxCount).toBe(2);

    emit("interaction", "mailbox.deleted", { unitId: unitC }, unitWide, mailbox(true));
    await evaluation.consumer?.catchUp();
    expect((await statsOf(siteC))[0]?.mailboxCount).toBe(1);
  });

  it("reads the stats of many sites with one SQL statement", async () => {
    evaluation.counter.reset();
    await statsOf(siteA1, siteA2, siteB);
    // The consumer shares the connection pool; count only this query's reads.
    expect(evaluation.counter.statements.filter((statement) => /site_stats/.test(statement))).toHaveLength(1);
  });
});
