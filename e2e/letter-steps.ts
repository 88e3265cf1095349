// Staff steps on a letter in the admin (信件办理): sign in, open the letter, take an action through its dialog.
import type { BrowserContext, Page } from "playwright-core";
import { adminLogin, buttonName, confirmDialog, urls } from "./support";

export type LetterDialogFill = (dialog: ReturnType<Page["getByRole"]>, page: Page) => Promise<void>;

/** Opens letter `id` in the admin as `username` in a new tab (admin sessions are per tab). */
export async function openLetterAs(context: BrowserContext, username: string, id: string): Promise<Page> {
  const page = await context.newPage();
  await adminLogin(page, username);
  await page.goto(`${urls().admin}/letters/${id}`);
  await page.getByText("办理记录").first().waitFor();
  return page;
}

/**
 * Clicks an action button (受理, 交办, 转办 …), fills its dialog and confirms. The dialog closes only when the
 * server took the action (a refusal keeps it open with the reason), so its closing is the success.
 */
export async function letterAction(
  page: Page,
  label: string,
  fill: LetterDialogFill = async () => undefined,
): Promise<void> {
  await page
    .locator("[aria-label=办理操作]")
    .getByRole("button", { name: buttonName(label) })
    .click();
  await confirmDialog(page, label, (dialog) => fill(dialog, page));
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
