// Integration: 意见征集 on a real PostgreSQL — the minimum open period, answers checked against the questions,
// submissions held by the text check (never rejected), idempotent and rate-limited submission, who sees
// submissions, and the whole round: open → 20 submissions → closed → tagged → 采纳情况 → xlsx read back.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { startSubgraph } from "@jiyue/server-kit";
import { citizenClaims, createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionSubgraph } from "../src/app";
import type { InteractionSchema } from "../src/context";
import { announceBoundaries } from "../src/modules/solicitation/solicitation.clock";
import { SUBMIT_LIMIT_PER_ADDRESS } from "../src/modules/solicitation/solicitation.service";

const identityEvents: DomainEvent[] = [];
const identitySource: EventSource = async (after, limit) =>
  identityEvents.filter((event) => event.seq > after).slice(0, limit);
function identityEvent(type: string, aggregateId: string, payload: Record<string, unknown>, unitId: string) {
  identityEvents.push({
    id: randomUUID(),
    seq: identityEvents.length + 1,
    producer: "identity",
    type,
    aggregateType: type.split(".")[0] ?? "unit",
    aggregateId,
    siteId: type.startsWith("site.") ? aggregateId : null,
    unitId,
    payload,
    actor: { kind: "system", id: null },
    occurredAt: new Date().toISOString(),
  });
}

let interaction: StartedSubgraph<InteractionSchema>;
let dropDatabase: () => Promise<void>;
const unitA = randomUUID();
const unitB = randomUUID();
const siteA = randomUUID();
const siteB = randomUUID();
const tokens: Record<string, string> = {};
const DAY = 86_400_000;

