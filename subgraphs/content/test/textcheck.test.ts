// Integration: the text check in content with supervision's lexicon — checkText for the editor, the publish
// gate (final approval and publishing refused while a block-level finding is open), overrides by a
// check.override holder on the timeline and review sheet, a scheduled publish re-checked with the lexicon in
// force when it runs, and a lexicon change reaching the running content subgraph without a restart.
import { randomUUID } from "node:crypto";
import type { StartedSubgraph } from "@jiyue/server-kit";
import { readOutbox, startSubgraph } from "@jiyue/server-kit";
import { grant, testKeys } from "@jiyue/server-kit/testing";
import { supervisionSubgraph } from "@jiyue/supervision/app";
import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkResults } from "../src/db/schema";
import {
  type ArticleView,
  article,
  type Cast,
  ContentKit,
  cast,
  MUTATIONS,
  type Person,
} from "./testkit/content";

type Site = Awaited<ReturnType<ContentKit["site"]>>;

class TextcheckKit extends ContentKit {
  supervision!: StartedSubgraph<Record<string, unknown>>;
  pool!: pg.Pool;

  override async start() {
    const keys = await testKeys();
    if (!this.supervision) {
      this.pool = new pg.Pool({ connectionString: this.databaseUrl, max: 2 });
      const none = async () => [];
      this.supervision = (await startSubgraph(supervisionSubgraph, {
        databaseUrl: this.databaseUrl,
        port: 0,
        serviceSecret: "test-secret",
        verifyToken: keys.verifier,
        eventSources: {
          identity: async (after, limit) => this.identityEvents.filter((e) => e.seq > after).slice(0, limit),
          content: none,
          interaction: none,
          evaluation: none,
          supervision: none,
        },
      })) as unknown as StartedSubgraph<Record<string, unknown>>;
      // content fetches the snapshot from here (its production default is SUPERVISION_URL or the port).
      process.env.SUPERVISION_URL = this.supervision.url;
    }
    return startSubgraph((await import("../src/app")).contentSubgraph, {
      databaseUrl: this.databaseUrl,
      port: 0,
      serviceSecret: "test-secret",
      verifyToken: keys.verifier,
      eventSources: {
        identity: async (after, limit) => this.identityEvents.filter((e) => e.seq > after).slice(0, limit),
        supervision: (after, limit) => readOutbox(this.pool, "supervision", after, limit),
      },
    });
  }

