// Test helpers: a portal on port 0 with fake event sources, and a raw HTTP client that can set Host.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DomainEvent, EventSource } from "@jiyue/server-kit";
import { createPortal, type Portal } from "../src/server/app";
import type { VisitorRoute } from "../src/server/visitor";

export class FakeEvents {
  readonly events: DomainEvent[] = [];
  constructor(readonly producer: string) {}

  readonly source: EventSource = async (after, limit) =>
    this.events.filter((event) => event.seq > after).slice(0, limit);

  push(
    type: string,
    fields: { aggregateId: string; siteId?: string; unitId?: string; payload: Record<string, unknown> },
  ): DomainEvent {
    const event: DomainEvent = {
      id: randomUUID(),
      seq: this.events.length + 1,
      producer: this.producer,
      type,
      aggregateType: type.split(".")[0] ?? type,
      aggregateId: fields.aggregateId,
      siteId: fields.siteId ?? null,
      unitId: fields.unitId ?? null,
      payload: fields.payload,
      actor: { kind: "system", id: null },
      occurredAt: new Date().toISOString(),
    };
    this.events.push(event);
    return event;
  }
}

export function tempCacheDir(): string {
  return mkdtempSync(path.join(tmpdir(), "jiyue-portal-test-"));
}

/** Starts `server` on a free port of 127.0.0.1 and says which. */
export async function listen(server: http.Server): Promise<number> {
  server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return (server.address() as AddressInfo).port;
}

/** A portal for tests: no event sources unless given, a short gateway timeout, no back-off, no polling. */
export function createTestPortal(gatewayUrl: string): Promise<Portal> {
  return createPortal({
    gatewayUrl,
    cacheDir: tempCacheDir(),
    eventSources: {},
    production: false,
    gatewayTimeoutMs: 3_000,
    gatewayRetryAfterMs: 0,
    eventPollIntervalMs: 60_000,
  });
}

export interface RunningPortal {
  portal: Portal;
  url: string;
  get(
    pathname: string,
    options?: { host?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>;
  close(): Promise<void>;
}

export async function startPortal(options: {
  gatewayUrl: string;
  cacheDir?: string;
  sources?: Record<string, EventSource>;
  gatewayTimeoutMs?: number;
  visitorRoutes?: VisitorRoute[];
}): Promise<RunningPortal> {
  const portal = await createPortal({
    gatewayUrl: options.gatewayUrl,
    cacheDir: options.cacheDir ?? tempCacheDir(),
    eventSources: options.sources ?? {},
    production: false,
    gatewayTimeoutMs: options.gatewayTimeoutMs ?? 3_000,
    // Tests switch the gateway off and on: no back-off between attempts.
    gatewayRetryAfterMs: 0,
    eventPollIntervalMs: 60_000,
    visitorRoutes: options.visitorRoutes,
  });
  const server = http.createServer(portal.handler).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 100 });
  return {
    portal,
    url: `http://127.0.0.1:${port}`,
    get(pathname, request = {}) {
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: "127.0.0.1",
            port,
            path: pathname,
            agent,
            headers: { host: request.host ?? `127.0.0.1:${port}`, ...request.headers },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
          },
        );
        req.on("error", reject);
        req.end();
      });
    },
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await portal.stop();
    },
  };
}
