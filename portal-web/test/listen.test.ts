// Events reach the portal through PostgreSQL LISTEN/NOTIFY, without waiting for a poll.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventNotification } from "@jiyue/server-kit";
import { EVENTS_CHANNEL } from "@jiyue/server-kit";
import { createTestDatabase } from "@jiyue/server-kit/testing";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPortal, type Portal } from "../src/server/app";
import { type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { tempCacheDir } from "./helpers";

let database: { url: string; drop(): Promise<void> };
let gateway: FakeGateway;
let portal: Portal;
const fixture = site({ code: "kx", name: "重庆市科学技术协会" });

beforeAll(async () => {
  database = await createTestDatabase();
  gateway = await startFakeGateway([fixture]);
  portal = await createPortal({
    gatewayUrl: gateway.url,
    cacheDir: tempCacheDir(),
    listenConnectionString: database.url,
    // A source that has nothing yet: only the notification can bring the event.
    eventSources: { identity: async () => [] },
    production: false,
    eventPollIntervalMs: 60_000,
  });
});

afterAll(async () => {
  await portal?.stop();
  await gateway?.stop();
  await database?.drop();
});

it("invalidates a page when the event arrives by NOTIFY", async () => {
  const render = () =>
    portal.cache.get("*/s/kx/", async () => ({ status: 200, html: "x", tags: [`site:${fixture.id}`] }));
  await render();
  expect(portal.cache.has("*/s/kx/")).toBe(true);
  const event: DomainEvent = {
    id: randomUUID(),
    seq: 1,
    producer: "identity",
    type: "site.updated",
    aggregateType: "site",
    aggregateId: fixture.id,
    siteId: fixture.id,
    unitId: fixture.unit.id,
    payload: { site: { id: fixture.id, parentSiteId: null } },
    actor: { kind: "system", id: null },
    occurredAt: new Date().toISOString(),
  };
  const notification: EventNotification = { producer: "identity", seq: 1, event };
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("select pg_notify($1, $2)", [EVENTS_CHANNEL, JSON.stringify(notification)]);
  await client.end();
  const deadline = Date.now() + 10_000;
  while (portal.cache.has("*/s/kx/") && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  expect(portal.cache.has("*/s/kx/")).toBe(false);
});
