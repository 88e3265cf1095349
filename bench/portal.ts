// `pnpm bench:portal`: the portal serving a cached article page against nginx serving the identical bytes
// (same encoding, same headers) with as many workers as the platform runs portal processes, both loaded by
// wrk; then publish-to-visible under load; then the portal alone with the gateway and the database stopped.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { graphql, login } from "./lib/graphql";
import { main, progress } from "./lib/platform";
import { ms, summarize, table } from "./lib/report";

const SITE_CODE = "xcb";
const CHANNEL_PATH = "gzdt";
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 15);
const CONNECTIONS = [64, 256];
const THREADS = 2;
/** What a current browser sends; the portal answers with its precompressed brotli variant. */
const ACCEPT_ENCODING = "gzip, deflate, br";
/**
 * The platform runs one portal process (scripts/platform.ts), so nginx gets one worker. More processes do not
 * move the ratio on this 2-core machine: nginx, given as many workers, gains as much (docs/benchmarks.md).
 */
const PORTAL_PROCESSES = 1;
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);
const POLL_MS = 10;
const VISIBLE_TIMEOUT_MS = 10_000;
/** Headers that belong to the connection, not to the page: each server sets its own. */
const CONNECTION_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
]);

/** Mutations while the portal is under load: the back end shares the machine's cores with it and with wrk. */
const LOADED_TIMEOUT_MS = 60_000;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function requireTool(name: string, debianPackage: string): void {
  if (spawnSync("which", [name]).status !== 0) {
    throw new Error(`${name} is missing: apt-get install -y ${debianPackage}`);
  }
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET without decompression: the exact bytes on the wire. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`timeout: ${url}`)));
    request.on("error", reject);
  });
}

interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors plus answers other than 2xx/3xx. */
  errors: number;
}

function toMs(value: string, unit: string): number {
  const number = Number(value);
  if (unit === "us") return number / 1000;
  if (unit === "s") return number * 1000;
  if (unit === "m") return number * 60_000;
  return number;
}

export function parseWrk(output: string): WrkResult {
  const latency = (percent: string) => {
    const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    return match ? toMs(match[1] as string, match[2] as string) : Number.NaN;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0;
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN),
    p50: latency("50"),
    p99: latency("99"),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
    errors: socketErrors + Number(non2xx?.[1] ?? 0),
  };
}

function wrkArgs(url: string, connections: number, seconds: number, script?: string): string[] {
  return [
    `-t${THREADS}`,
    `-c${connections}`,
    `-d${seconds}s`,
    "--latency",
    "--timeout",
    "5s",
    "-H",
    `Accept-Encoding: ${ACCEPT_ENCODING}`,
    ...(script ? ["-s", script] : []),
    url,
  ];
}

/** A running wrk; `done` resolves with its figures (at its end, or at once after stop()). */
function startWrk(
  args: string[],
  niceness = 0,
): { child: ChildProcess; done: Promise<WrkResult>; stop(): void } {
  // nice execs wrk, so the child is wrk itself.
  const child = spawn("nice", ["-n", String(niceness), "wrk", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const done = new Promise<WrkResult>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      const result = parseWrk(output);
      if (!Number.isFinite(result.rps)) reject(new Error(`wrk exited ${code}:\n${output}`));
      else resolve(result);
    });
  });
  // wrk prints its figures when interrupted.
  return { child, done, stop: () => child.kill("SIGINT") };
}

async function wrk(label: string, url: string, connections: number, script?: string): Promise<WrkResult> {
  progress(`wrk ${label}: ${connections} connections, ${DURATION_S} s …`);
  const result = await startWrk(wrkArgs(url, connections, DURATION_S, script)).done;
  progress(
    `  ${label}: ${result.rps.toFixed(0)} req/s, p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, ${result.errors} errors`,
  );
  return result;
}

/** Mean req/s and latencies of several runs of one target; requests and errors added up. */
function meanResult(results: WrkResult[]): WrkResult {
  const mean = (pick: (result: WrkResult) => number) =>
    results.reduce((sum, result) => sum + pick(result), 0) / results.length;
  return {
    rps: mean((result) => result.rps),
    p50: mean((result) => result.p50),
    p99: mean((result) => result.p99),
    requests: results.reduce((sum, result) => sum + result.requests, 0),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
  };
}

