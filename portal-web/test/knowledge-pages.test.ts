// 智库 on a site, against a stand-in interaction: the cached list (search, categories, pages) and entry pages,
// the suggestion JSON the letter form calls while typing, the "was this helpful" visitor page (GET asks, POST
// with the form token votes as this browser, Post/Redirect/Get to the counts), and the tags knowledge events
// invalidate.
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { knowledgeFeedbackRoute } from "../src/features/knowledge/knowledge.routes";
import { EVENT_TAG_RULES } from "../src/server/invalidation";
import { CSRF_FIELD } from "../src/server/visitor";
import { type FakeGateway, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const tw = site({ code: "tw", name: "团市委" });
const kx = site({ code: "kx", name: "市科协" });
const ENTRY_ID = "5b1d6c1e-3f0a-4c55-9d1e-7a2b3c4d5e6f";
const OTHER_ID = "6c2e7d2f-4a1b-4d66-8e2f-8b3c4d5e6f70";
const entry = {
  id: ENTRY_ID,
  source: "LETTER",
  title: "小区门口道路积水严重",
  question: "每逢下雨小区门口道路积水严重，电话***********。",
  answer: "经现场查看，积水系排水管堵塞所致，已安排疏通。",
  category: "城乡建设",
  answeredAt: "2026-11-20T02:00:00Z",
  // 团市委's answer: shown on its sites only.
  unitId: tw.unit.id,
  siteId: tw.id,
};
let counts = { helpfulCount: 3, unhelpfulCount: 1 };
let limited = false;

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
    const known = variables.id === ENTRY_ID;
    switch (operation) {
      case "PortalKnowledgeList": {
        const nodes = variables.search === "护照" ? [] : [entry];
        res.json({
          data: {
            knowledgeEntries: { totalCount: variables.search === "积水" ? 1 : 31, nodes },
            knowledgeCategories: [
              { category: "城乡建设", count: 20 },
              { category: "教育文体", count: 11 },
            ],
          },
        });
        return;
      }
      case "PortalKnowledgeEntry":
        res.json({ data: { knowledgeEntry: known ? entry : null } });
        return;
      case "PortalKnowledgeSuggest":
        res.json({
          data: {
            knowledgeSuggestions: [
              { id: OTHER_ID, title: "别的单位的答复", unitId: kx.unit.id, siteId: null },
              { id: ENTRY_ID, title: entry.title, unitId: entry.unitId, siteId: entry.siteId },
            ],
          },
        });
        return;
      case "PortalKnowledgeFeedback":
        res.json({
          data: {
            knowledgeEntry: known
              ? { id: ENTRY_ID, title: entry.title, unitId: entry.unitId, siteId: entry.siteId, ...counts }
              : null,
          },
        });
        return;
      case "PortalKnowledgeVote":
        if (limited) {
          res.json({
            data: null,
            errors: [{ message: "操作过于频繁，请稍后再试", extensions: { code: "TOO_MANY_REQUESTS" } }],
          });
          return;
        }
        counts = variables.helpful
          ? { ...counts, helpfulCount: counts.helpfulCount + 1 }
          : { ...counts, unhelpfulCount: counts.unhelpfulCount + 1 };
        res.json({ data: { voteKnowledgeEntry: { id: ENTRY_ID, ...counts } } });
        return;
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
  sites = await startFakeGateway([tw, kx]);
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
  running = await startPortal({ gatewayUrl: interaction.url, visitorRoutes: [knowledgeFeedbackRoute] });
  return `${running.url}/s/tw`;
}
const calls = (operation: string) => interaction.calls.filter((call) => call.operation === operation);

describe("智库 pages", () => {
  it("list, search and filter on cached pages keyed by q, category and page", async () => {
    const base = await start();
    const before = calls("PortalKnowledgeList").length;
    const first = await fetch(`${base}/zhiku/`);
    const body = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).not.toContain("no-store");
    expect(body).toContain(`href="/s/tw/zhiku/${ENTRY_ID}.html"`);
    expect(body).toContain("小区门口道路积水严重");
    expect(body).toContain('href="/s/tw/zhiku/?category=%E5%9F%8E%E4%B9%A1%E5%BB%BA%E8%AE%BE"');
    expect(body).toContain('href="/s/tw/zhiku/?page=2"');
    expect(body).toMatch(/<label for="knowledge-q">搜索问题<\/label>/);
    expect(body).not.toContain("<script>");
    await fetch(`${base}/zhiku/?utm=x`);
    expect(calls("PortalKnowledgeList").length - before).toBe(1);

    const searched = await (
      await fetch(`${base}/zhiku/?q=${encodeURIComponent("积水")}&category=城乡建设`)
    ).text();
    expect(searched).toContain("与“积水”相关的问题");
    expect(calls("PortalKnowledgeList").at(-1)?.variables).toMatchObject({
      search: "积水",
      category: "城乡建设",
      offset: 0,
    });
    const empty = await (await fetch(`${base}/zhiku/?q=${encodeURIComponent("护照")}`)).text();
    expect(empty).toContain("没有找到相关问题");
    const second = await fetch(`${base}/zhiku/?page=2`);
    expect(second.status).toBe(200);
    expect(calls("PortalKnowledgeList").at(-1)?.variables).toMatchObject({ offset: 15 });
    expect((await fetch(`${base}/zhiku/?page=9`)).status).toBe(404);
  });

  it("show an entry with the helpful form pointing at the visitor page, and 404 for an unknown one", async () => {
    const base = await start();
    const page = await fetch(`${base}/zhiku/${ENTRY_ID}.html`);
    const body = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).not.toContain("no-store");
    expect(body).toContain("已安排疏通");
    expect(body).toMatch(/<form class="knowledge-helpful" action="\/s\/tw\/zhiku\/feedback\/" method="get">/);
    expect(body).toMatch(/value="0" name="helpful">没帮助/);
    expect(body).not.toContain('aria-current="page">首页');
    expect(body).not.toContain(CSRF_FIELD);
    expect((await fetch(`${base}/zhiku/${OTHER_ID}.html`)).status).toBe(404);
  });

  it("show an entry only on the sites of its unit: another site's 智库 answers 404 and lists only its own", async () => {
    const base = await start();
    const elsewhere = `${running.url}/s/kx`;
    const page = await fetch(`${elsewhere}/zhiku/${ENTRY_ID}.html`);
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain("已安排疏通");
    expect((await fetch(`${elsewhere}/zhiku/feedback/?id=${ENTRY_ID}&helpful=1`)).status).toBe(404);
    await fetch(`${elsewhere}/zhiku/`);
    expect(calls("PortalKnowledgeList").at(-1)?.variables).toMatchObject({ siteId: kx.id });
    await fetch(`${base}/zhiku/?page=3`);
    expect(calls("PortalKnowledgeList").at(-1)?.variables).toMatchObject({ siteId: tw.id });
    // The suggestions are the city's: each site keeps its own unit's (the other links would be 404s there).
    const suggest = async (on: string) =>
      (
        (await (await fetch(`${on}/zhiku/suggest.json?q=${encodeURIComponent("道路积水")}`)).json()) as {
          id: string;
        }[]
      ).map((found) => found.id);
    expect(await suggest(elsewhere)).toEqual([OTHER_ID]);
    expect(await suggest(base)).toEqual([ENTRY_ID]);
  });

  it("answer the letter form's suggestions as JSON", async () => {
    const base = await start();
    const answer = await fetch(`${base}/zhiku/suggest.json?q=${encodeURIComponent("门口道路积水怎么办")}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("application/json");
    expect(await answer.json()).toEqual([
      { id: ENTRY_ID, title: "小区门口道路积水严重", url: `/s/tw/zhiku/${ENTRY_ID}.html` },
    ]);
    expect(calls("PortalKnowledgeSuggest").at(-1)?.variables).toEqual({ text: "门口道路积水怎么办" });
    const before = calls("PortalKnowledgeSuggest").length;
    expect(await (await fetch(`${base}/zhiku/suggest.json?q=a`)).json()).toEqual([]);
    expect(calls("PortalKnowledgeSuggest").length).toBe(before);
  });

  it("take a helpful vote without JavaScript: confirm, POST with the token, then the counts", async () => {
    const base = await start();
    const url = `${base}/zhiku/feedback/`;
    const ask = await fetch(`${url}?id=${ENTRY_ID}&helpful=0`);
    expect(ask.status).toBe(200);
    expect(ask.headers.get("cache-control")).toBe("private, no-store");
    const cookie = ask.headers
      .getSetCookie()
      .map((header) => header.split(";")[0])
      .join("; ");
    expect(cookie).toMatch(/jy_vid=[A-Za-z0-9_-]{16,}/);
    const html = await ask.text();
    expect(html).toMatch(/id="helpful-no"[^>]*checked=""|checked=""[^>]*id="helpful-no"/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const post = (helpful: string) =>
      fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: { cookie },
        body: new URLSearchParams([
          [CSRF_FIELD, csrf],
          ["id", ENTRY_ID],
          ["helpful", helpful],
        ]),
      });
    const done = await post("0");
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/s/tw/zhiku/feedback/?id=${ENTRY_ID}&done=1`);
    const visitorId = /jy_vid=([^;]+)/.exec(cookie)?.[1];
    expect(calls("PortalKnowledgeVote").at(-1)?.variables).toEqual({
      id: ENTRY_ID,
      helpful: false,
      visitorId,
    });
    const thanks = await (
      await fetch(`${running.url}${done.headers.get("location")}`, { headers: { cookie } })
    ).text();
    expect(thanks).toContain("感谢您的反馈");
    expect(thanks).toContain("已有 3 人认为有帮助，2 人认为没帮助");

    limited = true;
    const refused = await post("1");
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("操作过于频繁");
    limited = false;
    // Without the form token the vote is refused before anything is called.
    const before = calls("PortalKnowledgeVote").length;
    const forged = await fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { cookie },
      body: new URLSearchParams([
        ["id", ENTRY_ID],
        ["helpful", "1"],
      ]),
    });
    expect(forged.status).toBe(403);
    expect(calls("PortalKnowledgeVote").length).toBe(before);
    expect((await fetch(`${url}?id=not-an-id&helpful=1`)).status).toBe(404);
  });

  it("invalidate the entry's page and every list on knowledge events", () => {
    const tags = EVENT_TAG_RULES["interaction/knowledge_entry"]?.({
      id: "e1",
      seq: 1,
      producer: "interaction",
      type: "knowledge.entry_removed",
      aggregateType: "knowledge_entry",
      aggregateId: ENTRY_ID,
      siteId: tw.id,
      unitId: null,
      payload: { entry: { id: ENTRY_ID } },
      actor: { kind: "system", id: null },
      occurredAt: new Date().toISOString(),
    });
    expect(tags).toEqual([`knowledge:${ENTRY_ID}`, "knowledge-list"]);
  });
});
