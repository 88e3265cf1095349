// Subgraph fetcher on node:http with a keep-alive agent: the gateway's default fetcher opens a connection per
// request and costs ~40% throughput (STACK.md).
import http from "node:http";
import https from "node:https";

export interface SubgraphFetcher {
  fetch(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
  ): Promise<Response>;
  close(): void;
}

export function keepAliveFetcher(options: { timeoutMs?: number; maxSockets?: number } = {}): SubgraphFetcher {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const agents = {
    "http:": new http.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets ?? 256,
      keepAliveMsecs: 1_000,
    }),
    "https:": new https.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets ?? 256,
      keepAliveMsecs: 1_000,
    }),
  };
  return {
    fetch(url, init = {}) {
      const target = new URL(url);
      const transport = target.protocol === "https:" ? https : http;
      const agent = target.protocol === "https:" ? agents["https:"] : agents["http:"];
      return new Promise<Response>((resolve, reject) => {
        const request = transport.request(
          target,
          { method: init.method ?? "GET", headers: init.headers, agent, timeout: timeoutMs },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("error", reject);
            response.on("end", () => {
              const headers = new Headers();
              for (const [name, value] of Object.entries(response.headers)) {
                if (value === undefined) continue;
                for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
              }
              const status = response.statusCode ?? 502;
              // Response refuses a body for these statuses.
              const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
              resolve(new Response(body, { status, statusText: response.statusMessage ?? "", headers }));
            });
          },
        );
        request.on("timeout", () =>
          request.destroy(new Error(`subgraph request timed out after ${timeoutMs} ms`)),
        );
        request.on("error", reject);
        request.end(init.body);
      });
    },
    close() {
      agents["http:"].destroy();
      agents["https:"].destroy();
    },
  };
}
