// The content lifecycle in Chromium: an editor writes an article in the tiptap editor and submits it; three
// different reviewers approve at 初审/复审/终审 (a rejection without a comment is refused); the last one
// publishes; the timeline and the 审签单 name each signer; the portal shows the article on the home page, in
// its channel list, on its own page and in the feed and sitemap; a takedown removes it from all of them.
// Through the gateway: one person cannot approve at two stages of the same article.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import {
  adminLogin,
  buttonName,
  chooseSite,
  confirmDialog,
  errorCode,
  gql,
  gqlOk,
  POLL,
  reloadUntil,
  screenshot,
  staffToken,
  uniqueSuffix,
  urls,
} from "./support";

const marker = uniqueSuffix();
const TITLE = `市委宣传部召开基层宣讲工作推进会（端到端${marker}）`;
const SOURCE = "市委宣传部宣讲处";
const BOLD = `理论宣讲${marker}`;
const LIST_ITEMS = ["深入社区开展宣讲", "组织骨干集中培训"];
const REASON = "信息有误，需核实后重新发布";
/** Events reach the portal asynchronously: generous bounds, as the brief of the acceptance test says. */
const PORTAL_BOUND = 20_000;

interface SiteData {
  siteByCode: {
    id: string;
    unit: { id: string };
    channels: { id: string; path: string; name: string }[];
  } | null;
}
const SITE = `query Site($code: String!) { siteByCode(code: $code) { id unit { id } channels { id path name } } }`;
const ARTICLE = `query Article($id: ID!) { article(id: $id) { id status reviewStage } }`;
const CREATE = `mutation Create($input: CreateArticleInput!) { createArticle(input: $input) { id status } }`;
const SUBMIT = `mutation Submit($id: ID!) { submitArticle(id: $id) { id status reviewStage } }`;
const APPROVE = `mutation Approve($id: ID!, $comment: String) { approveArticle(id: $id, comment: $comment) { id status reviewStage } }`;

interface ArticleState {
  article: { id: string; status: string; reviewStage: number | null } | null;
}

let browser: Awaited<ReturnType<typeof openBrowser>>;
let site: NonNullable<SiteData["siteByCode"]>;
let channelId: string;
let editorToken: string;

