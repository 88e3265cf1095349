// Issue 3's acceptance flow in Chromium, one article from the editor to every place it reaches and back:
// the unit admin points a new-media target at a local webhook receiver (新媒体分发) and reads its signing key;
// an editor writes an article with an image uploaded through the media picker and submits it; three different
// reviewers approve at 初审/复审/终审 and the last publishes; the editor pushes it (信息报送) to a channel of a
// second site, whose reviewer accepts it (报送采用); both portals show it (home, list, article page with the
// image), the feeds parse with rss-parser, portal search finds it by a title word and the receiver gets a
// correctly signed publish delivery. A takedown removes it from both sites, the feeds and search and sends a
// signed retraction delivery.
import { createHmac, timingSafeEqual } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import Parser from "rss-parser";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import {
  adminLogin,
  buttonName,
  chooseSite,
  confirmDialog,
  gqlOk,
  POLL,
  reloadUntil,
  screenshot,
  staffToken,
  uniqueSuffix,
  urls,
} from "./support";

const marker = uniqueSuffix();
const TITLE = `市委宣传部开展网络文明志愿服务活动（报送${marker}）`;
const SOURCE = "市委宣传部文明处";
const IMAGE_NAME = `志愿服务现场${marker}.png`;
const IMAGE_ALT = "志愿者在社区宣传网络文明公约";
const TARGET_NAME = `端到端接收${marker}`;
const NOTE = "请予采用";
const REASON = "图片授权待核实，暂时撤下";
/** Events reach the portals and the receiver asynchronously: generous bounds on a loaded machine. */
const BOUND = 30_000;
const SLOW_POLL = { timeout: BOUND, interval: 500 };

interface SiteData {
  siteByCode: { id: string; name: string; channels: { id: string; path: string; name: string }[] } | null;
}
const SITE = `query Site($code: String!) { siteByCode(code: $code) { id name channels { id path name } } }`;
const STATE = `query State($id: ID!) {
  article(id: $id) { id status reviewStage pushes { status copyArticleId targetSiteName } }
}`;
interface StateData {
  article: {
    id: string;
    status: string;
    reviewStage: number | null;
    pushes: { status: string; copyArticleId: string | null; targetSiteName: string }[];
  } | null;
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let browser: Awaited<ReturnType<typeof openBrowser>>;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let editorToken: string;
let origin: { code: string; name: string; channel: { id: string; path: string } };
let second: { code: string; name: string; channel: { id: string; path: string } };

/** A small real PNG (the library detects types by content and makes thumbnails). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0);
    for (let x = 0; x < width; x += 1) rows.push(200, (x * 4) % 256, (y * 4) % 256);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** What an integrator does (docs/architecture.md, "New-media webhooks"): HMAC over "<timestamp>.<raw body>". */
function signedBy(secret: string, delivery: Received): boolean {
  const timestamp = String(delivery.headers["x-jiyue-timestamp"] ?? "");
  const signature = String(delivery.headers["x-jiyue-signature"] ?? "");
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(
    `sha256=${createHmac("sha256", secret).update(`${timestamp}.${delivery.body}`).digest("hex")}`,
  );
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function deliveriesOf(articleId: string, event: string): Received[] {
  return received.filter(
    (delivery) =>
      delivery.headers["x-jiyue-event"] === event &&
      (JSON.parse(delivery.body) as { id?: string }).id === articleId,
  );
}

async function site(code: string, channelName: string) {
  const found = (await gqlOk<SiteData>(SITE, { code }, editorToken)).siteByCode;
  if (!found) throw new Error(`demo site ${code} missing`);
  const channel = found.channels.find((candidate) => candidate.name === channelName);
  if (!channel) throw new Error(`channel ${channelName} missing on ${code}`);
  return { code, name: found.name, channel };
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  browser = await openBrowser();
  editorToken = await staffToken("xcb_editor");
  origin = await site("xcb", "工作动态");
  second = await site("zgh", "工作动态");
});
afterEach(async (context) => {
  if (context.task.result?.state !== "fail") return;
  for (const [index, page] of browser.context.pages().entries()) {
    await screenshot(page, `syndication-failure-${index}`).catch(() => undefined);
    const body = await page.content().catch(() => "");
    writeFileSync(path.join(import.meta.dirname, "artifacts", `syndication-failure-${index}.html`), body);
  }
  console.error(`webhook deliveries received:\n${received.map((entry) => entry.body).join("\n")}`);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function articleState(id: string): Promise<NonNullable<StateData["article"]>> {
  const { article } = await gqlOk<StateData>(STATE, { id }, editorToken);
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
  await expect.poll(() => row.textContent(), POLL).toContain(stage);
  await row.getByRole("link", { name: TITLE }).click();
  await page.getByRole("button", { name: buttonName("通过") }).waitFor();
  return page;
}

async function approve(page: Page, comment: string): Promise<void> {
  await page.getByRole("button", { name: buttonName("通过") }).click();
  await confirmDialog(page, "审核通过", (dialog) => dialog.getByLabel("审核意见").fill(comment));
}

/** The site feed, parsed as a feed reader would; the titles of its items. */
async function feedTitles(siteCode: string): Promise<string[]> {
  const response = await fetch(`${urls().portal}/s/${siteCode}/rss.xml`);
  expect(response.status).toBe(200);
  const feed = await new Parser().parseString(await response.text());
  return feed.items.map((item) => item.title ?? "");
}

async function feedItem(siteCode: string, title: string) {
  const feed = await new Parser().parseString(
    await (await fetch(`${urls().portal}/s/${siteCode}/rss.xml`)).text(),
  );
  return feed.items.find((item) => item.title === title);
}

/** Titles of the hits of the site's portal search for a word. */
async function searchHits(page: Page, siteCode: string, word: string): Promise<string[]> {
  await page.goto(`${urls().portal}/s/${siteCode}/search/?q=${encodeURIComponent(word)}`);
  return page.locator(".search-hits h2").allTextContents();
}

async function status(url: string): Promise<number> {
  return (await fetch(url)).status;
}

/** The article page: title, the image loaded through the portal, and the 来源 line. */
async function checkArticlePage(page: Page, url: string, imageId: string): Promise<string> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
  const image = page.locator(".article-body img");
  expect(await image.getAttribute("src")).toBe(`/media/${imageId}`);
  await expect
    .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth), SLOW_POLL)
    .toBe(80);
  return (await page.locator(".article-meta").textContent()) ?? "";
}

