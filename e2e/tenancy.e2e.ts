// A unit admin sees and manages only their own unit: in the admin UI (users page, menus) and end to end
// through the gateway (list users, create user, update site); anonymous and citizen callers are refused.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { registerCitizen } from "./letter-steps";
import { adminLogin, errorCode, gql, gqlOk, screenshot, staffToken, uniqueSuffix, urls } from "./support";

const OWN_UNIT = "中共重庆市委宣传部";
const OTHER_UNIT = "重庆市总工会";

interface SiteRef {
  siteByCode: { id: string; name: string; description: string | null; unit: { id: string } } | null;
}

const SITE_BY_CODE = `query Site($code: String!) { siteByCode(code: $code) { id name description unit { id } } }`;
const USERS = `query Users($filter: UserFilter) { users(filter: $filter, limit: 100) { total items { username unit { id } } } }`;
const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username unit { id } } }`;
const UPDATE_SITE = `mutation UpdateSite($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id description } }`;

let browser: Awaited<ReturnType<typeof openBrowser>>;
let xcbToken: string;
let xcb: NonNullable<SiteRef["siteByCode"]>;
let zgh: NonNullable<SiteRef["siteByCode"]>;

beforeAll(async () => {
  browser = await openBrowser();
  const adminToken = await staffToken("admin");
  xcbToken = await staffToken("xcb_admin");
  const own = (await gqlOk<SiteRef>(SITE_BY_CODE, { code: "xcb" }, adminToken)).siteByCode;
  const other = (await gqlOk<SiteRef>(SITE_BY_CODE, { code: "zgh" }, adminToken)).siteByCode;
  if (!own || !other) throw new Error("demo sites xcb/zgh missing");
  xcb = own;
  zgh = other;
  expect(xcb.unit.id).not.toBe(zgh.unit.id);
});
afterAll(async () => {
  await browser?.close();
});

describe("tenancy in the admin UI", () => {
  test("xcb_admin's users page lists only 市委宣传部's users", async () => {
    const page = await browser.context.newPage();
    await adminLogin(page, "xcb_admin");
    await page.getByRole("menuitem", { name: "用户管理" }).click();
    await page.getByRole("heading", { name: "用户管理" }).waitFor();
    const table = page.getByRole("table");
    await table.getByRole("row", { name: /xcb_editor/ }).waitFor();

    const rows = table.getByRole("row");
    const texts = (await rows.allTextContents()).slice(1); // header first
    // The six demo accounts of 市委宣传部 (admin, editor, three reviewers, dispatcher).
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const name of ["xcb_admin", "xcb_editor", "xcb_reviewer1", "xcb_dispatcher"]) {
      expect(
        texts.some((text) => text.includes(name)),
        name,
      ).toBe(true);
    }
    for (const text of texts) expect(text).toContain(OWN_UNIT);
    expect(await table.getByText(OTHER_UNIT).count()).toBe(0);
    expect(await table.getByText("zgh_editor").count()).toBe(0);
    await screenshot(page, "tenancy-xcb-admin-users");

    // Searching for the other unit's account finds nothing either.
    await page.getByLabel("搜索用户").fill("zgh_editor");
    await page.getByLabel("搜索用户").press("Enter");
    await table.getByRole("img", { name: "暂无数据" }).waitFor();
    expect(await table.getByText("zgh_editor").count()).toBe(0);
  });

  test("xcb_editor is not offered 用户管理, and the page itself is refused", async () => {
    const page = await browser.context.newPage();
    await adminLogin(page, "xcb_editor");
    const menu = page.getByRole("navigation", { name: "主菜单" });
    await menu.getByRole("menuitem", { name: "工作台" }).waitFor();
    expect(await menu.getByRole("menuitem", { name: "用户管理" }).count()).toBe(0);

    await page.goto(`${urls().admin}/users`);
    await page.getByText("没有权限").first().waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
  });
});

describe("tenancy through the gateway", () => {
  test("list users: own unit allowed, 市总工会 forbidden", async () => {
    const own = await gqlOk<{ users: { total: number; items: { unit: { id: string } | null }[] } }>(
      USERS,
      { filter: { unitId: xcb.unit.id } },
      xcbToken,
    );
    expect(own.users.total).toBeGreaterThan(0);
    for (const user of own.users.items) expect(user.unit?.id).toBe(xcb.unit.id);

    const other = await gql(USERS, { filter: { unitId: zgh.unit.id } }, xcbToken);
    expect(errorCode(other)).toBe("FORBIDDEN");
    expect(other.data?.users ?? null).toBeNull();
  });

  test("create user: own unit allowed, 市总工会 forbidden", async () => {
    const suffix = uniqueSuffix();
    const input = (unitId: string, name: string) => ({
      username: name,
      displayName: "租户测试",
      password: "Tenancy-Passw0rd-2026",
      unitId,
    });
    const created = await gqlOk<{ createUser: { username: string; unit: { id: string } } }>(
      CREATE_USER,
      { input: input(xcb.unit.id, `xcb_t_${suffix}`) },
      xcbToken,
    );
    expect(created.createUser.unit.id).toBe(xcb.unit.id);

    const refused = await gql(CREATE_USER, { input: input(zgh.unit.id, `zgh_t_${suffix}`) }, xcbToken);
    expect(errorCode(refused)).toBe("FORBIDDEN");
    // Nothing was written: the admin finds no such account.
    const adminToken = await staffToken("admin");
    const found = await gqlOk<{ users: { total: number } }>(
      USERS,
      { filter: { search: `zgh_t_${suffix}` } },
      adminToken,
    );
    expect(found.users.total).toBe(0);
  });

  test("update site: own site allowed, the zgh site forbidden", async () => {
    const description = `市委宣传部门户网站（示例数据，租户测试 ${uniqueSuffix()}）`;
    const own = await gqlOk<{ updateSite: { description: string } }>(
      UPDATE_SITE,
      { id: xcb.id, input: { description } },
      xcbToken,
    );
    expect(own.updateSite.description).toBe(description);

    const other = await gql(UPDATE_SITE, { id: zgh.id, input: { name: "被越权修改" } }, xcbToken);
    expect(errorCode(other)).toBe("FORBIDDEN");
    const after = (await gqlOk<SiteRef>(SITE_BY_CODE, { code: "zgh" }, await staffToken("admin"))).siteByCode;
    expect(after?.name).toBe(zgh.name);
  });

  test("anonymous callers are UNAUTHENTICATED, a citizen token on createUser is FORBIDDEN", async () => {
    const input = {
      username: `anon_${uniqueSuffix()}`,
      displayName: "匿名",
      password: "Anonymous-Passw0rd-2026",
      unitId: xcb.unit.id,
    };
    expect(errorCode(await gql(CREATE_USER, { input }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(USERS, {}))).toBe("UNAUTHENTICATED");

    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const citizenToken = await registerCitizen({
      phone,
      password: "Citizen-Passw0rd-2026",
      displayName: "测试市民",
    });
    expect(citizenToken).not.toBe("");
    expect(errorCode(await gql(CREATE_USER, { input }, citizenToken))).toBe("FORBIDDEN");
  });
});
