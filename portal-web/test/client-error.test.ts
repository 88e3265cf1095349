// Requests Node's HTTP parser refuses (an over-long address or head): a short Chinese page, 414 or 431, the
// connection closed, nothing of the error shown — behind Node's HTTP server alone and behind the fast path.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Portal } from "../src/server/app";
import { answerClientErrors, isLongRequestLine } from "../src/server/client-error";
import { type FastPath, installFastPath } from "../src/server/fast-path";
import { channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { createTestPortal, listen } from "./helpers";

const xcb = site({ code: "xcb", name: "市委宣传部", channels: [channel("工作动态", "gzdt")] });

let gateway: FakeGateway;
let portal: Portal;
let plain: http.Server;
let fast: http.Server;
let fastPath: FastPath;
const ports: Record<"plain" | "fast", number> = { plain: 0, fast: 0 };

beforeAll(async () => {
  gateway = await startFakeGateway([xcb], []);
  portal = await createTestPortal(gateway.url);
  plain = http.createServer(portal.handler);
  answerClientErrors(plain);
  fast = http.createServer(portal.handler);
  fastPath = installFastPath(fast, portal.hotPages);
  answerClientErrors(fast);
  ports.plain = await listen(plain);
  ports.fast = await listen(fast);
});

afterAll(async () => {
  for (const server of [plain, fast]) {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
  fastPath?.closeIdleConnections();
  await portal?.stop();
  await gateway?.stop();
});

/** Sends `request` on a new connection and reads until the server closes it. */
function exchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.setTimeout(5_000, () => reject(new Error("the server did not close the connection")));
    socket.write(request);
  });
}

function parse(answer: string) {
  const headEnd = answer.indexOf("\r\n\r\n");
  const [statusLine = "", ...lines] = answer.slice(0, headEnd).split("\r\n");
  const headers = new Map(
    lines.map((line) => [
      line.slice(0, line.indexOf(":")).toLowerCase(),
      line.slice(line.indexOf(":") + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(" ")[1]), headers, body: answer.slice(headEnd + 4) };
}

describe.each(["plain", "fast"] as const)("behind %s", (kind) => {
  it("answers an over-long address with a 414 page", async () => {
    const target = `/s/xcb/search/?q=${"a".repeat(20_000)}`;
    const answer = parse(await exchange(ports[kind], `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
    expect(answer.status).toBe(414);
    expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(answer.headers.get("connection")).toBe("close");
    expect(Number(answer.headers.get("content-length"))).toBe(Buffer.byteLength(answer.body));
    expect(answer.body).toContain("网址过长");
    expect(answer.body).not.toMatch(/Error|HPE_|at /);
  });

  it("answers over-long headers with a 431 page", async () => {
    const cookie = `a=${"b".repeat(20_000)}`;
    const answer = parse(
      await exchange(ports[kind], `GET /s/xcb/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n\r\n`),
    );
    expect(answer.status).toBe(431);
    expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(answer.headers.get("connection")).toBe("close");
    expect(answer.body).toContain("请求头过大");
    expect(answer.body).not.toMatch(/Error|HPE_/);
  });

  it("still answers ordinary requests", async () => {
    const answer = parse(
      await exchange(ports[kind], "GET /s/xcb/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
    );
    expect(answer.status).toBe(200);
  });
});

describe("a long request line", () => {
  it("is one starting with a method whose first line is at least 8 KiB", () => {
    expect(isLongRequestLine(Buffer.from(`GET /${"a".repeat(9_000)}`))).toBe(true);
    expect(isLongRequestLine(Buffer.from(`GET /${"a".repeat(9_000)} HTTP/1.1\r\nHost: x\r\n`))).toBe(true);
    expect(isLongRequestLine(Buffer.from(`GET / HTTP/1.1\r\nCookie: ${"a".repeat(20_000)}`))).toBe(false);
    expect(isLongRequestLine(Buffer.from("a".repeat(20_000)))).toBe(false);
    expect(isLongRequestLine(undefined)).toBe(false);
  });
});
