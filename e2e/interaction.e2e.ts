// Issue 5's whole letter flow in Chromium: a citizen signs in on the portal through 统一身份认证 (the local
// oidc-provider) and writes to the city's 统一窗口 with her phone number and address in the text → the
// window's dispatcher sees the routing suggestion, accepts and assigns the letter to 市委宣传部 → 宣传部 transfers
// it to 市总工会 → 总工会 drafts, reviews and publishes a reply → the citizen reads it in her personal center and
// rates it 不满意 → the dispatcher sends it back for rework → a new reply → 满意 → closed → the letter is in the
// 智库 without her personal data.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { letterAction, openLetterAs, pickUnit } from "./letter-steps";
import { gqlOk, POLL, screenshot, staffToken, uniqueSuffix, urls } from "./support";

const SITE = "xcb";
const marker = uniqueSuffix();
const TITLE = `建议在解放碑步行街增设公共饮水点（${marker}）`;
const PHONE = "13912345678";
const HOUSE = "民族路188号3栋2单元501室";
const CONTENT =
  `夏季解放碑步行街游客很多，但附近没有公共饮水点，老人和孩子很不方便。建议在步行街沿线增设直饮水设施。` +
  `我住在渝中区${HOUSE}，联系电话${PHONE}，欢迎工作人员联系我了解情况。`;
const FIRST_REPLY = "您的建议已收悉。市总工会已协调在步行街两处职工服务站点提供免费饮水，欢迎市民使用。";
const SECOND_REPLY =
  "经与渝中区协商，步行街沿线将于本月底前增设三处直饮水点，并在职工服务站点提供免费饮水。感谢您的建议。";
const CATEGORY = "城乡建设";

let browser: Awaited<ReturnType<typeof openBrowser>>;
let citizenPage: Page;
const staffPages: Page[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  // The city's routing: 城乡建设 letters go to 市委宣传部 unless dispatchers' corrections say otherwise.
  const admin = await staffToken("admin");
  const { siteByCode } = await gqlOk<{ siteByCode: { unit: { id: string } } }>(
    `query($code: String!) { siteByCode(code: $code) { unit { id } } }`,
    { code: SITE },
  );
  await gqlOk(
    `mutation($category: String!, $unitId: ID) { setRoutingMapping(category: $category, unitId: $unitId) { category } }`,
    { category: CATEGORY, unitId: siteByCode.unit.id },
    admin,
  );
});
afterEach(async (context) => {
  if (context.task.result?.state !== "fail") return;
  for (const [index, page] of [citizenPage, ...staffPages].filter(Boolean).entries()) {
    await screenshot(page, `interaction-failure-${index}`).catch(() => undefined);
    const html = await page.content().catch(() => "");
    writeFileSync(path.join(import.meta.dirname, "artifacts", `interaction-failure-${index}.html`), html);
  }
});
afterAll(async () => {
  await browser?.close();
});

/** A staff member's step in the admin: opens the letter in a fresh context, acts, closes the context. */
async function asStaff(username: string, id: string, act: (page: Page) => Promise<void>): Promise<void> {
  const page = await openLetterAs(browser.context, username, id);
  staffPages.push(page);
  await act(page);
  await page.close();
  staffPages.splice(staffPages.indexOf(page), 1);
}

async function draftReviewPublish(id: string, reply: string): Promise<void> {
  await asStaff("zgh_handler", id, (page) =>
    letterAction(page, "起草答复", async (dialog) => {
      await dialog.getByLabel("答复内容").fill(reply);
    }),
  );
  await asStaff("zgh_reply_reviewer", id, async (page) => {
    await letterAction(page, "审核答复", async (dialog) => {
      await dialog.getByLabel("通过").check();
    });
    await letterAction(page, "发布答复");
  });
}

async function openPersonalCenter(): Promise<void> {
  await citizenPage.goto(`${urls().portal}/s/${SITE}/my/`);
  await citizenPage.getByRole("heading", { name: "个人中心", level: 1 }).waitFor();
}

/** The citizen's personal center, on the card of this letter. */
async function myLetter(id: string) {
  await openPersonalCenter();
  return citizenPage.locator(`#letter-${id}`);
}

async function rate(id: string, label: string, comment: string): Promise<void> {
  const letter = await myLetter(id);
  await letter.getByLabel(label, { exact: true }).check();
  await letter.getByLabel("评价意见（选填）").fill(comment);
  await letter.getByRole("button", { name: "提交评价" }).click();
  await citizenPage.getByText("感谢您的评价。").waitFor();
}

async function letterStatus(
  id: string,
): Promise<{ status: string; rating: string | null; reworkCount: number }> {
  const supervisor = await staffToken("supervisor");
  const { letter } = await gqlOk<{ letter: { status: string; rating: string | null; reworkCount: number } }>(
    `query($id: ID!) { letter(id: $id) { status rating reworkCount } }`,
    { id },
    supervisor,
  );
  return letter;
}

