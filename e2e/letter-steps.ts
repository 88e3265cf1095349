// Steps of the letter tests: an anonymous visitor's phone codes and letters on the portal; staff in the admin
// (信件办理): sign in, open the letter, take an action through its dialog.
import { existsSync, readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { smsOutboxFile } from "./global-setup";
import { adminLogin, buttonName, confirmDialog, gqlOk, POLL, urls } from "./support";

/** The newest code the logging sender sent to `phone`. */
function lastCodeSentTo(phone: string): string | undefined {
  const file = smsOutboxFile();
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").trim().split("\n").filter(Boolean);
  const messages = lines.map((line) => JSON.parse(line) as { phone: string; text: string });
  const text = messages.filter((message) => message.phone === phone).at(-1)?.text;
  return /验证码为 (\d{6})/.exec(text ?? "")?.[1];
}

/** Waits for a code sent to `phone` (another than `before`) and returns it. */
export async function codeSentTo(phone: string, before?: string): Promise<string> {
  await expect
    .poll(() => {
      const code = lastCodeSentTo(phone);
      return code !== undefined && code !== before;
    }, POLL)
    .toBe(true);
  return lastCodeSentTo(phone) ?? "";
}

let phones = 0;
/** A phone number no other test uses (nor another call of this run within the same millisecond). */
export function uniquePhone(): string {
  phones += 1;
  return `137${String(Date.now() + phones).slice(-8)}`;
}

/**
 * Writes a letter anonymously through a portal letter form (`formPath`, e.g. "/s/xcb/hdjl/tyck/xiexin/") as a
 * visitor without JavaScript would post it: load the form, ask for a phone code, submit with it. Returns the
 * query code of the receipt.
 */
export async function writeAnonymously(
  formPath: string,
  letter: { title: string; content: string; category?: string },
): Promise<string> {
  const url = `${urls().portal}${formPath}`;
  const form = await fetch(url);
  expect(form.status).toBe(200);
  const cookie = form.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  const html = await form.text();
  const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
  const fields = {
    _csrf: hidden("_csrf"),
    formKey: hidden("formKey"),
    ...letter,
    contactPhone: uniquePhone(),
  };
  const post = (more: Record<string, string>) =>
    fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { cookie },
      body: new URLSearchParams({ ...fields, ...more }),
    });
  expect((await post({ intent: "code" })).status).toBe(200);
  const answer = await post({ intent: "submit", phoneCode: await codeSentTo(fields.contactPhone) });
  expect(answer.status).toBe(303);
  const queryCode = /jy_letter_qc=([^;]+)/.exec(answer.headers.getSetCookie().join("\n"))?.[1];
  if (!queryCode) throw new Error(`no query code for ${letter.title}`);
  return queryCode;
}

/**
 * Registers a citizen through the graph as the portal does: a code to `phone`, read from the SMS outbox, then
 * the registration with it. Returns the access token.
 */
export async function registerCitizen(input: {
  phone: string;
  password: string;
  displayName: string;
}): Promise<string> {
  await gqlOk(`mutation($phone: String!) { requestCitizenRegisterCode(phone: $phone) { maskedPhone } }`, {
    phone: input.phone,
  });
  const phoneCode = await codeSentTo(input.phone);
  const registered = await gqlOk<{ citizenRegister: { status: string; accessToken: string | null } }>(
    `mutation($input: CitizenRegisterInput!) { citizenRegister(input: $input) { status accessToken } }`,
    { input: { type: "PERSON", ...input, phoneCode } },
  );
  expect(registered.citizenRegister.status).toBe("SUCCESS");
  return registered.citizenRegister.accessToken ?? "";
}

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
