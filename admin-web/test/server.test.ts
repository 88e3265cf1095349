import { mkdtemp, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAdminServer } from "../server";

let gateway: http.Server;
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
  const distDir = await mkdtemp(path.join(tmpdir(), "admin-dist-"));
  await writeFile(path.join(distDir, "index.html"), "<!doctype html><title>集约管理后台</title>");
  const started = await startAdminServer(
    { distDir, gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`, portalPort: 3999 },
    0,
  );
  admin = started.server;
  adminUrl = started.url;
});

afterAll(async () => {
  await new Promise((resolve) => admin.close(resolve));
  await new Promise((resolve) => gateway.close(resolve));
});

describe("admin server", () => {
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
});