interface Nginx {
  url: string;
  stop(): Promise<void>;
}

/** nginx serving `page` at `pagePath` with the portal's headers, on a free port, from a temporary directory. */
async function startNginx(page: RawResponse, pagePath: string): Promise<Nginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiyue-bench-nginx-"));
  const file = path.join(dir, "page.bin");
  writeFileSync(file, page.body);
  // nginx sends Last-Modified from the file's date: make it the page's.
  const lastModified = Date.parse(String(page.headers["last-modified"] ?? ""));
  if (Number.isFinite(lastModified)) utimesSync(file, lastModified / 1000, lastModified / 1000);
  const port = await freePort();
  const headers = Object.entries(page.headers)
    .filter(([name]) => !CONNECTION_HEADERS.has(name) && name !== "content-type" && name !== "last-modified")
    .map(([name, value]) => `      add_header ${name} ${nginxString(String(value))} always;`)
    .join("\n");
  const config = `
worker_processes ${PORTAL_PROCESSES};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 4096; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000000;
  keepalive_timeout 65s;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    location / {
      root ${dir};
      etag off;
      default_type ${nginxString(String(page.headers["content-type"]))};
      types { }
      rewrite ^ /page.bin break;
${headers}
    }
  }
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), config);
  const child = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}${pagePath}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const answer = await rawGet(url, { "accept-encoding": ACCEPT_ENCODING });
      if (answer.status === 200 && answer.body.equals(page.body)) break;
      throw new Error(`nginx answered ${answer.status} with ${answer.body.length} bytes`);
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill("SIGTERM");
        throw new Error(`nginx did not serve the page: ${String(error)}`);
      }
      await sleep(100);
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One Node process (the portal's runtime) answering every request with the captured bytes and headers. */
async function startBareNode(page: RawResponse, pagePath: string): Promise<Nginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiyue-bench-node-"));
  writeFileSync(path.join(dir, "page.bin"), page.body);
  const headers = Object.entries(page.headers)
    .filter(([name]) => !CONNECTION_HEADERS.has(name))
    .flatMap(([name, value]) => [name, String(value)]);
  headers.push("content-length", String(page.body.length));
  const port = await freePort();
  writeFileSync(
    path.join(dir, "server.mjs"),
    `import http from "node:http";
import { readFileSync } from "node:fs";
const body = readFileSync(${JSON.stringify(path.join(dir, "page.bin"))});
const headers = ${JSON.stringify(headers)};
http.createServer((req, res) => { res.writeHead(200, headers); res.end(body); }).listen(${port}, "127.0.0.1");
`,
  );
  const child = spawn(process.execPath, [path.join(dir, "server.mjs")], { stdio: "inherit" });
  const url = `http://127.0.0.1:${port}${pagePath}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const answer = await rawGet(url);
      if (answer.body.equals(page.body)) break;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill("SIGTERM");
        throw new Error(`bare Node server did not start: ${String(error)}`);
      }
    }
    await sleep(100);
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function nginxString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** CPU seconds used so far by the platform's processes (utime + stime from /proc). */
function platformCpuSeconds(pids: number[]): number {
  const ticks = 100;
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      // A process that is gone uses no CPU.
    }
  }
  return total;
}

/**
 * Right after start the platform is busy: the demo articles' events run through every consumer (and
 * invalidate portal pages). Measure only once its processes use under a tenth of a core.
 */