describe("一稿多端", () => {
  test("write with an image → 三审 → publish → push → accept → portals, feeds, search, webhook → takedown", async () => {
    // The unit admin adds a webhook target in 新媒体分发 and reads its signing key there.
    const admin = await browser.context.newPage();
    await adminLogin(admin, "xcb_admin");
    await chooseSite(admin, origin.name, origin.code);
    await admin.getByRole("menuitem", { name: "新媒体分发" }).click();
    await admin.getByRole("heading", { name: "新媒体分发" }).waitFor();
    await admin.getByRole("button", { name: "新建分发目标" }).click();
    await confirmDialog(admin, "新建分发目标", async (dialog) => {
      await dialog.getByLabel("名称").fill(TARGET_NAME);
      await dialog.getByLabel("接收地址").fill(receiverUrl);
    });
    const targetRow = admin.getByRole("row", { name: new RegExp(TARGET_NAME) });
    await targetRow.waitFor();
    expect(await targetRow.textContent()).toContain("启用");
    await targetRow.getByRole("button", { name: "密钥" }).click();
    const secretDialog = admin.getByRole("dialog", { name: `签名密钥：${TARGET_NAME}` });
    await secretDialog.getByRole("button", { name: "显示密钥" }).click();
    const secretText = secretDialog.locator("code");
    await secretText.waitFor();
    const secret = ((await secretText.textContent()) ?? "").trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await admin.keyboard.press("Escape");
    await secretDialog.waitFor({ state: "hidden" });

    // The editor writes the article; the image is uploaded through the editor's media picker.
    const editor = await browser.context.newPage();
    await adminLogin(editor, "xcb_editor");
    await chooseSite(editor, origin.name, origin.code);
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
    await editor.keyboard.type("活动中，志愿者深入街道社区，宣传网络文明公约。");
    await editor.keyboard.press("Enter");

    await editor.getByRole("button", { name: "插入图片" }).click();
    const insert = editor.getByRole("dialog", { name: "插入图片" });
    await insert.getByRole("button", { name: "从资源库选择或上传图片" }).click();
    const picker = editor
      .getByRole("dialog", { name: "选择图片" })
      .filter({ has: editor.getByRole("button", { name: /上\s*传/ }) });
    await picker.waitFor();
    await picker
      .locator('input[type="file"]')
      .setInputFiles({ name: IMAGE_NAME, mimeType: "image/png", buffer: png(80, 60) });
    const asset = picker.getByRole("option", { name: IMAGE_NAME });
    await asset.waitFor({ timeout: 20_000 });
    await asset.click();
    await expect.poll(() => asset.getAttribute("aria-selected"), POLL).toBe("true");
    await picker.getByRole("button", { name: buttonName("确定") }).click();
    await picker.waitFor({ state: "hidden" });
    // The library keeps only a file name: the editor types what the picture shows, for screen readers.
    await insert.getByLabel("替代文本（供读屏软件朗读）").fill(IMAGE_ALT);
    await insert.getByRole("button", { name: buttonName("确定") }).click();
    await insert.waitFor({ state: "hidden" });
    const editorImage = body.locator("img");
    await editorImage.waitFor();
    const imageId = ((await editorImage.getAttribute("src")) ?? "").replace(/^\/media\//, "");
    expect(imageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await editorImage.getAttribute("alt")).toBe(IMAGE_ALT);
    await screenshot(editor, "syndication-editor");

    await editor.getByRole("button", { name: buttonName("保存") }).click();
    await editor.waitForURL(/\/articles\/(?!new$)[^/]+$/);
    const articleId = decodeURIComponent(new URL(editor.url()).pathname.split("/").pop() as string);
    await editor.getByRole("heading", { name: /编辑稿件 · 第 1 版/ }).waitFor();
    // Unpublished, the image is not served to visitors.
    expect(await status(`${urls().portal}/media/${imageId}`)).toBe(404);
    await editor.getByRole("button", { name: buttonName("送审") }).click();
    await confirmDialog(editor, "送审");
    await editor.getByText("当前环节：初审").waitFor();

    // 三审 by three different reviewers; the last one publishes.
    const first = await openTask("xcb_reviewer1", "初审");
    await approve(first, "同意，报复审");
    await first.getByText("当前环节：复审").waitFor();
    const secondStage = await openTask("xcb_reviewer2", "复审");
    await approve(secondStage, "同意，报终审");
    await secondStage.getByText("当前环节：终审").waitFor();
    const third = await openTask("xcb_reviewer3", "终审");
    await approve(third, "同意发布");
    await third.getByRole("button", { name: buttonName("发布") }).click();
    await confirmDialog(third, "发布");
    await third.getByRole("button", { name: buttonName("撤稿") }).waitFor();
    expect(await articleState(articleId)).toMatchObject({ status: "PUBLISHED" });

    // 信息报送: the editor pushes the published article to 工作动态 of the second site.
    await editor.reload();
    const pushCard = editor.locator(".ant-card").filter({ hasText: "信息报送" });
    const pushButton = pushCard.getByRole("button", { name: buttonName("报送") });
    await expect.poll(() => pushButton.isEnabled(), POLL).toBe(true);
    await pushButton.click();
    const pushDialog = editor.getByRole("dialog", { name: "报送到其他站点" });
    await pushDialog.waitFor();
    const targets = pushDialog.getByRole("combobox", { name: "目标站点与栏目" });
    await targets.click();
    await targets.fill(second.name);
    // The tree's virtual list can still be moving right after the search: retry the click until it lands.
    const channelNode = editor
      .locator(".ant-select-dropdown .ant-select-tree-node-content-wrapper")
      .filter({ visible: true })
      .filter({ hasText: /^工作动态$/ })
      .first();
    for (let attempt = 1; ; attempt++) {
      try {
        await channelNode.scrollIntoViewIfNeeded({ timeout: 3_000 });
        await channelNode.click({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        await editor.waitForTimeout(500);
        // The dropdown may have closed: open it and search again.
        if ((await editor.locator(".ant-select-dropdown").filter({ visible: true }).count()) === 0) {
          await targets.click();
          await targets.fill(second.name);
        }
      }
    }
    // The multiple select keeps its dropdown open over the form: a click on the dialog's text closes it.
    await pushDialog.getByText(/^报送的是稿件当前已发布的版本/).click();
    await editor.locator(".ant-select-dropdown").filter({ visible: true }).waitFor({ state: "hidden" });
    await expect
      .poll(() => pushDialog.locator(".ant-select-selection-item").allTextContents(), POLL)
      .toEqual(["工作动态"]);
    await pushDialog.getByLabel("报送说明").fill(NOTE);
    await pushDialog.getByRole("button", { name: buttonName("报送") }).click();
    await pushDialog.waitFor({ state: "hidden", timeout: 20_000 });
    const pushRow = pushCard.getByRole("row", { name: new RegExp(`${second.name} / 工作动态`) });
    await pushRow.waitFor();
    await expect.poll(() => pushRow.textContent(), POLL).toContain("待采用");

    // 报送采用: the second site's reviewer accepts it.
    const adopter = await browser.context.newPage();
    await adminLogin(adopter, `${second.code}_reviewer1`);
    await chooseSite(adopter, second.name, second.code);
    await adopter.getByRole("menuitem", { name: "报送采用" }).click();
    await adopter.getByRole("heading", { name: "报送采用" }).waitFor();
    const incoming = adopter.getByRole("row", { name: new RegExp(marker) });
    await incoming.waitFor();
    const incomingText = await incoming.textContent();
    expect(incomingText).toContain(origin.name);
    expect(incomingText).toContain(NOTE);
    await incoming.getByRole("button", { name: buttonName("采用") }).click();
    await adopter
      .locator(".ant-popover")
      .filter({ visible: true })
      .getByRole("button", { name: buttonName("采用") })
      .click();
    await adopter.getByText("已采用并在本站发布").waitFor();
    await incoming.waitFor({ state: "detached" });
    const [push] = (await articleState(articleId)).pushes;
    expect(push).toMatchObject({ status: "ACCEPTED", targetSiteName: second.name });
    const copyId = push?.copyArticleId as string;
    expect(copyId).toBeTruthy();
    await editor.reload();
    await expect.poll(() => pushRow.textContent(), SLOW_POLL).toContain("已采用");

    // Both portals: home block, channel list, the article page with its image and source.
    const portal = await browser.context.newPage();
    const originBase = `${urls().portal}/s/${origin.code}/`;
    const secondBase = `${urls().portal}/s/${second.code}/`;
    const originUrl = `${originBase}${origin.channel.path}/${articleId}.html`;
    const copyUrl = `${secondBase}${second.channel.path}/${copyId}.html`;
    const main = portal.getByRole("main");
    for (const [base, url] of [
      [originBase, originUrl],
      [secondBase, copyUrl],
    ] as const) {
      const href = new URL(url).pathname;
      const onHome = await reloadUntil(
        portal,
        base,
        async () =>
          (await portal.getByRole("region", { name: "工作动态" }).locator(`a[href="${href}"]`).count()) === 1,
        BOUND,
      );
      expect(onHome, `${base}: the article reaches the home page's 工作动态`).toBe(true);
      const inList = await reloadUntil(
        portal,
        `${base}gzdt/`,
        async () => (await main.getByRole("link", { name: TITLE }).count()) === 1,
        BOUND,
      );
      expect(inList, `${base}gzdt/ lists the article`).toBe(true);
      expect(await main.getByRole("link", { name: TITLE }).getAttribute("href")).toBe(href);
    }
    const originMeta = await checkArticlePage(portal, originUrl, imageId);
    expect(originMeta).toContain(`来源：${SOURCE}`);
    await screenshot(portal, "syndication-origin-article");
    await checkArticlePage(portal, copyUrl, imageId);
    // The copy names its origin's source and links to the origin's page.
    const sourceLink = portal.locator(".article-meta").getByRole("link", { name: SOURCE });
    expect(await sourceLink.getAttribute("href")).toBe(new URL(originUrl).pathname);
    expect(await portal.locator('meta[name="SiteName"]').getAttribute("content")).toBe(second.name);
    await screenshot(portal, "syndication-copy-article");

    // The feeds parse and carry the article with its link; search finds it by a word of its title.
    for (const [code, url] of [
      [origin.code, originUrl],
      [second.code, copyUrl],
    ] as const) {
      await expect.poll(() => feedTitles(code), SLOW_POLL).toContain(TITLE);
      const item = await feedItem(code, TITLE);
      // The feed links to the page's canonical address (the site's own domain when it has one).
      const page = await (await fetch(url)).text();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
      expect(canonical, `${code} canonical`).toMatch(/^https?:\/\/[^/]+\/.*\.html$/);
      expect(canonical?.endsWith(new URL(url).pathname.replace(/^\/s\/[^/]+/, ""))).toBe(true);
      expect(item?.link, `${code} feed link`).toBe(canonical);
      await expect.poll(() => searchHits(portal, code, marker), SLOW_POLL).toEqual([TITLE]);
    }
    expect(await portal.locator(".search-hits a").getAttribute("href")).toBe(new URL(copyUrl).pathname);

    // The webhook receiver got the publication, signed with the key the admin showed.
    await expect.poll(() => deliveriesOf(articleId, "publish").length, SLOW_POLL).toBeGreaterThanOrEqual(1);
    const published = deliveriesOf(articleId, "publish")[0] as Received;
    expect(published.headers["content-type"]).toContain("application/json");
    expect(published.headers["x-jiyue-delivery"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(signedBy(secret, published), "publish delivery signed with the target's key").toBe(true);
    expect(signedBy("0".repeat(64), published)).toBe(false);
    const payload = JSON.parse(published.body) as {
      kind: string;
      title: string;
      url: string;
      bodyHtml: string;
    };
    expect(payload).toMatchObject({ kind: "publish", title: TITLE });
    expect(payload.url).toMatch(new RegExp(`^https?://[^/]+${new URL(originUrl).pathname}$`));
    // Media links are absolute, so the new-media platform can fetch the image.
    expect(payload.bodyHtml).toMatch(new RegExp(`src="https?://[^/"]+/media/${imageId}"`));
    // The admin's delivery log on the article page shows it delivered.
    await third.reload();
    const deliveryCard = third.locator(".ant-card").filter({ hasText: "新媒体推送" });
    await expect.poll(() => deliveryCard.textContent(), SLOW_POLL).toContain("成功");

    // 撤稿 by the final reviewer: one action; the report names the second site's copy.
    await third.getByRole("button", { name: buttonName("撤稿") }).click();
    await confirmDialog(third, "撤稿", (dialog) => dialog.getByLabel("撤稿原因").fill(REASON));
    await third.getByText(`撤稿原因：${REASON}`).waitFor();
    const report = third.locator(".ant-alert").filter({ hasText: "最近一次撤稿已一并撤下" });
    await expect
      .poll(() => report.textContent(), SLOW_POLL)
      .toContain(`${second.name} / 工作动态：采用稿已撤下`);
    await screenshot(third, "syndication-takedown");
    expect(await articleState(articleId)).toMatchObject({ status: "WITHDRAWN" });

    for (const url of [originUrl, copyUrl]) {
      await expect.poll(() => status(url), SLOW_POLL).toBeOneOf([404, 410]);
      expect((await portal.goto(url))?.status(), url).toBeOneOf([404, 410]);
    }
    for (const base of [originBase, secondBase]) {
      const offList = await reloadUntil(
        portal,
        `${base}gzdt/`,
        async () => (await main.getByRole("link", { name: TITLE }).count()) === 0,
        BOUND,
      );
      expect(offList, `${base}gzdt/ drops the article`).toBe(true);
      const offHome = await reloadUntil(
        portal,
        base,
        async () => (await portal.getByRole("link", { name: TITLE }).count()) === 0,
        BOUND,
      );
      expect(offHome, `${base} drops the article`).toBe(true);
    }
    for (const code of [origin.code, second.code]) {
      await expect.poll(() => feedTitles(code), SLOW_POLL).not.toContain(TITLE);
      await expect.poll(() => searchHits(portal, code, marker), SLOW_POLL).toEqual([]);
    }
    // Taken down, the image is no longer served to visitors.
    await expect.poll(() => status(`${urls().portal}/media/${imageId}`), SLOW_POLL).toBe(404);

    // The receiver gets a signed retraction of the same article.
    await expect.poll(() => deliveriesOf(articleId, "retract").length, SLOW_POLL).toBeGreaterThanOrEqual(1);
    const retracted = deliveriesOf(articleId, "retract")[0] as Received;
    expect(signedBy(secret, retracted), "retract delivery signed with the target's key").toBe(true);
    expect(retracted.headers["x-jiyue-delivery"]).not.toBe(published.headers["x-jiyue-delivery"]);
    expect(JSON.parse(retracted.body)).toMatchObject({ kind: "retract", id: articleId, reason: REASON });
  }, 360_000);
});
