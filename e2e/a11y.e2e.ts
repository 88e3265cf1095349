// Accessibility of every portal template of the demo city in Chromium: axe-core (WCAG 2.1 A/AA) finds no
// serious or critical violation, no page breaks the Content-Security-Policy, the skip link and the toolbar work
// with the keyboard, the toolbar's settings persist per visitor, and pages read without JavaScript. Also writes
// the reference screenshots (home, list, article at desktop and mobile widths) to docs/screenshots/.
import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { urls } from "./support";
import { templatePages } from "./validity-pages";

const SCREENSHOTS = path.resolve(import.meta.dirname, "..", "docs", "screenshots");

let browser: Awaited<ReturnType<typeof openBrowser>>;
let pages: Map<string, string>;

beforeAll(async () => {
  browser = await openBrowser();
  pages = await templatePages();
});
afterAll(async () => {
  await browser?.close();
});

/** Serious and critical axe violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

/** Opens a page and collects what the browser reports as Content-Security-Policy violations. */
async function openWatched(href: string): Promise<{ page: Page; cspViolations: string[] }> {
  const page = await browser.context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const response = await page.goto(`${urls().portal}${href}`);
  expect(response, href).not.toBeNull();
  return { page, cspViolations };
}

describe("accessibility", () => {
  test("axe finds no serious or critical violation on any template, and no page breaks the CSP", async () => {
    expect(pages.size).toBeGreaterThanOrEqual(10);
    const problems: string[] = [];
    for (const [name, href] of pages) {
      const { page, cspViolations } = await openWatched(href);
      for (const violation of await seriousViolations(page)) problems.push(`${name} ${href}: ${violation}`);
      for (const violation of cspViolations) problems.push(`${name} ${href}: CSP ${violation}`);
      await page.close();
    }
    expect(problems, problems.join("\n")).toEqual([]);
    // One page after another on a shared two-core machine: the list of templates grows with every feature.
  }, 300_000);

  test("the skip link is the first stop of the keyboard and moves focus to the main content", async () => {
    const { page } = await openWatched("/s/xcb/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到主要内容" });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    // The search form has an accessible name.
    expect(await page.getByRole("searchbox", { name: "搜索" }).count()).toBeGreaterThan(0);
    await page.close();
  });

  test("the toolbar works with the keyboard, its settings persist per visitor, and axe stays clean in high contrast", async () => {
    const article = pages.get("article");
    if (!article) throw new Error("no article page found on the demo site");
    // The form pages visited above set the anti-forgery cookie; reading pages and the toolbar must set none.
    await browser.context.clearCookies();
    const { page } = await openWatched(article);
    const toolbar = page.getByRole("group", { name: "无障碍工具" });
    await toolbar.waitFor();
    const large = toolbar.getByRole("button", { name: "大字" });
    const contrast = toolbar.getByRole("button", { name: "高对比度" });
    const line = toolbar.getByRole("button", { name: "阅读线" });
    const htmlClasses = () => page.evaluate(() => document.documentElement.className);

    await large.focus();
    await page.keyboard.press("Enter");
    expect(await large.getAttribute("aria-pressed")).toBe("true");
    expect(await htmlClasses()).toContain("a11y-large");
    await contrast.focus();
    await page.keyboard.press("Space");
    expect(await contrast.getAttribute("aria-pressed")).toBe("true");
    expect(await htmlClasses()).toContain("a11y-contrast");
    await line.focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(".a11y-reading-line").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Another page of the platform in the same browser keeps the settings (localStorage, no cookie).
    await page.goto(`${urls().portal}/s/xcb/`);
    expect(await htmlClasses()).toContain("a11y-large");
    expect(await htmlClasses()).toContain("a11y-contrast");
    expect(await page.getByRole("button", { name: "大字" }).getAttribute("aria-pressed")).toBe("true");
    expect((await browser.context.cookies()).length).toBe(0);

    await page.getByRole("button", { name: "恢复默认" }).click();
    expect(await htmlClasses()).not.toContain("a11y-");
    expect(await page.locator(".a11y-reading-line").count()).toBe(0);
    await page.close();
  });

  test("without JavaScript the toolbar stays hidden and an article reads as it is", async () => {
    const article = pages.get("article");
    if (!article) throw new Error("no article page found on the demo site");
    const noScript = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      const response = await page.goto(`${urls().portal}${article}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator("#a11y-toolbar").isVisible()).toBe(false);
      expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
      expect((await page.locator(".article-body").textContent())?.length ?? 0).toBeGreaterThan(20);
    } finally {
      await noScript.close();
    }
  });

  test("reference screenshots of home, list and article at desktop and mobile widths", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const article = pages.get("article");
    if (!article) throw new Error("no article page found on the demo site");
    const targets: [string, string][] = [
      ["home", "/s/xcb/"],
      ["list", "/s/xcb/gzdt/"],
      ["article", article],
    ];
    for (const width of [1280, 390]) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
      for (const [name, href] of targets) {
        const response = await page.goto(`${urls().portal}${href}`);
        expect(response?.status(), href).toBe(200);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `portal-${name}-${width}.png`),
          fullPage: true,
        });
      }
      await page.close();
    }
  });

  test("no page is wider than a 375 px phone, and a 置顶 mark stays on one line", async () => {
    const article = pages.get("article");
    if (!article) throw new Error("no article page found on the demo site");
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      for (const href of ["/", "/s/xcb/", "/s/zgh/", "/s/xcb/gzdt/", article]) {
        const response = await page.goto(`${urls().portal}${href}`);
        expect(response?.status(), href).toBe(200);
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        expect(widths.page, href).toBeLessThanOrEqual(widths.viewport);
        // A one-line mark is no taller than its line height (12px × 1.6) plus rounding.
        const tagHeights = await page
          .locator(".tag")
          .evaluateAll((tags) => tags.map((tag) => tag.getBoundingClientRect().height));
        for (const height of tagHeights) expect(height, href).toBeLessThan(24);
      }
    } finally {
      await page.close();
    }
  });
});