async function waitUntilQuiet(pids: number[], timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const before = platformCpuSeconds(pids);
    await sleep(2_000);
    const share = (platformCpuSeconds(pids) - before) / 2;
    if (share < 0.1) {
      progress(
        `platform quiet (${(share * 100).toFixed(0)} % of a core) after ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
      return;
    }
    if (Date.now() - started > timeoutMs) {
      progress(`platform still uses ${(share * 100).toFixed(0)} % of a core; measuring anyway`);
      return;
    }
  }
}

function describeHeaders(headers: http.IncomingHttpHeaders, names: string[]): string {
  return names.map((name) => `${name}: ${String(headers[name] ?? "—")}`).join("; ");
}

interface SiteData {
  siteByCode: { id: string; channels: { id: string; path: string }[] } | null;
}
interface ListData {
  publishedArticles: { items: { id: string; title: string }[] };
}
interface ArticleData {
  article: {
    currentRevision: {
      id: string;
      title: string;
      subtitle: string | null;
      source: string | null;
      author: string | null;
      summary: string | null;
      body: string;
      keywords: string[];
      tags: string[];
      channel: { id: string };
    };
  } | null;
}

const ARTICLE = `query($id: ID!) { article(id: $id) { currentRevision {
  id title subtitle source author summary body keywords tags channel { id } } } }`;
const SAVE = `mutation($id: ID!, $input: SaveArticleInput!) { saveArticle(id: $id, input: $input) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitArticle(id: $id) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveArticle(id: $id, comment: "同意") { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishArticle(id: $id) { id status } }`;

main("portal", async (platform) => {
  requireTool("wrk", "wrk");
  requireTool("nginx", "nginx");
  const gateway = platform.urls.gateway;
  const portal = platform.urls.portal;
  const editor = await login(gateway, `${SITE_CODE}_editor`);
  const reviewers = await Promise.all([1, 2, 3].map((n) => login(gateway, `${SITE_CODE}_reviewer${n}`)));
  const { siteByCode } = await graphql<SiteData>(
    gateway,
    {
      query: "query($code: String!) { siteByCode(code: $code) { id channels { id path } } }",
      variables: { code: SITE_CODE },
    },
    editor,
  );
  const channel = siteByCode?.channels.find((candidate) => candidate.path === CHANNEL_PATH);
  if (!siteByCode || !channel) throw new Error(`site ${SITE_CODE} or channel ${CHANNEL_PATH} missing`);
  const { publishedArticles } = await graphql<ListData>(gateway, {
    query: `query($site: ID!, $channel: ID) { publishedArticles(siteId: $site, channelId: $channel, limit: 20) { items { id title } } }`,
    variables: { site: siteByCode.id, channel: channel.id },
  });
  const article = publishedArticles.items[0];
  if (!article) throw new Error(`no published article in ${SITE_CODE}/${CHANNEL_PATH}`);
  const pagePath = `/s/${SITE_CODE}/${CHANNEL_PATH}/${encodeURIComponent(article.id)}.html`;
  const pageUrl = `${portal}${pagePath}`;

  const pids = [...platform.processes.values()].flatMap((child) => (child.pid ? [child.pid] : []));
  await waitUntilQuiet(pids);
  // Warm the page, then capture the exact bytes and headers a browser gets.
  progress(`warming ${pagePath} («${article.title}») …`);
  for (let i = 0; i < 3; i++) await rawGet(pageUrl, { "accept-encoding": ACCEPT_ENCODING });
  const page = await rawGet(pageUrl, { "accept-encoding": ACCEPT_ENCODING });
  if (page.status !== 200) throw new Error(`${pageUrl} answered ${page.status}`);
  progress(
    `captured ${page.body.length} bytes; ${describeHeaders(page.headers, ["content-encoding", "x-jiyue-cache", "cache-control"])}`,
  );

  // 1. Portal against nginx on the same bytes; a bare Node server writing the same bytes and headers through
  // Node's HTTP stack shows what that stack alone costs (the portal answers memory hits on the raw socket).
  const nginx = await startNginx(page, pagePath);
  const bare = await startBareNode(page, pagePath);
  // Each target twice, in the order A B C C B A: the machine is shared, and a load that rises or falls during
  // the runs then weighs on every target alike. The ratios compare the means of the two runs.
  const comparison: {
    connections: number;
    runs: { label: string; result: WrkResult }[];
    portal: WrkResult;
    nginx: WrkResult;
    bare: WrkResult;
  }[] = [];
  try {
    for (const connections of CONNECTIONS) {
      const targets = [
        { label: "nginx, same bytes", url: nginx.url },
        { label: "bare Node, same bytes", url: bare.url },
        { label: "portal", url: pageUrl },
      ];
      const runs: { label: string; result: WrkResult }[] = [];
      for (const target of [...targets, ...[...targets].reverse()]) {
        runs.push({ label: target.label, result: await wrk(target.label, target.url, connections) });
      }
      const meanOf = (label: string) =>
        meanResult(runs.filter((run) => run.label === label).map((run) => run.result));
      comparison.push({
        connections,
        runs,
        nginx: meanOf("nginx, same bytes"),
        bare: meanOf("bare Node, same bytes"),
        portal: meanOf("portal"),
      });
    }
  } finally {
    await Promise.all([nginx.stop(), bare.stop()]);
  }

  // 2. Publish-to-visible while wrk loads the very page that changes.
  // The load generator yields the CPU to the platform (nice 10, one thread): on two cores a saturating wrk would
  // otherwise starve the gateway and the subgraphs that publish.
  progress(
    `publishing ${CHANGES} changes to the loaded article under load (wrk -t1, 256 connections, nice 10) …`,
  );
  const load = startWrk([...wrkArgs(pageUrl, 256, 600).filter((arg) => arg !== `-t${THREADS}`), "-t1"], 10);
  const visibleAfter: number[] = [];
  let misses = 0;
  let loadResult: WrkResult;
  try {
    for (let i = 1; i <= CHANGES; i++) {
      const current = (
        await graphql<ArticleData>(
          gateway,
          { query: ARTICLE, variables: { id: article.id } },
          editor,
          LOADED_TIMEOUT_MS,
        )
      ).article?.currentRevision;
      if (!current) throw new Error(`article ${article.id} not visible to the editor`);
      const marker = `压测更新${i}-${Date.now().toString(36)}`;
      await graphql(
        gateway,
        {
          query: SAVE,
          variables: {
            id: article.id,
            input: {
              baseRevisionId: current.id,
              content: {
                title: `${article.title}（${marker}）`,
                subtitle: current.subtitle,
                source: current.source,
                author: current.author,
                summary: current.summary,
                body: current.body,
                keywords: current.keywords,
                tags: current.tags,
                channelId: current.channel.id,
              },
            },
          },
        },
        editor,
        LOADED_TIMEOUT_MS,
      );
      await graphql(gateway, { query: SUBMIT, variables: { id: article.id } }, editor, LOADED_TIMEOUT_MS);
      for (const reviewer of reviewers) {
        await graphql(
          gateway,
          { query: APPROVE, variables: { id: article.id } },
          reviewer,
          LOADED_TIMEOUT_MS,
        );
      }
      const started = performance.now();
      await graphql(
        gateway,
        { query: PUBLISH, variables: { id: article.id } },
        reviewers[2],
        LOADED_TIMEOUT_MS,
      );
      let seen = false;
      while (performance.now() - started < VISIBLE_TIMEOUT_MS) {
        const answer = await fetch(pageUrl, { signal: AbortSignal.timeout(5_000) });
        if (answer.ok && (await answer.text()).includes(marker)) {
          seen = true;
          break;
        }
        await sleep(POLL_MS);
      }
      const elapsed = performance.now() - started;
      if (seen) visibleAfter.push(elapsed);
      else misses += 1;
      progress(
        `  change ${i}/${CHANGES}: ${seen ? `visible after ${ms(elapsed)} ms` : "NOT visible within 10 s"}`,
      );
    }
  } finally {
    load.stop();
    loadResult = await load.done;
  }
  const visible = summarize(visibleAfter);

  // 3. The portal alone: warm every page of the site's home and lists and 20 articles, stop the back end.
  const cachedPaths = [
    `/s/${SITE_CODE}/`,
    ...siteByCode.channels.map((item) => `/s/${SITE_CODE}/${item.path}/`),
    ...publishedArticles.items.map(
      (item) => `/s/${SITE_CODE}/${CHANNEL_PATH}/${encodeURIComponent(item.id)}.html`,
    ),
  ];
  progress(
    `warming ${cachedPaths.length} pages, then stopping the gateway, the subgraphs and the database …`,
  );
  const warm: string[] = [];
  for (const cachedPath of cachedPaths) {
    const answer = await rawGet(`${portal}${cachedPath}`, { "accept-encoding": ACCEPT_ENCODING });
    if (answer.status === 200) warm.push(cachedPath);
  }
  for (const name of ["gateway", "identity", "content", "interaction", "supervision", "evaluation"]) {
    await platform.stopProcess(name);
  }
  await platform.stopDatabase();
  const gatewayDown = await fetch(`${gateway}/health`).then(
    () => false,
    () => true,
  );
  progress(`back end stopped (gateway unreachable: ${gatewayDown})`);
  const script = path.join(mkdtempSync(path.join(os.tmpdir(), "jiyue-bench-wrk-")), "pages.lua");
  writeFileSync(
    script,
    `local paths = {${warm.map((item) => JSON.stringify(item)).join(", ")}}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
`,
  );
  const outage: { label: string; connections: number; result: WrkResult }[] = [];
  for (const connections of CONNECTIONS) {
    outage.push({
      label: "article page",
      connections,
      result: await wrk("portal alone, article", pageUrl, connections),
    });
    outage.push({
      label: `${warm.length} cached pages`,
      connections,
      result: await wrk(`portal alone, ${warm.length} pages`, portal, connections, script),
    });
  }
  let answered200 = 0;
  for (const cachedPath of warm) {
    if ((await rawGet(`${portal}${cachedPath}`)).status === 200) answered200 += 1;
  }
  rmSync(path.dirname(script), { recursive: true, force: true });

  const now = new Date().toISOString();
  const report = [
    `### bench:portal — ${now} — ${pagePath}, ${page.body.length} bytes (${String(page.headers["content-encoding"] ?? "identity")}), wrk -t${THREADS} ${DURATION_S} s per row, nginx ${PORTAL_PROCESSES} worker(s) = portal processes`,
    "",
    table(
      ["target (in run order)", "conns", "req/s", "p50 ms", "p99 ms", "requests", "errors"],
      comparison.flatMap(({ connections, runs }) =>
        runs.map(({ label, result: r }) => [
          label,
          connections,
          r.rps.toFixed(0),
          ms(r.p50),
          ms(r.p99),
          r.requests,
          r.errors,
        ]),
      ),
    ),
    "",
    table(
      ["mean of both runs", "conns", "req/s", "p50 ms", "p99 ms", "requests", "errors"],
      comparison.flatMap(({ connections, portal: p, nginx: n, bare: b }) => [
        ["nginx, same bytes", connections, n.rps.toFixed(0), ms(n.p50), ms(n.p99), n.requests, n.errors],
        ["bare Node, same bytes", connections, b.rps.toFixed(0), ms(b.p50), ms(b.p99), b.requests, b.errors],
        ["portal", connections, p.rps.toFixed(0), ms(p.p50), ms(p.p99), p.requests, p.errors],
      ]),
    ),
    "",
    table(
      [
        "conns",
        "req/s ratio (portal/nginx)",
        "p50 ratio",
        "p99 ratio",
        "portal/bare Node",
        "bare Node/nginx",
      ],
      comparison.map(({ connections, portal: p, nginx: n, bare: b }) => [
        connections,
        (p.rps / n.rps).toFixed(2),
        (p.p50 / n.p50).toFixed(2),
        (p.p99 / n.p99).toFixed(2),
        (p.rps / b.rps).toFixed(2),
        (b.rps / n.rps).toFixed(2),
      ]),
    ),
    "",
    `Publish-to-visible under load (nice 10 wrk -t1 -c256 on the same page meanwhile: ${loadResult.rps.toFixed(0)} req/s, p99 ${ms(loadResult.p99)} ms, ${loadResult.errors} errors):`,
    "",
    table(
      ["changes", "visible", "p50 ms", "p95 ms", "max ms", "misses"],
      [[CHANGES, visible.n, ms(visible.p50), ms(visible.p95), ms(visible.max), misses]],
    ),
    "",
    `Gateway, subgraphs and database stopped: ${answered200}/${warm.length} previously cached pages answer 200.`,
    "",
    table(
      ["portal alone", "conns", "req/s", "p50 ms", "p99 ms", "requests", "errors"],
      outage.map(({ label, connections, result: r }) => [
        label,
        connections,
        r.rps.toFixed(0),
        ms(r.p50),
        ms(r.p99),
        r.requests,
        r.errors,
      ]),
    ),
  ].join("\n");
  console.log(`\n${report}\n`);
});
