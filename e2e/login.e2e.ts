// Staff sign-in as a user meets it: a generic error for wrong credentials, lockout after the policy's number
// of failures (even with the right password afterwards), and logout that ends the session for good.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import {
  adminLogin,
  DEMO_PASSWORD,
  errorCode,
  gql,
  gqlOk,
  screenshot,
  staffToken,
  submitLogin,
  urls,
} from "./support";

const GENERIC_ERROR = "用户名或密码错误";
/** Used by nothing else: this file locks it. */
const LOCKED_USER = "zgh_dispatcher";

let browser: Awaited<ReturnType<typeof openBrowser>>;
let policy: { maxFailedAttempts: number; lockoutMinutes: number };

beforeAll(async () => {
  browser = await openBrowser();
  const data = await gqlOk<{ securityPolicy: typeof policy }>(
    `query Policy { securityPolicy { maxFailedAttempts lockoutMinutes } }`,
    {},
    await staffToken("security"),
  );
  policy = data.securityPolicy;
  expect(policy.maxFailedAttempts).toBeGreaterThan(1);
});
afterAll(async () => {
  await browser?.close();
});

/** Submits the form and returns the error the page then shows. */
async function failedLogin(page: Page, username: string, password: string): Promise<string> {
  // Only the Login mutation's answer (the page may run other queries, e.g. the login methods).
  const answered = page.waitForResponse(
    (response) =>
      response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes('"Login"'),
  );
  await submitLogin(page, username, password);
  await answered;
  const alert = page.getByRole("alert");
  await alert.waitFor();
  return ((await alert.textContent()) ?? "").trim();
}

describe("admin login", () => {
  test("wrong password and unknown user get the same generic error; lockout after the policy's threshold", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${urls().admin}/login`);
    await page.getByRole("heading", { name: "集约管理后台" }).waitFor();

    const unknownUser = await failedLogin(page, "no_such_user_e2e", DEMO_PASSWORD);
    expect(unknownUser).toContain(GENERIC_ERROR);
    const wrongPassword = await failedLogin(page, LOCKED_USER, "wrong-password-1");
    expect(wrongPassword).toBe(unknownUser);
    expect(wrongPassword).not.toMatch(/用户不存在|密码不正确/);

    for (let attempt = 2; attempt <= policy.maxFailedAttempts; attempt += 1) {
      expect(await failedLogin(page, LOCKED_USER, `wrong-password-${attempt}`)).not.toContain("成功");
    }
    const locked = await failedLogin(page, LOCKED_USER, DEMO_PASSWORD);
    expect(locked).toContain("登录失败次数过多");
    expect(locked).toContain(`${policy.lockoutMinutes} 分钟`);
    expect(page.url()).toContain("/login");
    expect(await page.getByRole("navigation", { name: "主菜单" }).count()).toBe(0);
    await screenshot(page, "login-locked");

    // The server refuses it too, not just the page.
    const direct = await gql(`mutation Login($input: LoginInput!) { login(input: $input) { status } }`, {
      input: { username: LOCKED_USER, password: DEMO_PASSWORD },
    });
    expect(errorCode(direct)).toBe("TOO_MANY_REQUESTS");
  });

  test("logout returns to the login page and the old refresh token no longer works", async () => {
    const page = await browser.context.newPage();
    await adminLogin(page, "zgh_reviewer1");
    const refreshToken = await page.evaluate(() => sessionStorage.getItem("jiyue.admin.refreshToken"));
    expect(refreshToken).toBeTruthy();

    await page.getByRole("button", { name: /退\s*出/ }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel("用户名").waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("jiyue.admin.refreshToken"))).toBeNull();

    const refreshed = await gql(
      `mutation Refresh($token: String!) { refreshToken(refreshToken: $token) { accessToken } }`,
      { token: refreshToken },
    );
    expect(errorCode(refreshed)).toBe("UNAUTHENTICATED");

    // Going back into the admin asks for a login again.
    await page.goto(`${urls().admin}/users`);
    await page.waitForURL(/\/login/);
  });
});
