// The raw-socket fast path for memory hits: byte for byte the answers of Node's HTTP server running the same
// portal, and every request it does not fully understand (framing, smuggling shapes, misses, forms) goes to
// Node's HTTP server instead.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Portal } from "../src/server/app";
import { type FastPath, installFastPath, parseRequest } from "../src/server/fast-path";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { createTestPortal, listen } from "./helpers";

const gzdt = channel("工作动态", "gzdt");
const tzgg = channel("通知公告", "tzgg");
const zgh = site({ code: "zgh", name: "重庆市总工会", channels: [gzdt, tzgg] });
const news = article(zgh, gzdt, {
  title: "市总工会召开全委会议",
  body: `<p>${"会议强调，要把职工群众的呼声作为工作重点。".repeat(40)}</p>`,
});
const articlePath = `/s/zgh/gzdt/${news.id}.html`;

let gateway: FakeGateway;
let portal: Portal;
let plain: http.Server;
let fast: http.Server;
let fastPath: FastPath;
let plainPort: number;
let fastPort: number;

beforeAll(async () => {
  gateway = await startFakeGateway([zgh], [news]);
  portal = await createTestPortal(gateway.url);
  // The same portal behind Node's HTTP server alone and behind the fast path.
  plain = http.createServer(portal.handler);
  fast = http.createServer(portal.handler);
  fastPath = installFastPath(fast, portal.hotPages);
  plainPort = await listen(plain);
  fastPort = await listen(fast);
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

/** Writes `parts` (pausing between them), returns every byte received until the server closes or goes quiet. */
function exchange(port: number, parts: (string | Buffer)[], pauseMs = 30): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let quiet: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(quiet);
      clearTimeout(deadline);
      socket.destroy();
      resolve(Buffer.concat(chunks));
    };
    const deadline = setTimeout(finish, 3_000);
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      clearTimeout(quiet);
      quiet = setTimeout(finish, 150);
    });
    socket.on("close", finish);
    socket.on("error", reject);
    socket.once("connect", async () => {
      for (const [index, part] of parts.entries()) {
        if (index > 0) await new Promise((wait) => setTimeout(wait, pauseMs));
        socket.write(typeof part === "string" ? Buffer.from(part, "latin1") : part);
      }
    });
  });
}

/** The answers' text with each Date header's value blanked (the two servers may answer in different seconds). */
function normalised(bytes: Buffer): string {
  return bytes.toString("latin1").replace(/\r\nDate: [^\r]*\r\n/g, "\r\nDate: -\r\n");
}

function statusLines(bytes: Buffer): string[] {
  return [...bytes.toString("latin1").matchAll(/HTTP\/1\.1 \d{3} [^\r]*/g)].map((match) => match[0]);
}

function cacheSources(bytes: Buffer): string[] {
  return [...bytes.toString("latin1").matchAll(/\r\nx-jiyue-cache: (\w+)\r\n/g)].map(
    (match) => match[1] ?? "",
  );
}