describe("a letter from the one window to the knowledge base", () => {
  test("write → accept and assign → transfer → reply → 不满意 → rework → 满意 → closed → 智库", async () => {
    const portal = urls().portal;
    citizenPage = await browser.context.newPage();

    // 1. Sign in on the portal through 统一身份认证 and write to the one window.
    await citizenPage.goto(`${portal}/s/${SITE}/my/`);
    await citizenPage.getByRole("link", { name: /统一身份认证登录/ }).click();
    await citizenPage.waitForURL(`${portal}/s/${SITE}/my/`);
    await citizenPage.goto(`${portal}/s/${SITE}/hdjl/tyck/xiexin/`);
    await citizenPage.getByText(/以 .+ 的身份写信/).waitFor();
    await citizenPage.getByLabel("标题").fill(TITLE);
    await citizenPage.getByLabel("类别").selectOption(CATEGORY);
    await citizenPage.getByLabel("内容").fill(CONTENT);
    await citizenPage.getByLabel(/同意在答复后公开本信/).check();
    await citizenPage.getByRole("button", { name: "提交", exact: true }).click();
    await citizenPage.getByText("您的查询码是").waitFor();
    const queryCode = (await citizenPage.locator("code").first().textContent())?.trim() ?? "";
    expect(queryCode.length).toBeGreaterThanOrEqual(16);

    await openPersonalCenter();
    const letterCard = citizenPage.locator("article.letter-item").filter({ hasText: TITLE });
    await letterCard.waitFor();
    const id = ((await letterCard.getAttribute("id")) ?? "").replace(/^letter-/, "");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // 2. The one window's dispatcher sees the routing suggestion, accepts and assigns to 市委宣传部.
    await asStaff("swbgt_dispatcher", id, async (page) => {
      const suggestion = page.locator(".ant-card").filter({ hasText: "分办建议" });
      await suggestion.waitFor();
      await expect.poll(() => suggestion.textContent(), POLL).toContain("市委宣传部");
      await screenshot(page, "letter-dispatch-suggestion");
      await letterAction(page, "受理");
      await letterAction(page, "交办", (dialog, p) => pickUnit(dialog, p, "市委宣传部"));
    });
    expect((await letterStatus(id)).status).toBe("HANDLING");

    // 3. 宣传部 finds it is 总工会's matter and transfers it with a reason.
    await asStaff("xcb_handler", id, (page) =>
      letterAction(page, "转办", async (dialog, p) => {
        await pickUnit(dialog, p, "市总工会");
        await dialog.getByLabel("转办理由").fill("职工服务站点由市总工会负责，转请办理");
      }),
    );

    // 4. 总工会 answers: draft, review, publish.
    await draftReviewPublish(id, FIRST_REPLY);

    // 5. The citizen reads the reply in her personal center and is not satisfied.
    const replied = await myLetter(id);
    await replied.getByText(FIRST_REPLY).waitFor();
    await rate(id, "不满意", "只提到服务站点，没有回应增设饮水点的建议");
    expect(await letterStatus(id)).toMatchObject({ status: "RATED", rating: "UNSATISFIED" });

    // 6. The dispatcher judges the dissatisfaction justified and sends it back for rework.
    await asStaff("swbgt_dispatcher", id, (page) =>
      letterAction(page, "退回返工", async (dialog) => {
        await dialog.getByLabel("返工理由").fill("答复未回应增设饮水点的核心诉求，请补充");
      }),
    );
    expect(await letterStatus(id)).toMatchObject({ status: "HANDLING", reworkCount: 1 });

    // 7. A new reply; the citizen is satisfied; the dispatcher closes the letter.
    await draftReviewPublish(id, SECOND_REPLY);
    const reworked = await myLetter(id);
    await reworked.getByText(SECOND_REPLY).waitFor();
    await rate(id, "满意", "感谢答复");
    await asStaff("swbgt_dispatcher", id, (page) => letterAction(page, "办结"));
    expect(await letterStatus(id)).toMatchObject({ status: "CLOSED", rating: "SATISFIED" });
    const closed = await myLetter(id);
    await expect.poll(() => closed.textContent(), POLL).toContain("已办结");
    await screenshot(citizenPage, "letter-closed-personal-center");

    // 8. The answered letter is in the 智库, found by its words, without her phone number or house number.
    const search = `${portal}/s/${SITE}/zhiku/?q=${encodeURIComponent("解放碑 饮水点")}`;
    let entryLink = citizenPage.getByRole("link", { name: new RegExp(marker) });
    await expect
      .poll(async () => {
        await citizenPage.goto(search);
        return entryLink.count();
      }, POLL)
      .toBeGreaterThan(0);
    await entryLink.first().click();
    entryLink = citizenPage.getByRole("heading", { level: 1 });
    expect(await entryLink.textContent()).toContain(marker);
    const entry = (await citizenPage.locator("main").textContent()) ?? "";
    expect(entry).toContain(SECOND_REPLY);
    expect(entry).toContain("解放碑步行街");
    expect(entry).not.toContain(PHONE);
    expect(entry).not.toContain(HOUSE);
    expect(entry).not.toContain(FIRST_REPLY);
    await screenshot(citizenPage, "knowledge-entry");
  });
});
