// `pnpm test`: unit and integration tests (real PostgreSQL), then end-to-end tests in Debian's Chromium.
// On Debian as root a missing Chromium is installed; elsewhere we say what is missing. With CI=true a
// missing browser is a failure, never a silent skip.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ci = process.env.CI === "true" || process.env.CI === "1";
const resultsDir = path.join(root, ".data", "test-results");
mkdirSync(resultsDir, { recursive: true });

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  return result.status ?? 1;
}

function ensureChromium(): "ok" | "missing" {
  if (existsSync(CHROMIUM)) return "ok";
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("▶ 安装浏览器测试所需的 Chromium（Debian 软件包）…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      sh("apt-get", ["update", "-qq"], env) === 0 &&
      sh("apt-get", ["install", "-y", "-qq", "chromium", "fonts-wqy-microhei"], env) === 0
    ) {
      if (existsSync(CHROMIUM)) return "ok";
    }
  }
  return "missing";
}

/** Java runs the HTML validity check (vnu.jar); on Debian as root it is installed like Chromium. */
function ensureJava(): void {
  if (spawnSync("java", ["-version"]).status === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("▶ 安装 HTML 校验所需的 Java（Debian 软件包 default-jre-headless）…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (sh("apt-get", ["update", "-qq"], env) === 0) {
      sh("apt-get", ["install", "-y", "-qq", "default-jre-headless"], env);
    }
  }
  // Still missing: the validity test says so (and fails with CI=true).
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
function counts(file: string): VitestJson | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as VitestJson;
}

const vitest = [path.join(root, "node_modules", "vitest", "vitest.mjs"), "run"];
const unitJson = path.join(resultsDir, "unit.json");
const e2eJson = path.join(resultsDir, "e2e.json");

console.log("▶ 单元测试与集成测试（PostgreSQL）…");
const unitStatus = sh(process.execPath, [
  ...vitest,
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${unitJson}`,
]);

let e2eStatus = 0;
const browser = ensureChromium();
if (browser === "missing") {
  const message = `缺少 Chromium（${CHROMIUM}）：端到端测试需要 Debian 的 chromium 软件包（apt-get install -y chromium，需要 root），或用 CHROMIUM_PATH 指向已安装的 Chromium。`;
  if (ci) {
    console.error(`✖ ${message}`);
    e2eStatus = 1;
  } else {
    console.warn(`⚠ 已跳过端到端测试：${message}`);
  }
} else {
  ensureJava();
  console.log("▶ 端到端测试（Chromium）…");
  e2eStatus = sh(process.execPath, [
    ...vitest,
    "--config",
    "e2e/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${e2eJson}`,
  ]);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const result of [counts(unitJson), browser === "ok" ? counts(e2eJson) : undefined]) {
  if (!result) continue;
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
}
const status = unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0;
if (status !== 0 && failed === 0) failed = 1; // a runner that crashed counts as a failure
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status);