const request = (target: string, headers: string[] = []) =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map((line) => `${line}\r\n`).join("")}\r\n`;

let etag = "";
let lastModified = "";

beforeEach(async () => {
  // Render once (a miss) so the page is in memory.
  const first = await exchange(plainPort, [request(articlePath, ["Accept-Encoding: gzip, deflate, br"])]);
  const text = first.toString("latin1");
  etag = /\r\netag: ([^\r]+)\r\n/.exec(text)?.[1] ?? "";
  lastModified = /\r\nlast-modified: ([^\r]+)\r\n/.exec(text)?.[1] ?? "";
});

describe("memory hits on the raw socket", () => {
  const cases: { name: string; request: () => string; status: string }[] = [
    {
      name: "brotli",
      request: () => request(articlePath, ["Accept-Encoding: gzip, deflate, br"]),
      status: "200 OK",
    },
    { name: "gzip", request: () => request(articlePath, ["Accept-Encoding: gzip"]), status: "200 OK" },
    { name: "identity", request: () => request(articlePath), status: "200 OK" },
    {
      name: "HEAD",
      request: () =>
        `HEAD ${articlePath} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: br\r\nConnection: keep-alive\r\n\r\n`,
      status: "200 OK",
    },
    {
      name: "304 by If-None-Match",
      request: () => request(articlePath, ["Accept-Encoding: br", `If-None-Match: ${etag}`]),
      status: "304 Not Modified",
    },
    {
      name: "304 by If-Modified-Since",
      request: () => request(articlePath, [`If-Modified-Since: ${lastModified}`, "User-Agent: test"]),
      status: "304 Not Modified",
    },
    {
      name: "200 for another ETag",
      request: () => request(articlePath, ['If-None-Match: "other"', "Cookie: a=b; c=d"]),
      status: "200 OK",
    },
  ];
  for (const testCase of cases) {
    it(`answers ${testCase.name} exactly as Node's HTTP server does`, async () => {
      const { answered, handedOff } = fastPath.stats;
      const expected = await exchange(plainPort, [testCase.request()]);
      const actual = await exchange(fastPort, [testCase.request()]);
      expect(statusLines(expected)).toEqual([`HTTP/1.1 ${testCase.status}`]);
      expect(cacheSources(actual)).toEqual(["hit"]);
      expect(normalised(actual)).toBe(normalised(expected));
      expect(fastPath.stats.answered).toBe(answered + 1);
      expect(fastPath.stats.handedOff).toBe(handedOff);
    });
  }

  it("answers pipelined hits in order and gives the connection to Node's server at the first miss", async () => {
    await portal.cache.invalidate([`site:${zgh.id}`]);
    await exchange(plainPort, [request(articlePath)]);
    const { answered, handedOff } = fastPath.stats;
    const miss = request("/s/zgh/tzgg/");
    const bytes = await exchange(fastPort, [
      request(articlePath) + request(articlePath) + miss + request(articlePath),
    ]);
    expect(statusLines(bytes)).toEqual([
      "HTTP/1.1 200 OK",
      "HTTP/1.1 200 OK",
      "HTTP/1.1 200 OK",
      "HTTP/1.1 200 OK",
    ]);
    expect(cacheSources(bytes)).toEqual(["hit", "hit", "miss", "hit"]);
    expect(bytes.toString("utf8")).toContain("通知公告");
    expect(fastPath.stats.answered).toBe(answered + 2);
    expect(fastPath.stats.handedOff).toBe(handedOff + 1);
  });

  it("waits for the rest of a pipelined request that arrives in pieces", async () => {
    const { answered } = fastPath.stats;
    const second = request(articlePath);
    const bytes = await exchange(fastPort, [request(articlePath) + second.slice(0, 20), second.slice(20)]);
    expect(cacheSources(bytes)).toEqual(["hit", "hit"]);
    expect(fastPath.stats.answered).toBe(answered + 2);
  });

  it("keeps connections whose page is being re-rendered: they wait for the render, not for Node's server", async () => {
    await portal.cache.invalidate([`site:${zgh.id}`]);
    gateway.mode = "slow";
    gateway.slowMs = 400;
    try {
      // The first request after the invalidation renders the page (through Node's server here) …
      const rendering = exchange(plainPort, [request(articlePath)]);
      await new Promise((wait) => setTimeout(wait, 100));
      const { answered, handedOff } = fastPath.stats;
      // … and the fast path's connections asking meanwhile get the new copy as soon as it is there.
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => exchange(fastPort, [request(articlePath) + request(articlePath)])),
      );
      expect(cacheSources(await rendering)).toEqual(["miss"]);
      for (const bytes of answers) expect(cacheSources(bytes)).toEqual(["hit", "hit"]);
      expect(fastPath.stats.answered).toBe(answered + 40);
      expect(fastPath.stats.handedOff).toBe(handedOff);
    } finally {
      gateway.mode = "up";
    }
  });

  it("answers a client that half-closes after its request, then closes the connection as Node does", async () => {
    const socket = net.connect(fastPort, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    const started = Date.now();
    socket.end(request(articlePath));
    await closed;
    expect(cacheSources(Buffer.concat(chunks))).toEqual(["hit"]);
    // At once, not after the idle timeout (keepAliveTimeout + its buffer, 6 s).
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("closes its idle connections on request", async () => {
    const socket = net.connect(fastPort, "127.0.0.1");
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.on("error", () => {});
    const answered = new Promise<void>((resolve) => socket.once("data", () => resolve()));
    socket.write(request(articlePath));
    await answered;
    fastPath.closeIdleConnections();
    await closed;
  });
});

describe("requests the fast path leaves to Node's HTTP server", () => {
  const target = () => articlePath;
  const cases: { name: string; parts: () => (string | Buffer)[] }[] = [
    {
      name: "a body by Content-Length",
      parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello`],
    },
    {
      name: "a chunked body",
      parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`],
    },
    {
      name: "Content-Length and Transfer-Encoding together (request smuggling)",
      parts: () => [
        `GET ${target()} HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /x HTTP/1.1\r\nHost: a\r\n\r\n`,
      ],
    },
    {
      name: "an obs-folded header",
      parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\r\nX-A: b\r\n c\r\n\r\n`],
    },
    { name: "bare LF line ends", parts: () => [`GET ${target()} HTTP/1.1\nHost: a\n\n`] },
    { name: "a bare CR", parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\rX-A: b\r\n\r\n`] },
    { name: "two Host headers", parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n`] },
    { name: "no Host header", parts: () => [`GET ${target()} HTTP/1.1\r\n\r\n`] },
    { name: "HTTP/1.0", parts: () => [`GET ${target()} HTTP/1.0\r\nHost: a\r\n\r\n`] },
    {
      name: "Connection: close",
      parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`],
    },
    { name: "an absolute-form target", parts: () => [`GET http://a${target()} HTTP/1.1\r\nHost: a\r\n\r\n`] },
    { name: "a lower-case method", parts: () => [`get ${target()} HTTP/1.1\r\nHost: a\r\n\r\n`] },
    { name: "POST", parts: () => [`POST ${target()} HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n`] },
    { name: "a space before the colon", parts: () => [`GET ${target()} HTTP/1.1\r\nHost : a\r\n\r\n`] },
    {
      name: "a byte above ASCII in a header",
      parts: () => [Buffer.from(`GET ${target()} HTTP/1.1\r\nHost: a\r\nX-A: \xff\r\n\r\n`, "latin1")],
    },
    {
      name: "Expect: 100-continue",
      parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n`],
    },
    {
      name: "Upgrade",
      parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n`],
    },
    {
      name: "a head over 8 KiB",
      parts: () => [`GET ${target()} HTTP/1.1\r\nHost: a\r\nCookie: ${"a".repeat(9_000)}\r\n\r\n`],
    },
    { name: "a head arriving in pieces", parts: () => [`GET ${target()} HTTP/1.1\r\nHo`, "st: a\r\n\r\n"] },
  ];
  for (const testCase of cases) {
    it(`gives ${testCase.name} to Node's server, which answers as it would alone`, async () => {
      const { answered, handedOff } = fastPath.stats;
      const expected = await exchange(plainPort, testCase.parts());
      const actual = await exchange(fastPort, testCase.parts());
      expect(actual.length).toBeGreaterThan(0);
      expect(normalised(actual)).toBe(normalised(expected));
      expect(fastPath.stats.answered).toBe(answered);
      expect(fastPath.stats.handedOff).toBe(handedOff + 1);
    });
  }

  it("answers a hit on a connection Node's server already holds, through the regular hot path", async () => {
    const bytes = await exchange(fastPort, [
      `GET ${articlePath} HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n${request(articlePath)}`,
    ]);
    expect(cacheSources(bytes)).toEqual(["hit", "hit"]);
  });
});

