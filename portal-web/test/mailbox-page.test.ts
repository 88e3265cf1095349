// The 互动交流 channel lists the site's public mailboxes, refreshed by interaction's mailbox events; the
// portal serves its own icon.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { channel, type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { FakeEvents, type RunningPortal, startPortal } from "./helpers";

const fl = site({
  code: "fl",
  name: "重庆市妇女联合会",
  channels: [channel("工作动态", "gzdt"), channel("互动交流", "hdjl")],
  mailboxes: [
    { id: randomUUID(), name: "主席信箱", description: "直接写信给市妇联主席" },
    { id: randomUUID(), name: "市妇联信箱", description: null },
  ],
});
const kx = site({ code: "kx", name: "重庆市科学技术协会", channels: [channel("互动交流", "hdjl")] });

let gateway: FakeGateway;
let interaction: FakeEvents;
const running: RunningPortal[] = [];

async function portal() {
  interaction = new FakeEvents("interaction");
  const started = await startPortal({
    gatewayUrl: gateway.url,
    sources: { interaction: interaction.source },
  });
  running.push(started);
  return started;
}

beforeAll(async () => {
  gateway = await startFakeGateway([fl, kx]);
});
afterAll(async () => {
  await gateway.stop();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});

describe("互动交流 channel", () => {
  it("lists the site's public mailboxes, each linked to its letter form, with the one window and the lookup", async () => {
    const { get } = await portal();
    const page = await get("/s/fl/hdjl/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("主席信箱");
    expect(page.body).toContain("直接写信给市妇联主席");
    expect(page.body).toContain("市妇联信箱");
    const chair = fl.mailboxes?.[0]?.id;
    expect(page.body).toContain(`<a href="/s/fl/hdjl/${chair}/xiexin/"><strong>主席信箱</strong></a>`);
    expect(page.body).toContain('href="/s/fl/hdjl/tyck/xiexin/"');
    expect(page.body).toContain('href="/s/fl/hdjl/chaxun/"');
    expect(page.body).not.toContain("暂无信息");
    // Other channels are unchanged.
    const other = await get("/s/fl/gzdt/");
    expect(other.body).not.toContain("主席信箱");
    expect(other.body).toContain("暂无信息");
  });

  it("says so when the site has no mailbox yet", async () => {
    const { get } = await portal();
    const page = await get("/s/kx/hdjl/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("本站暂未开设信箱");
  });

  it("shows a new mailbox after interaction's mailbox.created, leaving other units' pages cached", async () => {
    const { get, portal: app } = await portal();
    await get("/s/fl/hdjl/");
    await get("/s/kx/hdjl/");
    expect((await get("/s/kx/hdjl/")).headers["x-jiyue-cache"]).toBe("hit");

    const mailbox = { id: randomUUID(), name: "科协意见箱", description: "欢迎提出意见建议" };
    kx.mailboxes = [mailbox];
    interaction.push("mailbox.created", {
      aggregateId: mailbox.id,
      unitId: kx.unit.id,
      payload: { mailbox: { ...mailbox, unitId: kx.unit.id, siteId: null, isPublic: true } },
    });
    await app.consumer?.catchUp();

    const refreshed = await get("/s/kx/hdjl/");
    expect(refreshed.headers["x-jiyue-cache"]).toBe("miss");
    expect(refreshed.body).toContain("科协意见箱");
    expect((await get("/s/fl/hdjl/")).headers["x-jiyue-cache"]).toBe("hit");
    kx.mailboxes = [];
  });
});

describe("favicon", () => {
  it("serves an icon at /favicon.ico with a long cache lifetime, and pages point to it", async () => {
    const { get } = await portal();
    const icon = await get("/favicon.ico");
    expect(icon.status).toBe(200);
    expect(icon.headers["content-type"]).toContain("image/svg+xml");
    expect(icon.body).toContain("<svg");
    expect(icon.headers["cache-control"]).toMatch(/max-age=\d{6,}/);
    expect(
      (await get("/favicon.ico", { headers: { "if-none-match": String(icon.headers.etag) } })).status,
    ).toBe(304);
    expect((await get("/s/fl/")).body).toContain('<link rel="icon" href="/favicon.svg"');
  });
});
