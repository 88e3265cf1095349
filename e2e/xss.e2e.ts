// XSS acceptance: a corpus of well-known vectors (e2e/fixtures/xss-vectors.ts) saved through the API as article
// bodies, titles, summaries, attachment names and channel names renders nothing executable — in Chromium, on
// the portal (home, channel lists, article pages, search) and in the admin (article list, editor and preview,
// revision diff, review screen, review sheet, media library, channels). Each page is watched for dialogs and
// for calls of the injected hook window.__xss, and its DOM is searched for event-handler attributes and
// script URLs coming from user content. Feeds are checked as text: their HTML fields hold only sanitised markup.
import type { BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { batches, XSS_VECTORS, type XssVector } from "./fixtures/xss-vectors";
import {
  adminLogin,
  chooseSite,
  gql,
  gqlOk,
  reloadUntil,
  screenshot,
  staffToken,
  uniqueSuffix,
  urls,
} from "./support";

const marker = `xss${uniqueSuffix()}`;
const SITE = `query Site($code: String!) { siteByCode(code: $code) { id channels { id path name } } }`;
const CREATE_CHANNEL = `mutation C($input: CreateChannelInput!) { createChannel(input: $input) { id path name } }`;
const CREATE = `mutation A($input: CreateArticleInput!) { createArticle(input: $input) { id currentRevision { id } } }`;
const SAVE = `mutation S($id: ID!, $input: SaveArticleInput!) { saveArticle(id: $id, input: $input) { id currentRevision { id } } }`;
const SUBMIT = `mutation($id: ID!) { submitArticle(id: $id) { id } }`;
const APPROVE = `mutation($id: ID!) { approveArticle(id: $id) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishArticle(id: $id) { id status } }`;
const STORED = `query($id: ID!) { article(id: $id) { currentRevision { title summary body } } }`;

/** Vectors short enough for a 50-character channel name. */
const CHANNEL_NAMES = [`<img src=x onerror=__xss('channel')>`, `"><svg/onload=__xss('channel2')>`];
const ATTACHMENT_NAMES = [`<img src=x onerror=__xss('att1')>.txt`, `"><svg onload=__xss('att2')>.txt`];
const PER_ARTICLE = 10;

interface Created {
  id: string;
  revisionIds: string[];
  channelPath: string;
  vectors: XssVector[];
  title: string;
}

let browser: Awaited<ReturnType<typeof openBrowser>>;
const hooked: { page: string; id: string }[] = [];
const dialogs: { page: string; message: string }[] = [];
const articles: Created[] = [];
let published: Created[] = [];
let inReview: Created;
let draft: Created;
let xssChannel: { id: string; path: string };
let tokens: Record<string, string>;

function watch(context: BrowserContext) {
  context.on("page", (page) => {
    page.on("dialog", (dialog) => {
      // The editor's own "leave with unsaved changes?" prompt is not from user content: let the navigation go.
      if (dialog.type() === "beforeunload") {
        void dialog.accept().catch(() => undefined);
        return;
      }
      dialogs.push({ page: page.url(), message: dialog.message() });
      void dialog.dismiss().catch(() => undefined);
    });
  });
}

async function upload(name: string, siteId: string): Promise<string> {
  const form = new FormData();
  form.set("siteId", siteId);
  form.set("file", new Blob([`附件 ${marker}\n`], { type: "text/plain" }), name);
  const response = await fetch(`${urls().content}/media`, {
    method: "POST",
    headers: { authorization: `Bearer ${tokens.editor}` },
    body: form,
  });
  const body = (await response.json()) as { id: string };
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body.id;
}

beforeAll(async () => {
  tokens = {
    editor: await staffToken("xcb_editor"),
    admin: await staffToken("xcb_admin"),
    r1: await staffToken("xcb_reviewer1"),
    r2: await staffToken("xcb_reviewer2"),
    r3: await staffToken("xcb_reviewer3"),
  };
  const site = (
    await gqlOk<{ siteByCode: { id: string; channels: { id: string; path: string; name: string }[] } }>(
      SITE,
      { code: "xcb" },
      tokens.editor,
    )
  ).siteByCode;
  const gzdt = site.channels.find((channel) => channel.path === "gzdt");
  if (!gzdt) throw new Error("xcb has no gzdt");
  const channels = [];
  for (const [index, name] of CHANNEL_NAMES.entries())
    channels.push(
      (
        await gqlOk<{ createChannel: { id: string; path: string } }>(
          CREATE_CHANNEL,
          { input: { siteId: site.id, name, slug: `${marker}-${index}`, updateClass: "DYNAMIC" } },
          tokens.admin,
        )
      ).createChannel,
    );
  xssChannel = channels[0] as { id: string; path: string };
  const attachmentIds = [];
  for (const name of ATTACHMENT_NAMES) attachmentIds.push(await upload(name, site.id));

  for (const [index, vectors] of batches(XSS_VECTORS, PER_ARTICLE).entries()) {
    const channel = index % 2 === 0 ? gzdt : xssChannel;
    const lead = vectors[0] as XssVector;
    // The marker first, so the title stays findable (and under 200 characters) whatever the vector.
    const title = `${marker} 第${index}组 ${lead.html}`.slice(0, 200);
    const content = {
      title,
      subtitle: (vectors[1] ?? lead).html.slice(0, 200),
      source: (vectors[2] ?? lead).html.slice(0, 100),
      author: (vectors[3] ?? lead).html.slice(0, 100),
      summary: vectors
        .map((vector) => vector.html)
        .join(" ")
        .slice(0, 1000),
      body: vectors.map((vector) => `<p>${vector.id} ${marker}</p>${vector.html}`).join("\n"),
      attachmentIds,
      keywords: [marker],
      channelId: channel.id,
    };
    const { createArticle } = await gqlOk<{ createArticle: { id: string; currentRevision: { id: string } } }>(
      CREATE,
      { input: { siteId: site.id, content } },
      tokens.editor,
    );
    articles.push({
      id: createArticle.id,
      revisionIds: [createArticle.currentRevision.id],
      channelPath: channel.path,
      vectors,
      title,
    });
  }
  // The last article stays a draft with a second revision (for the diff); the one before waits at 复审.
  draft = articles[articles.length - 1] as Created;
  inReview = articles[articles.length - 2] as Created;
  published = articles.slice(0, -2);
  const shuffled = [...XSS_VECTORS].reverse().slice(0, PER_ARTICLE);
  const { saveArticle } = await gqlOk<{ saveArticle: { currentRevision: { id: string } } }>(
    SAVE,
    {
      id: draft.id,
      input: {
        baseRevisionId: draft.revisionIds[0],
        note: CHANNEL_NAMES[1],
        content: {
          title: `${draft.title} 改`.slice(0, 200),
          summary: shuffled.map((vector) => vector.html).join(" "),
          body: shuffled.map((vector) => `<p>${vector.id} 修改 ${marker}</p>${vector.html}`).join("\n"),
          channelId: gzdt.id,
        },
      },
    },
    tokens.editor,
  );
  draft.revisionIds.push(saveArticle.currentRevision.id);

  for (const item of published) {
    await gqlOk(SUBMIT, { id: item.id }, tokens.editor);
    for (const reviewer of ["r1", "r2", "r3"]) await gqlOk(APPROVE, { id: item.id }, tokens[reviewer]);
    await gqlOk(PUBLISH, { id: item.id }, tokens.r3);
  }
  await gqlOk(SUBMIT, { id: inReview.id }, tokens.editor);
  await gqlOk(APPROVE, { id: inReview.id }, tokens.r1);

  browser = await openBrowser();
  watch(browser.context);
  await browser.context.exposeFunction("__xss", (id: string) => {
    hooked.push({ page: "?", id: String(id) });
  });
}, 240_000);

afterEach(async (context) => {
  if (context.task.result?.state !== "fail" || !browser) return;
  for (const [index, page] of browser.context.pages().entries()) {
    await screenshot(page, `xss-failure-${index}`).catch(() => undefined);
    console.error(
      `page ${page.url()} showed:\n${(
        await page
          .locator("body")
          .textContent()
          .catch(() => "?")
      )?.slice(0, 2000)}`,
    );
  }
});
afterAll(async () => {
  await browser?.close();
});

/**
 * What in a document could run script: event-handler attributes, script URLs in any URL-valued attribute,
 * srcdoc, refresh, base, and script elements that are not the application's own bundles. The admin's body
 * preview (a sandboxed iframe with srcdoc and a script-src 'none' policy) is the one allowed srcdoc.
 */
async function dangerousIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const found: string[] = [];
    const scriptUrl = /^\s*(javascript|vbscript|data:text\/html|data:application)/i;
    for (const element of Array.from(document.querySelectorAll("*"))) {
      const html = element.outerHTML.slice(0, 160);
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        // Browsers ignore control characters and spaces inside a URL's scheme.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point here
        const value = attribute.value.replace(/[\u0000-\u0020]/g, "");
        if (name.startsWith("on")) found.push(`handler ${name}: ${html}`);
        if (
          [
            "href",
            "src",
            "action",
            "formaction",
            "data",
            "xlink:href",
            "background",
            "poster",
            "to",
          ].includes(name) &&
          scriptUrl.test(value)
        )
          found.push(`url ${name}: ${html}`);
        if (
          name === "srcdoc" &&
          !(element.getAttribute("sandbox") === "" && element.getAttribute("title") === "正文预览")
        )
          found.push(`srcdoc: ${html}`);
        if (name === "style" && /expression\s*\(|javascript:|behavior\s*:/i.test(attribute.value))
          found.push(`style: ${html}`);
      }
      const tag = element.tagName.toLowerCase();
      if (tag === "base") found.push(`base: ${html}`);
      if (tag === "meta" && /refresh/i.test(element.getAttribute("http-equiv") ?? ""))
        found.push(`refresh: ${html}`);
      if (
        tag === "script" &&
        (/__xss|alert\(/.test(element.textContent ?? "") || /^data:/i.test(element.getAttribute("src") ?? ""))
      )
        found.push(`script: ${html}`);
      if (["object", "embed", "applet"].includes(tag)) found.push(`plugin: ${html}`);
    }
    return found;
  });
}