type GraphQLError = { message: string; extensions?: { code?: string; reason?: string } };
type GraphQLResult = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
async function graphql(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  address = "10.0.0.1",
): Promise<GraphQLResult> {
  const response = await fetch(`${interaction.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult;
}
async function ok<T>(query: string, variables: Record<string, unknown>, token?: string, address?: string) {
  const result = await graphql(query, variables, token, address);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

const QUESTIONS = [
  {
    kind: "SINGLE",
    title: "您是否赞成延长公园开放时间？",
    options: ["赞成", "反对", "无所谓"],
    required: true,
  },
  { kind: "MULTIPLE", title: "您最关心哪些方面？", options: ["安全", "照明", "噪音"], required: false },
  { kind: "TEXT", title: "其他意见和建议", required: false },
];
function campaignInput(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    unitId: unitA,
    title: "关于延长城市公园开放时间的意见征集",
    description: "为方便市民夜间休闲，拟延长城市公园开放时间，现公开征求意见。",
    documentUrl: "/media/files/park-draft.pdf",
    documentName: "征求意见稿.pdf",
    questions: QUESTIONS,
    siteIds: [siteA],
    allowAnonymous: true,
    startsAt: new Date(now - DAY).toISOString(),
    endsAt: new Date(now + 31 * DAY).toISOString(),
    ...overrides,
  };
}
const CREATE = `mutation($input: SolicitationInput!) { createSolicitation(input: $input) { id status } }`;
const OPEN = `mutation($id: ID!) { openSolicitation(id: $id) { id status acceptingSubmissions } }`;
const SUBMIT = `mutation($input: SubmitSolicitationInput!) { submitSolicitation(input: $input) { id anonymous held } }`;

async function openCampaign(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await ok<{ createSolicitation: { id: string; status: string } }>(
    CREATE,
    { input: campaignInput(overrides) },
    tokens.managerA,
  );
  expect(created.createSolicitation.status).toBe("DRAFT");
  const opened = await ok<{ openSolicitation: { status: string; acceptingSubmissions: boolean } }>(
    OPEN,
    { id: created.createSolicitation.id },
    tokens.managerA,
  );
  expect(opened.openSolicitation).toMatchObject({ status: "OPEN", acceptingSubmissions: true });
  return created.createSolicitation.id;
}
const answers = (choice: string, text?: string, many: string[] = []) => [
  { questionId: "q1", choices: [choice] },
  { questionId: "q2", choices: many },
  ...(text ? [{ questionId: "q3", text }] : []),
];

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const keys = await testKeys();
  interaction = await startSubgraph(interactionSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    // No supervision here: submissions are checked with the engine's starter set (lexicon version 0).
    eventSources: { identity: identitySource, supervision: async () => [] },
  });
  for (const [unit, name] of [
    [unitA, "重庆市总工会"],
    [unitB, "共青团重庆市委员会"],
  ] as const)
    identityEvent(
      "unit.created",
      unit,
      { unit: { id: unit, parentId: null, name, kind: "mass_organization", level: "city" } },
      unit,
    );
  for (const [site, unit, code] of [
    [siteA, unitA, "zgh"],
    [siteB, unitB, "gqt"],
  ] as const)
    identityEvent(
      "site.created",
      site,
      {
        site: {
          id: site,
          unitId: unit,
          parentSiteId: null,
          code,
          name: `站点${code}`,
          domains: [],
          status: "online",
        },
      },
      unit,
    );
  await interaction.consumer?.catchUp();
  const staff = (role: string, unitId?: string) =>
    keys.sign(staffClaims([grant(role, unitId ? { unitId } : {})], { unitId: unitId ?? null }));
  tokens.managerA = await staff("solicitation_manager", unitA);
  tokens.unitAdminB = await staff("unit_admin", unitB);
  tokens.managerB = await staff("solicitation_manager", unitB);
  tokens.cityManager = await staff("solicitation_manager");
  tokens.supervisor = await staff("supervisor");
  tokens.editorA = await staff("editor", unitA);
  for (let i = 0; i < 12; i += 1) tokens[`citizen${i}`] = await keys.sign(citizenClaims());
});

afterAll(async () => {
  await interaction?.stop();
  await dropDatabase?.();
});

describe("minimum open period", () => {
  it("refuses a period shorter than the platform's 30 days, and a unit may only lengthen it", async () => {
    const short = await graphql(
      CREATE,
      { input: campaignInput({ endsAt: new Date(Date.now() + 10 * DAY).toISOString() }) },
      tokens.managerA,
    );
    expect(codeOf(short)).toBe("BAD_USER_INPUT");
    expect(short.errors?.[0]?.message).toContain("征集期不得少于 30 天");

    const SET = `mutation($unitId: ID, $days: Int!) { setSolicitationMinOpenDays(unitId: $unitId, days: $days) { minOpenDays platformMinOpenDays unitMinOpenDays } }`;
    // A unit's manager cannot change the platform minimum nor go below it.
    expect(codeOf(await graphql(SET, { days: 7 }, tokens.managerA))).toBe("FORBIDDEN");
    const below = await graphql(SET, { unitId: unitA, days: 20 }, tokens.managerA);
    expect(codeOf(below)).toBe("BAD_USER_INPUT");
    expect(below.errors?.[0]?.message).toContain("不能短于平台规定的 30 天");
    expect(codeOf(await graphql(SET, { unitId: unitA, days: 40 }, tokens.managerB))).toBe("FORBIDDEN");
    const set = await ok<{ setSolicitationMinOpenDays: unknown }>(
      SET,
      { unitId: unitA, days: 40 },
      tokens.managerA,
    );
    expect(set.setSolicitationMinOpenDays).toEqual({
      minOpenDays: 40,
      platformMinOpenDays: 30,
      unitMinOpenDays: 40,
    });
    const tooShortNow = await graphql(CREATE, { input: campaignInput() }, tokens.managerA);
    expect(tooShortNow.errors?.[0]?.message).toContain("征集期不得少于 40 天");
    await ok(SET, { unitId: unitA, days: 30 }, tokens.managerA);
    // The platform's minimum, set city-wide, applies to every unit.
    await ok(SET, { days: 14 }, tokens.cityManager);
    const unitB14 = await ok<{ solicitationSettings: { minOpenDays: number } }>(
      `query($unitId: ID) { solicitationSettings(unitId: $unitId) { minOpenDays } }`,
      { unitId: unitB },
      tokens.managerB,
    );
    expect(unitB14.solicitationSettings.minOpenDays).toBe(14);
    await ok(SET, { days: 30 }, tokens.cityManager);
  });

  it("checks target sites and who may create", async () => {
    expect(codeOf(await graphql(CREATE, { input: campaignInput() }, tokens.editorA))).toBe("FORBIDDEN");
    expect(codeOf(await graphql(CREATE, { input: campaignInput() }))).toBe("UNAUTHENTICATED");
    const otherSite = await graphql(CREATE, { input: campaignInput({ siteIds: [siteB] }) }, tokens.managerA);
    expect(codeOf(otherSite)).toBe("BAD_USER_INPUT");
    expect(otherSite.errors?.[0]?.message).toContain("不属于本单位");
    const badQuestion = await graphql(
      CREATE,
      { input: campaignInput({ questions: [{ kind: "SINGLE", title: "只有一个选项？", options: ["是"] }] }) },
      tokens.managerA,
    );
    expect(badQuestion.errors?.[0]?.message).toBe("选择题至少需要 2 个选项");
  });
});

describe("submissions", () => {
  it("validates answers against the questions", async () => {
    const id = await openCampaign();
    const submit = (list: unknown[]) =>
      graphql(SUBMIT, { input: { solicitationId: id, answers: list } }, tokens.citizen0);
    const missing = await submit([{ questionId: "q3", text: "希望延长到晚上十点。" }]);
    expect(codeOf(missing)).toBe("BAD_USER_INPUT");
    expect(missing.errors?.[0]?.message).toBe("请回答第 1 题");
    expect((await submit([{ questionId: "q1", choices: ["赞成", "反对"] }])).errors?.[0]?.message).toBe(
      "第 1 题只能选择一项",
    );
    expect((await submit([{ questionId: "q1", choices: ["也许"] }])).errors?.[0]?.message).toBe(
      "第 1 题的选项无效",
    );
    expect(
      (
        await submit([
          { questionId: "q1", choices: ["赞成"] },
          { questionId: "q9", text: "x" },
        ])
      ).errors?.[0]?.message,
    ).toBe("回答了不存在的问题");
    expect(
      (
        await submit([
          { questionId: "q1", choices: ["赞成"] },
          { questionId: "q3", choices: ["安全"] },
        ])
      ).errors?.[0]?.message,
    ).toBe("第 3 题是填空题，不能选择选项");
    const fine = await ok<{ submitSolicitation: { anonymous: boolean } }>(
      SUBMIT,
      { input: { solicitationId: id, answers: answers("赞成", "希望延长到晚上十点。", ["照明", "安全"]) } },
      tokens.citizen0,
    );
    expect(fine.submitSolicitation.anonymous).toBe(false);
  });

  it("holds a submission with block-level findings for staff instead of rejecting it", async () => {
    const id = await openCampaign();
    const submitted = await ok<{ submitSolicitation: { id: string; held: boolean } }>(
      SUBMIT,
      {
        input: {
          solicitationId: id,
          answers: answers("赞成", "建议公园加强扫黑险恶宣传，让群众知晓举报渠道。"),
        },
      },
      tokens.citizen1,
    );
    // The citizen is not told which words are flagged.
    expect(submitted.submitSolicitation.held).toBe(false);
    const view = await ok<{
      solicitation: {
        submissions: {
          nodes: {
            id: string;
            held: boolean;
            checkResult: {
              lexiconVersion: number;
              blockCount: number;
              findings: { questionId: string; text: string; severity: string }[];
            };
          }[];
        };
      };
    }>(
      `query($id: ID!) { solicitation(id: $id) { submissions(filter: { held: true }) { nodes { id held checkResult { lexiconVersion blockCount findings { questionId text severity } } } } } }`,
      { id },
      tokens.managerA,
    );
    const [held] = view.solicitation.submissions.nodes;
    expect(held?.id).toBe(submitted.submitSolicitation.id);
    expect(held?.held).toBe(true);
    expect(held?.checkResult.lexiconVersion).toBe(0);
    expect(held?.checkResult.blockCount).toBeGreaterThan(0);
    expect(held?.checkResult.findings).toContainEqual(
      expect.objectContaining({ questionId: "q3", text: "扫黑险恶", severity: "BLOCK" }),
    );
    const events = await interaction.pool.query(
      "select type from interaction.outbox where aggregate_id = $1",
      [submitted.submitSolicitation.id],
    );
    expect(events.rows.map((row) => row.type)).toEqual(["solicitation.submission_held"]);
  });

  it("is idempotent by form token, also for parallel retries; the token is not reusable by someone else", async () => {
    const id = await openCampaign();
    const idempotencyKey = `form-${randomUUID()}`;
    const input = { solicitationId: id, answers: answers("反对"), idempotencyKey };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => graphql(SUBMIT, { input }, tokens.citizen2)),
    );
    const ids = new Set(
      results.map((result) => (result.data?.submitSolicitation as { id: string } | undefined)?.id),
    );
    expect(ids.size).toBe(1);
    const count = await ok<{ solicitation: { submissionCount: number } }>(
      `query($id: ID!) { solicitation(id: $id) { submissionCount } }`,
      { id },
    );
    expect(count.solicitation.submissionCount).toBe(1);
    expect(codeOf(await graphql(SUBMIT, { input }, tokens.citizen3))).toBe("CONFLICT");
  });

  it("limits submissions per address and refuses anonymous ones unless allowed", async () => {
    const id = await openCampaign();
    for (let i = 0; i < SUBMIT_LIMIT_PER_ADDRESS; i += 1)
      await ok(SUBMIT, { input: { solicitationId: id, answers: answers("赞成") } }, undefined, "10.9.9.9");
    const limited = await graphql(
      SUBMIT,
      { input: { solicitationId: id, answers: answers("赞成") } },
      undefined,
      "10.9.9.9",
    );
    expect(codeOf(limited)).toBe("TOO_MANY_REQUESTS");

    const loginOnly = await openCampaign({ allowAnonymous: false });
    const anonymous = await graphql(SUBMIT, {
      input: { solicitationId: loginOnly, answers: answers("赞成") },
    });
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
    expect(
      codeOf(
        await graphql(
          SUBMIT,
          { input: { solicitationId: loginOnly, answers: answers("赞成") } },
          tokens.managerA,
        ),
      ),
    ).toBe("FORBIDDEN");
  });

  it("refuses submissions to drafts, campaigns not yet started and closed ones", async () => {
    const draft = await ok<{ createSolicitation: { id: string } }>(
      CREATE,
      { input: campaignInput() },
      tokens.managerA,
    );
    expect(
      codeOf(
        await graphql(
          SUBMIT,
          { input: { solicitationId: draft.createSolicitation.id, answers: answers("赞成") } },
          tokens.citizen4,
        ),
      ),
    ).toBe("NOT_FOUND");
    // Drafts are invisible to the public and to other units.
    for (const token of [undefined, tokens.citizen4, tokens.managerB]) {
      const hidden = await ok<{ solicitation: null }>(
        `query($id: ID!) { solicitation(id: $id) { id } }`,
        { id: draft.createSolicitation.id },
        token,
      );
      expect(hidden.solicitation).toBeNull();
    }
    const later = await openCampaign({
      startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 40 * DAY).toISOString(),
    }).catch(() => null);
    expect(later).toBeNull(); // openCampaign expects OPEN; a future campaign is SCHEDULED
    const scheduled = await ok<{ solicitations: { nodes: { id: string; status: string }[] } }>(
      `{ solicitations(filter: { status: [SCHEDULED] }, first: 50) { nodes { id status } } }`,
      {},
      tokens.managerA,
    );
    const future = scheduled.solicitations.nodes.find((node) => node.status === "SCHEDULED");
    expect(future).toBeDefined();
    const notYet = await graphql(
      SUBMIT,
      { input: { solicitationId: future?.id, answers: answers("赞成") } },
      tokens.citizen4,
    );
    expect(codeOf(notYet)).toBe("CONFLICT");
    expect(notYet.errors?.[0]?.message).toContain("尚未开始");
  });
});

describe("the clock", () => {
  it("announces a campaign's start and end once each (the portal's cached lists follow)", async () => {
    const created = await ok<{ createSolicitation: { id: string } }>(
      CREATE,
      {
        input: campaignInput({
          startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 40 * DAY).toISOString(),
        }),
      },
      tokens.managerA,
    );
    const id = created.createSolicitation.id;
    const opened = await ok<{ openSolicitation: { status: string } }>(OPEN, { id }, tokens.managerA);
    expect(opened.openSolicitation.status).toBe("SCHEDULED");
    const mine = (events: string[]) => events.filter((event) => event.startsWith(id));
    expect(mine(await announceBoundaries(interaction.db))).toEqual([]);
    const later = new Date(Date.now() + 3 * DAY);
    expect(mine(await announceBoundaries(interaction.db, later))).toEqual([`${id}:started`]);
    expect(mine(await announceBoundaries(interaction.db, later))).toEqual([]);
    expect(mine(await announceBoundaries(interaction.db, new Date(Date.now() + 41 * DAY)))).toEqual([
      `${id}:ended`,
    ]);
    const events = await interaction.pool.query(
      "select type, payload from interaction.outbox where aggregate_id = $1 order by seq",
      [id],
    );
    expect(events.rows.map((row) => row.type)).toEqual([
      "solicitation.created",
      "solicitation.opened",
      "solicitation.started",
      "solicitation.ended",
    ]);
    expect(events.rows[2]?.payload.solicitation.siteIds).toEqual([siteA]);
  });
});

describe("access to submissions", () => {
  it("other units' staff see neither submissions nor statistics nor the export; supervisors see no personal data", async () => {
    const id = await openCampaign();
    await ok(
      SUBMIT,
      {
        input: {
          solicitationId: id,
          answers: answers("赞成", "我家住在幸福路 12 号，电话 13812345678，希望延长开放时间。"),
          contactName: "张三",
          contactPhone: "13812345678",
        },
      },
      tokens.citizen5,
    );
    const SUBS = `query($id: ID!) { solicitation(id: $id) { submissions { totalCount nodes { contactName contactPhone } } } }`;
    for (const token of [tokens.managerB, tokens.unitAdminB, tokens.editorA, tokens.citizen5, undefined]) {
      const result = await graphql(SUBS, { id }, token);
      expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(codeOf(result));
      expect(JSON.stringify(result.data ?? {})).not.toContain("张三");
    }
    for (const token of [tokens.managerB, tokens.unitAdminB]) {
      expect(
        codeOf(
          await graphql(
            `query($id: ID!) { solicitation(id: $id) { choiceStats { questionId } } }`,
            { id },
            token,
          ),
        ),
      ).toBe("FORBIDDEN");
      expect(
        codeOf(
          await graphql(
            `mutation($id: ID!) { exportSolicitationSubmissions(id: $id) { content } }`,
            { id },
            token,
          ),
        ),
      ).toBe("FORBIDDEN");
      const list = await ok<{ solicitations: { totalCount: number; nodes: { id: string }[] } }>(
        `{ solicitations(first: 100) { totalCount nodes { id } } }`,
        {},
        token,
      );
      expect(list.solicitations.nodes.map((node) => node.id)).not.toContain(id);
    }
    const own = await ok<{
      solicitation: { submissions: { nodes: { contactName: string; contactPhone: string }[] } };
    }>(SUBS, { id }, tokens.managerA);
    expect(own.solicitation.submissions.nodes[0]).toEqual({
      contactName: "张三",
      contactPhone: "13812345678",
    });
    const supervised = await ok<{
      solicitation: { submissions: { nodes: { contactName: string | null }[] } };
    }>(SUBS, { id }, tokens.supervisor);
    expect(supervised.solicitation.submissions.nodes[0]).toEqual({ contactName: null, contactPhone: null });
    // Personal data inside a free-text answer is masked for the supervisor, kept for the managers.
    const TEXTS = `query($id: ID!) { solicitation(id: $id) { submissions { nodes { answers { questionId text } } } } }`;
    type Texts = {
      solicitation: { submissions: { nodes: { answers: { questionId: string; text: string | null }[] }[] } };
    };
    const textOf = (data: Texts) =>
      data.solicitation.submissions.nodes[0]?.answers.find((answer) => answer.questionId === "q3")?.text;
    expect(textOf(await ok<Texts>(TEXTS, { id }, tokens.managerA))).toContain("13812345678");
    const masked = textOf(await ok<Texts>(TEXTS, { id }, tokens.supervisor));
    expect(masked).toContain("希望延长开放时间");
    expect(masked).not.toContain("13812345678");
    // The citizen sees their own submission, with their contact details.
    const mine = await ok<{
      mySolicitationSubmissions: { contactName: string; solicitation: { id: string } }[];
    }>(`{ mySolicitationSubmissions { contactName solicitation { id } } }`, {}, tokens.citizen5);
    expect(mine.mySolicitationSubmissions).toEqual([{ contactName: "张三", solicitation: { id } }]);
  });
});

describe("acceptance: a whole campaign", () => {
  it("open → 20 submissions → closed → tagged → feedback published → xlsx read back equals the data", async () => {
    const id = await openCampaign();
    const choices = ["赞成", "反对", "无所谓"];
    const expected: { anonymous: boolean; q1: string; q2: string; q3: string }[] = [];
    const submissionIds: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const anonymous = i % 3 === 0;
      const q1 = choices[i % 3] as string;
      const many = i % 2 === 0 ? ["安全", "照明"] : [];
      const text =
        i % 4 === 0 ? `第${i + 1}位市民：建议夜间增加巡逻，联系电话 1390000${String(1000 + i)}。` : "";
      const data = await ok<{ submitSolicitation: { id: string; anonymous: boolean } }>(
        SUBMIT,
        {
          input: {
            solicitationId: id,
            siteId: siteA,
            answers: answers(q1, text || undefined, many),
            idempotencyKey: `acceptance-${i}-${randomUUID()}`,
          },
        },
        anonymous ? undefined : tokens[`citizen${i % 12}`],
        `10.1.${i}.1`,
      );
      expect(data.submitSolicitation.anonymous).toBe(anonymous);
      submissionIds.push(data.submitSolicitation.id);
      expected.push({ anonymous, q1, q2: many.join("；"), q3: text });
    }
    const REVIEW = `mutation($id: ID!, $adoption: SolicitationAdoption!, $reason: String!) { reviewSolicitationSubmission(id: $id, adoption: $adoption, reason: $reason) { id adoption } }`;
    // Tagging waits for the end of the campaign.
    const early = await graphql(
      REVIEW,
      { id: submissionIds[0], adoption: "ADOPTED", reason: "意见合理" },
      tokens.managerA,
    );
    expect(codeOf(early)).toBe("CONFLICT");

    expect(
      codeOf(
        await graphql(
          `mutation($id: ID!) { closeSolicitation(id: $id, reason: "征集目的已达到") { id } }`,
          { id },
          tokens.managerB,
        ),
      ),
    ).toBe("NOT_FOUND");
    const closed = await ok<{
      closeSolicitation: { status: string; closedReason: string; acceptingSubmissions: boolean };
    }>(
      `mutation($id: ID!) { closeSolicitation(id: $id, reason: "征集目的已达到，提前结束") { status closedReason acceptingSubmissions } }`,
      { id },
      tokens.managerA,
    );
    expect(closed.closeSolicitation).toEqual({
      status: "CLOSED",
      closedReason: "征集目的已达到，提前结束",
      acceptingSubmissions: false,
    });
    expect(
      codeOf(
        await graphql(SUBMIT, { input: { solicitationId: id, answers: answers("赞成") } }, tokens.citizen11),
      ),
    ).toBe("CONFLICT");

    const tags = ["ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "NOT_ADOPTED"] as const;
    const feedbackPublish = `mutation($id: ID!, $input: SolicitationFeedbackInput!) { publishSolicitationFeedback(id: $id, input: $input) { status feedback { total adopted partlyAdopted notAdopted summary highlights { adoption text } } } }`;
    const summary = "共收到意见 20 条，经研究，采纳了增加夜间巡逻和照明的建议。";
    for (const [i, submissionId] of submissionIds.entries()) {
      if (i === 19) {
        // Not every opinion is tagged yet: the feedback cannot be published.
        const untagged = await graphql(feedbackPublish, { id, input: { summary } }, tokens.managerA);
        expect(codeOf(untagged)).toBe("CONFLICT");
        expect(untagged.errors?.[0]?.message).toBe("还有 1 条意见未标注采纳情况");
      }
      await ok(REVIEW, { id: submissionId, adoption: tags[i % 4], reason: `理由${i + 1}` }, tokens.managerA);
    }
    expect(
      codeOf(
        await graphql(
          REVIEW,
          { id: submissionIds[0], adoption: "ADOPTED", reason: "意见合理" },
          tokens.managerB,
        ),
      ),
    ).toBe("NOT_FOUND");

    const published = await ok<{
      publishSolicitationFeedback: {
        status: string;
        feedback: {
          total: number;
          adopted: number;
          partlyAdopted: number;
          notAdopted: number;
          highlights: { adoption: string; text: string }[];
        };
      };
    }>(
      feedbackPublish,
      {
        id,
        input: {
          summary,
          highlights: [{ submissionId: submissionIds[0], text: expected[0]?.q3 }],
        },
      },
      tokens.managerA,
    );
    expect(published.publishSolicitationFeedback).toMatchObject({
      status: "FEEDBACK_PUBLISHED",
      feedback: { total: 20, adopted: 5, partlyAdopted: 5, notAdopted: 10 },
    });
    // The quoted opinion is published without the phone number in it.
    const quoted = published.publishSolicitationFeedback.feedback.highlights[0];
    expect(quoted?.adoption).toBe("ADOPTED");
    expect(quoted?.text).toContain("建议夜间增加巡逻");
    expect(quoted?.text).not.toContain("13900001000");
    expect(quoted?.text).toContain("***********");
    // The public sees the feedback.
    const publicView = await ok<{ solicitation: { feedback: { summary: string; total: number } } }>(
      `query($id: ID!) { solicitation(id: $id) { feedback { summary total } } }`,
      { id },
    );
    expect(publicView.solicitation.feedback).toEqual({ summary, total: 20 });

    const stats = await ok<{
      solicitation: {
        choiceStats: { questionId: string; answered: number; options: { option: string; count: number }[] }[];
      };
    }>(
      `query($id: ID!) { solicitation(id: $id) { choiceStats { questionId answered options { option count } } } }`,
      { id },
      tokens.managerA,
    );
    expect(stats.solicitation.choiceStats[0]).toEqual({
      questionId: "q1",
      answered: 20,
      options: [
        { option: "赞成", count: 7 },
        { option: "反对", count: 7 },
        { option: "无所谓", count: 6 },
      ],
    });

    const exported = await ok<{
      exportSolicitationSubmissions: { filename: string; contentType: string; content: string };
    }>(
      `mutation($id: ID!) { exportSolicitationSubmissions(id: $id) { filename contentType content } }`,
      { id },
      tokens.managerA,
    );
    expect(exported.exportSolicitationSubmissions.filename).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(exported.exportSolicitationSubmissions.content, "base64") as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((value) => (value == null ? "" : String(value))));
    });
    expect(rows[0]).toEqual([
      "提交时间",
      "提交人类型",
      "姓名",
      "联系电话",
      "1. 您是否赞成延长公园开放时间？",
      "2. 您最关心哪些方面？",
      "3. 其他意见和建议",
      "内容校验",
      "采纳情况",
      "理由",
    ]);
    const labels = { ADOPTED: "采纳", PARTLY_ADOPTED: "部分采纳", NOT_ADOPTED: "未采纳" };
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual(
      expected.map((row, i) => [
        row.anonymous ? "匿名" : "登录市民",
        "",
        "",
        row.q1,
        row.q2,
        row.q3,
        "通过",
        labels[tags[i % 4] as keyof typeof labels],
        `理由${i + 1}`,
      ]),
    );
    expect(rows.slice(1).every((row) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(row[0] ?? ""))).toBe(
      true,
    );
    // The supervisor's export leaves out the personal-data columns.
    const supervisorFile = await ok<{ exportSolicitationSubmissions: { content: string } }>(
      `mutation($id: ID!) { exportSolicitationSubmissions(id: $id) { content } }`,
      { id },
      tokens.supervisor,
    );
    const second = new ExcelJS.Workbook();
    await second.xlsx.load(
      Buffer.from(
        supervisorFile.exportSolicitationSubmissions.content,
        "base64",
      ) as unknown as ExcelJS.Buffer,
    );
    expect(((second.worksheets[0]?.getRow(1).values ?? []) as unknown[]).slice(1)).not.toContain("姓名");

    const events = await interaction.pool.query(
      "select type from interaction.outbox where aggregate_id = $1 and aggregate_type = 'solicitation' order by seq",
      [id],
    );
    expect(events.rows.map((row) => row.type)).toEqual([
      "solicitation.created",
      "solicitation.opened",
      "solicitation.closed",
      "solicitation.feedback_published",
      "solicitation.exported",
      "solicitation.exported",
    ]);
  });
});