beforeAll(async () => {
  browser = await openBrowser();
  editorToken = await staffToken("xcb_editor");
  const found = (await gqlOk<SiteData>(SITE, { code: "xcb" }, editorToken)).siteByCode;
  if (!found) throw new Error("demo site xcb missing");
  site = found;
  const channel = site.channels.find((candidate) => candidate.name === "工作动态");
  if (!channel) throw new Error("channel 工作动态 missing on xcb");
  channelId = channel.id;
});
// What each page showed when a step failed, to see why.
afterEach(async (context) => {
  if (context.task.result?.state !== "fail") return;
  for (const [index, page] of browser.context.pages().entries()) {
    await screenshot(page, `content-failure-${index}`).catch(() => undefined);
    const dialogs = await page
      .locator('[role="dialog"]')
      .evaluateAll((nodes) => nodes.map((node) => node.outerHTML))
      .catch(() => []);
    writeFileSync(
      path.join(import.meta.dirname, "artifacts", `content-failure-${index}.html`),
      dialogs.join("\n\n"),
    );
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
async function openTask(username: string, stage: string): Promise<Page> {
  const page = await browser.context.newPage();
  await adminLogin(page, username);
  await page.getByRole("menuitem", { name: /我的待办/ }).click();
  await page.getByRole("heading", { name: "我的待办" }).waitFor();
  const row = page.getByRole("row", { name: new RegExp(marker) });
  await row.waitFor();
  // The stage's name comes from the site's workflow, loaded next to the list.
  await expect.poll(() => row.textContent(), POLL).toContain(stage);
  await row.getByRole("link", { name: TITLE }).click();
  await page.getByRole("button", { name: buttonName("通过") }).waitFor();
  return page;
}

async function approve(page: Page, comment: string): Promise<void> {
  await page.getByRole("button", { name: buttonName("通过") }).click();
  await confirmDialog(page, "审核通过", (dialog) => dialog.getByLabel("审核意见").fill(comment));
}

/** The number on 我的待办's badge in the side menu (no badge: nothing waits). */
async function taskBadge(page: Page): Promise<number> {
  const badge = page.getByRole("menuitem", { name: /我的待办/ }).getByLabel(/篇待审$/);
  if ((await badge.count()) === 0) return 0;
  return Number.parseInt((await badge.getAttribute("aria-label")) ?? "0", 10);
}

async function portalStatus(url: string): Promise<number> {
  return (await fetch(url)).status;
}

async function portalText(url: string): Promise<string> {
  return (await fetch(url)).text();
}

describe("content lifecycle", () => {
  test("write → 三审 → publish → portal, feed and sitemap → takedown removes it everywhere", async () => {
    // The editor writes the article in the rich-text editor.
    const editor = await browser.context.newPage();
    await adminLogin(editor, "xcb_editor");
    await chooseSite(editor, "市委宣传部", "xcb");
    await editor.getByRole("menuitem", { name: "稿件管理" }).click();
    await editor.getByRole("heading", { name: "稿件管理" }).waitFor();
    await editor.getByRole("button", { name: "写稿件" }).click();
    await editor.getByRole("heading", { name: "新建稿件" }).waitFor();

    await editor.getByLabel("标题", { exact: true }).fill(TITLE);
    await editor.getByLabel("来源", { exact: true }).fill(SOURCE);
    await editor.getByRole("combobox", { name: "主栏目" }).click();
    await editor.getByTitle("工作动态", { exact: true }).filter({ visible: true }).first().click();

    const body = editor.locator('[contenteditable="true"][aria-label="正文"]');
    await body.click();
    await editor.keyboard.type("会议强调，要把");
    await editor.keyboard.press("Control+B");
    await editor.keyboard.type(BOLD);
    await editor.keyboard.press("Control+B");
    await editor.keyboard.type("作为重点任务抓紧抓实。");
    await editor.keyboard.press("Enter");
    await editor.getByRole("button", { name: "无序列表" }).click();
    await editor.keyboard.type(LIST_ITEMS[0] as string);
    await editor.keyboard.press("Enter");
    await editor.keyboard.type(LIST_ITEMS[1] as string);
    expect(await body.locator("strong").textContent()).toBe(BOLD);
    expect(await body.locator("ul > li").allTextContents()).toEqual(LIST_ITEMS);
    await screenshot(editor, "content-editor");

    await editor.getByRole("button", { name: buttonName("保存") }).click();
    await editor.waitForURL(/\/articles\/(?!new$)[^/]+$/);
    const articleId = decodeURIComponent(new URL(editor.url()).pathname.split("/").pop() as string);
    await editor.getByRole("heading", { name: /编辑稿件 · 第 1 版/ }).waitFor();
    await editor.getByRole("button", { name: buttonName("送审") }).click();
    await confirmDialog(editor, "送审");
    await editor.getByText("当前环节：初审").waitFor();
    expect(await articleState(articleId)).toMatchObject({ status: "IN_REVIEW", reviewStage: 1 });

    // 初审: a rejection needs a comment — the dialog refuses to send without one.
    const first = await openTask("xcb_reviewer1", "初审");
    await first.getByRole("button", { name: buttonName("退回") }).click();
    const rejectDialog = first.getByRole("dialog", { name: "退回修改" });
    await rejectDialog.getByRole("button", { name: buttonName("确定") }).click();
    await rejectDialog.getByText("请填写退回意见").waitFor();
    expect(await rejectDialog.isVisible()).toBe(true);
    await rejectDialog.getByRole("button", { name: buttonName("取消") }).click();
    await rejectDialog.waitFor({ state: "hidden" });
    expect(await articleState(articleId)).toMatchObject({ status: "IN_REVIEW", reviewStage: 1 });

    const waiting = await taskBadge(first);
    expect(waiting).toBeGreaterThanOrEqual(1);
    await approve(first, "同意，报复审");
    await first.getByText("当前环节：复审").waitFor();
    // Acting on the task takes it off the badge at once.
    await expect.poll(() => taskBadge(first), POLL).toBe(waiting - 1);

    const second = await openTask("xcb_reviewer2", "复审");
    await approve(second, "同意，报终审");
    await second.getByText("当前环节：终审").waitFor();

    const third = await openTask("xcb_reviewer3", "终审");
    await approve(third, "同意发布");
    await third.getByRole("button", { name: buttonName("发布") }).waitFor();
    await third.getByRole("button", { name: buttonName("发布") }).click();
    await confirmDialog(third, "发布");
    await third.getByRole("button", { name: buttonName("撤稿") }).waitFor();
    expect(await articleState(articleId)).toMatchObject({ status: "PUBLISHED", reviewStage: null });

    // The timeline: submit by the editor, one approval per stage by its reviewer, then the publication.
    const timeline = third.locator(".ant-card").filter({ hasText: "审核记录" }).locator(".ant-timeline-item");
    await expect.poll(() => timeline.count(), POLL).toBe(5);
    const entries = await timeline.allTextContents();
    const expected: [string, string][] = [
      ["送审", "市委宣传部编辑"],
      ["通过 · 初审", "市委宣传部初审"],
      ["通过 · 复审", "市委宣传部复审"],
      ["通过 · 终审", "市委宣传部终审"],
      ["发布", "市委宣传部终审"],
    ];
    expected.forEach(([action, actor], index) => {
      expect(entries[index], `timeline entry ${index + 1}`).toContain(action);
      expect(entries[index], `timeline entry ${index + 1}`).toContain(actor);
    });
    expect(entries[1]).toContain("同意，报复审");
    await screenshot(third, "content-timeline");

    // The 审签单 names each stage's signer with their opinion.
    await third.getByRole("link", { name: "审签单" }).click();
    await third.getByRole("heading", { name: "稿件审签单" }).waitFor();
    const sheet = third.locator(".review-sheet");
    expect(await sheet.getByRole("row", { name: /^标题/ }).textContent()).toContain(TITLE);
    for (const [stage, signer, opinion] of [
      ["初审", "市委宣传部初审", "同意，报复审"],
      ["复审", "市委宣传部复审", "同意，报终审"],
      ["终审", "市委宣传部终审", "同意发布"],
    ] as const) {
      // One row per stage: the submission is the editor's row (送审), not a 初审 signature.
      const row = sheet.getByRole("row", { name: new RegExp(`^${stage}`) });
      expect(await row.count(), stage).toBe(1);
      const text = await row.textContent();
      expect(text).toContain(signer);
      expect(text).toContain(opinion);
    }
    expect(await sheet.getByRole("row", { name: /^送审/ }).textContent()).toContain("市委宣传部编辑");
    await screenshot(third, "content-review-sheet");

    // The portal: home block, channel list, the article page, feed and sitemap.
    const portal = await browser.context.newPage();
    const siteUrl = `${urls().portal}/s/xcb/`;
    const listUrl = `${siteUrl}gzdt/`;
    const articleUrl = `${siteUrl}gzdt/${encodeURIComponent(articleId)}.html`;
    const homeBlock = portal.getByRole("region", { name: "工作动态" });
    const onHome = await reloadUntil(
      portal,
      siteUrl,
      async () => (await homeBlock.getByRole("link", { name: TITLE }).count()) === 1,
      PORTAL_BOUND,
    );
    expect(onHome, "the published article reaches the site home within 20 s").toBe(true);
    expect(await homeBlock.getByRole("link", { name: TITLE }).getAttribute("href")).toBe(
      `/s/xcb/gzdt/${encodeURIComponent(articleId)}.html`,
    );

    const main = portal.getByRole("main");
    const inList = await reloadUntil(
      portal,
      listUrl,
      async () => (await main.getByRole("link", { name: TITLE }).count()) === 1,
      PORTAL_BOUND,
    );
    expect(inList, "the article is listed in 工作动态").toBe(true);
    await main.getByRole("link", { name: TITLE }).click();
    await portal.waitForURL(articleUrl);
    expect(await portal.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    const meta = await portal.locator(".article-meta").textContent();
    expect(meta).toContain(`来源：${SOURCE}`);
    expect(meta).toMatch(/发布时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const articleBody = portal.locator(".article-body");
    expect(await articleBody.locator("strong").textContent()).toBe(BOLD);
    expect(await articleBody.locator("ul > li").allTextContents()).toEqual(LIST_ITEMS);
    // The list keeps its bullets on the portal (the theme resets lists for its navigation).
    expect(await articleBody.locator("ul").evaluate((list) => getComputedStyle(list).listStyleType)).toBe(
      "disc",
    );
    expect(await portal.locator('meta[name="ArticleTitle"]').getAttribute("content")).toBe(TITLE);
    expect(await portal.locator('meta[name="SiteName"]').getAttribute("content")).toBe("市委宣传部");
    expect(await portal.locator('meta[name="ColumnName"]').getAttribute("content")).toBe("工作动态");
    expect(await portal.locator('meta[name="ContentSource"]').getAttribute("content")).toBe(SOURCE);
    await screenshot(portal, "content-portal-article");

    // The feed and the sitemap link to the page's canonical address (the site's own domain when it has one).
    const canonical = await portal.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(new RegExp(`/gzdt/${encodeURIComponent(articleId)}\\.html$`));
    const rss = await portalText(`${siteUrl}rss.xml`);
    expect(rss).toContain(`<title><![CDATA[${TITLE}]]></title>`);
    expect(rss).toContain(`<link>${canonical}</link>`);
    expect(await portalText(`${siteUrl}sitemap.xml`)).toContain(`<loc>${canonical}</loc>`);

    // 撤稿 by the final reviewer: one action removes it from the page, the lists, the feed and the sitemap.
    await third.goBack();
    await third.getByRole("button", { name: buttonName("撤稿") }).click();
    await confirmDialog(third, "撤稿", (dialog) => dialog.getByLabel("撤稿原因").fill(REASON));
    await third.getByText(`撤稿原因：${REASON}`).waitFor();
    expect(await articleState(articleId)).toMatchObject({ status: "WITHDRAWN" });

    // 410 Gone: the page existed and was taken down (its title is not shown).
    await expect.poll(() => portalStatus(articleUrl), { timeout: PORTAL_BOUND, interval: 500 }).toBe(410);
    const gone = await portal.goto(articleUrl);
    expect(gone?.status()).toBe(410);
    expect(await portal.content()).not.toContain(TITLE);
    const offList = await reloadUntil(
      portal,
      listUrl,
      async () => (await main.getByRole("link", { name: TITLE }).count()) === 0,
      PORTAL_BOUND,
    );
    expect(offList, "the channel list drops the article").toBe(true);
    const offHome = await reloadUntil(
      portal,
      siteUrl,
      async () => (await portal.getByRole("link", { name: TITLE }).count()) === 0,
      PORTAL_BOUND,
    );
    expect(offHome, "the site home drops the article").toBe(true);
    await expect.poll(() => portalText(`${siteUrl}rss.xml`), { timeout: PORTAL_BOUND }).not.toContain(TITLE);
    await expect.poll(() => portalText(`${listUrl}rss.xml`), { timeout: PORTAL_BOUND }).not.toContain(TITLE);
    await expect
      .poll(() => portalText(`${siteUrl}sitemap.xml`), { timeout: PORTAL_BOUND })
      .not.toContain(`${encodeURIComponent(articleId)}.html`);
  }, 150_000);

  test("one person cannot approve at two stages of the same article", async () => {
    const adminToken = await staffToken("admin");
    const username = `e2e_dual_${marker}`;
    const password = "E2e-Passw0rd-2026";
    const { createUser } = await gqlOk<{ createUser: { id: string } }>(
      `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, displayName: "双岗审核员", password, unitId: site.unit.id } },
      adminToken,
    );
    for (const roleCode of ["reviewer_1", "reviewer_2"]) {
      await gqlOk(
        `mutation Assign($input: AssignRoleInput!) { assignRole(input: $input) { id } }`,
        { input: { userId: createUser.id, roleCode, unitId: site.unit.id } },
        adminToken,
      );
    }
    const dualToken = await staffToken(username, password);

    const { createArticle } = await gqlOk<{ createArticle: { id: string } }>(
      CREATE,
      {
        input: {
          siteId: site.id,
          content: { title: `双岗审核校验${marker}`, body: "<p>正文</p>", channelId },
        },
      },
      editorToken,
    );
    const id = createArticle.id;
    await gqlOk(SUBMIT, { id }, editorToken);

    const firstStage = await gqlOk<{ approveArticle: { reviewStage: number } }>(APPROVE, { id }, dualToken);
    expect(firstStage.approveArticle.reviewStage).toBe(2);

    const again = await gql(APPROVE, { id, comment: "再审一次" }, dualToken);
    expect(errorCode(again), JSON.stringify(again.errors)).toBe("FORBIDDEN");
    expect(again.errors?.[0]?.message).toContain("一个环节");
    expect(await articleState(id)).toMatchObject({ status: "IN_REVIEW", reviewStage: 2 });

    // The stage's rightful reviewer still can.
    const reviewer2 = await staffToken("xcb_reviewer2");
    const next = await gqlOk<{ approveArticle: { reviewStage: number } }>(APPROVE, { id }, reviewer2);
    expect(next.approveArticle.reviewStage).toBe(3);
  });
});
