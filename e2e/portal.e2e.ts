// The portal as a visitor without JavaScript sees it: the platform index, a site home and a channel page,
// accessible landmarks; a site renamed through the gateway shows its new name (event invalidation).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { gqlOk, reloadUntil, screenshot, staffToken, uniqueSuffix, urls } from "./support";

let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessibleShell(page: Page): Promise<void> {
  expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  const skip = page.getByRole("link", { name: "跳到主要内容" });
  expect(await skip.count()).toBe(1);
  const target = await skip.getAttribute("href");
  expect(target).toMatch(/^#/);
  const main = page.getByRole("main");
  expect(await main.count()).toBe(1);
  expect(await main.getAttribute("id")).toBe(target?.slice(1));
}

describe("portal", () => {
  test("the platform index lists the online sites", async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${urls().portal}/`);
    expect(response?.status()).toBe(200);
    await expectAccessibleShell(page);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("党群单位网站导航");
    const main = page.getByRole("main");
    for (const name of ["市委宣传部", "市总工会", "团市委", "渝中区人大"]) {
      expect(await main.getByRole("link", { name, exact: true }).count(), name).toBe(1);
    }
    expect(await main.getByRole("link", { name: "市委宣传部", exact: true }).getAttribute("href")).toBe(
      "/s/xcb/",
    );
    // 市委社会工作部's site is still being built: not listed.
    expect(await main.getByRole("link", { name: "市委社会工作部" }).count()).toBe(0);
  });

  test("a site home and a channel page render without JavaScript", async () => {
    const page = await browser.context.newPage();
    const home = await page.goto(`${urls().portal}/s/xcb/`);
    expect(home?.status()).toBe(200);
    await expectAccessibleShell(page);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("市委宣传部");
    const navigation = page.getByRole("navigation", { name: "栏目导航" });
    const channelLink = navigation.getByRole("link", { name: "工作动态" });
    expect(await channelLink.getAttribute("href")).toBe("/s/xcb/gzdt/");
    expect(await page.getByText("主办单位：中共重庆市委宣传部").count()).toBe(1);
    await screenshot(page, "portal-site-home");

    // Following the link works without scripts (a plain navigation).
    await channelLink.click();
    await page.waitForURL(`${urls().portal}/s/xcb/gzdt/`);
    await expectAccessibleShell(page);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("工作动态");
    const breadcrumb = page.getByRole("navigation", { name: "当前位置" });
    expect(await breadcrumb.getByRole("link", { name: "首页" }).getAttribute("href")).toBe("/s/xcb/");
    expect(await navigation.getByRole("link", { name: "工作动态" }).getAttribute("aria-current")).toBe(
      "page",
    );
    // The demo city's articles are listed, each linking to its article page — also without scripts.
    const articleLinks = page.locator('main a[href^="/s/xcb/gzdt/"][href$=".html"]');
    expect(await articleLinks.count()).toBeGreaterThan(0);
    await screenshot(page, "portal-channel");
    await articleLinks.first().click();
    await page.waitForURL(/\/s\/xcb\/gzdt\/[0-9a-f-]+\.html$/);
    await expectAccessibleShell(page);
    expect(await page.locator('meta[name="ArticleTitle"]').getAttribute("content")).toBeTruthy();

    const missing = await page.goto(`${urls().portal}/s/xcb/no-such-channel/`);
    expect(missing?.status()).toBe(404);
  });

  test("a site renamed through the gateway shows its new name on the portal", async () => {
    const page = await browser.context.newPage();
    const siteUrl = `${urls().portal}/s/kpcq/`;
    await page.goto(siteUrl);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe("科普重庆");

    const adminToken = await staffToken("admin");
    const { siteByCode } = await gqlOk<{ siteByCode: { id: string } }>(
      `query Site { siteByCode(code: "kpcq") { id } }`,
      {},
      adminToken,
    );
    const newName = `科普重庆（改名 ${uniqueSuffix()}）`;
    await gqlOk(
      `mutation Rename($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id } }`,
      { id: siteByCode.id, input: { name: newName } },
      adminToken,
    );

    const renamed = await reloadUntil(page, siteUrl, async () => (await heading.textContent()) === newName);
    expect(renamed, "the new name reaches the portal within 20 s").toBe(true);
    expect(await page.title()).toBe(newName);
    await screenshot(page, "portal-renamed-site");
  });

  test("the gateway reports ready", async () => {
    const response = await fetch(`${urls().gateway}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; subgraphs: Record<string, string> };
    expect(body.status).toBe("ready");
    expect(Object.keys(body.subgraphs).sort()).toEqual([
      "content",
      "evaluation",
      "identity",
      "interaction",
      "supervision",
    ]);
  });
});
