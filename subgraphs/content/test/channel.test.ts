// Integration: the content subgraph on a real PostgreSQL, fed identity's directory events.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { startSubgraph } from "@jiyue/server-kit";
import { createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSubgraph } from "../src/app";
import type { ContentSchema } from "../src/context";

const identityEvents: DomainEvent[] = [];
const identitySource: EventSource = async (after, limit) =>
  identityEvents.filter((event) => event.seq > after).slice(0, limit);

function siteCreated(site: { id: string; unitId: string; code: string }): DomainEvent {
  const seq = identityEvents.length + 1;
  const event: DomainEvent = {
    id: randomUUID(),
    seq,
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
  };
  identityEvents.push(event);
  return event;
}

let content: StartedSubgraph<ContentSchema>;
let dropDatabase: () => Promise<void>;
const unitA = randomUUID();
const unitB = randomUUID();
const siteA = randomUUID();
const siteB = randomUUID();

async function graphql(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${content.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const keys = await testKeys();
  content = await startSubgraph(contentSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    eventSources: { identity: identitySource },
  });
  siteCreated({ id: siteA, unitId: unitA, code: "a" });
  siteCreated({ id: siteB, unitId: unitB, code: "b" });
  await content.consumer?.catchUp();
});

afterAll(async () => {
  await content?.stop();
  await dropDatabase?.();
});

const SITE_CHANNELS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Site { id channels { name path kind updateClass } } } }`;

describe("content subgraph", () => {
  it("gives a new site the standard channel tree, resolvable as Site.channels the way the gateway asks", async () => {
    const result = await graphql(SITE_CHANNELS, { reps: [{ __typename: "Site", id: siteA }] });
    const entities = (result.data?._entities ?? []) as { channels: { name: string; kind: string }[] }[];
    const site = entities[0];
    expect(site?.channels.map((channel) => channel.name)).toEqual([
      "工作动态",
      "通知公告",
      "政策文件",
      "党务公开",
      "机构概况",
      "领导信息",
      "互动交流",
    ]);
    expect(site?.channels[0]?.kind).toBe("LIST");
  });

  it("applies a redelivered event once", async () => {
    const first = identityEvents[0];
    if (!first) throw new Error("no event");
    await content.eventStore?.apply(first, true);
    const result = await graphql(SITE_CHANNELS, { reps: [{ __typename: "Site", id: siteA }] });
    const entities = (result.data?._entities ?? []) as { channels: unknown[] }[];
    expect(entities[0]?.channels).toHaveLength(7);
  });

  it("lets a unit admin create channels on the unit's site but not on another unit's", async () => {
    const keys = await testKeys();
    const token = await keys.sign(staffClaims([grant("unit_admin", { unitId: unitA })]));
    const create = `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id path } }`;
    const own = await graphql(create, { input: { siteId: siteA, name: "专题专栏", slug: "ztzl" } }, token);
    expect(own.errors).toBeUndefined();
    expect(own.data?.createChannel).toMatchObject({ path: "ztzl" });
    const other = await graphql(create, { input: { siteId: siteB, name: "专题专栏", slug: "ztzl" } }, token);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await graphql(create, { input: { siteId: siteA, name: "x", slug: "x" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses bad input and duplicates with typed errors", async () => {
    const keys = await testKeys();
    const token = await keys.sign(staffClaims([grant("unit_admin", { unitId: unitA })]));
    const create = `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`;
    const empty = await graphql(create, { input: { siteId: siteA, name: "  ", slug: "ok" } }, token);
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const duplicate = await graphql(
      create,
      { input: { siteId: siteA, name: "工作动态2", slug: "gzdt" } },
      token,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(duplicate.errors?.[0]?.message).toBe("路径已被使用");
    const unknownSite = await graphql(
      create,
      { input: { siteId: randomUUID(), name: "x", slug: "x" } },
      token,
    );
    expect(unknownSite.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    for (const slug of ["search", "zt", "leave", "media"]) {
      const shadowing = await graphql(create, { input: { siteId: siteA, name: "保留路径", slug } }, token);
      expect(shadowing.errors?.[0]?.extensions?.code, slug).toBe("BAD_USER_INPUT");
    }
  });
});
