// 智库 through the whole stack: a citizen's letter (allowed to be published, with a phone number and a home
// address in it) is answered by a unit; the answer shows up on the portal's 智库 without the personal data, in
// the letter form's suggestions, and takes a "was this helpful" vote with JavaScript off.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openBrowser } from "./browser";
import { registerCitizen } from "./letter-steps";
import { gqlOk, POLL, screenshot, staffToken, uniqueSuffix, urls } from "./support";

let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  browser = await openBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

const act = (token: string, mutation: string, args: string, variables: Record<string, unknown>) =>
  gqlOk(`mutation(${args}) { ${mutation} }`, variables, token);

describe("智库", () => {
  test("an answered publishable letter appears masked, is suggested, and takes a vote without JavaScript", async () => {
    const suffix = uniqueSuffix();
    const phone = `139${String(Date.now()).slice(-8)}`;
    const citizen = await registerCitizen({ phone, password: "Citizen@2026pass", displayName: "张市民" });
    const { oneWindowMailbox } = await gqlOk<{ oneWindowMailbox: { id: string } }>(
      `{ oneWindowMailbox { id } }`,
    );
    const keyword = `积水点位${suffix}`;
    const submitted = await gqlOk<{ submitLetter: { letter: { id: string } } }>(
      `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { letter { id } } }`,
      {
        input: {
          mailboxId: oneWindowMailbox.id,
          title: `职工宿舍门口${keyword}严重`,
          content: `我住在解放路88号职工宿舍3栋2单元502室，门口${keyword}严重，联系电话${phone}。`,
          category: "城乡建设",
          publishable: true,
        },
      },
      citizen,
    );
    const id = submitted.submitLetter.letter.id;
    const [dispatcher, handler, reviewer] = await Promise.all([
      staffToken("swbgt_dispatcher"),
      staffToken("zgh_handler"),
      staffToken("zgh_reply_reviewer"),
    ]);
    const me = await gqlOk<{ me: { grants: { unit: { id: string } | null }[] } }>(
      `{ me { grants { unit { id } } } }`,
      {},
      handler,
    );
    const zgh = me.me.grants.find((grant) => grant.unit)?.unit?.id ?? "";
    await act(dispatcher, "acceptLetter(id: $id) { id }", "$id: ID!", { id });
    await act(dispatcher, "assignLetter(id: $id, unitId: $unitId) { id }", "$id: ID!, $unitId: ID!", {
      id,
      unitId: zgh,
    });
    await act(handler, "draftLetterReply(id: $id, content: $content) { id }", "$id: ID!, $content: String!", {
      id,
      content: `张市民同志：您好！经核查，积水系排水不畅所致，已于本周疏通。如有疑问请联系工会李老师，电话13800001111，或致电 023-67891234。`,
    });
    await act(reviewer, "reviewLetterReply(id: $id, approve: true) { id }", "$id: ID!", { id });
    await act(reviewer, "publishLetterReply(id: $id) { id }", "$id: ID!", { id });
    // The 智库 takes the answer in once the writer is satisfied with it (or the letter is closed).
    await act(citizen, "rateLetter(id: $id, rating: SATISFIED) { id }", "$id: ID!", { id });

    const portal = urls().portal;
    const page = await browser.context.newPage();
    await page.goto(`${portal}/s/zgh/zhiku/?q=${encodeURIComponent(keyword)}`);
    const link = page.getByRole("link", { name: `职工宿舍门口${keyword}严重` });
    await expect.poll(() => link.count(), POLL).toBe(1);
    await link.click();
    await page.waitForURL(/\/zhiku\/[0-9a-f-]{36}\.html$/);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("已于本周疏通");
    expect(text).toContain("解放路**号职工宿舍*栋*单元***室");
    // The writer's name goes, the unit's office number stays.
    expect(text).toContain("张**同志：您好！");
    expect(text).toContain("023-67891234");
    for (const secret of [phone, "13800001111", "88号", "502室", "张市民"])
      expect(text).not.toContain(secret);
    await screenshot(page, "portal-knowledge-entry");
    // 市总工会 answered it: another unit's site does not show it.
    const entryPath = new URL(page.url()).pathname;
    expect((await fetch(`${portal}${entryPath.replace("/s/zgh/", "/s/xcb/")}`)).status).toBe(404);

    const suggested = (await (
      await fetch(`${portal}/s/zgh/zhiku/suggest.json?q=${encodeURIComponent(`宿舍门口${keyword}怎么处理`)}`)
    ).json()) as { title: string; url: string }[];
    expect(suggested.map((entry) => entry.title)).toContain(`职工宿舍门口${keyword}严重`);

    await page.getByRole("button", { name: "有帮助" }).click();
    await page.waitForURL(/\/zhiku\/feedback\/\?/);
    await page.getByRole("button", { name: "提交评价" }).click();
    await page.waitForURL(/done=1/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("感谢您的反馈");
    expect(await page.locator("main").textContent()).toContain("已有 1 人认为有帮助，0 人认为没帮助");
  });
});
