// Shared steps of the end-to-end tests: the platform's URLs, GraphQL through the gateway, signing in to the
// admin through its login page, antd's button names and screenshots.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { expect, inject } from "vitest";

export const DEMO_PASSWORD = "Jiyue@2026demo";
/** expect.poll bounds for what the UI shows after a round trip (the default second is too tight on CI). */
export const POLL = { timeout: 10_000, interval: 100 };

export function urls(): Record<string, string> {
  return inject("urls");
}

/**
 * antd puts a space between the two characters of a two-character CJK button label ("登 录"); the
 * accessible name follows the text, so match the label with optional spaces between its characters.
 */
export function buttonName(label: string): RegExp {
  return new RegExp(`^\\s*${[...label].join("\\s*")}\\s*$`);
}

export interface GraphQLResult<T = Record<string, unknown>> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<T>> {
  const response = await fetch(`${urls().gateway}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

/** The data of a call that must succeed (fails the test with the errors otherwise). */
export async function gqlOk<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await gql<T>(query, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  if (!result.data) throw new Error("no data");
  return result.data;
}

export function errorCode(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

interface LoginData {
  login: { status: string; accessToken: string | null; refreshToken: string | null };
}

/** Signs a staff member in through the gateway (for calls that check the server, not the UI). */
export async function staffToken(username: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await gqlOk<LoginData>(
    `mutation Login($input: LoginInput!) { login(input: $input) { status accessToken refreshToken } }`,
    { input: { username, password } },
  );
  expect(data.login.status).toBe("SUCCESS");
  if (!data.login.accessToken) throw new Error(`no access token for ${username}`);
  return data.login.accessToken;
}

/** Fills the admin's login form and submits it (no assertion on the outcome). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await readyButton(page.getByRole("button", { name: /登\s*录\s*$/ })).then((button) => button.click());
}

/**
 * antd names a loading button "loading …" and ignores clicks on it: wait until it is ready. Before failing,
 * leave a screenshot of what the page showed instead.
 */
async function readyButton(button: Locator): Promise<Locator> {
  try {
    await button.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => button.evaluate((element) => element.classList.contains("ant-btn-loading")), POLL)
      .toBe(false);
  } catch (error) {
    const page = button.page();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `failure-${Date.now()}.png`) }).catch(() => {});
    // CI shows only the output: say what the page showed instead of the button.
    console.error(
      `page ${page.url()} showed:\n${await page
        .locator("body")
        .textContent()
        .catch(() => "?")}`,
    );
    throw error;
  }
  return button;
}

/** Opens the admin, signs in through the login page and waits for the side menu. */
export async function adminLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${urls().admin}/`);
  await page.waitForURL(/\/login/);
  await submitLogin(page, username, password);
  await page.getByRole("navigation", { name: "主菜单" }).waitFor();
}

/**
 * Picks an option of an antd Select: typed into a searchable one (Enter takes the first match), or
 * clicked by its title in an open dropdown.
 */
export async function chooseOption(page: Page, combobox: ReturnType<Page["getByRole"]>, option: string) {
  // A click during the dropdown's slide-in can miss under load: check the select shows the option, else retry.
  const select = combobox.locator(
    "xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ant-select ')][1]",
  );
  for (let attempt = 1; ; attempt += 1) {
    await combobox.click();
    const item = page
      .locator(".ant-select-dropdown")
      .getByTitle(option, { exact: true })
      .filter({ visible: true });
    await item.first().click();
    const shown = await expect
      .poll(async () => (await select.textContent())?.includes(option) ?? false, { timeout: 3_000 })
      .toBe(true)
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    if (attempt >= 3) throw new Error(`could not choose ${option}`);
    await page.keyboard.press("Escape");
  }
}

export async function searchAndChoose(page: Page, combobox: ReturnType<Page["getByRole"]>, text: string) {
  await combobox.fill(text);
  await page.getByTitle(text).filter({ visible: true }).first().waitFor();
  await combobox.press("Enter");
}

const ARTIFACTS = path.join(import.meta.dirname, "artifacts");

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Opens the URL, then reloads (as a visitor pressing F5: the portal's pages are cacheable, so only a reload
 * revalidates them) until the check passes or the bound runs out — for what reaches the portal by events.
 */
export async function reloadUntil(
  page: Page,
  url: string,
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  await page.goto(url);
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await page.waitForTimeout(500);
    await page.reload();
  }
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Picks the site the admin works on through the header's switcher (its options read "名称（代码）"). */
export async function chooseSite(page: Page, name: string, code: string): Promise<void> {
  await searchAndChoose(page, page.getByRole("combobox", { name: "切换站点" }), `${name}（${code}）`);
}

/**
 * Confirms the open modal dialog `title` with its OK button — 确定, or `okLabel` when the dialog names it
 * otherwise (保存, 合并办理 …) — after the optional fill.
 */
export async function confirmDialog(
  page: Page,
  title: string,
  fill?: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>,
  okLabel = "确定",
): Promise<void> {
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  // A click during the zoom-in animation can miss the button: wait until the dialog has settled.
  await expect
    .poll(() => dialog.evaluate((element) => element.className.includes("-enter")), POLL)
    .toBe(false);
  await fill?.(dialog);
  // No ^: a loading button's name is "loading 确 定".
  const ok = await readyButton(
    dialog.getByRole("button", { name: new RegExp(`${[...okLabel].join("\\s*")}\\s*$`) }),
  );
  await ok.click();
  try {
    await dialog.waitFor({ state: "hidden", timeout: 10_000 });
  } catch {
    // A click that lands while the page re-renders can be lost: if the dialog is still open and idle, once more.
    if (
      (await ok.isVisible()) &&
      !(await ok.evaluate((button) => button.classList.contains("ant-btn-loading")))
    ) {
      await ok.click();
    }
    try {
      await dialog.waitFor({ state: "hidden", timeout: 20_000 });
    } catch (error) {
      console.error(
        `dialog ${title} stayed open; the page showed:\n${await page.locator("body").textContent()}`,
      );
      throw error;
    }
  }
  // The mask fades out after the dialog: wait, so a screenshot does not catch it half-transparent.
  await expect.poll(() => page.locator(".ant-modal-mask").filter({ visible: true }).count(), POLL).toBe(0);
}
