// The publish gate in Chromium (issue 4): an editor writes an article with a block-level typo of a fixed slogan
// ("扫黑险恶") and submits it; 初审 and 复审 approve; 终审's approval is refused with a visible message; the
// 错敏词放行 holder overrides it with a reason; 终审 approves and publishes; the override shows on the timeline
// and the 审签单. Then publishing itself: an approved article that a new city block entry now catches is
// refused at 发布 until it is overridden. The editor underlines the finding in the body; 全量复查 of the site
// lists the published article with its block-level finding.
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import {
  adminLogin,
  buttonName,
  chooseSite,
  confirmDialog,
  gqlOk,
  POLL,
  screenshot,
  staffToken,
  uniqueSuffix,
  urls,
} from "./support";

const marker = uniqueSuffix();
const TITLE = `区委政法委部署扫黑除恶常态化工作（放行${marker}）`;
const TYPO = "扫黑险恶";
const REASON = "引用原文件标题，原文如此，经核实保留";
const CHECKER = "市委宣传部放行";

const SITE = `query Site($code: String!) { siteByCode(code: $code) { id channels { id name } } }`;
const ARTICLE = `query Article($id: ID!) { article(id: $id) { id status reviewStage } }`;

interface ArticleState {
  article: { id: string; status: string; reviewStage: number | null } | null;
}

let browser: Awaited<ReturnType<typeof openBrowser>>;
let editorToken: string;
let siteId: string;
let channelId: string;

beforeAll(async () => {
  browser = await openBrowser();
  editorToken = await staffToken("xcb_editor");
  const { siteByCode } = await gqlOk<{
    siteByCode: { id: string; channels: { id: string; name: string }[] };
  }>(SITE, { code: "xcb" }, editorToken);
  siteId = siteByCode.id;
  const channel = siteByCode.channels.find((candidate) => candidate.name === "工作动态");
  if (!channel) throw new Error("channel 工作动态 missing on xcb");
  channelId = channel.id;
});
afterEach(async (context) => {
  if (context.task.result?.state !== "fail") return;
  for (const [index, page] of browser.context.pages().entries()) {
    await screenshot(page, `textcheck-failure-${index}`).catch(() => undefined);
    const html = await page.content().catch(() => "");
    writeFileSync(path.join(import.meta.dirname, "artifacts", `textcheck-failure-${index}.html`), html);
  }
});
afterAll(async () => {
  await browser?.close();
});

async function articleState(id: string): Promise<NonNullable<ArticleState["article"]>> {
  const { article } = await gqlOk<ArticleState>(ARTICLE, { id }, editorToken);
  if (!article) throw new Error(`article ${id} not visible to the editor`);
  return article;
}

/** A reviewer signs in, finds the article in 我的待办 at their stage and opens it. */
async function openTask(username: string, stage: string, title: string): Promise<Page> {
  const page = await browser.context.newPage();
  await adminLogin(page, username);
  await page.getByRole("menuitem", { name: /我的待办/ }).click();
  await page.getByRole("heading", { name: "我的待办" }).waitFor();
  const row = page.getByRole("row", { name: new RegExp(marker) }).filter({ hasText: title });
  await row.waitFor();
  await expect.poll(() => row.textContent(), POLL).toContain(stage);
  await row.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: buttonName("通过") }).waitFor();
  return page;
}

async function approve(page: Page, comment: string): Promise<void> {
  await page.getByRole("button", { name: buttonName("通过") }).click();
  await confirmDialog(page, "审核通过", (dialog) => dialog.getByLabel("审核意见").fill(comment));
}

/**
 * Opens the action's dialog, confirms it and expects a refusal: the message shows and the dialog stays open
 * (cancelled here).
 */
async function expectRefused(page: Page, button: string, title: string, refusal: RegExp): Promise<void> {
  await page.getByRole("button", { name: buttonName(button) }).click();
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  await expect
    .poll(() => dialog.evaluate((element) => element.className.includes("-enter")), POLL)
    .toBe(false);
  await dialog.getByRole("button", { name: buttonName("确定") }).click();
  await page.getByText(refusal).first().waitFor();
  // The gate's own words, not behind the generic 数据冲突 prefix.
  expect(await page.getByText(refusal).first().textContent()).not.toMatch(/^数据冲突/);
  await screenshot(page, `textcheck-refused-${button}`);
  await dialog.getByRole("button", { name: buttonName("取消") }).click();
  await dialog.waitFor({ state: "hidden" });
}

