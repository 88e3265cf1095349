// Writing a letter on the portal as a visitor without JavaScript: read an article, write to the one-window
// mailbox anonymously (a phone code from the logging SMS sender's outbox), get the query code once and look
// the letter up with it. The same form submitted 5 times at once is one letter; two loads get two keys.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { codeSentTo, uniquePhone } from "./letter-steps";
import { POLL, screenshot, urls } from "./support";

let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

const FORM = "/s/xcb/hdjl/tyck/xiexin/";

describe("letters on the portal without JavaScript", () => {
  test("a visitor reads an article, writes anonymously with a phone code and looks the letter up", async () => {
    const page = await browser.context.newPage();
    const portal = urls().portal;
    // Reading: the site's home, then an article.
    await page.goto(`${portal}/s/xcb/`);
    const articleLink = page.locator('main a[href$=".html"]').first();
    const articleTitle = (await articleLink.textContent())?.trim() ?? "";
    await articleLink.click();
    await page.waitForURL(/\.html$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(articleTitle.slice(0, 8));

    // The 互动交流 page links the one-window form.
    await page.goto(`${portal}/s/xcb/hdjl/`);
    await page.getByRole("link", { name: "统一窗口" }).click();
    await page.waitForURL(`${portal}${FORM}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("写信：统一窗口");

    const phone = uniquePhone();
    const title = "小区门口路灯损坏";
    const content = "我家小区门口的路灯已经坏了两个星期，晚上出行很不方便，希望尽快维修。";
    await page.getByLabel("标题").fill(title);
    await page.getByLabel("类别").selectOption("城乡建设");
    await page.getByLabel("内容").fill(content);
    await page.getByLabel("手机号码").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.waitForLoadState();
    // The same form comes back with what was typed and a notice.
    expect(await page.getByRole("status").textContent()).toContain("验证码已发送至");
    expect(await page.getByLabel("标题").inputValue()).toBe(title);
    expect(await page.getByLabel("内容").inputValue()).toBe(content);
    expect(await page.getByLabel("类别").inputValue()).toBe("城乡建设");
    await screenshot(page, "portal-letter-form");

    // A wrong code: the form comes back with the message at the code field.
    const code = await codeSentTo(phone);
    await page.getByLabel(/^验证码/).fill(code === "000000" ? "000001" : "000000");
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForLoadState();
    expect(await page.getByText("验证码不正确，还可尝试 4 次").count()).toBe(1);
    expect(await page.getByLabel("标题").inputValue()).toBe(title);

    await page.getByLabel(/^验证码/).fill(code);
    // An attachment goes along (a plain file input: no script needed).
    await page.getByLabel(/^附件/).setInputFiles({
      name: "现场说明.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([
        Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
        Buffer.alloc(1024, 32),
      ]),
    });
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForURL(`${portal}/s/xcb/hdjl/huizhi/`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("信件已提交");
    const queryCode = (await page.locator(".query-code code").textContent())?.trim() ?? "";
    expect(queryCode).toMatch(/^[A-Za-z0-9_-]{20,64}$/);
    expect(page.url()).not.toContain(queryCode);
    // Shown once: a reload no longer has it.
    await page.reload();
    expect(await page.locator(".query-code").count()).toBe(0);
    expect(await page.getByText("查询码只显示一次").count()).toBe(1);

    // The query page: a wrong code, then the right one.
    await page.getByRole("link", { name: "查询办理进度" }).click();
    await page.waitForURL(`${portal}/s/xcb/hdjl/chaxun/`);
    await page.getByLabel("查询码").fill("x".repeat(32));
    await page.getByRole("button", { name: "查询" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("alert").textContent()).toContain("查询码不正确");
    await page.getByLabel("查询码").fill(queryCode);
    await page.getByRole("button", { name: "查询" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("heading", { level: 2, name: title }).count()).toBe(1);
    expect(await page.locator(".letter-status").textContent()).toBe("已收到，待分办");
    expect(await page.locator(".letter-timeline li").allTextContents()).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 提交信件$/),
    ]);
    expect(page.url()).toBe(`${portal}/s/xcb/hdjl/chaxun/`);
    await screenshot(page, "portal-letter-query");
  });

  test("one form posted 5 times at once is one letter; two loads of the form carry different keys", async () => {
    const portal = urls().portal;
    const load = async (cookie = "") => {
      const response = await fetch(`${portal}${FORM}`, { headers: cookie ? { cookie } : {} });
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const given = response.headers
        .getSetCookie()
        .map((header) => header.split(";")[0])
        .join("; ");
      const html = await response.text();
      const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
      return { cookie: given || cookie, csrf: hidden("_csrf"), key: hidden("formKey") };
    };
    const first = await load();
    const second = await load(first.cookie);
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(second.key).not.toBe(first.key);

    const phone = uniquePhone();
    const post = (fields: Record<string, string>) =>
      fetch(`${portal}${FORM}`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: first.cookie },
        body: new URLSearchParams({ _csrf: first.csrf, formKey: first.key, ...fields }),
      });
    const letter = {
      title: "公交站台缺少遮雨棚",
      content: "解放碑公交站台没有遮雨棚，下雨天候车的老人孩子都被淋湿，建议加装。",
      contactPhone: phone,
    };
    expect((await post({ ...letter, intent: "code" })).status).toBe(200);
    const code = await codeSentTo(phone);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post({ ...letter, phoneCode: code, intent: "submit" })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303, 303, 303]);
    const codes = new Set(
      answers.map((answer) => /jy_letter_qc=([^;]+)/.exec(answer.headers.getSetCookie().join("\n"))?.[1]),
    );
    expect(codes.size).toBe(1);
    expect([...codes][0]).toMatch(/^[A-Za-z0-9_-]{20,64}$/);
  });
});

describe("letters on the portal with JavaScript", () => {
  test("similar answered questions appear while typing, linking only inside the site", async () => {
    const scripted = await openBrowser();
    try {
      const page = await scripted.context.newPage();
      const asked: string[] = [];
      // A stub of the knowledge base's suggestion endpoint (its own tests cover the real answers).
      await page.route("**/zhiku/suggest.json?*", async (route) => {
        asked.push(new URL(route.request().url()).searchParams.get("q") ?? "");
        await route.fulfill({
          contentType: "application/json",
          body: JSON.stringify([
            { id: "1", title: "小区路灯坏了找谁修？", url: "/s/xcb/zhiku/1.html" },
            { id: "2", title: "外部链接", url: "https://evil.example/phish" },
          ]),
        });
      });
      await page.goto(`${urls().portal}${FORM}`);
      const panel = page.locator("#letter-suggestions");
      expect(await panel.isHidden()).toBe(true);
      await page.getByLabel("标题").fill("路灯坏了");
      await page.getByLabel("内容").pressSequentially("小区门口路灯不亮", { delay: 20 });
      await expect.poll(() => panel.isVisible(), POLL).toBe(true);
      const links = panel.getByRole("link");
      expect(await links.count()).toBe(1);
      expect(await links.first().textContent()).toBe("小区路灯坏了找谁修？");
      expect(await links.first().getAttribute("href")).toBe("/s/xcb/zhiku/1.html");
      expect(asked.at(-1)).toContain("路灯坏了");
    } finally {
      await scripted.close();
    }
  });
});
