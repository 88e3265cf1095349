// Gateway behaviour against two stub subgraphs: auth at the edge, forwarded headers, abuse refused before any
// subgraph is called, production hardening, readiness.
import http from "node:http";
import { composeServices } from "@apollo/composition";
import { listen, type RunningServer, signAccessToken } from "@jiyue/server-kit";
import { citizenClaims, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { gql } from "graphql-tag";
import { generateKeyPair } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGateway, type Gateway } from "../src/app";
import { type StubSubgraph, startStubSubgraph } from "./stub-subgraph";

const alphaTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    hello: String
    node: Node
    boom: String
  }
  type Node @key(fields: "id") {
    id: ID!
    name: String
    child: Node
  }
`;
const betaTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Node @key(fields: "id") {
    id: ID!
    extra: String
  }
`;

function composeTestSupergraph(): string {
  const result = composeServices([
    { name: "alpha", url: "http://unused.invalid/graphql", typeDefs: alphaTypeDefs },
    { name: "beta", url: "http://unused.invalid/graphql", typeDefs: betaTypeDefs },
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.supergraphSdl;
}

let alpha: StubSubgraph;
let beta: StubSubgraph;
let supergraphSdl: string;

interface Started {
  gateway: Gateway;
  server: RunningServer;
}
const started: Started[] = [];

async function startGateway(production = false, healthTimeoutMs = 2_000): Promise<RunningServer> {
  const keys = await testKeys();
  const gateway = await createGateway({
    supergraphSdl,
    subgraphUrls: { alpha: alpha.url, beta: `${beta.url}/graphql` },
    verifyToken: keys.verifier,
    production,
    healthTimeoutMs,
  });
  const server = await listen(gateway.app, 0);
  started.push({ gateway, server });
  return server;
}

function subgraphRequests(): number {
  return alpha.requests.length + beta.requests.length;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(
  server: RunningServer,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody & GraphQLBody[]; headers: Headers }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

function nested(depth: number, leaf = "name"): string {
  // depth counts selection levels: node { child { … { leaf } } }
  let selection = leaf;
  for (let level = 1; level < depth - 1; level++) selection = `child { ${selection} }`;
  return `{ node { ${selection} } }`;
}

beforeAll(async () => {
  alpha = await startStubSubgraph(alphaTypeDefs, {
    Query: {
      hello: () => "你好",
      node: () => ({ id: "1", name: "节点" }),
      boom: () => {
        throw new Error("secret database detail");
      },
    },
    Node: { child: (node: { id: string }) => ({ id: `${node.id}.c`, name: "子节点" }) },
  });
  beta = await startStubSubgraph(betaTypeDefs, {
    Node: { __resolveReference: (ref: { id: string }) => ({ ...ref, extra: `extra-${ref.id}` }) },
  });
  supergraphSdl = composeTestSupergraph();
});

afterEach(async () => {
  for (const { gateway, server } of started.splice(0)) {
    await server.stop();
    await gateway.stop();
  }
  alpha.requests.length = 0;
  beta.requests.length = 0;
  alpha.health = 200;
  beta.health = 200;
});

afterAll(async () => {
  await alpha?.stop();
  await beta?.stop();
});

describe("callers", () => {
  it("lets anonymous callers through and forwards a generated request id and the client address", async () => {
    const server = await startGateway();
    const result = await post(server, { query: "{ node { id name extra } }" });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ node: { id: "1", name: "节点", extra: "extra-1" } });
    expect(alpha.requests).toHaveLength(1);
    expect(beta.requests).toHaveLength(1);
    const requestId = result.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    for (const request of [...alpha.requests, ...beta.requests]) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers["x-request-id"]).toBe(requestId);
      expect(request.headers["x-forwarded-for"]).toBe("127.0.0.1");
    }
  });

  it("forwards the caller's token and request id unchanged to every subgraph", async () => {
    const server = await startGateway();
    const keys = await testKeys();
    const token = await keys.sign(staffClaims([grant("editor", { unitId: "u1" })]));
    const result = await post(
      server,
      { query: "{ node { extra } }" },
      { authorization: `Bearer ${token}`, "x-request-id": "req-42" },
    );
    expect(result.body.data).toEqual({ node: { extra: "extra-1" } });
    expect(subgraphRequests()).toBe(2);
    for (const request of [...alpha.requests, ...beta.requests]) {
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
      expect(request.headers["x-request-id"]).toBe("req-42");
    }
  });

  it("accepts a citizen token too (the subgraphs decide what a citizen may do)", async () => {
    const server = await startGateway();
    const token = await (await testKeys()).sign(citizenClaims());
    const result = await post(server, { query: "{ hello }" }, { authorization: `Bearer ${token}` });
    expect(result.body).toEqual({ data: { hello: "你好" } });
  });

  it("refuses malformed, expired and forged tokens with UNAUTHENTICATED before executing anything", async () => {
    const server = await startGateway();
    const keys = await testKeys();
    const expired = await keys.sign(staffClaims([]), -60);
    const { privateKey } = await generateKeyPair("ES256");
    const forged = await signAccessToken(staffClaims([grant("platform_admin")]), privateKey, {
      kid: "test-key",
      expiresInSeconds: 600,
    });
    for (const authorization of [
      "Bearer not-a-jwt",
      "Basic dXNlcjpwYXNz",
      `Bearer ${expired}`,
      `Bearer ${forged}`,
    ]) {
      const result = await post(server, { query: "{ hello }" }, { authorization });
      expect(result.status, authorization).toBe(401);
      expect(result.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(result.body.data).toBeUndefined();
    }
    expect(subgraphRequests()).toBe(0);
  });
});