/** The 送审检查 card of the article page. */
const checkCard = (page: Page) => page.locator(".ant-card").filter({ hasText: "送审检查" });

/** The override holder opens the article and overrides its one open block-level finding with a reason. */
async function overrideAs(username: string, articleId: string, term: string): Promise<Page> {
  const page = await browser.context.newPage();
  await adminLogin(page, username);
  await page.goto(`${urls().admin}/articles/${encodeURIComponent(articleId)}`);
  const card = checkCard(page);
  await card.getByText(/有 1 处必须处理的问题/).waitFor();
  const finding = card.getByRole("listitem").filter({ hasText: term });
  await finding.getByRole("button", { name: buttonName("放行") }).click();
  const dialog = page.getByRole("dialog", { name: `放行“${term}”` });
  await dialog.waitFor();
  const ok = dialog.getByRole("button", { name: /确认放行/ });
  expect(await ok.isDisabled(), "an override needs a reason").toBe(true);
  await dialog.getByLabel("放行理由").fill(REASON);
  await ok.click();
  await dialog.waitFor({ state: "hidden" });
  await card.getByText("阻断级问题均已放行").waitFor();
  expect(await finding.textContent()).toContain(REASON);
  return page;
}

describe("publish gate", () => {
  test("a block-level finding stops 终审; an override with a reason lets it through, on the timeline and the sheet", async () => {
    // The editor writes and submits.
    const editor = await browser.context.newPage();
    await adminLogin(editor, "xcb_editor");
    await chooseSite(editor, "市委宣传部", "xcb");
    await editor.getByRole("menuitem", { name: "稿件管理" }).click();
    await editor.getByRole("button", { name: "写稿件" }).click();
    await editor.getByRole("heading", { name: "新建稿件" }).waitFor();
    await editor.getByLabel("标题", { exact: true }).fill(TITLE);
    await editor.getByRole("combobox", { name: "主栏目" }).click();
    await editor.getByTitle("工作动态", { exact: true }).filter({ visible: true }).first().click();
    const body = editor.locator('[contenteditable="true"][aria-label="正文"]');
    await body.click();
    await editor.keyboard.type(`会议要求，持续推进${TYPO}常态化，依法严惩各类违法犯罪。`);
    await editor.getByRole("button", { name: buttonName("保存") }).click();
    await editor.waitForURL(/\/articles\/(?!new$)[^/]+$/);
    const articleId = decodeURIComponent(new URL(editor.url()).pathname.split("/").pop() as string);
    await editor.getByRole("heading", { name: /编辑稿件 · 第 1 版/ }).waitFor();
    // The editor's own check already names the problem and its fix.
    const editorCheck = editor.getByRole("region", { name: "内容检查" });
    await editorCheck.getByText(TYPO, { exact: true }).waitFor();
    expect(await editorCheck.textContent()).toContain("扫黑除恶");
    // ... and underlines it in the body (red, wavy); clicking the underline focuses it in the side list.
    const underline = body.locator(".jiyue-finding-block", { hasText: TYPO });
    await underline.waitFor();
    expect(await underline.textContent()).toBe(TYPO);
    await underline.click();
    await expect
      .poll(() => editorCheck.locator('li[aria-current="true"]').textContent(), POLL)
      .toContain(TYPO);
    await editor.getByRole("button", { name: buttonName("送审") }).click();
    await confirmDialog(editor, "送审");
    await editor.getByText("当前环节：初审").waitFor();

    // 初审 and 复审 approve; they see the finding highlighted on the review page.
    const first = await openTask("xcb_reviewer1", "初审", TITLE);
    await checkCard(first)
      .getByText(/有 1 处必须处理的问题/)
      .waitFor();
    const highlighted = checkCard(first).locator('li[data-severity="BLOCK"]');
    expect(await highlighted.textContent()).toContain(TYPO);
    await approve(first, "同意，报复审");
    await first.getByText("当前环节：复审").waitFor();
    const second = await openTask("xcb_reviewer2", "复审", TITLE);
    await approve(second, "同意，报终审");
    await second.getByText("当前环节：终审").waitFor();

    // 终审 is refused, with a message saying what must be fixed.
    const third = await openTask("xcb_reviewer3", "终审", TITLE);
    await expectRefused(third, "通过", "审核通过", new RegExp(`必须处理的问题（“${TYPO}”）.*终审通过`));
    expect(await articleState(articleId)).toMatchObject({ status: "IN_REVIEW", reviewStage: 3 });
    // 终审 holds no 错敏词放行: no override offered.
    expect(
      await checkCard(third)
        .getByRole("button", { name: buttonName("放行") })
        .count(),
    ).toBe(0);

    // The override holder overrides with a reason.
    const checker = await overrideAs("xcb_checker", articleId, TYPO);
    await screenshot(checker, "textcheck-overridden");

    // Now 终审 approves and publishes.
    await third.reload();
    await checkCard(third).getByText("阻断级问题均已放行").waitFor();
    await approve(third, "同意发布");
    await third.getByRole("button", { name: buttonName("发布") }).click();
    await confirmDialog(third, "发布");
    await third.getByRole("button", { name: buttonName("撤稿") }).waitFor();
    expect(await articleState(articleId)).toMatchObject({ status: "PUBLISHED" });

    // The timeline: the override between 复审 and 终审, with who and why.
    const timeline = third.locator(".ant-card").filter({ hasText: "审核记录" }).locator(".ant-timeline-item");
    await expect.poll(() => timeline.count(), POLL).toBe(6);
    const entries = await timeline.allTextContents();
    expect(entries[3]).toContain("错敏词放行");
    expect(entries[3]).toContain(CHECKER);
    expect(entries[3]).toContain(REASON);
    expect(entries[3]).toContain(TYPO);
    expect(entries[4]).toContain("通过 · 终审");
    await screenshot(third, "textcheck-timeline");

    // The 审签单 lists the override.
    await third.getByRole("link", { name: "审签单" }).click();
    await third.getByRole("heading", { name: "稿件审签单" }).waitFor();
    const overrides = third.getByRole("table", { name: "错敏词放行记录" });
    const row = overrides.getByRole("row").filter({ hasText: TYPO });
    const text = await row.textContent();
    expect(text).toContain(CHECKER);
    expect(text).toContain(REASON);
    expect(await third.getByRole("table", { name: "内容检查" }).textContent()).toContain("均已放行");
    await screenshot(third, "textcheck-review-sheet");
  }, 180_000);

  test("publishing is refused when a new city block entry catches an approved article, until overridden", async () => {
    const term = "违规测试用语";
    const title = `全市文明实践站点建设推进会召开（发布门禁${marker}）`;
    const BODY = `会议通报了${term}的整改情况。`;
    const { createArticle } = await gqlOk<{ createArticle: { id: string } }>(
      `mutation Create($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
      { input: { siteId, content: { title, body: `<p>${BODY}</p>`, channelId } } },
      editorToken,
    );
    const id = createArticle.id;
    await gqlOk(`mutation Submit($id: ID!) { submitArticle(id: $id) { id } }`, { id }, editorToken);
    for (const reviewer of ["xcb_reviewer1", "xcb_reviewer2", "xcb_reviewer3"]) {
      await gqlOk(
        `mutation Approve($id: ID!) { approveArticle(id: $id) { id } }`,
        { id },
        await staffToken(reviewer),
      );
    }
    expect(await articleState(id)).toMatchObject({ status: "APPROVED" });

    // The city lexicon gains a block-level entry; it reaches content without a restart.
    const supervisor = await staffToken("supervisor");
    const { createLexiconEntry } = await gqlOk<{ createLexiconEntry: { id: string } }>(
      `mutation($input: CreateLexiconEntryInput!) { createLexiconEntry(input: $input) { id } }`,
      { input: { term, kind: "FORBIDDEN", level: "BLOCK", source: "端到端测试" } },
      supervisor,
    );
    const blocks = async () =>
      (
        await gqlOk<{ checkText: { blockCount: number } }>(
          `query($siteId: ID!, $text: String) { checkText(siteId: $siteId, text: $text) { blockCount } }`,
          { siteId, text: BODY },
          editorToken,
        )
      ).checkText.blockCount;
    await expect.poll(blocks, { timeout: 30_000, interval: 500 }).toBe(1);

    try {
      const final = await browser.context.newPage();
      await adminLogin(final, "xcb_reviewer3");
      await final.goto(`${urls().admin}/articles/${encodeURIComponent(id)}`);
      await expectRefused(final, "发布", "发布", new RegExp(`必须处理的问题（“${term}”）.*再发布`));
      expect(await articleState(id)).toMatchObject({ status: "APPROVED" });

      await overrideAs("xcb_checker", id, term);
      await final.reload();
      await final.getByRole("button", { name: buttonName("发布") }).click();
      await confirmDialog(final, "发布");
      await final.getByRole("button", { name: buttonName("撤稿") }).waitFor();
      expect(await articleState(id)).toMatchObject({ status: "PUBLISHED" });
    } finally {
      await gqlOk(
        `mutation($id: ID!) { deleteLexiconEntry(id: $id) }`,
        { id: createLexiconEntry.id },
        supervisor,
      );
    }
  }, 150_000);
});

describe("全量复查", () => {
  test("终审 re-checks the site's published articles and finds the published article's block-level term", async () => {
    const page = await browser.context.newPage();
    await adminLogin(page, "xcb_reviewer3");
    await chooseSite(page, "市委宣传部", "xcb");
    await page.getByRole("menuitem", { name: "全量复查" }).click();
    await page.getByRole("heading", { name: "全量复查" }).waitFor();
    await page.getByRole("button", { name: buttonName("开始复查") }).click();
    const bar = page.getByRole("progressbar");
    await expect
      .poll(() => bar.getAttribute("aria-valuenow"), { timeout: 60_000, interval: 500 })
      .toBe("100");
    const results = page.getByRole("table", { name: "复查结果" });
    const row = results.getByRole("row").filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain("市委宣传部");
    await row.getByRole("button", { name: /展开行|Expand row/ }).click();
    const findings = page.getByRole("list", { name: `${TITLE}的问题` });
    await findings.waitFor();
    expect(await findings.textContent()).toContain(TYPO);
    expect(await findings.textContent()).toContain("必须修改");
    await screenshot(page, "textcheck-recheck");
    await row.getByRole("link", { name: TITLE }).click();
    await page.waitForURL(/\/articles\/[^/]+$/);
  }, 120_000);
});

describe("词库管理", () => {
  test("the city's manager exports the lexicon; a unit admin is told a city block entry cannot be exempted and exempts a warn entry", async () => {
    const supervisor = await browser.context.newPage();
    await adminLogin(supervisor, "supervisor");
    await supervisor.getByRole("menuitem", { name: "词库管理" }).click();
    await supervisor.getByRole("heading", { name: "词库管理" }).waitFor();
    await expect
      .poll(() => supervisor.getByLabel("当前词库版本").textContent(), POLL)
      .toMatch(/当前词库版本：\d+/);
    const downloading = supervisor.waitForEvent("download");
    await supervisor.getByRole("button", { name: "导出 CSV" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe("lexicon-city.csv");
    const csv = await readFile(await file.path(), "utf8");
    expect(csv).toContain(TYPO);
    expect(csv).toContain("扫黑除恶");

    const admin = await browser.context.newPage();
    await adminLogin(admin, "xcb_admin");
    await admin.getByRole("menuitem", { name: "词库管理" }).click();
    await admin.getByRole("heading", { name: "词库管理" }).waitFor();
    const table = admin.getByRole("table", { name: "词条" });
    const search = async (term: string) => {
      await admin.getByLabel("查找词语").fill(term);
      await admin.getByLabel("查找词语").press("Enter");
      const row = table.getByRole("row").filter({ hasText: term });
      await expect.poll(() => table.getByRole("row").count(), POLL).toBe(2);
      return row;
    };
    const blockRow = await search(TYPO);
    expect(await blockRow.textContent()).toContain("阻断");
    await blockRow.getByRole("button", { name: buttonName("豁免") }).click();
    const refused = admin.getByRole("dialog", { name: `豁免“${TYPO}”` });
    await refused.getByText(/市级“阻断”级词条不能被单位豁免/).waitFor();
    expect(await refused.getByRole("button", { name: /确认豁免/ }).isDisabled()).toBe(true);
    await refused.getByRole("button", { name: buttonName("取消") }).click();
    await refused.waitFor({ state: "hidden" });

    const warnRow = await search("按装");
    await warnRow.getByRole("button", { name: buttonName("豁免") }).click();
    const dialog = admin.getByRole("dialog", { name: "豁免“按装”" });
    await dialog.getByLabel("豁免理由").fill("本单位技术文章中的引文");
    await dialog.getByRole("button", { name: /确认豁免/ }).click();
    await dialog.waitFor({ state: "hidden" });
    const exemptions = admin.getByRole("table", { name: "本单位豁免" });
    await exemptions.getByRole("row").filter({ hasText: "本单位技术文章中的引文" }).waitFor();
    await screenshot(admin, "textcheck-lexicon-page");
  }, 90_000);
});
