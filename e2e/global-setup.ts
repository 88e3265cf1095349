// Starts the whole platform once for the end-to-end run: a fresh data directory, the embedded database,
// the demo city, every process — on ports offset from the defaults so a developer's instance can keep running.
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { type Platform, root, startPlatform } from "../scripts/platform";

declare module "vitest" {
  export interface ProvidedContext {
    urls: Record<string, string>;
    databaseUrl: string;
  }
}

let platform: Platform | undefined;

export async function setup(project: TestProject): Promise<void> {
  const portOffset = Number(process.env.E2E_PORT_OFFSET ?? 10_000);
  // One data directory per offset: runs on different offsets must not wipe each other's database.
  const dataDir = path.join(root, ".data", portOffset === 10_000 ? "e2e" : `e2e-${portOffset}`);
  rmSync(dataDir, { recursive: true, force: true });
  // The webhook receivers of the e2e tests listen on 127.0.0.1, which the platform refuses by default.
  process.env.JIYUE_WEBHOOK_ALLOW_PRIVATE = "1";
  platform = await startPlatform({
    dataDir,
    portOffset,
    databaseUrl: process.env.E2E_DATABASE_URL,
    rebuildAdmin: process.env.CI === "true",
    log: (line) => process.stdout.write(`[e2e] ${line}\n`),
  });
  project.provide("urls", platform.urls);
  project.provide("databaseUrl", platform.databaseUrl);
}

export async function teardown(): Promise<void> {
  await platform?.stop();
}
