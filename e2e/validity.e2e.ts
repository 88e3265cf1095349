// Every portal template of the seeded demo city passes the Nu Html Checker (vnu.jar) without errors. All pages
// are checked in one Java invocation (the JVM takes seconds to start). Without Java the test is skipped with a
// message saying what to install — except with CI=true, where a missing Java fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { renderUnavailablePage } from "../portal-web/src/server/pages";
import { THEMES } from "../portal-web/src/templates/themes";
import { urls } from "./support";
import { templatePages } from "./validity-pages";

const ci = process.env.CI === "true" || process.env.CI === "1";
const java = spawnSync("java", ["-version"], { encoding: "utf8" });
const javaMissing = java.error !== undefined || java.status !== 0;
const MISSING =
  "缺少 Java：HTML 校验（vnu.jar）需要 Java 运行环境（Debian：apt-get install -y default-jre-headless）";
if (javaMissing && !ci) console.warn(`⚠ 已跳过 HTML 校验：${MISSING}`);

const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build",
  "dist",
  "vnu.jar",
);

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe("HTML validity", () => {
  test.skipIf(javaMissing && !ci)("every template of the demo city passes vnu with no errors", async () => {
    if (javaMissing) throw new Error(MISSING);
    const dir = mkdtempSync(path.join(os.tmpdir(), "jiyue-vnu-"));
    try {
      const pages = await templatePages();
      expect(pages.has("article"), "an article link on the demo site's home").toBe(true);
      const files: string[] = [];
      for (const [name, href] of pages) {
        const response = await fetch(`${urls().portal}${href}`, { redirect: "manual" });
        if (response.status >= 300 && response.status < 400) continue; // link channels leave the site
        expect(response.headers.get("content-type"), href).toMatch(/^text\/html/);
        const file = path.join(dir, `${name}.html`);
        writeFileSync(file, await response.text());
        files.push(file);
      }
      const unavailable = path.join(dir, "unavailable-503.html");
      writeFileSync(unavailable, renderUnavailablePage(THEMES.default, "/assets/theme-default.css"));
      files.push(unavailable);

      const run = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--stdout", ...files], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      const output = JSON.parse(run.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
      const errors = output.messages.filter(
        (message) =>
          message.type === "error" ||
          (message.type === "non-document-error" && message.subType !== "internal"),
      );
      const report = errors
        .map(
          (error) =>
            `${path.basename(error.url ?? "")}:${error.lastLine ?? "?"} ${error.message} «${error.extract ?? ""}»`,
        )
        .join("\n");
      expect(files.length, "pages checked").toBeGreaterThanOrEqual(10);
      expect(errors, report).toEqual([]);
      expect(run.status, run.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
