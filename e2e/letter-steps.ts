// Staff steps on a letter in the admin (信件办理): sign in, open the letter, take an action through its dialog.
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { adminLogin, buttonName, POLL, urls } from "./support";

export type LetterDialogFill = (dialog: ReturnType<Page["getByRole"]>, page: Page) => Promise<void>;

/** Opens letter `id` in the admin as `username` in a new tab (admin sessions are per tab). */
export async function openLetterAs(context: BrowserContext, username: string, id: string): Promise<Page> {
  const page = await context.newPage();
  await adminLogin(page, username);
  await page.goto(`${urls().admin}/letters/${id}`);
  await page.getByText("办理记录").first().waitFor();
  return page;
}

/** Clicks an action button (受理, 交办, 转办 …), fills its dialog and confirms; waits for the success message. */
export async function letterAction(
  page: Page,
  label: string,
  done: string,
  fill: LetterDialogFill = async () => undefined,
): Promise<void> {
  await page
    .getByRole("group", { name: "办理操作" })
    .or(page.locator("[aria-label=办理操作]"))
    .first()
    .waitFor();
  await page
    .locator("[aria-label=办理操作]")
    .getByRole("button", { name: buttonName(label) })
    .click();
  const dialog = page.getByRole("dialog", { name: label });
  await dialog.waitFor();
  await fill(dialog, page);
  await dialog.getByRole("button", { name: buttonName("确定") }).click();
  await expect.poll(() => page.getByText(done).first().isVisible(), POLL).toBe(true);
  await dialog.waitFor({ state: "hidden" });
}

/** Picks a unit in the dialog's unit select by typing part of its name. */
export async function pickUnit(
  dialog: ReturnType<Page["getByRole"]>,
  page: Page,
  name: string,
): Promise<void> {
  const select = dialog.getByRole("combobox", { name: "单位" });
  await select.click();
  await select.fill(name);
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: name })
    .first()
    .click();
}
