// The platform admin creates a site and a user through the admin UI; the new site appears on the portal
// with its standard channels (made by content from identity's site.created event).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import {
  adminLogin,
  buttonName,
  chooseOption,
  POLL,
  reloadUntil,
  screenshot,
  searchAndChoose,
  submitLogin,
  uniqueSuffix,
  urls,
} from "./support";

const UNIT_NAME = "重庆市科学技术协会";
const suffix = uniqueSuffix();
const siteCode = `e2e-${suffix}`;
const siteName = `端到端测试站点${suffix}`;
const username = `e2e_${suffix}`;
const userPassword = "E2e-Passw0rd-2026";

let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("admin: site and user management", () => {
  test("creates an online site through 站点管理 and the portal shows it with its standard channels", async () => {
    const page = await browser.context.newPage();
    await adminLogin(page, "admin");
    await page.getByText("系统管理员").first().waitFor();

    await page.getByRole("menuitem", { name: "站点管理" }).click();
    await page.getByRole("heading", { name: "站点管理" }).waitFor();
    await page.getByRole("button", { name: "新建站点" }).click();
    const dialog = page.getByRole("dialog", { name: "新建站点" });
    await searchAndChoose(page, dialog.getByRole("combobox", { name: "所属单位" }), UNIT_NAME);
    await dialog.getByLabel("站点代码").fill(siteCode);
    await dialog.getByLabel("站点名称").fill(siteName);
    await chooseOption(page, dialog.getByRole("combobox", { name: "状态" }), "已上线");
    await dialog.getByRole("button", { name: buttonName("确定") }).click();
    await dialog.waitFor({ state: "hidden" });

    await page.getByLabel("搜索站点").fill(siteCode);
    await page.getByLabel("搜索站点").press("Enter");
    const row = page.getByRole("row", { name: new RegExp(siteCode) });
    await row.waitFor();
    expect(await row.textContent()).toContain(siteName);
    expect(await row.textContent()).toContain(UNIT_NAME);
    expect(await row.textContent()).toContain("已上线");
    const portalLink = await row.getByRole("link", { name: "访问门户" }).getAttribute("href");
    expect(portalLink).toBe(`${urls().portal}/s/${siteCode}/`);

    // Channels are created asynchronously from site.created: reload until they show.
    const portal = await browser.context.newPage();
    const siteUrl = `${urls().portal}/s/${siteCode}/`;
    const navigation = portal.getByRole("navigation", { name: "栏目导航" });
    const shown = await reloadUntil(portal, siteUrl, async () =>
      navigation
        .getByRole("link", { name: "工作动态" })
        .isVisible()
        .catch(() => false),
    );
    expect(shown, "the new site's channels reach the portal within 20 s").toBe(true);
    expect(await portal.getByRole("heading", { level: 1 }).textContent()).toBe(siteName);
    for (const channel of ["工作动态", "通知公告", "政策文件", "机构概况"]) {
      expect(await navigation.getByRole("link", { name: channel }).count()).toBe(1);
    }
    await screenshot(portal, "admin-new-site-on-portal");
  });

  test("creates a user in a unit, assigns the editor role there, and the user can sign in with it", async () => {
    const page = await browser.context.newPage();
    await adminLogin(page, "admin");
    await page.getByRole("menuitem", { name: "用户管理" }).click();
    await page.getByRole("heading", { name: "用户管理" }).waitFor();
    await page.getByRole("button", { name: "新建用户" }).click();
    const dialog = page.getByRole("dialog", { name: "新建用户" });
    await dialog.getByLabel("用户名").fill(username);
    await dialog.getByLabel("姓名").fill("端到端编辑");
    await dialog.getByLabel("初始密码").fill(userPassword);
    await searchAndChoose(page, dialog.getByRole("combobox", { name: "所属单位" }), UNIT_NAME);
    await dialog.getByRole("button", { name: buttonName("确定") }).click();
    await dialog.waitFor({ state: "hidden" });

    await page.getByLabel("搜索用户").fill(username);
    await page.getByLabel("搜索用户").press("Enter");
    const row = page.getByRole("row", { name: new RegExp(username) });
    await row.waitFor();
    expect(await row.textContent()).toContain(UNIT_NAME);

    await row.getByRole("button", { name: "角色" }).click();
    const roles = page.getByRole("dialog", { name: /角色分配/ });
    await roles.getByText("尚未分配角色").waitFor();
    await chooseOption(page, roles.getByRole("combobox", { name: "角色" }), "编辑");
    await chooseOption(page, roles.getByRole("combobox", { name: "范围" }), "单位");
    await searchAndChoose(page, roles.getByRole("combobox", { name: "单位" }), UNIT_NAME);
    await roles.getByRole("button", { name: buttonName("分配") }).click();
    const assigned = roles.getByRole("row", { name: `编辑 单位：${UNIT_NAME}` });
    await assigned.waitFor();
    await screenshot(page, "admin-role-assigned");
    await roles.getByRole("button", { name: "关闭" }).click();
    await expect.poll(() => row.textContent(), POLL).toContain(`编辑 · 单位：${UNIT_NAME}`);

    // The new account signs in and sees its grant on the dashboard.
    const other = await openBrowser();
    try {
      const own = await other.context.newPage();
      await own.goto(`${urls().admin}/login`);
      await submitLogin(own, username, userPassword);
      await own.getByRole("navigation", { name: "主菜单" }).waitFor();
      const grants = own.getByRole("row", { name: new RegExp(`^编辑 单位：${UNIT_NAME}`) });
      await grants.waitFor();
      expect(await own.getByRole("menuitem", { name: "用户管理" }).count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
