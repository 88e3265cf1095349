// The citizen's personal center end to end: signing in on the portal through 统一身份认证 (a local
// oidc-provider, reached through the portal's /oidc proxy), a letter handled by staff (through the graph),
// supplementing it and rating the reply in the browser, the notifications, the data export and deleting the
// account — after which the session is gone and the letter keeps its reply without the writer's data.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { codeSentTo, registerCitizen, uniquePhone } from "./letter-steps";
import { OIDC_CITIZEN } from "./oidc-provider";
import { errorCode, gql, gqlOk, POLL, screenshot, staffToken, uniqueSuffix, urls } from "./support";

const SITE = "xcb";

let browser: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function sessionToken(page: Page): Promise<string> {
  const cookies = await page.context().cookies(urls().portal);
  const token = cookies.find((cookie) => cookie.name === "jy_at")?.value;
  if (!token) throw new Error("not signed in");
  return token;
}

/** The signed-in pages as served (for vnu), collected while the test walks through them. */
const signedInPages = new Map<string, string>();

/** axe (WCAG 2.1 A/AA) finds nothing serious on the page as it is now; its HTML is kept for vnu. */
async function checkPage(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help}`);
  expect(serious, name).toEqual([]);
  signedInPages.set(name, await (await page.request.get(page.url())).text());
}

/** vnu (when Java is there) finds no error in the collected pages. */
function validateCollected(): void {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error !== undefined || java.status !== 0) return;
  const vnuJar = path.join(
    path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
    "build",
    "dist",
    "vnu.jar",
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiyue-vnu-citizen-"));
  try {
    const files = [...signedInPages].map(([name, html]) => {
      const file = path.join(dir, `${name}.html`);
      writeFileSync(file, html);
      return file;
    });
    const run = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--stdout", ...files], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    const output = JSON.parse(run.stdout || '{"messages":[]}') as {
      messages: { type: string; url?: string; lastLine?: number; message: string }[];
    };
    const errors = output.messages
      .filter((message) => message.type === "error")
      .map((message) => `${path.basename(message.url ?? "")}:${message.lastLine} ${message.message}`);
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function letterStep(
  mutation: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<void> {
  await gqlOk(mutation, variables, token);
}

describe("citizen personal center", () => {
  test("sign in through 统一身份认证, supplement and rate a letter, see notifications, export, delete the account", async () => {
    const page = await browser.context.newPage();
    const portal = urls().portal;

    // Not signed in: the personal center sends the visitor to the login page, which offers 统一身份认证.
    await page.goto(`${portal}/s/${SITE}/my/`);
    await page.waitForURL(/\/s\/xcb\/login\/\?return=/);
    await page.getByRole("heading", { name: "市民登录" }).waitFor();
    await checkPage(page, "login");
    const register = await browser.context.newPage();
    await register.goto(`${portal}/s/${SITE}/register/`);
    await checkPage(register, "register");
    await register.close();
    await page.getByRole("link", { name: "渝快办统一身份认证登录" }).click();
    // Provider → identity's callback (through the portal) → the portal's login page with a ticket → /my/.
    await page.waitForURL(`${portal}/s/${SITE}/my/`);
    expect(page.url()).not.toContain("ticket");
    await page.getByRole("heading", { name: "个人中心", level: 1 }).waitFor();
    expect(await page.getByText(`${OIDC_CITIZEN.name}，您好`).count()).toBe(1);

    // A letter from this citizen, handled by the unit's staff through the graph.
    const citizen = await sessionToken(page);
    const { siteByCode } = await gqlOk<{ siteByCode: { unit: { id: string }; mailboxes: { id: string }[] } }>(
      `query($code: String!) { siteByCode(code: $code) { unit { id } mailboxes { id } } }`,
      { code: SITE },
    );
    const mailboxId = siteByCode.mailboxes[0]?.id;
    expect(mailboxId).toBeTruthy();
    // The 统一身份认证 citizen is shared with other files (interaction.e2e.ts): this letter's title is its own.
    const LETTER_TITLE = `关于社区宣传栏更新的建议${uniqueSuffix()}`;
    const submitted = await gqlOk<{ submitLetter: { letter: { id: string } } }>(
      `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { letter { id } } }`,
      {
        input: {
          mailboxId,
          title: LETTER_TITLE,
          content: `社区宣传栏内容长期未更新，建议定期维护。我的电话 ${OIDC_CITIZEN.phone}。`,
        },
      },
      citizen,
    );
    const id = submitted.submitLetter.letter.id;
    const dispatcher = await staffToken(`${SITE}_dispatcher`);
    const handler = await staffToken(`${SITE}_handler`);
    const reviewer = await staffToken(`${SITE}_reply_reviewer`);
    await letterStep(`mutation($id: ID!) { acceptLetter(id: $id) { id } }`, { id }, dispatcher);
    await letterStep(
      `mutation($id: ID!, $unitId: ID!) { assignLetter(id: $id, unitId: $unitId) { id } }`,
      { id, unitId: siteByCode.unit.id },
      dispatcher,
    );
    await letterStep(
      `mutation($id: ID!, $q: String!) { requestLetterInfo(id: $id, question: $q) { id } }`,
      { id, q: "请说明宣传栏的具体位置" },
      handler,
    );

    // The request shows as a notification and a form on the letter.
    await page.reload();
    await page.getByText("请说明宣传栏的具体位置").first().waitFor();
    await checkPage(page, "my-awaiting-info");
    const letter = page.locator(`#letter-${id}`);
    await letter.getByLabel("补充材料").fill("宣传栏位于社区服务中心门口。");
    await letter.getByRole("button", { name: "提交补充材料" }).click();
    await page.getByText("补充材料已提交").waitFor();

    await letterStep(
      `mutation($id: ID!, $c: String!) { draftLetterReply(id: $id, content: $c) { id } }`,
      { id, c: "已安排社区工作人员每月更新宣传栏内容。" },
      handler,
    );
    await letterStep(
      `mutation($id: ID!) { reviewLetterReply(id: $id, approve: true) { id } }`,
      { id },
      reviewer,
    );
    await letterStep(`mutation($id: ID!) { publishLetterReply(id: $id) { id } }`, { id }, reviewer);

    // The reply and its notification; rating 基本满意 with a comment.
    await page.reload();
    await letter.getByText("已安排社区工作人员每月更新宣传栏内容。").waitFor();
    const ofThisLetter = page.locator(".notification-list li").filter({ hasText: LETTER_TITLE });
    expect(await ofThisLetter.filter({ hasText: "》已答复，欢迎评价" }).count()).toBe(1);
    expect(await ofThisLetter.filter({ hasText: "未读" }).count()).toBe(2);
    expect(await page.getByText(/\d+ 条未读/).count()).toBe(1);
    await checkPage(page, "my-replied");
    await letter.getByLabel("基本满意").check();
    await letter.getByLabel("评价意见（选填）").fill("希望保持更新频率");
    await letter.getByRole("button", { name: "提交评价" }).click();
    await page.getByText("感谢您的评价。").waitFor();
    expect(await letter.getByText("您的评价：基本满意（希望保持更新频率）").count()).toBe(1);
    const rated = await gqlOk<{ letter: { status: string; rating: string } }>(
      `query($id: ID!) { letter(id: $id) { status rating } }`,
      { id },
      dispatcher,
    );
    expect(rated.letter).toEqual({ status: "RATED", rating: "BASICALLY_SATISFIED" });

    await page.getByRole("button", { name: "全部标为已读" }).click();
    await page.getByText("通知已标为已读。").waitFor();
    expect(await page.getByText("条未读").count()).toBe(0);
    await screenshot(page, "citizen-center");

    // Export: a JSON download of the account, the letter and the notifications.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出我的数据" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^jiyue-my-data-\d{8}\.json$/);
    const exported = JSON.parse(await readFile((await file.path()) ?? "", "utf8")) as {
      account: { displayName: string };
      letters: { id: string; rating: string; timeline: { action: string }[] }[];
      notifications: { kind: string; letterId: string }[];
    };
    expect(exported.account.displayName).toBe(OIDC_CITIZEN.name);
    const mine = exported.letters.find((entry) => entry.id === id);
    expect(mine?.rating).toBe("BASICALLY_SATISFIED");
    expect(mine?.timeline.map((entry) => entry.action)).toContain("info_provided");
    const ofLetter = exported.notifications.filter((entry) => entry.letterId === id);
    expect(ofLetter.map((entry) => entry.kind).sort()).toEqual(["INFO_REQUESTED", "REPLY_PUBLISHED"]);

    // Deleting the account (a 统一身份认证 account confirms by its recent sign-in).
    await page.getByRole("link", { name: "注销账号" }).click();
    await page.getByRole("heading", { name: "注销账号" }).waitFor();
    await checkPage(page, "my-delete");
    validateCollected();
    await page.getByLabel("我已了解以上后果，确认注销账号").check();
    await page.getByRole("button", { name: "确认注销" }).click();
    await page.waitForURL(/\/s\/xcb\/login\/\?deleted=1/);
    await page.getByText("您的账号已注销。").waitFor();
    expect(await page.context().cookies(portal)).not.toContainEqual(
      expect.objectContaining({ name: "jy_at" }),
    );
    expect(errorCode(await gql(`{ me { id } }`, {}, citizen))).toBe("UNAUTHENTICATED");

    // The public record stays: the reply is there, the writer's phone and name are gone.
    await expect
      .poll(async () => {
        const view = await gqlOk<{
          letter: {
            content: string;
            reply: string;
            timeline: { action: string; actorName: string | null }[];
          };
        }>(
          `query($id: ID!) { letter(id: $id) { content reply timeline { action actorName } } }`,
          { id },
          dispatcher,
        );
        return {
          phoneGone: !view.letter.content.includes(OIDC_CITIZEN.phone),
          reply: view.letter.reply,
          writer: view.letter.timeline.find((entry) => entry.action === "submit")?.actorName,
        };
      }, POLL)
      .toEqual({ phoneGone: true, reply: "已安排社区工作人员每月更新宣传栏内容。", writer: "已注销用户" });
  });
});

