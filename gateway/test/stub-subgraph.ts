// A real (tiny) subgraph on a local HTTP server that counts the requests it receives and records their headers,
// so tests can prove that a refused request never reached a subgraph.
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { GraphQLResolverMap } from "@apollo/subgraph";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { DocumentNode } from "graphql";

// @apollo/subgraph builds its schema with the CommonJS graphql; execute with that same copy (vitest would
// otherwise hand this file the ESM copy, and graphql refuses schemas from another copy).
const { execute, parse } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

export interface StubSubgraph {
  url: string;
  /** GraphQL requests received on /graphql. */
  requests: { headers: http.IncomingHttpHeaders; query: string }[];
  /** Status /health answers with; "hang" never answers. */
  health: number | "hang";
  stop(): Promise<void>;
}

export async function startStubSubgraph(
  typeDefs: DocumentNode,
  // biome-ignore lint/suspicious/noExplicitAny: test resolvers are untyped
  resolvers: GraphQLResolverMap<any>,
): Promise<StubSubgraph> {
  const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
  const stub: Omit<StubSubgraph, "url" | "stop"> = { requests: [], health: 200 };
  const server = http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/health") {
      if (stub.health === "hang") return;
      res
        .writeHead(stub.health, { "content-type": "application/json" })
        .end(JSON.stringify({ status: stub.health }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      stub.requests.push({ headers: req.headers, query: body.query });
      try {
        const result = await execute({ schema, document: parse(body.query), variableValues: body.variables });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
      } catch (error) {
        res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}
