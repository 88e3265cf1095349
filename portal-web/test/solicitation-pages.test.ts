// 意见征集 on a site, against a stand-in interaction: the cacheable list and 采纳情况 pages, the campaign's
// form as a visitor page (no JavaScript needed: radio/checkbox fieldsets, POST back with the form token,
// errors shown next to the question with what was typed kept, Post/Redirect/Get to a thank-you page), and
// the cache tags solicitation events invalidate.
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { solicitationFormRoute } from "../src/features/solicitation/solicitation.routes";
import { EVENT_TAG_RULES } from "../src/server/invalidation";
import { CSRF_FIELD } from "../src/server/visitor";
import { type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const tw = site({ code: "tw", name: "团市委" });
const OPEN_ID = "5b1d6c1e-3f0a-4c55-9d1e-7a2b3c4d5e6f";
const DONE_ID = "6c2e7d2f-4a1b-4d66-8e2f-8b3c4d5e6f70";
const ELSEWHERE_ID = "7d3f8e3a-5b2c-4e77-9f3a-9c4d5e6f7081";

const campaign = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  title: "关于延长城市公园开放时间的意见征集",
  description: "为方便市民夜间休闲，拟延长城市公园开放时间。\n\n欢迎提出意见和建议。",
  documentUrl: "/media/files/park-draft.pdf",
  documentName: "征求意见稿.pdf",
  siteIds: [tw.id],
  allowAnonymous: true,
  startsAt: "2026-12-01T00:00:00Z",
  endsAt: "2027-01-10T00:00:00Z",
  status: "OPEN",
  acceptingSubmissions: true,
  closedReason: null,
  questions: [
    {
      id: "q1",
      kind: "SINGLE",
      title: "您是否赞成延长开放时间？",
      options: ["赞成", "反对"],
      required: true,
    },
    {
      id: "q2",
      kind: "MULTIPLE",
      title: "您最关心哪些方面？",
      options: ["安全", "照明", "噪音"],
      required: false,
    },
    { id: "q3", kind: "TEXT", title: "其他意见和建议", options: [], required: false },
  ],
  feedback: null,
  ...overrides,
});
const CAMPAIGNS: Record<string, ReturnType<typeof campaign>> = {
  [OPEN_ID]: campaign(OPEN_ID),
  [DONE_ID]: campaign(DONE_ID, {
    title: "关于社区食堂建设的意见征集",
    status: "FEEDBACK_PUBLISHED",
    acceptingSubmissions: false,
    feedback: {
      summary: "共收到意见 20 条，采纳了增加夜间巡逻的建议。",
      total: 20,
      adopted: 5,
      partlyAdopted: 5,
      notAdopted: 10,
      publishedAt: "2027-01-20T02:00:00Z",
      highlights: [{ adoption: "ADOPTED", text: "建议夜间增加巡逻。" }],
    },
  }),
  [ELSEWHERE_ID]: campaign(ELSEWHERE_ID, { siteIds: ["00000000-0000-4000-8000-000000000000"] }),
};

interface Call {
  operation: string;
  variables: Record<string, unknown>;
}
let sites: FakeGateway;
let interaction: { url: string; calls: Call[]; stop(): Promise<void> };
let running: RunningPortal;