describe("忘记密码", () => {
  test("a citizen resets a forgotten password with an SMS code and signs in with the new one", async () => {
    const phone = uniquePhone();
    const oldToken = await registerCitizen({ phone, password: "Forgotten-Pass-1", displayName: "孙八" });
    const registrationCode = await codeSentTo(phone);
    // Signed out, whatever the test before left behind.
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const portal = urls().portal;

    await page.goto(`${portal}/s/${SITE}/login/`);
    await page.getByRole("link", { name: "忘记密码？" }).click();
    await page.getByRole("heading", { name: "忘记密码" }).waitFor();
    await checkPage(page, "forgot-password");
    await page.getByLabel("手机号").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByText("如该号码已注册市民账号，验证码短信已发送至").waitFor();
    await checkPage(page, "forgot-password-code");
    const code = await codeSentTo(phone, registrationCode);
    await page.getByLabel("验证码").fill(code);
    await page.getByLabel("新密码", { exact: true }).fill("Remembered-Pass-2");
    await page.getByLabel("确认新密码").fill("Remembered-Pass-2");
    await page.getByRole("button", { name: "重置密码" }).click();
    await page.getByText("密码已重置").waitFor();
    // The sessions of the old password are over.
    expect(errorCode(await gql(`{ me { id } }`, {}, oldToken))).toBe("UNAUTHENTICATED");

    await page.getByRole("link", { name: "登录", exact: true }).click();
    await page.getByRole("heading", { name: "市民登录" }).waitFor();
    await page.getByLabel("手机号").fill(phone);
    await page.getByLabel("密码").fill("Remembered-Pass-2");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(`${portal}/s/${SITE}/my/`);
    await page.getByText("孙八，您好").waitFor();
    await page.close();
  });
});
