// The event mechanism end to end: the REAL content subgraph produces channel events, evaluation consumes them
// over content's internal endpoint and NOTIFY. With content's relay stopped and evaluation restarted in
// between, Site.stats ends exactly right: nothing lost, nothing counted twice.
import { randomUUID } from "node:crypto";
import { contentSubgraph } from "@jiyue/content";
import {
  type DomainEvent,
  type EventSource,
  httpEventSource,
  type Relay,
  readOutbox,
  type StartedSubgraph,
  type SubgraphRunOptions,
  serviceTokenSource,
  startRelay,
  startSubgraph,
} from "@jiyue/server-kit";
import { createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluationSubgraph } from "../src/app";
import type { EvaluationSchema } from "../src/context";

const SECRET = "test-secret";
const identityEvents: DomainEvent[] = [];
const identitySource: EventSource = async (after, limit) =>
  identityEvents.filter((event) => event.seq > after).slice(0, limit);
const none: EventSource = async () => [];

function siteCreated(site: { id: string; unitId: string; code: string }) {
  identityEvents.push({
    id: randomUUID(),
    seq: identityEvents.length + 1,
    producer: "identity",
    type: "site.created",
    aggregateType: "site",
    aggregateId: site.id,
    siteId: site.id,
    unitId: site.unitId,
    payload: {
      site: { ...site, parentSiteId: null, name: `站点${site.code}`, domains: [], status: "online" },
      template: "standard",
    },
    actor: { kind: "system", id: null },
    occurredAt: new Date().toISOString(),
  });
}

let databaseUrl: string;
let dropDatabase: () => Promise<void>;
let content: StartedSubgraph<(typeof contentSubgraph)["schema"]>;
let evaluation: StartedSubgraph<EvaluationSchema>;
let evaluationOptions: SubgraphRunOptions;
let secondRelay: Relay | undefined;
let token: string;
const unitA = randomUUID();
const unitB = randomUUID();
const siteA = randomUUID();
const siteB = randomUUID();

type GraphQLResult = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};
async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  bearer?: string,
): Promise<GraphQLResult> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult;
}

type Stats = { channelCount: number; changeCount: number };
async function stats(): Promise<{ a: Stats; b: Stats }> {
  const result = await graphql(
    evaluation.url,
    `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Site { stats { channelCount changeCount } } } }`,
    { reps: [siteA, siteB].map((id) => ({ __typename: "Site", id })) },
  );
  const [a, b] = (result.data!._entities as { stats: Stats }[]).map((entity) => entity.stats);
  if (!a || !b) throw new Error(`no stats: ${JSON.stringify(result)}`);
  return { a, b };
}

/** Polls until the stats equal the expectation (a generous bound: delivery is asynchronous). */
async function statsBecome(expected: { a: Stats; b: Stats }, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last = await stats();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await stats();
  }
  expect(last).toEqual(expected);
}

async function createChannel(siteId: string, slug: string): Promise<string> {
  const result = await graphql(
    content.url,
    `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`,
    { input: { siteId, name: `栏目${slug}`, slug } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return (result.data!.createChannel as { id: string }).id;
}

async function deleteChannel(id: string) {
  const result = await graphql(content.url, `mutation($id: ID!) { deleteChannel(id: $id) }`, { id }, token);
  expect(result.errors).toBeUndefined();
}

beforeAll(async () => {
  const database = await createTestDatabase();
  databaseUrl = database.url;
  dropDatabase = database.drop;
  const keys = await testKeys();
  token = await keys.sign(
    staffClaims([grant("unit_admin", { unitId: unitA }), grant("unit_admin", { unitId: unitB })]),
  );
  siteCreated({ id: siteA, unitId: unitA, code: "a" });
  siteCreated({ id: siteB, unitId: unitB, code: "b" });
  content = await startSubgraph(contentSubgraph, {
    databaseUrl,
    port: 0,
    serviceSecret: SECRET,
    verifyToken: keys.verifier,
    eventSources: { identity: identitySource },
  });
  evaluationOptions = {
    databaseUrl,
    port: 0,
    serviceSecret: SECRET,
    verifyToken: keys.verifier,
    eventSources: {
      identity: identitySource,
      content: httpEventSource(content.url, serviceTokenSource("evaluation", SECRET)),
      interaction: none,
      supervision: none,
    },
  };
  evaluation = await startSubgraph(evaluationSubgraph, evaluationOptions);
});

afterAll(async () => {
  await evaluation?.stop();
  await secondRelay?.stop();
  await content?.stop();
  await dropDatabase?.();
});

describe("events from content to evaluation", () => {
  it("counts each new site's standard channels and every channel created through content's GraphQL", async () => {
    // Each site.created gives the site content's 7 standard channels; each counts once, plus the site event.
    await statsBecome({ a: { channelCount: 7, changeCount: 8 }, b: { channelCount: 7, changeCount: 8 } });
    await createChannel(siteA, "ztzl");
    await createChannel(siteA, "xxgk");
    await statsBecome({ a: { channelCount: 9, changeCount: 10 }, b: { channelCount: 7, changeCount: 8 } });
  });

  it("loses nothing and counts nothing twice across a stopped relay and a restarted consumer", async () => {
    await content.relay?.stop();
    await createChannel(siteA, "rdzt");
    await createChannel(siteA, "tzgg2");
    const channels = await graphql(
      content.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Site { channels { id path } } } }`,
      { reps: [{ __typename: "Site", id: siteB }] },
    );
    const jggk = (
      channels.data!._entities as { channels: { id: string; path: string }[] }[]
    )[0]?.channels.find((channel) => channel.path === "jggk");
    if (!jggk) throw new Error("standard channel jggk missing");
    await deleteChannel(jggk.id);

    await evaluation.stop();
    // Produced while the consumer is down.
    await createChannel(siteA, "dsj");
    evaluation = await startSubgraph(evaluationSubgraph, evaluationOptions);
    secondRelay = await startRelay({
      connectionString: databaseUrl,
      pool: content.pool,
      producer: "content",
    });

    const expected = { a: { channelCount: 12, changeCount: 13 }, b: { channelCount: 6, changeCount: 9 } };
    await statsBecome(expected);
    // The new relay re-announces the backlog; wait until it has, and the counts must not move.
    const outboxEnd = (await readOutbox(content.pool, "content", 0, 1000)).at(-1)?.seq;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const relayed = await content.pool.query<{ relayed_seq: string }>(
        "select relayed_seq from content.outbox_relay",
      );
      if (Number(relayed.rows[0]?.relayed_seq) === outboxEnd || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const relayed = await content.pool.query<{ relayed_seq: string }>(
      "select relayed_seq from content.outbox_relay",
    );
    expect(Number(relayed.rows[0]?.relayed_seq)).toBe(outboxEnd);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await evaluation.consumer?.catchUp();
    expect(await stats()).toEqual(expected);
  });

  it("ignores an already-applied event applied again", async () => {
    const before = await stats();
    const events = await readOutbox(content.pool, "content", 0, 1000);
    const applied = events.find((event) => event.type === "channel.created" && event.siteId === siteA);
    if (!applied) throw new Error("no channel.created event");
    await evaluation.eventStore?.apply(applied, true);
    expect(await stats()).toEqual(before);
  });
});
