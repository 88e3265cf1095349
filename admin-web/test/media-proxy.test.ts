// The admin server forwards /media to content: the Bearer header, or the /media cookie for <img> requests.
import { mkdtemp, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAdminServer } from "../server";

let content: http.Server;
let admin: http.Server;
let adminUrl = "";
const seen: { method?: string; url?: string; authorization?: string; body: string }[] = [];

beforeAll(async () => {
  content = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
      res.writeHead(200, {
        "content-type": "image/png",
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        "set-cookie": "leak=1",
      });
      res.end("PNG");
    });
  });
  await new Promise<void>((resolve) => content.listen(0, resolve));
  const distDir = await mkdtemp(path.join(tmpdir(), "admin-dist-"));
  await writeFile(path.join(distDir, "index.html"), "<!doctype html><title>集约管理后台</title>");
  const started = await startAdminServer(
    {
      distDir,
      gatewayUrl: "http://127.0.0.1:9",
      identityUrl: "http://127.0.0.1:9",
      portalPort: 3999,
      contentUrl: `http://127.0.0.1:${(content.address() as AddressInfo).port}`,
    },
    0,
  );
  admin = started.server;
  adminUrl = started.url;
});

afterAll(async () => {
  await new Promise((resolve) => admin.close(resolve));
  await new Promise((resolve) => content.close(resolve));
});

describe("admin /media proxy", () => {
  it("turns the media cookie into Authorization for images and keeps content's headers", async () => {
    const response = await fetch(`${adminUrl}/media/m1/thumb`, {
      headers: { cookie: "a=b; jiyue_media=tok-1" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(seen.at(-1)).toMatchObject({
      method: "GET",
      url: "/media/m1/thumb",
      authorization: "Bearer tok-1",
    });
  });

  it("streams uploads with the caller's Bearer header", async () => {
    const form = new FormData();
    form.set("siteId", "s1");
    form.set("file", new Blob(["hello"]), "a.txt");
    const response = await fetch(`${adminUrl}/media`, {
      method: "POST",
      headers: { authorization: "Bearer tok-2" },
      body: form,
    });
    expect(response.status).toBe(200);
    expect(seen.at(-1)?.authorization).toBe("Bearer tok-2");
    expect(seen.at(-1)?.body).toContain("hello");
  });
});
