// Starts the whole platform: database (embedded unless DATABASE_URL), migrations, demo seed, every process.
// Used by `pnpm start` and by the end-to-end tests (on other ports and another data directory).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  DEFAULT_PORTS,
  migrateSubgraph,
  portEnvName,
  type ServiceName,
  SUBGRAPH_NAMES,
} from "@jiyue/server-kit";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "@jiyue/server-kit/embedded-db";

export const root = path.resolve(import.meta.dirname, "..");

/**
 * Delay before restarting a process that died: 1 s, 2 s, 4 s … up to 30 s; back to 1 s once a run lasted
 * at least a minute (a crash loop slows down, a rare crash restarts quickly).
 */
export class RestartBackoff {
  static readonly FIRST_MS = 1_000;
  static readonly MAX_MS = 30_000;
  static readonly STABLE_MS = 60_000;
  private delay = RestartBackoff.FIRST_MS;

  /** The delay for this restart, given how long the process ran before it died. */
  next(uptimeMs: number): number {
    if (uptimeMs >= RestartBackoff.STABLE_MS) this.delay = RestartBackoff.FIRST_MS;
    const current = this.delay;
    this.delay = Math.min(this.delay * 2, RestartBackoff.MAX_MS);
    return current;
  }
}

export interface PlatformOptions {
  dataDir: string;
  /** Added to every default port (e2e runs beside a developer's instance). */
  portOffset?: number;
  /**
   * Per-service ports set explicitly (`PORTAL_PORT`, `GATEWAY_PORT` …): each one set wins over its default
   * plus the offset. `pnpm start` passes its environment; tests and benchmarks leave it out (their ports are
   * the defaults plus their offset, whatever the shell has set).
   */
  portEnv?: NodeJS.ProcessEnv;
  databaseUrl?: string;
  embeddedPgPort?: number;
  seed?: boolean;
  log?: (line: string) => void;
  /** Build admin-web even when a build exists. */
  rebuildAdmin?: boolean;
  production?: boolean;
}

export interface Platform {
  urls: Record<ServiceName, string>;
  databaseUrl: string;
  serviceSecret: string;
  processes: Map<string, ChildProcess>;
  /** Stops one process (tests use it to take the gateway or a subgraph down). */
  stopProcess(name: string): Promise<void>;
  startProcess(name: string): Promise<void>;
  /** Stops the embedded database (benchmarks take the back end down under the portal); no-op otherwise. */
  stopDatabase(): Promise<void>;
  stop(): Promise<void>;
}

interface LocalConfig {
  serviceSecret: string;
}

function localConfig(dataDir: string): LocalConfig {
  const file = path.join(dataDir, "config.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalConfig;
  const config = { serviceSecret: randomBytes(32).toString("base64url") };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  return config;
}

const ENTRY_POINTS: Record<string, string> = {
  identity: "subgraphs/identity/src/main.ts",
  content: "subgraphs/content/src/main.ts",
  interaction: "subgraphs/interaction/src/main.ts",
  supervision: "subgraphs/supervision/src/main.ts",
  evaluation: "subgraphs/evaluation/src/main.ts",
  gateway: "gateway/src/main.ts",
  admin: "admin-web/server.ts",
  portal: "portal-web/src/server/main.ts",
};

async function waitForHttp(
  url: string,
  timeoutMs: number,
  isUp: (status: number) => boolean = (s) => s === 200,
) {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (isUp(response.status)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms (${last})`);
}

async function run(command: string, args: string[], cwd: string, log: (line: string) => void): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    // A production build whatever the caller's NODE_ENV (vitest sets "test", which makes React and antd
    // build their development and test variants).
    const child = spawn(command, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    child.stdout.on("data", (chunk: Buffer) => log(chunk.toString().trimEnd()));
    child.stderr.on("data", (chunk: Buffer) => log(chunk.toString().trimEnd()));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`)),
    );
  });
}

/** The admin build is stale when any of its sources is newer than dist/index.html (or there is none). */
function adminBuildIsStale(): boolean {
  const adminDir = path.join(root, "admin-web");
  const dist = path.join(adminDir, "dist", "index.html");
  if (!existsSync(dist)) return true;
  const built = statSync(dist).mtimeMs;
  const newest = (dir: string): number => {
    let latest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
    }
    return latest;
  };
  const sources = ["index.html", "vite.config.ts", "package.json"].map((file) => path.join(adminDir, file));
  const newestSource = Math.max(
    newest(path.join(adminDir, "src")),
    ...sources.filter(existsSync).map((file) => statSync(file).mtimeMs),
  );
  return newestSource > built;
}

