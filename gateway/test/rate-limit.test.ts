// Per-API-client rate limit at the gateway: a token bucket per client id; over it → 429 + Retry-After +
// TOO_MANY_REQUESTS before any subgraph is called; other clients, staff and anonymous callers are unaffected.
import { composeServices } from "@apollo/composition";
import { listen, type RunningServer } from "@jiyue/server-kit";
import { clientClaims, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { gql } from "graphql-tag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway, type Gateway } from "../src/app";
import { ClientBuckets, parseClientRateLimit } from "../src/rate-limit";
import { type StubSubgraph, startStubSubgraph } from "./stub-subgraph";

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    hello: String
  }
`;

let stub: StubSubgraph;
let gateway: Gateway;
let server: RunningServer;

beforeAll(async () => {
  stub = await startStubSubgraph(typeDefs, { Query: { hello: () => "你好" } });
  const composed = composeServices([{ name: "alpha", url: "http://unused.invalid/graphql", typeDefs }]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join("\n"));
  gateway = await createGateway({
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls: { alpha: stub.url },
    verifyToken: (await testKeys()).verifier,
    production: true,
    // One request per second sustained, three at once.
    clientRateLimit: { perMinute: 60, burst: 3 },
  });
  server = await listen(gateway.app, 0);
});

afterAll(async () => {
  await server?.stop();
  await gateway?.stop();
  await stub?.stop();
});

async function token(claims: Parameters<Awaited<ReturnType<typeof testKeys>>["sign"]>[0]): Promise<string> {
  return (await testKeys()).sign(claims);
}

async function hello(bearer?: string, body: unknown = { query: "{ hello }" }) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] },
  };
}

describe("per-client rate limit", () => {
  it("refuses the request after the burst with 429, Retry-After and TOO_MANY_REQUESTS; other callers pass", async () => {
    const clientA = await token(clientClaims([crypto.randomUUID()]));
    const clientB = await token(clientClaims([crypto.randomUUID()]));
    const staff = await token(staffClaims([grant("editor", { unitId: crypto.randomUUID() })]));

    for (let n = 0; n < 3; n++) expect((await hello(clientA)).status).toBe(200);
    const before = stub.requests.length;
    const refused = await hello(clientA);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(stub.requests.length).toBe(before);

    const other = await hello(clientB);
    expect(other.status).toBe(200);
    expect(other.body.data).toEqual({ hello: "你好" });
    for (let n = 0; n < 10; n++) {
      expect((await hello(staff)).status).toBe(200);
      expect((await hello()).status).toBe(200);
    }
  });

  it("counts every operation of a batch", async () => {
    const client = await token(clientClaims([crypto.randomUUID()]));
    const batch = [{ query: "{ hello }" }, { query: "{ hello }" }];
    expect((await hello(client, batch)).status).toBe(200);
    expect((await hello(client, batch)).status).toBe(429);
    expect((await hello(client)).status).toBe(200);
  });
});

describe("token bucket", () => {
  it("refills at the configured rate and never above the burst", () => {
    let now = 0;
    const buckets = new ClientBuckets({ perMinute: 60, burst: 2 }, () => now);
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(1);
    now += 1_000;
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(1);
    now += 60_000;
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBeGreaterThan(0);
  });

  it("reads JIYUE_CLIENT_RATE_LIMIT and JIYUE_CLIENT_RATE_BURST", () => {
    expect(parseClientRateLimit(undefined, undefined)).toEqual({ perMinute: 600, burst: 100 });
    expect(parseClientRateLimit("120/min", undefined)).toEqual({ perMinute: 120, burst: 12 });
    expect(parseClientRateLimit("5/s", "20")).toEqual({ perMinute: 300, burst: 20 });
    expect(parseClientRateLimit("3600/h", undefined)).toEqual({ perMinute: 60, burst: 6 });
    expect(() => parseClientRateLimit("lots", undefined)).toThrow();
    expect(() => parseClientRateLimit("10/min", "0")).toThrow();
  });
});