  async supervisionGql(query: string, variables: Record<string, unknown>, who: Person) {
    const response = await fetch(`${this.supervision.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${who.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  override async teardown() {
    for (const instance of this.instances) await instance.stop();
    this.instances = [];
    await this.supervision?.stop();
    await this.pool?.end();
    await super.teardown();
  }
}

const kit = new TextcheckKit();
const unitId = randomUUID();
let site: Site;
let people: Cast;
let checker: Person;
let supervisor: Person;
let outsider: Person;

const CHECK = `query($siteId: ID!, $html: String, $title: String) { checkText(siteId: $siteId, html: $html, title: $title) {
  lexiconVersion text blockCount warnCount findings { key field start end htmlStart htmlEnd text category severity suggestion ruleId } } }`;
const RESULT = `query($id: ID!) { article(id: $id) { status checkResult { lexiconVersion blockCount unresolvedBlockCount
  findings { key text severity override { reason actorName } } overrides { findingKey reason actorName } }
  timeline { action comment actorName } } }`;
const SHEET = `query($id: ID!) { reviewSheet(articleId: $id) { entries { action comment }
  checkResult { unresolvedBlockCount overrides { text reason actorName } } } }`;
const OVERRIDE = `mutation($id: ID!, $keys: [ID!], $reason: String!) { overrideCheckFindings(articleId: $id, findingKeys: $keys, reason: $reason) { id } }`;
const IGNORE = `mutation($id: ID!, $keys: [ID!]!, $reason: String!) { ignoreCheckFindings(articleId: $id, findingKeys: $keys, reason: $reason) { id } }`;
const CREATE_ENTRY = `mutation($input: CreateLexiconEntryInput!) { createLexiconEntry(input: $input) { id } }`;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}
const versionSeen = async () =>
  (
    await kit.ok<{ checkText: { lexiconVersion: number } }>(
      CHECK,
      { siteId: site.id, html: "<p>x</p>" },
      people.editor,
    )
  ).checkText.lexiconVersion;

beforeAll(async () => {
  await kit.setup();
  site = await kit.site(unitId);
  await kit.supervision.consumer?.catchUp();
  people = await cast(kit, unitId);
  checker = await kit.staff([grant("checker_override", { unitId })], "放行人");
  supervisor = await kit.staff([grant("supervisor")], "市级监管");
  outsider = await kit.staff([grant("editor", { unitId: randomUUID() })], "外单位编辑");
  // The first snapshot (with the curated starter set) arrives shortly after start.
  await waitFor(async () => (await versionSeen()) > 0, 15_000);
}, 60_000);

afterAll(async () => {
  await kit.teardown();
});

describe("checkText", () => {
  it("finds block-level typos in HTML with positions in its text and the HTML, and records the lexicon version", async () => {
    const html = "<p>我们要<strong>坚持扫黑险恶</strong>，立志报效国家。</p>";
    const { checkText } = await kit.ok<{
      checkText: {
        lexiconVersion: number;
        text: string;
        blockCount: number;
        findings: {
          text: string;
          severity: string;
          suggestion: string;
          start: number;
          end: number;
          htmlStart: number;
          htmlEnd: number;
          category: string;
        }[];
      };
    }>(CHECK, { siteId: site.id, html, title: "关于两岸三地的报道" }, people.editor);
    expect(checkText.lexiconVersion).toBeGreaterThan(0);
    const typo = checkText.findings.find((f) => f.text === "扫黑险恶");
    expect(typo).toMatchObject({ severity: "BLOCK", category: "typo", suggestion: "扫黑除恶" });
    expect(checkText.text.slice(typo!.start, typo!.end)).toBe("扫黑险恶");
    expect(html.slice(typo!.htmlStart, typo!.htmlEnd)).toBe("扫黑险恶");
    expect(checkText.findings.find((f) => f.text === "两岸三地")).toMatchObject({ severity: "BLOCK" });
    expect(checkText.blockCount).toBe(2);
  });

  it("finds a statistical typo no confusion pair lists, at warn level, with its suggestion", async () => {
    const html = "<p>我们要努力提高<em>工作效律</em>。</p>";
    const { checkText } = await kit.ok<{
      checkText: {
        blockCount: number;
        findings: { text: string; severity: string; category: string; suggestion: string; ruleId: string }[];
      };
    }>(CHECK, { siteId: site.id, html }, people.editor);
    expect(checkText.findings).toEqual([
      expect.objectContaining({
        text: "律",
        severity: "WARN",
        category: "typo",
        suggestion: "率",
        ruleId: "typo.statistical",
      }),
    ]);
    expect(checkText.blockCount).toBe(0);
  });

  it("is for staff who may read or write articles of the site", async () => {
    const refused = await kit.gql(CHECK, { siteId: site.id, html: "<p>x</p>" }, outsider);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await kit.gql(CHECK, { siteId: site.id, html: "<p>x</p>" });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("publish gate", () => {
  let view: ArticleView;

  it("attaches the check on submit and refuses the final approval while a block-level finding is open", async () => {
    view = await article(kit, people, site, "两岸三地交流活动", "in_review", "<p>本次活动坚持扫黑险恶。</p>");
    const [stored] = await kit.content.db
      .select()
      .from(checkResults)
      .where(eq(checkResults.revisionId, view.currentRevision.id));
    expect(stored).toMatchObject({ blockCount: 2 });
    expect(stored?.lexiconVersion).toBeGreaterThan(0);
    await kit.ok(MUTATIONS.approve, { id: view.id }, people.r1);
    await kit.ok(MUTATIONS.approve, { id: view.id }, people.r2);
    const refused = await kit.gql(MUTATIONS.approve, { id: view.id }, people.r3);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", refusal: "TEXTCHECK_BLOCKED" });
    expect(refused.errors?.[0]?.message).toMatch(/2 处必须处理的问题.*扫黑险恶|两岸三地/);
    const sheet = await kit.ok<{ reviewSheet: { checkResult: { unresolvedBlockCount: number } } }>(
      SHEET,
      { id: view.id },
      people.r3,
    );
    expect(sheet.reviewSheet.checkResult.unresolvedBlockCount).toBe(2);
  });

  it("lets only a check.override holder override, with a reason, on the timeline and the review sheet", async () => {
    const forReviewer = await kit.gql(OVERRIDE, { id: view.id, reason: "引用原文" }, people.r3);
    expect(forReviewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noReason = await kit.gql(OVERRIDE, { id: view.id, reason: "" }, checker);
    expect(noReason.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const { article: before } = await kit.ok<{
      article: { checkResult: { findings: { key: string; text: string; severity: string }[] } };
    }>(RESULT, { id: view.id }, checker);
    const first = before.checkResult.findings.find((f) => f.text === "两岸三地")!;
    await kit.ok(OVERRIDE, { id: view.id, keys: [first.key], reason: "标题引用会议原名" }, checker);
    // One is still open: still refused.
    const stillRefused = await kit.gql(MUTATIONS.approve, { id: view.id }, people.r3);
    expect((stillRefused.errors?.[0]?.extensions as { refusal?: string } | undefined)?.refusal).toBe(
      "TEXTCHECK_BLOCKED",
    );
    await kit.ok(OVERRIDE, { id: view.id, reason: "历史文献引文，照录原文" }, checker);

    const { article: after } = await kit.ok<{
      article: {
        checkResult: { unresolvedBlockCount: number; overrides: { reason: string; actorName: string }[] };
        timeline: { action: string; comment: string; actorName: string }[];
      };
    }>(RESULT, { id: view.id }, people.editor);
    expect(after.checkResult.unresolvedBlockCount).toBe(0);
    expect(after.checkResult.overrides.map((o) => o.reason)).toEqual([
      "标题引用会议原名",
      "历史文献引文，照录原文",
    ]);
    const entries = after.timeline.filter((t) => t.action === "CHECK_OVERRIDE");
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ actorName: "放行人" });
    expect(entries[1]?.comment).toMatch(/扫黑险恶.*历史文献引文/);
    const sheet = await kit.ok<{
      reviewSheet: {
        entries: { action: string }[];
        checkResult: { overrides: { text: string; actorName: string }[] };
      };
    }>(SHEET, { id: view.id }, people.r3);
    expect(sheet.reviewSheet.entries.filter((e) => e.action === "CHECK_OVERRIDE")).toHaveLength(2);
    expect(sheet.reviewSheet.checkResult.overrides.map((o) => o.text).sort()).toEqual([
      "两岸三地",
      "扫黑险恶",
    ]);

    await kit.ok(MUTATIONS.approve, { id: view.id }, people.r3);
    const published = await kit.ok<{ publishArticle: ArticleView }>(
      MUTATIONS.publish,
      { id: view.id },
      people.r3,
    );
    expect(published.publishArticle.status).toBe("PUBLISHED");
    const events = await readOutbox(kit.pool, "content", 0, 5000);
    expect(events.some((e) => e.type === "article.check_overridden" && e.aggregateId === view.id)).toBe(true);
  });
});

describe("ignoring warnings", () => {
  it("keeps an editor's ignore with its reason on the revision for reviewers; a block-level finding cannot be ignored", async () => {
    const draft = await article(
      kit,
      people,
      site,
      "提高效率",
      "draft",
      "<p>我们要努力提高工作效律。本次活动坚持扫黑险恶。</p>",
    );
    type Result = {
      article: {
        checkResult: {
          unresolvedBlockCount: number;
          findings: { key: string; text: string; severity: string; ignore: { reason: string } | null }[];
          overrides: unknown[];
          ignores: { text: string; reason: string; actorName: string }[];
        };
      };
    };
    const RESULT_IGNORES = `query($id: ID!) { article(id: $id) { checkResult { unresolvedBlockCount
      findings { key text severity ignore { reason } } overrides { id } ignores { text reason actorName } } } }`;
    const before = (await kit.ok<Result>(RESULT_IGNORES, { id: draft.id }, people.editor)).article
      .checkResult;
    const warn = before.findings.find((f) => f.severity === "WARN")!;
    const block = before.findings.find((f) => f.severity === "BLOCK")!;

    const byReviewer = await kit.gql(IGNORE, { id: draft.id, keys: [warn.key], reason: "专名" }, people.r1);
    expect(byReviewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const blockIgnored = await kit.gql(
      IGNORE,
      { id: draft.id, keys: [block.key], reason: "引用" },
      people.editor,
    );
    expect(blockIgnored.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const noReason = await kit.gql(IGNORE, { id: draft.id, keys: [warn.key], reason: " " }, people.editor);
    expect(noReason.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    await kit.ok(IGNORE, { id: draft.id, keys: [warn.key], reason: "引用文件原文" }, people.editor);
    await kit.ok(MUTATIONS.submit, { id: draft.id }, people.editor);
    const after = (await kit.ok<Result>(RESULT_IGNORES, { id: draft.id }, people.r1)).article.checkResult;
    expect(after.findings.find((f) => f.key === warn.key)?.ignore).toEqual({ reason: "引用文件原文" });
    expect(after.ignores).toEqual([
      { text: warn.text, reason: "引用文件原文", actorName: expect.any(String) },
    ]);
    // An ignore is no override: the gate still sees the block-level finding.
    expect(after.overrides).toEqual([]);
    expect(after.unresolvedBlockCount).toBe(1);
    const sheet = await kit.ok<{ reviewSheet: { checkResult: { ignores: { reason: string }[] } } }>(
      `query($id: ID!) { reviewSheet(articleId: $id) { checkResult { ignores { reason } } } }`,
      { id: draft.id },
      people.r1,
    );
    expect(sheet.reviewSheet.checkResult.ignores).toEqual([{ reason: "引用文件原文" }]);
  });
});

describe("lexicon hot swap", () => {
  it("a new city block entry reaches the running content subgraph without a restart", async () => {
    const before = await versionSeen();
    const html = "<p>这里出现了新设禁词丙。</p>";
    const found = async () =>
      (
        await kit.ok<{ checkText: { findings: { text: string }[] } }>(
          CHECK,
          { siteId: site.id, html },
          people.editor,
        )
      ).checkText.findings.some((f) => f.text === "新设禁词丙");
    expect(await found()).toBe(false);
    await kit.supervisionGql(
      CREATE_ENTRY,
      { input: { term: "新设禁词丙", kind: "SENSITIVE", level: "BLOCK", source: "测试" } },
      supervisor,
    );
    const latency = await waitFor(found, 15_000);
    expect(latency).toBeLessThan(15_000);
    expect(await versionSeen()).toBeGreaterThan(before);
  });

  it("re-checks a scheduled publish with the lexicon in force when it runs", async () => {
    const view = await article(
      kit,
      people,
      site,
      "计划发布的稿件",
      "approved",
      "<p>内容里有后设禁词丁。</p>",
    );
    const at = new Date(Date.now() + 2500).toISOString();
    await kit.ok(MUTATIONS.publish, { id: view.id, at }, people.r3);
    await kit.supervisionGql(
      CREATE_ENTRY,
      { input: { term: "后设禁词丁", kind: "SENSITIVE", level: "BLOCK", source: "测试" } },
      supervisor,
    );
    const refusedComment = async () => {
      const { article: a } = await kit.ok<{
        article: { status: string; timeline: { action: string; comment: string | null }[] };
      }>(RESULT, { id: view.id }, people.editor);
      return a.timeline.some((t) => t.action === "SCHEDULE" && (t.comment ?? "").includes("定时发布未执行"));
    };
    await waitFor(refusedComment, 20_000);
    const { article: a } = await kit.ok<{ article: { status: string } }>(
      RESULT,
      { id: view.id },
      people.editor,
    );
    expect(a.status).toBe("APPROVED");
  }, 30_000);
});