describe("parseRequest", () => {
  it("reads the request line and the headers a hit depends on, trimming the values", () => {
    const data = Buffer.from(
      'HEAD /s/a/?q=1 HTTP/1.1\r\nHOST:  example.org \r\naccept-encoding: br\r\nIf-None-Match: "x"\r\nX-Other: y\r\n\r\nGET',
      "latin1",
    );
    const parsed = parseRequest(data, 0);
    expect(parsed).toEqual({
      kind: "request",
      request: {
        method: "HEAD",
        url: "/s/a/?q=1",
        headers: { host: "example.org", "accept-encoding": "br", "if-none-match": '"x"' },
      },
      end: data.length - 3,
    });
    expect(parseRequest(data, data.length - 3)).toEqual({ kind: "incomplete" });
  });

  it("finds a NUL in the target and a tab-only value unusual or empty as Node would", () => {
    expect(parseRequest(Buffer.from("GET /a\0b HTTP/1.1\r\nHost: a\r\n\r\n", "latin1"), 0).kind).toBe(
      "unusual",
    );
    expect(parseRequest(Buffer.from("GET / HTTP/1.1\r\nHost:\t\r\n\r\n", "latin1"), 0)).toMatchObject({
      kind: "request",
      request: { headers: { host: "" } },
    });
  });
});
