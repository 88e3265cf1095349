// The admin server forwards /media to content (the Bearer header, or the /media cookie for <img> requests) and
// letter attachment downloads to interaction (the attachment cookie for download links).
import { mkdtemp, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAdminServer } from "../server";

let content: http.Server;
let interaction: http.Server;
let admin: http.Server;
let adminUrl = "";
const seen: { method?: string; url?: string; authorization?: string; body: string }[] = [];
const seenByInteraction: { method?: string; url?: string; authorization?: string }[] = [];

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
  interaction = http.createServer((req, res) => {
    seenByInteraction.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
    res.writeHead(200, {
      "content-type": "application/pdf",
      "content-disposition": "attachment; filename*=UTF-8''%E6%9D%90%E6%96%99.pdf",
      "cache-control": "private, no-store",
    });
    res.end("%PDF-1.4");
  });
  await new Promise<void>((resolve) => interaction.listen(0, resolve));
  const distDir = await mkdtemp(path.join(tmpdir(), "admin-dist-"));
  await writeFile(path.join(distDir, "index.html"), "<!doctype html><title>集约管理后台</title>");
  const started = await startAdminServer(
    {
      distDir,
      gatewayUrl: "http://127.0.0.1:9",
      identityUrl: "http://127.0.0.1:9",
      portalPort: 3999,
      contentUrl: `http://127.0.0.1:${(content.address() as AddressInfo).port}`,
      interactionUrl: `http://127.0.0.1:${(interaction.address() as AddressInfo).port}`,
    },
    0,
  );
  admin = started.server;
  adminUrl = started.url;
});

afterAll(async () => {
  await new Promise((resolve) => admin.close(resolve));
  await new Promise((resolve) => content.close(resolve));
  await new Promise((resolve) => interaction.close(resolve));
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

describe("admin /letter-attachments proxy", () => {
  it("downloads from interaction with the attachment cookie turned into Authorization", async () => {
    const response = await fetch(`${adminUrl}/letter-attachments/a1`, {
      headers: { cookie: "jiyue_media=media-token; jiyue_attachments=tok-3" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("attachment;");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toBe("%PDF-1.4");
    expect(seenByInteraction.at(-1)).toEqual({
      method: "GET",
      url: "/letter-attachments/a1",
      authorization: "Bearer tok-3",
    });
  });

  it("passes no credentials the browser did not send, and takes no uploads", async () => {
    await fetch(`${adminUrl}/letter-attachments/a2`, { headers: { cookie: "jiyue_media=media-token" } });
    expect(seenByInteraction.at(-1)).toMatchObject({
      url: "/letter-attachments/a2",
      authorization: undefined,
    });
    const calls = seenByInteraction.length;
    const upload = await fetch(`${adminUrl}/letter-attachments`, { method: "POST", body: "x" });
    expect(upload.status).not.toBe(200);
    expect(seenByInteraction).toHaveLength(calls);
  });

  it("keeps attachment paths from reaching anything else on interaction", async () => {
    const calls = seenByInteraction.length;
    // Sent as is (fetch would resolve the dots itself).
    const type = await new Promise<string | undefined>((resolve, reject) => {
      http
        .get(`${adminUrl}/letter-attachments/../graphql`, (res) => {
          res.resume();
          resolve(res.headers["content-type"]);
        })
        .on("error", reject);
    });
    expect(type).not.toBe("application/pdf");
    expect(seenByInteraction).toHaveLength(calls);
  });
});
