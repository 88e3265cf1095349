// The portal serves /media/* from content anonymously: never the visitor's credentials, content's caching.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortal, type Portal } from "../src/server/app";
import { tempCacheDir } from "./helpers";

let content: http.Server;
let portal: Portal;
let server: http.Server;
let url = "";
const seen: { url?: string; authorization?: string; cookie?: string }[] = [];

beforeAll(async () => {
  content = http.createServer((req, res) => {
    seen.push({ url: req.url, authorization: req.headers.authorization, cookie: req.headers.cookie });
    if (req.url === "/media/missing") {
      const body = JSON.stringify({ error: { code: "NOT_FOUND", message: "资源不存在" } });
      res.writeHead(404, { "content-type": "application/json", "content-length": String(body.length) });
      res.end(body);
      return;
    }
    if (req.url === "/media/draft") {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "UNAUTHENTICATED" } }));
      return;
    }
    res.writeHead(200, {
      "content-type": "image/png",
      "cache-control": "public, max-age=86400",
      etag: '"abc"',
    });
    res.end("PNG");
  });
  await new Promise<void>((resolve) => content.listen(0, "127.0.0.1", resolve));
  portal = await createPortal({
    gatewayUrl: "http://127.0.0.1:9",
    cacheDir: tempCacheDir(),
    eventSources: {},
    production: false,
    eventPollIntervalMs: 60_000,
    contentUrl: `http://127.0.0.1:${(content.address() as AddressInfo).port}`,
  });
  server = portal.app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await portal.stop();
  await new Promise<void>((resolve) => content.close(() => resolve()));
});

describe("portal /media", () => {
  it("answers a refused or missing medium at once, without content's error body length", async () => {
    const response = await fetch(`${url}/media/missing`, { signal: AbortSignal.timeout(3_000) });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("");
  });

  it("passes published media through with content's type and cache headers, without the visitor's credentials", async () => {
    const response = await fetch(`${url}/media/pub`, {
      headers: { authorization: "Bearer x", cookie: "c=1" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe("PNG");
    expect(seen.at(-1)).toEqual({ url: "/media/pub", authorization: undefined, cookie: undefined });
  });

  it("answers 404 for media that are not public", async () => {
    expect((await fetch(`${url}/media/draft`)).status).toBe(404);
  });
});