describe("abuse is refused before execution", () => {
  it("refuses 1,000 aliases in one query", async () => {
    const server = await startGateway();
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: hello`).join(" ");
    const result = await post(server, { query: `{ ${aliases} }` });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.body.errors?.[0]?.message).toContain("别名");
    expect(subgraphRequests()).toBe(0);
  });

  it("allows 30 aliases and refuses 31", async () => {
    const server = await startGateway();
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: hello`).join(" ");
    const allowed = await post(server, { query: `{ ${aliases(30)} }` });
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data?.a29).toBe("你好");
    const refused = await post(server, { query: `{ ${aliases(31)} }` });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses 100 batched operations without executing any, and runs a batch of 10", async () => {
    const server = await startGateway();
    const refused = await post(
      server,
      Array.from({ length: 100 }, () => ({ query: "{ hello }" })),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(subgraphRequests()).toBe(0);

    const allowed = await post(
      server,
      Array.from({ length: 10 }, () => ({ query: "{ hello }" })),
    );
    expect(allowed.status).toBe(200);
    expect(allowed.body).toHaveLength(10);
    expect(allowed.body[9]).toEqual({ data: { hello: "你好" } });
  });

  it("refuses a 10 MB body fast, with or without a declared length", async () => {
    const server = await startGateway();
    const query = `{ hello } #${"x".repeat(10 * 1024 * 1024)}`;
    const body = JSON.stringify({ query });

    const startedAt = Date.now();
    const declared = await rawPost(server, body, true);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(Date.now() - startedAt).toBeLessThan(2_000);

    const chunked = await rawPost(server, body, false);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(subgraphRequests()).toBe(0);

    // The gateway is still serving.
    expect((await post(server, { query: "{ hello }" })).body).toEqual({ data: { hello: "你好" } });
  });

  it("refuses 40-deep nesting and allows 12", async () => {
    const server = await startGateway();
    const deep = await post(server, { query: nested(40) });
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(subgraphRequests()).toBe(0);

    const allowed = await post(server, { query: nested(12) });
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data?.node).toBeTruthy();
    const refused = await post(server, { query: nested(13) });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses nesting hidden in fragments", async () => {
    const server = await startGateway();
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Node { child { ${i === 19 ? "name" : `...F${i + 1}`} } }`,
    ).join("\n");
    const result = await post(server, { query: `{ node { ...F0 } }\n${fragments}` });
    expect(result.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(subgraphRequests()).toBe(0);
  });

  it("refuses too many tokens, too many directives and too high a cost", async () => {
    const server = await startGateway();
    const tokens = await post(server, { query: `{ ${"hello ".repeat(6000)}}` });
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");

    const directives = await post(server, { query: `{ hello ${"@include(if: true) ".repeat(60)}}` });
    expect(directives.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");

    // Within depth, alias and token limits, but 400 leaves at depth 12 cost far more than allowed.
    const cost = await post(server, { query: nested(12, "name ".repeat(400)) });
    expect(cost.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(cost.body.errors?.[0]?.message).toContain("代价");
    expect(subgraphRequests()).toBe(0);
  });

  it("answers a body that is not JSON with a typed error", async () => {
    const server = await startGateway();
    const result = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(result.status).toBe(400);
    expect(((await result.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });
});

describe("production", () => {
  it("disables introspection in production and allows it otherwise", async () => {
    const development = await startGateway(false);
    const open = await post(development, { query: "{ __schema { queryType { name } } }" });
    expect(open.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });

    const production = await startGateway(true);
    const closed = await post(production, { query: "{ __schema { queryType { name } } }" });
    expect(closed.status).toBe(400);
    expect(closed.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(closed.body.data).toBeUndefined();
    const typeProbe = await post(production, { query: '{ __type(name: "Node") { name } }' });
    expect(typeProbe.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("shows no stack traces, internal messages or field suggestions in production", async () => {
    const production = await startGateway(true);
    const boom = await post(production, { query: "{ boom }" });
    const text = JSON.stringify(boom.body);
    expect(text).not.toContain("stacktrace");
    expect(text).not.toContain("secret database detail");
    expect(boom.body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");

    const typo = await post(production, { query: "{ helo }" });
    expect(typo.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(typo.body)).not.toContain("Did you mean");
    expect(JSON.stringify(typo.body)).not.toContain("stacktrace");

    const development = await startGateway(false);
    const typoDev = await post(development, { query: "{ helo }" });
    expect(typoDev.body.errors?.[0]?.message).toContain("Did you mean");
  });
});

describe("/health", () => {
  it("is ready only when every subgraph answers 200", async () => {
    const server = await startGateway(false, 300);
    const ready = await fetch(`${server.url}/health`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", subgraphs: { alpha: "ok", beta: "ok" } });

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    beta.health = 503;
    const down = await fetch(`${server.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({
      status: "unavailable",
      subgraphs: { alpha: "ok", beta: "down" },
      down: ["beta"],
    });

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    beta.health = 200;
    alpha.health = "hang";
    const startedAt = Date.now();
    const hanging = await fetch(`${server.url}/health`);
    expect(hanging.status).toBe(503);
    expect(((await hanging.json()) as { down: string[] }).down).toEqual(["alpha"]);
    expect(Date.now() - startedAt).toBeLessThan(2_000);
  });

  it("reports a subgraph that is not listening as down", async () => {
    const keys = await testKeys();
    const gateway = await createGateway({
      supergraphSdl,
      subgraphUrls: { alpha: alpha.url, beta: "http://127.0.0.1:9" },
      verifyToken: keys.verifier,
      production: false,
      healthTimeoutMs: 500,
    });
    const server = await listen(gateway.app, 0);
    started.push({ gateway, server });
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { down: string[] }).down).toEqual(["beta"]);
  });
});

/** POST with node:http: a declared Content-Length, or chunked transfer without one. Resolves on the response. */
function rawPost(
  server: RunningServer,
  body: string,
  declareLength: boolean,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(body);
    const request = http.request(`${server.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(declareLength
          ? { "content-length": String(payload.length) }
          : { "transfer-encoding": "chunked" }),
      },
    });
    let responded = false;
    request.on("response", (response) => {
      responded = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
    });
    // The server may close the connection before it read everything: that is the point.
    request.on("error", (error) => {
      if (!responded) reject(error);
    });
    let offset = 0;
    const writeMore = () => {
      while (offset < payload.length) {
        const chunk = payload.subarray(offset, offset + 64 * 1024);
        offset += chunk.length;
        if (!request.write(chunk)) {
          request.once("drain", writeMore);
          return;
        }
      }
      request.end();
    };
    writeMore();
  });
}
