// How cached pages go out: precompressed brotli and gzip variants, HEAD, the headers of the hot path, the
// security headers on every kind of answer, and one render for a stampede of 500 requests.
import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { platformPublicUrl } from "../src/templates/components/canonical";
import { article, channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const gzdt = channel("工作动态", "gzdt");
const zgh = site({ code: "zgh", name: "重庆市总工会", channels: [gzdt, channel("通知公告", "tzgg")] });
const news = article(zgh, gzdt, {
  title: "市总工会召开全委会议",
  body: `<p>${"会议强调，要把职工群众的呼声作为工作重点。".repeat(40)}</p>`,
});

let gateway: FakeGateway;
const running: RunningPortal[] = [];

beforeAll(async () => {
  gateway = await startFakeGateway([zgh], [news]);
});
afterAll(async () => {
  await gateway.stop();
});
afterEach(async () => {
  gateway.mode = "up";
  await Promise.all(running.splice(0).map((started) => started.close()));
});

async function portal(): Promise<RunningPortal> {
  const started = await startPortal({ gatewayUrl: gateway.url, sources: {} });
  running.push(started);
  return started;
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body is returned exactly as sent (no decompression). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

const articlePath = `/s/zgh/gzdt/${news.id}.html`;

describe("compressed variants", () => {
  it("sends brotli to browsers that accept it and gzip to those that only take gzip, on a miss and on a hit", async () => {
    const { url } = await portal();
    const plain = await raw(`${url}${articlePath}`);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toContain("市总工会召开全委会议");

    for (const source of ["miss", "hit"] as const) {
      if (source === "miss") await running[0]?.portal.cache.invalidate([`site:${zgh.id}`]);
      const br = await raw(`${url}${articlePath}`, {
        headers: { "accept-encoding": "gzip, deflate, br, zstd" },
      });
      expect(br.headers["x-jiyue-cache"]).toBe(source);
      expect(br.headers["content-encoding"], source).toBe("br");
      expect(br.headers.vary).toBe("Accept-Encoding");
      expect(Number(br.headers["content-length"])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(plain.body.length / 3);
      expect(brotliDecompressSync(br.body).equals(plain.body), source).toBe(true);
    }
    const gz = await raw(`${url}${articlePath}`, { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    // Each representation has its own strong ETag; any of them revalidates the page.
    const etag = String(plain.headers.etag);
    expect(gz.headers.etag).toBe(`${etag.slice(0, -1)}-gzip"`);
    const brTag = `${etag.slice(0, -1)}-br"`;
    const revalidated = await raw(`${url}${articlePath}`, {
      headers: { "accept-encoding": "br", "if-none-match": brTag },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.etag).toBe(brTag);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    // br;q=0 refuses brotli.
    const refused = await raw(`${url}${articlePath}`, {
      headers: { "accept-encoding": "br;q=0, gzip;q=0.5" },
    });
    expect(refused.headers["content-encoding"]).toBe("gzip");
  });

  it("answers HEAD on a cached page with the headers of GET and no body", async () => {
    const { url } = await portal();
    const get = await raw(`${url}${articlePath}`, { headers: { "accept-encoding": "br" } });
    const head = await raw(`${url}${articlePath}`, { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String(get.body.length));
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers["x-jiyue-cache"]).toBe("hit");
  });

  it("answers a conditional GET of a memory hit with 304 and the validators", async () => {
    const { url } = await portal();
    const first = await raw(`${url}${articlePath}`);
    const again = await raw(`${url}${articlePath}`, {
      headers: { "if-none-match": String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers["cache-control"]).toBe(first.headers["cache-control"]);
  });
});

describe("stampede", () => {
  it("renders once for 500 concurrent requests of an uncached page", async () => {
    const { url } = await portal();
    const before = gateway.operations.length;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 500 });
    const answers = await Promise.all(
      Array.from(
        { length: 500 },
        () =>
          new Promise<number>((resolve, reject) => {
            http
              .get(`${url}/s/zgh/tzgg/`, { agent }, (response) => {
                response.resume();
                response.on("end", () => resolve(response.statusCode ?? 0));
              })
              .on("error", reject);
          }),
      ),
    );
    agent.destroy();
    expect(answers.every((status) => status === 200)).toBe(true);
    // One render: the site with its channel tree, then the channel's articles.
    expect(gateway.operations.length - before).toBe(2);
  });
});

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
];

describe("security headers and standard files", () => {
  it("sends the same Content-Security-Policy, nosniff and Referrer-Policy on every kind of answer", async () => {
    const { url, get } = await portal();
    const home = await get("/s/zgh/");
    const script = /<script src="([^"]+)"/.exec(home.body)?.[1];
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(home.body)?.[1];
    expect(script).toMatch(/^\/assets\/toolbar\.[0-9a-f]+\.js$/);
    const answers: Record<string, RawAnswer> = {
      "page (miss)": await raw(`${url}${articlePath}`),
      "page (hit)": await raw(`${url}${articlePath}`, { headers: { "accept-encoding": "br" } }),
      "page (304)": await raw(`${url}/s/zgh/`, { headers: { "if-none-match": String(home.headers.etag) } }),
      "site 404": await raw(`${url}/s/zgh/no-such-channel/`),
      "platform 404": await raw(`${url}/s/no-such-site/`),
      "file name 404": await raw(`${url}/s/zgh/wp-login.php`),
      redirect: await raw(`${url}/s/zgh`),
      "toolbar script": await raw(`${url}${script}`),
      stylesheet: await raw(`${url}${stylesheet}`),
      favicon: await raw(`${url}/favicon.svg`),
      "robots.txt": await raw(`${url}/s/zgh/robots.txt`),
      health: await raw(`${url}/health`),
    };
    gateway.mode = "down";
    answers["503 page"] = await raw(`${url}/s/zgh/tzgg/`);
    for (const [kind, answer] of Object.entries(answers)) {
      const policy = String(answer.headers["content-security-policy"]);
      for (const directive of POLICY) expect(policy, kind).toContain(directive);
      expect(policy, kind).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
      expect(answer.headers["x-content-type-options"], kind).toBe("nosniff");
      expect(answer.headers["referrer-policy"], kind).toBe("strict-origin-when-cross-origin");
    }
    expect(answers["503 page"]?.status).toBe(503);
    expect(answers["toolbar script"]?.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(answers["toolbar script"]?.headers["cache-control"]).toContain("immutable");
    // No inline script or style anywhere in a page: the policy would block it.
    const page = answers["page (miss)"]?.body.toString() ?? "";
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it("serves robots.txt per site naming its sitemap, and the platform's own on a host that is no site", async () => {
    const { get } = await portal();
    // The sitemap is named by its canonical URL, never from the Host header.
    const robots = await get("/s/zgh/robots.txt", { host: "evil.example" });
    expect(robots.status).toBe(200);
    expect(robots.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(robots.body).toContain("User-agent: *");
    expect(robots.body).toContain("Disallow: /s/zgh/search/");
    expect(robots.body).toContain(`Sitemap: ${platformPublicUrl()}/s/zgh/sitemap.xml`);
    expect(robots.body).not.toContain("evil.example");
    const platform = await get("/robots.txt");
    expect(platform.status).toBe(200);
    expect(platform.body).toContain("Disallow: /search/");
    expect(platform.body).toContain(`Sitemap: ${platformPublicUrl()}/sitemap.xml`);
  });

  it("gives an article page a canonical link and Open Graph tags", async () => {
    const { get } = await portal();
    const page = await get(articlePath);
    // Absolute, on the platform's public address (the site has no domain of its own).
    expect(page.body).toContain(`<link rel="canonical" href="${platformPublicUrl()}${articlePath}"/>`);
    expect(page.body).toContain(`<meta property="og:url" content="${platformPublicUrl()}${articlePath}"/>`);
    expect(page.body).toContain('<meta property="og:type" content="article"/>');
    expect(page.body).toContain('<meta property="og:title" content="市总工会召开全委会议"/>');
    expect(page.body).toContain('<meta property="og:site_name" content="重庆市总工会"/>');
    expect(page.body).toMatch(/<meta property="article:published_time" content="[^"]+"\/>/);
  });
});