/** page.goto, once more if the SPA's own navigation aborted the first attempt. */
async function open(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url);
  } catch {
    await page.goto(url);
  }
}

/** Opens (or has opened) a page, lets handlers and loads fire, then checks every frame of it. */
async function check(page: Page, label: string, url?: string): Promise<void> {
  const hooksBefore = hooked.length;
  const dialogsBefore = dialogs.length;
  if (url) await page.goto(url);
  await page.waitForLoadState("load");
  // Hover and focus what user content might have put on the page, then give timers and media errors time.
  await page.mouse.move(400, 300);
  await page.mouse.move(800, 600);
  await page.waitForTimeout(800);
  const problems: string[] = [];
  for (const frame of page.frames()) problems.push(...(await dangerousIn(frame).catch(() => [])));
  expect(problems, `${label}: executable markup in the DOM`).toEqual([]);
  expect(hooked.slice(hooksBefore), `${label}: __xss was called`).toEqual([]);
  expect(dialogs.slice(dialogsBefore), `${label}: a dialog opened`).toEqual([]);
}

describe("XSS corpus", () => {
  test("the watch notices a vector that does run (hook, dialog and DOM check)", async () => {
    const page = await browser.context.newPage();
    // A blank page: the portal's and admin's Content-Security-Policy would block this inline script too (a
    // second line of defence — the DOM check below does not rely on it).
    await page.setContent(`<img src=x onerror="__xss('self-test')"><script>alert("self-test")</script>`);
    await expect.poll(() => hooked.some((hit) => hit.id === "self-test")).toBe(true);
    await expect.poll(() => dialogs.some((dialog) => dialog.message === "self-test")).toBe(true);
    expect((await dangerousIn(page.mainFrame())).join("\n")).toContain("handler onerror");
    hooked.length = 0;
    dialogs.length = 0;
    await page.close();
  });

  test("the server stored only sanitised bodies and plain-text fields", async () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
    for (const item of articles) {
      const { article } = await gqlOk<{ article: { currentRevision: { body: string } } }>(
        STORED,
        { id: item.id },
        tokens.editor,
      );
      const body = article.currentRevision.body;
      expect(body).not.toMatch(
        /<script|<iframe|<object|<embed|<base|<meta|<form|<style|<svg|<math|<template/i,
      );
      // Inside tags only: the text of a stored body may well read `" onmouseover="…` (escaped, harmless).
      expect(body).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(body).not.toMatch(/<[^>]*(href|src|action)\s*=\s*["']?\s*(javascript|vbscript|data:text)/i);
      // The text around the vectors survives.
      expect(body).toContain(marker);
    }
  });

  test("portal: home, channel lists, article pages and search run nothing", async () => {
    const page = await browser.context.newPage();
    const site = `${urls().portal}/s/xcb/`;
    const last = published[published.length - 1] as Created;
    const reached = await reloadUntil(
      page,
      `${site}${xssChannel.path}/`,
      async () =>
        (await page.content()).includes(last.id) || (await page.content()).includes(published[1]?.id ?? "-"),
      30_000,
    );
    expect(reached, "published XSS articles reach the portal").toBe(true);
    await check(page, "portal channel with an XSS name");
    // The channel's name is shown as text.
    expect(await page.locator("h1").first().textContent()).toBe(CHANNEL_NAMES[0]);
    await check(page, "portal home", site);
    await check(page, "portal gzdt list", `${site}gzdt/`);
    for (const item of published)
      await check(page, `portal article ${item.id}`, `${site}${item.channelPath}/${item.id}.html`);
    const article = published[0] as Created;
    await page.goto(`${site}${article.channelPath}/${article.id}.html`);
    expect(await page.locator("h1").first().textContent()).toBe(article.title);
    await check(page, "portal search", `${site}search/?q=${encodeURIComponent(marker)}`);
    expect(await page.content()).toContain(marker);
    await page.close();
  });

  test("feeds carry only sanitised HTML", async () => {
    const site = `${urls().portal}/s/xcb/`;
    for (const feed of ["rss.xml", "atom.xml", "feed.json", `${xssChannel.path}/rss.xml`]) {
      const text = await (await fetch(`${site}${feed}`)).text();
      expect(text, feed).toContain(marker);
      // Titles and summaries are text: any markup in them arrives escaped or in CDATA — the HTML fields, once
      // decoded, contain no script, handler or script URL.
      const decoded = feed.endsWith(".json")
        ? (JSON.parse(text) as { items: { content_html?: string }[] }).items
            .map((item) => item.content_html ?? "")
            .join("\n")
        : [
            ...text.matchAll(
              /<(?:description|content(?::encoded)?)[^>]*>([\s\S]*?)<\/(?:description|content(?::encoded)?)>/g,
            ),
          ]
            .map((match) => (match[1] ?? "").replace(/^<!\[CDATA\[|\]\]>$/g, ""))
            .map((html) =>
              html
                .replace(/&lt;/g, "<")
                .replace(/&gt;/g, ">")
                .replace(/&quot;/g, '"')
                .replace(/&amp;/g, "&"),
            )
            .join("\n");
      const bodies = decoded.split(marker).slice(1).join(marker);
      // Tags only: escaped text such as `" onmouseover="…` in a paragraph is harmless.
      expect(bodies, feed).not.toMatch(/<(script|iframe|object|embed|base|meta|form|svg|math)\b/i);
      expect(bodies, feed).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(bodies, feed).not.toMatch(
        /<[^>]*(href|src|action)\s*=\s*["']?\s*(javascript|vbscript|data:text)/i,
      );
    }
  });

  test("the admin's article list query answers with the XSS articles", async () => {
    const site = await gqlOk<{ siteByCode: { id: string } }>(SITE, { code: "xcb" }, tokens.editor);
    const result = await gql<{ articles: { items: { currentRevision: { title: string } }[] } }>(
      `query L($filter: ArticleFilter!) { articles(filter: $filter, limit: 20) { total items { id status reviewStage revisionCount scheduledPublishAt scheduledUnpublishAt deletedAt updatedAt channel { id name } currentRevision { id number title author } createdBy { id displayName } } } }`,
      { filter: { siteId: site.siteByCode.id, search: marker } },
      tokens.editor,
    );
    expect(result.data, JSON.stringify(result)).toBeTruthy();
    const items = result.data?.articles.items ?? [];
    expect(items.some((item) => item.currentRevision.title.includes(marker))).toBe(true);
  });

  test("admin: list, editor and preview, diff, review screen, review sheet, media and channels run nothing", async () => {
    const admin = urls().admin;
    const editor = await browser.context.newPage();
    await adminLogin(editor, "xcb_editor");
    await chooseSite(editor, "市委宣传部", "xcb");
    await editor.getByRole("menuitem", { name: "稿件管理" }).click();
    await editor.getByRole("heading", { name: "稿件管理" }).waitFor();
    // Filtered to this run's articles: the unfiltered list currently fails on the demo articles, whose
    // creator identity does not know (User.displayName null) — reported to the lead.
    await editor.getByRole("searchbox", { name: "搜索标题" }).fill(marker);
    await editor.getByRole("searchbox", { name: "搜索标题" }).press("Enter");
    await editor.getByText(marker, { exact: false }).first().waitFor();
    await check(editor, "admin article list");

    await open(editor, `${admin}/articles/${draft.id}`);
    await editor.getByRole("heading", { name: /编辑稿件/ }).waitFor();
    await check(editor, "admin editor (draft)");
    await editor.getByRole("button", { name: /预\s*览/ }).click();
    await editor.getByTitle("正文预览").waitFor();
    await check(editor, "admin preview");
    await editor.keyboard.press("Escape");
    await editor.getByTitle("正文预览").waitFor({ state: "detached" });

    await open(
      editor,
      `${admin}/articles/${draft.id}/diff?from=${draft.revisionIds[0]}&to=${draft.revisionIds[1]}`,
    );
    await editor.getByText("修改", { exact: false }).first().waitFor();
    await check(editor, "admin revision diff");

    const sheetOf = published[0] as Created;
    await open(editor, `${admin}/articles/${sheetOf.id}/sheet`);
    await editor.getByRole("heading", { name: "稿件审签单" }).waitFor();
    await check(editor, "admin review sheet");

    await open(editor, `${admin}/media`);
    await editor
      .getByText(ATTACHMENT_NAMES[0] as string)
      .first()
      .waitFor();
    await check(editor, "admin media library");

    const reviewer = await browser.context.newPage();
    await adminLogin(reviewer, "xcb_reviewer2");
    await open(reviewer, `${admin}/tasks`);
    await reviewer.getByText(marker, { exact: false }).first().waitFor();
    await check(reviewer, "admin 我的待办");
    await open(reviewer, `${admin}/articles/${inReview.id}`);
    await reviewer.getByRole("button", { name: /通\s*过/ }).waitFor();
    await check(reviewer, "admin review screen");

    const unitAdmin = await browser.context.newPage();
    await adminLogin(unitAdmin, "xcb_admin");
    await chooseSite(unitAdmin, "市委宣传部", "xcb");
    await open(unitAdmin, `${admin}/channels`);
    await unitAdmin
      .getByText(CHANNEL_NAMES[0] as string)
      .first()
      .waitFor();
    await check(unitAdmin, "admin channels");
    for (const page of [editor, reviewer, unitAdmin]) await page.close();
  }, 180_000);
});
