// The admin's letter screens beyond one letter's handling, in Chromium against the real platform:
// 信箱管理 — 市委宣传部's unit admin creates 「部长信箱」, the unit's portal lists it, deleting it takes it off again;
// the server refuses to delete a mailbox with letters or the 统一窗口 and the page says why.
// 合并办理 — two anonymous visitors write near-identical letters to the 统一窗口; its dispatcher accepts them,
// finds the other under 相似信件 on one, merges it with a 说明; the merged letter says so and links the primary;
// 取消合并 restores it. 热点问题 — the two letters form a topic in the chart and the table.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { letterAction, openLetterAs, writeAnonymously } from "./letter-steps";
import {
  adminLogin,
  buttonName,
  chooseOption,
  confirmDialog,
  gqlOk,
  POLL,
  screenshot,
  searchAndChoose,
  staffToken,
  uniqueSuffix,
  urls,
} from "./support";

const DISPATCHER = "swbgt_dispatcher";
const ONE_WINDOW_FORM = "/s/xcb/hdjl/tyck/xiexin/";
const marker = uniqueSuffix();
/** Two letters about the same night-time building site, worded a little differently. */
const TOPIC = "夜间施工噪音扰民";
const LETTERS = [
  {
    title: `观音桥小区旁工地${TOPIC}（${marker}）`,
    content:
      "观音桥小区旁边的工地每天夜里十一点以后还在施工，打桩机噪音很大，老人孩子都睡不好觉，希望有关部门尽快查处。",
  },
  {
    title: `观音桥小区工地${TOPIC}问题（${marker}）`,
    content:
      "观音桥小区旁边的工地每天晚上十一点以后还在施工，打桩机噪音很大，老人孩子都睡不好觉，请有关部门尽快查处。",
  },
];

let browser: Awaited<ReturnType<typeof openBrowser>>;
const pages: Page[] = [];
/** The two letters (primary first), once written. */
const letters: { id: string; title: string }[] = [];