/**
 * The demo articles need the channels content builds from identity's site events, so they are written once all
 * processes are up, and only while content has no articles (first start).
 */
async function seedDemoArticlesOnce(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const { openContentDatabase, seedDemoArticles } = await import("@jiyue/content/import");
  const { db, close } = openContentDatabase(databaseUrl, "seed-articles");
  try {
    const written = await seedDemoArticles(db, { log, waitForChannelsMs: 60_000 });
    if (written > 0) log(`▶ 已写入示例稿件 ${written} 篇`);
  } finally {
    await close();
  }
}

const MAX_PORT = 65_535;
/** The largest offset that keeps every default port valid. */
const MAX_PORT_OFFSET = MAX_PORT - Math.max(...Object.values(DEFAULT_PORTS));

/** `JIYUE_PORT_OFFSET`: a whole number ≥ 0 (0 when unset or empty). */
export function parsePortOffset(raw: string | undefined): number {
  const text = raw?.trim() ?? "";
  if (text === "") return 0;
  if (!/^\d+$/.test(text) || Number(text) > MAX_PORT_OFFSET)
    throw new Error(`JIYUE_PORT_OFFSET 须为 0 到 ${MAX_PORT_OFFSET} 之间的整数：${raw}`);
  return Number(text);
}

/**
 * Every process's port: the one set in `env` (`PORTAL_PORT` …), else its default plus `offset`. Two services
 * on one port are refused, as is a port that is no whole number in 1–65535.
 */
