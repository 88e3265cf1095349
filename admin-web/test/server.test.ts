import { mkdtemp, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAdminServer } from "../server";

let gateway: http.Server;
let identity: http.Server;
const identityRequests: { url: string; cookie?: string; xff?: string }[] = [];
let admin: http.Server;
let adminUrl = "";

beforeAll(async () => {
  // A stand-in gateway that echoes what reached it.
  gateway = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          data: {
            echo: { body, authorization: req.headers.authorization, xff: req.headers["x-forwarded-for"] },
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, resolve));
  // A stand-in identity answering /oidc/* the way the real one does: a redirect plus a cookie.
  identity = http.createServer((req, res) => {
    identityRequests.push({
      url: req.url ?? "",
      cookie: req.headers.cookie,
      xff: req.headers["x-forwarded-for"] as string | undefined,
    });
    if (req.url?.startsWith("/oidc/login")) {
      res.writeHead(302, {
        location: "https://sso.example.gov.cn/authorize?client_id=jiyue&state=s1",
        "set-cookie": "jiyue_oidc=req-1; Path=/oidc; HttpOnly; SameSite=Lax",
        "cache-control": "no-store",
      });
      res.end();
      return;
    }
    if (req.url?.startsWith("/oidc/callback")) {
      res.writeHead(302, {
        location: "http://admin.example/login?ticket=t-1",
        "set-cookie": "jiyue_oidc=; Path=/oidc; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
      });
      res.end();
      return;
    }
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "not_found" }));
  });
  await new Promise<void>((resolve) => identity.listen(0, resolve));
  const distDir = await mkdtemp(path.join(tmpdir(), "admin-dist-"));
  await writeFile(path.join(distDir, "index.html"), "<!doctype html><title>集约管理后台</title>");
  const started = await startAdminServer(
    {
      distDir,
      gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`,
      identityUrl: `http://127.0.0.1:${(identity.address() as AddressInfo).port}`,
      portalPort: 3999,
    },
    0,
  );
  admin = started.server;
  adminUrl = started.url;
});

afterAll(async () => {
  await new Promise((resolve) => admin.close(resolve));
  await new Promise((resolve) => gateway.close(resolve));
  await new Promise((resolve) => identity.close(resolve));
});

describe("admin server", () => {
  it("listens on loopback only by default", () => {
    expect((admin.address() as AddressInfo).address).toBe("127.0.0.1");
  });

  it("streams POST /graphql to the gateway with Authorization and x-forwarded-for", async () => {
    const query = JSON.stringify({ query: "{ me { id } }" });
    const response = await fetch(`${adminUrl}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: "Bearer abc",
        "x-forwarded-for": "10.0.0.9",
      },
      body: query,
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { echo: { body: string; authorization: string; xff: string } };
    };
    expect(data.echo.body).toBe(query);
    expect(data.echo.authorization).toBe("Bearer abc");
    expect(data.echo.xff).toMatch(/^10\.0\.0\.9, .+/);
  });

  it("serves index.html for client routes and the portal base URL", async () => {
    const page = await fetch(`${adminUrl}/users`);
    expect(await page.text()).toContain("集约管理后台");
    const config = (await (await fetch(`${adminUrl}/config.json`)).json()) as { portalBaseUrl: string };
    expect(config.portalBaseUrl).toBe("http://127.0.0.1:3999");
  });

  it("forwards GET /oidc/login to identity with its query string and passes the redirect and cookie back", async () => {
    identityRequests.length = 0;
    const response = await fetch(`${adminUrl}/oidc/login?audience=staff&return=%2Flogin`, {
      redirect: "manual",
      headers: { "x-forwarded-for": "10.0.0.7" },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(
      "https://sso.example.gov.cn/authorize?client_id=jiyue&state=s1",
    );
    expect(response.headers.get("set-cookie")).toBe("jiyue_oidc=req-1; Path=/oidc; HttpOnly; SameSite=Lax");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(identityRequests).toHaveLength(1);
    expect(identityRequests[0]?.url).toBe("/oidc/login?audience=staff&return=%2Flogin");
    expect(identityRequests[0]?.xff).toMatch(/^10\.0\.0\.7, .+/);
  });

  it("forwards GET /oidc/callback with the browser's cookie and returns the ticket redirect unchanged", async () => {
    identityRequests.length = 0;
    const response = await fetch(`${adminUrl}/oidc/callback?code=c-1&state=s1`, {
      redirect: "manual",
      headers: { cookie: "jiyue_oidc=req-1" },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://admin.example/login?ticket=t-1");
    expect(response.headers.get("set-cookie")).toContain("jiyue_oidc=;");
    expect(identityRequests[0]?.url).toBe("/oidc/callback?code=c-1&state=s1");
    expect(identityRequests[0]?.cookie).toBe("jiyue_oidc=req-1");
  });

  it("does not let /oidc/ paths escape to other identity routes", async () => {
    identityRequests.length = 0;
    // fetch would normalise the dots away; a raw request keeps them, as an attacker's client would.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const { hostname, port } = new URL(adminUrl);
      http
        .get({ hostname, port, path: "/oidc/../internal/events" }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
        .on("error", reject);
    });
    expect(status).toBe(404);
    expect(identityRequests).toHaveLength(0);
  });
});