async function startInteractionFake() {
  const calls: Call[] = [];
  const app = express();
  app.use(express.json());
  app.post("/graphql", async (req, res) => {
    const { query, variables = {} } = req.body as { query: string; variables?: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "anonymous";
    calls.push({ operation, variables });
    switch (operation) {
      case "PortalSiteSolicitations": {
        const nodes = Object.values(CAMPAIGNS).filter((c) => c.siteIds.includes(String(variables.siteId)));
        res.json({ data: { siteSolicitations: { totalCount: nodes.length, nodes } } });
        return;
      }
      case "PortalSolicitation":
        res.json({ data: { solicitation: CAMPAIGNS[String(variables.id)] ?? null } });
        return;
      case "PortalSolicitationVisitor":
        res.json({ data: { me: null } });
        return;
      case "PortalSubmitSolicitation": {
        const input = variables.input as { answers: { questionId: string; choices?: string[] }[] };
        const q1 = input.answers.find((answer) => answer.questionId === "q1");
        res.json(
          q1?.choices?.length
            ? { data: { submitSolicitation: { id: "s-1" } } }
            : {
                data: null,
                errors: [
                  {
                    message: "请回答第 1 题",
                    extensions: {
                      code: "BAD_USER_INPUT",
                      fields: [{ path: "answers.q1", message: "请回答第 1 题" }],
                    },
                  },
                ],
              },
        );
        return;
      }
      default: {
        const answer = await fetch(`${sites.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(req.body),
        });
        res
          .status(answer.status)
          .type("application/json")
          .send(await answer.text());
      }
    }
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

beforeAll(async () => {
  sites = await startFakeGateway([tw]);
  interaction = await startInteractionFake();
});
afterAll(async () => {
  await interaction?.stop();
  await sites?.stop();
});
afterEach(async () => {
  await running?.close();
});

async function start(): Promise<string> {
  running = await startPortal({ gatewayUrl: interaction.url, visitorRoutes: [solicitationFormRoute] });
  return `${running.url}/s/tw`;
}
const calls = (operation: string) => interaction.calls.filter((call) => call.operation === operation);

describe("solicitation pages", () => {
  it("list the site's campaigns on a cached page", async () => {
    const base = await start();
    const before = calls("PortalSiteSolicitations").length;
    const first = await fetch(`${base}/yjzj/`);
    const body = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).not.toContain("no-store");
    expect(body).toContain(`href="/s/tw/yjzj/${OPEN_ID}/"`);
    expect(body).toContain("征集中");
    expect(body).toContain(`href="/s/tw/yjzj/${DONE_ID}/fankui/"`);
    expect(body).not.toContain(ELSEWHERE_ID);
    await fetch(`${base}/yjzj/`);
    expect(calls("PortalSiteSolicitations").length - before).toBe(1);
  });

  it("show the feedback, and 404 for a campaign without one", async () => {
    const base = await start();
    const page = await fetch(`${base}/yjzj/${DONE_ID}/fankui/`);
    const body = await page.text();
    expect(page.status).toBe(200);
    expect(body).toMatch(/<td>20<\/td><td>5<\/td><td>5<\/td><td>10<\/td>/);
    expect(body).toContain("采纳了增加夜间巡逻的建议");
    expect(body).toContain("建议夜间增加巡逻。");
    expect((await fetch(`${base}/yjzj/${OPEN_ID}/fankui/`)).status).toBe(404);
  });

  it("serve the form as a visitor page and refuse campaigns of other sites", async () => {
    const base = await start();
    const page = await fetch(`${base}/yjzj/${OPEN_ID}/`);
    const body = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toContain('href="/media/files/park-draft.pdf"');
    expect(body).toMatch(/<fieldset[^>]*><legend>1\. 您是否赞成延长开放时间？/);
    expect(body).toContain('type="radio"');
    expect(body).toContain('type="checkbox"');
    expect(body).toContain('name="q_q3"');
    expect(body).toMatch(/name="formKey" value="[A-Za-z0-9_-]{16,}"/);
    expect(body).not.toContain("<script>");
    expect((await fetch(`${base}/yjzj/${ELSEWHERE_ID}/`)).status).toBe(404);
  });

  it("post back: an error keeps what was typed next to the question; success redirects to the thank-you page", async () => {
    const base = await start();
    const url = `${base}/yjzj/${OPEN_ID}/`;
    const page = await fetch(url);
    const cookie = page.headers
      .getSetCookie()
      .map((header) => header.split(";")[0])
      .join("; ");
    const html = await page.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const formKey = /name="formKey" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const post = (fields: [string, string][]) =>
      fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: { cookie },
        body: new URLSearchParams([[CSRF_FIELD, csrf], ["formKey", formKey], ...fields]),
      });

    const missing = await post([
      ["q_q2", "照明"],
      ["q_q3", "希望延长到晚上十点。"],
    ]);
    const again = await missing.text();
    expect(missing.status).toBe(422);
    expect(again).toContain("请回答第 1 题");
    expect(again).toContain("希望延长到晚上十点。");
    expect(again).toMatch(/checked="" value="照明"/);
    // The re-shown form keeps its key: submitting it again is still one opinion.
    expect(again).toContain(`name="formKey" value="${formKey}"`);

    const done = await post([
      ["q_q1", "赞成"],
      ["q_q2", "安全"],
      ["q_q2", "照明"],
      ["q_q3", "希望延长到晚上十点。"],
      ["contactPhone", "13812345678"],
    ]);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/s/tw/yjzj/${OPEN_ID}/xiexie/`);
    const submitted = calls("PortalSubmitSolicitation").at(-1)?.variables.input;
    expect(submitted).toEqual({
      solicitationId: OPEN_ID,
      siteId: tw.id,
      answers: [
        { questionId: "q1", choices: ["赞成"] },
        { questionId: "q2", choices: ["安全", "照明"] },
        { questionId: "q3", text: "希望延长到晚上十点。" },
      ],
      contactName: null,
      contactPhone: "13812345678",
      idempotencyKey: formKey,
    });
    const thanks = await fetch(`${base}/yjzj/${OPEN_ID}/xiexie/`);
    expect(thanks.status).toBe(200);
    expect(await thanks.text()).toContain("意见已提交");
  });

  it("invalidate the campaign's pages and its sites' lists on solicitation events", () => {
    const rule = EVENT_TAG_RULES["interaction/solicitation"];
    const tags = rule?.({
      id: "e1",
      seq: 1,
      producer: "interaction",
      type: "solicitation.feedback_published",
      aggregateType: "solicitation",
      aggregateId: DONE_ID,
      siteId: tw.id,
      unitId: null,
      payload: { solicitation: { id: DONE_ID, siteIds: [tw.id, "s2"] } },
      actor: { kind: "system", id: null },
      occurredAt: new Date().toISOString(),
    });
    expect(tags).toEqual([`solicitation:${DONE_ID}`, `site-solicitations:${tw.id}`, "site-solicitations:s2"]);
  });
});
