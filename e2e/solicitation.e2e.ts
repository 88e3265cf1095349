// 意见征集 through the whole stack: a unit admin opens a campaign on its site; an anonymous visitor answers it
// on the portal with JavaScript off (a plain form, Post/Redirect/Get); staff close it, tag
// the opinion, publish 采纳情况, and the cached 采纳情况 page shows it — counts, summary, masked excerpt.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { gqlOk, reloadUntil, screenshot, staffToken, uniqueSuffix, urls } from "./support";

let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

describe("意见征集", () => {
  test("open → anonymous answer on the portal → closed → tagged → 采纳情况 on the portal", async () => {
    const suffix = uniqueSuffix();
    const admin = await staffToken("xcb_admin");
    const { siteByCode } = await gqlOk<{ siteByCode: { id: string; unit: { id: string } } }>(
      `{ siteByCode(code: "xcb") { id unit { id } } }`,
    );
    const title = `关于延长城市公园开放时间的意见征集${suffix}`;
    const created = await gqlOk<{ createSolicitation: { id: string } }>(
      `mutation($input: SolicitationInput!) { createSolicitation(input: $input) { id } }`,
      {
        input: {
          unitId: siteByCode.unit.id,
          title,
          description: "为方便市民夜间休闲，拟延长城市公园开放时间，现公开征求意见。",
          questions: [
            { kind: "SINGLE", title: "您是否赞成延长开放时间？", options: ["赞成", "反对"], required: true },
            { kind: "TEXT", title: "其他意见和建议", required: false },
          ],
          siteIds: [siteByCode.id],
          allowAnonymous: true,
          startsAt: new Date(Date.now() - 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
        },
      },
      admin,
    );
    const id = created.createSolicitation.id;
    await gqlOk(`mutation($id: ID!) { openSolicitation(id: $id) { id } }`, { id }, admin);

    const portal = urls().portal;
    const page = await browser.context.newPage();
    const listed = await reloadUntil(
      page,
      `${portal}/s/xcb/yjzj/`,
      async () => (await page.getByRole("link", { name: title }).count()) === 1,
    );
    expect(listed, "the opened campaign reaches the cached list").toBe(true);
    await page.getByRole("link", { name: title }).click();
    await page.waitForURL(new RegExp(`/yjzj/${id}/$`));
    const opinion = "建议开放到晚上十点，并增加夜间巡逻。联系电话 13912345678。";
    await page.getByLabel("2. 其他意见和建议").fill(opinion);
    await page.getByLabel("赞成").check();
    await page.getByRole("button", { name: "提交意见" }).click();
    await page.waitForURL(new RegExp(`/yjzj/${id}/xiexie/$`));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("意见已提交");

    await gqlOk(
      `mutation($id: ID!) { closeSolicitation(id: $id, reason: "征集目的已达到") { id } }`,
      { id },
      admin,
    );
    const subs = await gqlOk<{
      solicitation: { submissions: { nodes: { id: string; anonymous: boolean }[] } };
    }>(`query($id: ID!) { solicitation(id: $id) { submissions { nodes { id anonymous } } } }`, { id }, admin);
    expect(subs.solicitation.submissions.nodes).toHaveLength(1);
    const submissionId = subs.solicitation.submissions.nodes[0]?.id;
    expect(subs.solicitation.submissions.nodes[0]?.anonymous).toBe(true);
    await gqlOk(
      `mutation($id: ID!) { reviewSolicitationSubmission(id: $id, adoption: ADOPTED, reason: "意见合理") { id } }`,
      { id: submissionId },
      admin,
    );
    await gqlOk(
      `mutation($id: ID!, $input: SolicitationFeedbackInput!) { publishSolicitationFeedback(id: $id, input: $input) { id } }`,
      {
        id,
        input: {
          summary: "共收到意见 1 条，采纳了延长开放时间并增加夜间巡逻的建议。",
          highlights: [{ submissionId, text: opinion }],
        },
      },
      admin,
    );
    const shown = await reloadUntil(page, `${portal}/s/xcb/yjzj/${id}/fankui/`, async () =>
      ((await page.locator("main").textContent()) ?? "").includes("采纳了延长开放时间"),
    );
    expect(shown, "the published feedback reaches the portal").toBe(true);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("增加夜间巡逻");
    expect(text).not.toContain("13912345678");
    await screenshot(page, "portal-solicitation-feedback");
  });
});