export function resolvePorts(offset: number, env: NodeJS.ProcessEnv = {}): Record<ServiceName, number> {
  const ports = {} as Record<ServiceName, number>;
  for (const service of Object.keys(DEFAULT_PORTS) as ServiceName[]) {
    const name = portEnvName(service);
    const raw = env[name]?.trim();
    if (!raw) {
      ports[service] = DEFAULT_PORTS[service] + offset;
      continue;
    }
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port < 1 || port > MAX_PORT)
      throw new Error(`${name} 不是有效端口（1–${MAX_PORT}）：${raw}`);
    ports[service] = port;
  }
  const byPort = new Map<number, ServiceName>();
  for (const service of Object.keys(ports) as ServiceName[]) {
    const other = byPort.get(ports[service]);
    if (other)
      throw new Error(`${portEnvName(other)} 与 ${portEnvName(service)} 是同一个端口：${ports[service]}`);
    byPort.set(ports[service], service);
  }
  return ports;
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = path.resolve(options.dataDir);
  const offset = options.portOffset ?? 0;
  // Before anything starts: a bad port setting fails at once.
  const ports = resolvePorts(offset, options.portEnv);
  const config = localConfig(dataDir);
  const logsDir = path.join(dataDir, "logs");
  mkdirSync(logsDir, { recursive: true });

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    // Offset instances (e2e, benchmarks) keep their database on a port of their own, inside the valid range.
    const port = options.embeddedPgPort ?? (offset === 0 ? 54320 : 55000 + Math.round(offset / 100));
    log(`▶ 启动内置 PostgreSQL（${path.join(dataDir, "pg")}，端口 ${port}）…`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port });
    databaseUrl = embedded.url;
  }

  log("▶ 数据库迁移…");
  for (const name of SUBGRAPH_NAMES) {
    await migrateSubgraph(databaseUrl, {
      schema: name,
      migrationsFolder: path.join(root, "subgraphs", name, "drizzle"),
    });
  }
  if (options.seed !== false) {
    const { seedIfEmpty } = await import("./seed");
    const seeded = await seedIfEmpty(databaseUrl, log);
    log(seeded ? "▶ 已写入示例城市数据" : "▶ 使用已有数据");
  }

  const urls = Object.fromEntries(
    (Object.keys(ports) as ServiceName[]).map((service) => [service, `http://127.0.0.1:${ports[service]}`]),
  ) as Record<ServiceName, string>;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    JIYUE_SERVICE_SECRET: config.serviceSecret,
    JIYUE_DATA_DIR: dataDir,
    // admin-web and portal-web proxy to the gateway from loopback and pass the visitor address on.
    JIYUE_TRUST_PROXY: process.env.JIYUE_TRUST_PROXY ?? "loopback",
    PORTAL_CACHE_DIR: path.join(dataDir, "portal-cache"),
    NODE_ENV: options.production ? "production" : (process.env.NODE_ENV ?? "production"),
  };
  for (const service of Object.keys(ports) as ServiceName[])
    env[portEnvName(service)] = String(ports[service]);

  if (options.rebuildAdmin || adminBuildIsStale()) {
    log("▶ 构建管理后台（admin-web）…");
    const adminDir = path.join(root, "admin-web");
    const vite = path.join(
      path.dirname(createRequire(path.join(adminDir, "package.json")).resolve("vite/package.json")),
      "bin",
      "vite.js",
    );
    const output: string[] = [];
    // Another run (another port offset) may be serving dist right now: build beside it, add the new hashed
    // assets, then swap index.html in with one rename, so no admin ever sees a missing or half-written build.
    const dist = path.join(adminDir, "dist");
    const staging = path.join(dist, `.build-${process.pid}`);
    try {
      await run(
        process.execPath,
        [vite, "build", "--logLevel", "warn", "--outDir", staging, "--emptyOutDir"],
        adminDir,
        (line) => output.push(line),
      );
      for (const entry of readdirSync(staging))
        if (entry !== "index.html")
          cpSync(path.join(staging, entry), path.join(dist, entry), { recursive: true });
      renameSync(path.join(staging, "index.html"), path.join(dist, "index.html"));
    } catch (error) {
      log(output.join("\n"));
      throw error;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  const processes = new Map<string, ChildProcess>();
  const exits = new Map<string, Promise<void>>();
  const startedAt = new Map<string, number>();
  const restarts = new Map<string, RestartBackoff>();
  const restartTimers = new Map<string, NodeJS.Timeout>();
  // Processes taken down on purpose (stop, or tests stopping the gateway) are not restarted.
  const stoppedOnPurpose = new Set<string>();
  let stopping = false;
  const scheduleRestart = (name: string, reason: string) => {
    const backoff = restarts.get(name) ?? new RestartBackoff();
    restarts.set(name, backoff);
    const delay = backoff.next(Date.now() - (startedAt.get(name) ?? 0));
    const logFile = path.join(logsDir, `${name}.log`);
    log(`✖ ${name} 意外退出（${reason}），${delay / 1000} 秒后自动重启，日志见 ${logFile}`);
    restartTimers.set(
      name,
      setTimeout(() => {
        restartTimers.delete(name);
        if (stopping || stoppedOnPurpose.has(name)) return;
        startProcess(name).catch((error: unknown) =>
          log(`✖ ${name} 重启失败：${error instanceof Error ? error.message : String(error)}`),
        );
      }, delay),
    );
  };
  const startProcess = async (name: string) => {
    const entry = ENTRY_POINTS[name];
    if (!entry) throw new Error(`unknown process ${name}`);
    stoppedOnPurpose.delete(name);
    const out = createWriteStream(path.join(logsDir, `${name}.log`), { flags: "a" });
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, entry)], {
      cwd: root,
      env: { ...env, JIYUE_SERVICE: name },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    processes.set(name, child);
    startedAt.set(name, Date.now());
    exits.set(
      name,
      new Promise<void>((resolve) =>
        child.once("exit", (code, signal) => {
          if (!stopping && !stoppedOnPurpose.has(name) && processes.get(name) === child) {
            scheduleRestart(name, String(signal ?? code));
          }
          resolve();
        }),
      ),
    );
    // Web servers are up when they answer at all; subgraphs and the gateway when /health says so.
    const web = name === "admin" || name === "portal";
    await waitForHttp(
      `${urls[name as ServiceName]}${web ? "/" : "/health"}`,
      60_000,
      web ? (s) => s < 500 : undefined,
    );
  };
  const stopProcess = async (name: string) => {
    stoppedOnPurpose.add(name);
    clearTimeout(restartTimers.get(name));
    restartTimers.delete(name);
    const child = processes.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exits.get(name);
    clearTimeout(timer);
  };
  const stop = async () => {
    stopping = true;
    for (const timer of restartTimers.values()) clearTimeout(timer);
    restartTimers.clear();
    await Promise.all([...processes.keys()].map((name) => stopProcess(name)));
    await stopDatabase();
  };
  const stopDatabase = async () => {
    const database = embedded;
    embedded = undefined;
    await database?.stop();
  };

  try {
    log("▶ 启动子图 identity / content / interaction / supervision / evaluation …");
    await startProcess("identity");
    await Promise.all(
      ["content", "interaction", "supervision", "evaluation"].map((name) => startProcess(name)),
    );
    log("▶ 启动网关、门户、管理后台 …");
    await startProcess("gateway");
    await Promise.all([startProcess("portal"), startProcess("admin")]);
    if (options.seed !== false) {
      await seedDemoArticlesOnce(databaseUrl, log);
      const { seedDemoInteractionOnce } = await import("./seed");
      await seedDemoInteractionOnce(databaseUrl, config.serviceSecret, log);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    urls,
    databaseUrl,
    serviceSecret: config.serviceSecret,
    processes,
    stopProcess,
    startProcess,
    stopDatabase,
    stop,
  };
}
