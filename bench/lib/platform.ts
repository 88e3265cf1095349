// Starts the whole platform for one benchmark run on its own ports and a fresh data directory, and stops it
// on every way out (normal end, error, Ctrl-C), so a benchmark never leaves processes behind.
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { DEFAULT_PORTS } from "@jiyue/server-kit";
import { type Platform, root, startPlatform } from "../../scripts/platform";

/** Beside a developer's instance (offset 0) and the e2e run (offset 10000). */
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 20_000);
/** 54320 + 20000 is no port: the embedded database gets its own. */
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54_390);

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export function progress(line: string): void {
  process.stdout.write(`[bench] ${line}\n`);
}

/** Runs `body` against a freshly started platform and always stops it afterwards. */
export async function withPlatform(name: string, body: (platform: Platform) => Promise<void>): Promise<void> {
  const ports = [...Object.values(DEFAULT_PORTS).map((port) => port + PORT_OFFSET), PG_PORT];
  const busy: number[] = [];
  for (const port of ports) if (await portInUse(port)) busy.push(port);
  if (busy.length > 0) {
    throw new Error(
      `ports ${busy.join(", ")} are in use (another instance?); set BENCH_PORT_OFFSET / BENCH_PG_PORT`,
    );
  }

  // One data directory per offset: runs on different offsets must not wipe each other's database.
  const dataDir = path.join(root, ".data", PORT_OFFSET === 20_000 ? "bench" : `bench-${PORT_OFFSET}`);
  rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  progress(`${name}: starting the platform (port offset ${PORT_OFFSET}, data ${dataDir}) …`);
  let platform: Platform | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!platform) return;
      progress("stopping the platform …");
      await platform.stop();
      progress("platform stopped");
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: interrupted`);
    void stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    platform = await startPlatform({
      dataDir,
      portOffset: PORT_OFFSET,
      embeddedPgPort: PG_PORT,
      log: (line) => progress(`  ${line}`),
    });
    progress(`platform up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await body(platform);
  } finally {
    await stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** Entry point wrapper: prints the error and sets the exit code instead of throwing past the stop. */
export function main(name: string, body: (platform: Platform) => Promise<void>): void {
  withPlatform(name, body).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`[bench] ${name} failed:`, error);
      process.exit(1);
    },
  );
}
