// Starts the whole platform once for the end-to-end run: a fresh data directory, the embedded database,
// the demo city, every process — on ports offset from the defaults so a developer's instance can keep running.
import { rmSync } from "node:fs";
import path from "node:path";
import { DEFAULT_PORTS } from "@jiyue/server-kit/config";
import type { TestProject } from "vitest/node";
import { type Platform, root, startPlatform } from "../scripts/platform";
import { type OidcProviderHandle, startOidcProvider } from "./oidc-provider";

declare module "vitest" {
  export interface ProvidedContext {
    urls: Record<string, string>;
    databaseUrl: string;
  }
}

let platform: Platform | undefined;
let oidcProvider: OidcProviderHandle | undefined;

/** One data directory per offset: runs on different offsets must not wipe each other's database. */
export function e2eDataDir(portOffset: number): string {
  return path.join(root, ".data", portOffset === 10_000 ? "e2e" : `e2e-${portOffset}`);
}

/** Phone codes sent during the run, one JSON line each ({ phone, text, at }). */
export function smsOutboxFile(portOffset = Number(process.env.E2E_PORT_OFFSET ?? 10_000)): string {
  return path.join(e2eDataDir(portOffset), "sms-outbox.jsonl");
}

export async function setup(project: TestProject): Promise<void> {
  const portOffset = Number(process.env.E2E_PORT_OFFSET ?? 10_000);
  const dataDir = e2eDataDir(portOffset);
  rmSync(dataDir, { recursive: true, force: true });
  // The webhook receivers of the e2e tests listen on 127.0.0.1, which the platform refuses by default.
  process.env.JIYUE_WEBHOOK_ALLOW_PRIVATE = "1";
  // 统一身份认证 on a local oidc-provider; the browser reaches identity's /oidc/* through the portal.
  oidcProvider = await startOidcProvider(
    `http://127.0.0.1:${DEFAULT_PORTS.portal + portOffset}/oidc/callback`,
  );
  Object.assign(process.env, oidcProvider.env);
  // The logging SMS sender also writes phone codes here, where the letter tests read them.
  process.env.JIYUE_SMS_OUTBOX_FILE = smsOutboxFile(portOffset);
  // Every request of the run comes from 127.0.0.1: letter and phone-code limits per address would trip.
  process.env.JIYUE_LETTERS_PER_ADDRESS ??= "0";
  process.env.JIYUE_LETTERS_PER_CITIZEN ??= "0";
  process.env.JIYUE_PHONE_CODES_PER_ADDRESS ??= "0";
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
  await oidcProvider?.stop();
}