beforeAll(async () => {
  browser = await openBrowser();
});
afterEach(async (context) => {
  if (context.task.result?.state !== "fail") return;
  for (const [index, page] of pages.entries()) {
    await screenshot(page, `letter-admin-failure-${index}`).catch(() => undefined);
    const html = await page.content().catch(() => "");
    writeFileSync(path.join(import.meta.dirname, "artifacts", `letter-admin-failure-${index}.html`), html);
  }
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(username: string, route: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await adminLogin(page, username);
  await page.goto(`${urls().admin}${route}`);
  return page;
}

/** An antd card by its title. */
function card(page: Page, title: string | RegExp): Locator {
  return page
    .locator(".ant-card")
    .filter({ has: page.locator(".ant-card-head-title").getByText(title, { exact: true }) });
}

function tableRow(page: Page, text: string): Locator {
  return page.locator("tr.ant-table-row").filter({ hasText: text });
}

/** Deletes a mailbox of the table through its 删除 and the popconfirm. */
async function deleteMailbox(page: Page, name: string): Promise<void> {
  await tableRow(page, name)
    .getByRole("button", { name: buttonName("删除") })
    .click();
  const popconfirm = page.locator(".ant-popconfirm").filter({ visible: true });
  await expect.poll(() => popconfirm.textContent(), POLL).toContain(`删除信箱「${name}」？`);
  await popconfirm.getByRole("button", { name: buttonName("删除") }).click();
}

/** The message toast showing `text`. */
function toast(page: Page, text: string): Locator {
  return page.locator(".ant-message-notice").filter({ hasText: text });
}

/** The 互动交流 page of the 市委宣传部 site, as a visitor fetches it. */
async function portalMailboxesPage(): Promise<string> {
  const response = await fetch(`${urls().portal}/s/xcb/hdjl/`);
  expect(response.status).toBe(200);
  return response.text();
}

describe("信箱管理", () => {
  test("the unit admin creates 部长信箱, the portal lists it, deleting it takes it off again", async () => {
    const page = await signedIn("xcb_admin", "/mailboxes");
    await page.getByRole("heading", { name: "信箱管理" }).waitFor();
    // The unit's default mailbox is there from the start.
    await tableRow(page, "中共重庆市委宣传部信箱").waitFor();
    expect(await tableRow(page, "部长信箱").count()).toBe(0);
    // It holds the demo letters: the server refuses, the page says why, the mailbox stays.
    await deleteMailbox(page, "中共重庆市委宣传部信箱");
    await toast(page, "该信箱已有信件，不能删除；不再使用时可设为不公开").waitFor();
    expect(await tableRow(page, "中共重庆市委宣传部信箱").count()).toBe(1);

    await page.getByRole("button", { name: "新建信箱" }).click();
    await confirmDialog(
      page,
      "新建信箱",
      async (dialog) => {
        await dialog.getByLabel("信箱名称").fill("部长信箱");
        await dialog.getByLabel("信箱说明").fill("向部长反映宣传文化工作中的问题和建议。");
        await chooseOption(page, dialog.getByRole("combobox", { name: "信箱类型" }), "领导信箱");
        await dialog.getByLabel("办理期限（工作日）").fill("10");
        expect(await dialog.getByRole("switch", { name: "公开" }).isChecked()).toBe(true);
      },
      "保存",
    );
    const row = tableRow(page, "部长信箱");
    await row.waitFor();
    const cells = await row.locator("td").allTextContents();
    // 名称, 类型, 办理类型, 办理期限, 返工上限, 公开, 允许匿名, 展示站点, 接收人 …
    expect(cells.slice(0, 9)).toEqual([
      "部长信箱",
      "领导信箱",
      "咨询",
      "10",
      "2",
      "是",
      "是",
      "全部站点",
      "信件分办",
    ]);
    await screenshot(page, "mailboxes");

    // The unit's site lists it on its 互动交流 page, linking its letter form.
    let formPath = "";
    await expect
      .poll(async () => {
        const html = await portalMailboxesPage();
        formPath = /href="(\/s\/xcb\/hdjl\/[0-9a-f-]{36}\/xiexin\/)"><strong>部长信箱</.exec(html)?.[1] ?? "";
        return formPath;
      }, POLL)
      .not.toBe("");
    const form = await browser.context.newPage();
    pages.push(form);
    await form.goto(`${urls().portal}${formPath}`);
    expect(await form.getByRole("heading", { level: 1 }).textContent()).toBe("写信：部长信箱");

    await deleteMailbox(page, "部长信箱");
    await toast(page, "已删除").waitFor();
    await expect.poll(() => row.count(), POLL).toBe(0);
    await expect.poll(async () => (await portalMailboxesPage()).includes("部长信箱"), POLL).toBe(false);
    expect((await fetch(`${urls().portal}${formPath}`)).status).toBe(404);
  });

  test("the 统一窗口 cannot be deleted: the page shows the server's refusal", async () => {
    const page = await signedIn("admin", "/mailboxes");
    await searchAndChoose(page, page.getByRole("combobox", { name: "单位" }), "中共重庆市委办公厅");
    const oneWindow = tableRow(page, "统一窗口");
    await oneWindow.waitFor();
    await deleteMailbox(page, "统一窗口");
    await toast(page, "统一窗口信箱不能删除").waitFor();
    expect(await oneWindow.count()).toBe(1);
  });
});

describe("合并办理 and 热点问题", () => {
  test("two near-identical letters: 相似信件 → 合并办理 → 本信件已并入… → 取消合并", async () => {
    for (const letter of LETTERS) await writeAnonymously(ONE_WINDOW_FORM, letter);
    const token = await staffToken(DISPATCHER);
    const { letters: found } = await gqlOk<{ letters: { nodes: { id: string; title: string }[] } }>(
      `query($keyword: String!) { letters(filter: { keyword: $keyword }) { nodes { id title } } }`,
      { keyword: marker },
      token,
    );
    for (const letter of LETTERS) {
      const row = found.nodes.find((node) => node.title === letter.title);
      if (!row) throw new Error(`the dispatcher does not see ${letter.title}`);
      letters.push(row);
    }
    const [primary, duplicate] = letters as [(typeof letters)[0], (typeof letters)[0]];
    // The duplicate is accepted through the API; the primary on its page.
    await gqlOk(`mutation($id: ID!) { acceptLetter(id: $id) { id } }`, { id: duplicate.id }, token);

    const page = await openLetterAs(browser.context, DISPATCHER, primary.id);
    pages.push(page);
    await letterAction(page, "受理");
    const similar = card(page, "相似信件");
    const other = similar.getByRole("listitem").filter({ hasText: duplicate.title });
    await other.waitFor();
    expect(await other.textContent()).toMatch(/相似度 \d{2,3}%.*已受理/);
    await other.getByRole("checkbox", { name: `选择：${duplicate.title}` }).check();
    await similar.getByRole("button", { name: "合并办理" }).click();
    await confirmDialog(
      page,
      "合并办理",
      async (dialog) => {
        expect(await dialog.getByRole("list", { name: "将并入的信件" }).textContent()).toBe(duplicate.title);
        await dialog.getByLabel("说明").fill("同一工地夜间施工噪音，合并办理");
      },
      "合并办理",
    );
    await page.getByText("已将 1 封信件并入本件合并办理").waitFor();
    const mergedCard = card(page, "并入本件的信件（1）");
    await mergedCard.getByRole("link", { name: duplicate.title }).waitFor();
    await expect.poll(() => other.textContent(), POLL).toContain("已并入本件");
    const timeline = card(page, "办理记录");
    await expect
      .poll(() => timeline.textContent(), POLL)
      .toMatch(/并入同类信件.*同一工地夜间施工噪音，合并办理/);
    await screenshot(page, "letter-merged-primary");

    // The merged letter says where it went, links the primary and shows the merge in its timeline.
    await mergedCard.getByRole("link", { name: duplicate.title }).click();
    await page.waitForURL(`${urls().admin}/letters/${duplicate.id}`);
    const alert = page.getByRole("alert").filter({ hasText: "本信件已并入" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`本信件已并入 《${primary.title}》 合并办理`);
    expect(await alert.getByRole("link").getAttribute("href")).toBe(`/letters/${primary.id}`);
    const status = card(page, "来信内容").locator(".ant-descriptions-item").filter({ hasText: "状态" });
    await expect.poll(() => status.textContent(), POLL).toContain("已合并办理");
    await expect.poll(() => card(page, "办理记录").textContent(), POLL).toContain("并入其他信件合并办理");
    await screenshot(page, "letter-merged-duplicate");

    // 取消合并: back to its state before, the alert gone.
    await alert.getByRole("button", { name: "取消合并" }).click();
    await confirmDialog(
      page,
      "取消合并",
      (dialog) => dialog.getByLabel("说明").fill("经核实为不同工地，分别办理"),
      "取消合并",
    );
    await expect.poll(() => alert.count(), POLL).toBe(0);
    await expect.poll(() => status.textContent(), POLL).toBe("状态已受理");
    await expect
      .poll(() => card(page, "办理记录").textContent(), POLL)
      .toMatch(/取消合并.*经核实为不同工地，分别办理/);
  });

  test("热点问题: the two letters are a topic in the chart and the table", async () => {
    expect(letters).toHaveLength(2);
    const page = await signedIn(DISPATCHER, "/letters/hot-topics");
    await page.getByRole("heading", { name: "热点问题" }).waitFor();
    const minSize = page.getByRole("spinbutton", { name: "最少信件数" });
    // Two letters are no topic at the default of 3 (once the topics have loaded) …
    await page.getByText("近 30 天可见范围内的来信按内容相似度归类，同类信件达到 3 封").waitFor();
    await expect.poll(() => page.locator(".ant-spin-spinning, .ant-card-loading").count(), POLL).toBe(0);
    const row = tableRow(page, TOPIC);
    expect(await row.count()).toBe(0);
    // … but are at 2.
    await minSize.fill("2");
    await minSize.press("Tab");
    await row.waitFor();
    expect(await row.locator("td").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(TOPIC), "2"]),
    );
    const chart = page.getByRole("figure", { name: "热点问题信件数" });
    await expect.poll(() => chart.textContent(), POLL).toMatch(new RegExp(`${TOPIC}.*2 封`));
    await row.getByRole("button", { name: "展开行" }).click();
    const listed = page.locator("tr.ant-table-expanded-row").getByRole("link");
    await expect
      .poll(() => listed.allTextContents(), POLL)
      .toEqual(expect.arrayContaining(letters.map((letter) => letter.title)));
    expect(await listed.count()).toBe(2);
    await screenshot(page, "letter-hot-topics");
  });
});
