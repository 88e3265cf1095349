// Integration: letters checked with supervision's lexicon at submission (block-level findings hold the letter
// for a dispatcher; the lexicon version is recorded; a lexicon change reaches the running subgraph), and
// routing help for dispatchers: category/unit suggestions from a model trained on handled letters, the
// category → unit mapping with corrections, near-duplicate letters, and training from the public CSVs.
import { randomUUID } from "node:crypto";
import { evaluate, LetterClassifier } from "@jiyue/letter-routing";
import { hasLetters, LETTERS_DIR } from "@jiyue/letter-routing/corpus";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { readOutbox, startSubgraph } from "@jiyue/server-kit";
import { citizenClaims, createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { supervisionSubgraph } from "@jiyue/supervision/app";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionSubgraph } from "../src/app";
import type { InteractionSchema } from "../src/context";
import { examplesFromCsv, trainFromExamples } from "../src/modules/routing/routing.csv";

const identityEvents: DomainEvent[] = [];
const identitySource: EventSource = async (after, limit) =>
  identityEvents.filter((event) => event.seq > after).slice(0, limit);
function unitCreated(id: string, name: string, kind = "mass_organization") {
  identityEvents.push({
    id: randomUUID(),
    seq: identityEvents.length + 1,
    producer: "identity",
    type: "unit.created",
    aggregateType: "unit",
    aggregateId: id,
    siteId: null,
    unitId: id,
    payload: { unit: { id, parentId: null, name, kind, level: "city" } },
    actor: { kind: "system", id: null },
    occurredAt: new Date().toISOString(),
  });
}

let interaction: StartedSubgraph<InteractionSchema>;
let supervision: StartedSubgraph<Record<string, unknown>>;
let pool: pg.Pool;
let dropDatabase: () => Promise<void>;
const office = randomUUID(); // owns the one-window mailbox
const unitA = randomUUID();
const unitB = randomUUID();
const unitC = randomUUID();
const tokens: Record<string, string> = {};
let oneWindowId: string;

type GraphQLResult = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
};
async function graphql(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  url = interaction.url,
) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult;
}
async function ok<T>(query: string, variables: Record<string, unknown>, token?: string, url?: string) {
  const result = await graphql(query, variables, token, url);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

const SUBMIT = `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { letter { id status held checkResult { lexiconVersion } } } }`;
async function submit(title: string, content: string, category?: string, token = tokens.citizen1) {
  const data = await ok<{ submitLetter: { letter: { id: string } } }>(
    SUBMIT,
    { input: { mailboxId: oneWindowId, title, content, ...(category ? { category } : {}) } },
    token,
  );
  return data.submitLetter.letter.id;
}

interface CheckView {
  status: string;
  held: boolean;
  checkResult: {
    lexiconVersion: number;
    blockCount: number;
    warnCount: number;
    checkedAt: string;
    findings: {
      field: string;
      text: string;
      severity: string;
      suggestion: string | null;
      category: string;
    }[];
  } | null;
  timeline: { action: string; actorKind: string; actorName: string | null; comment: string | null }[];
}
const CHECK_FIELDS = `status held timeline { action actorKind actorName comment }
  checkResult { lexiconVersion blockCount warnCount checkedAt findings { field text severity suggestion category } }`;
async function checkView(id: string, token: string | undefined) {
  return (
    await ok<{ letter: CheckView }>(`query($id: ID!) { letter(id: $id) { ${CHECK_FIELDS} } }`, { id }, token)
  ).letter;
}

interface SuggestionView {
  modelVersion: number | null;
  categories: { category: string; confidence: number }[];
  category: string | null;
  unit: { id: string } | null;
  unitConfidence: number | null;
  unitSource: string | null;
}
const SUGGESTION = `query($id: ID!) { letter(id: $id) { routingSuggestion { modelVersion categories { category confidence }
  category unit { id } unitConfidence unitSource } similarLetters { similarity letter { id title } } } }`;
async function suggestion(id: string, token: string | undefined = tokens.dispatcher) {
  return ok<{
    letter: {
      routingSuggestion: SuggestionView | null;
      similarLetters: { similarity: number; letter: { id: string; title: string } }[];
    };
  }>(SUGGESTION, { id }, token);
}

async function act(
  mutation: string,
  args: string,
  variables: Record<string, unknown>,
  token: string | undefined,
) {
  const declared = Object.entries(variables)
    .map(
      ([key, value]) =>
        `$${key}: ${typeof value === "boolean" ? "Boolean!" : key === "id" || key === "unitId" ? "ID!" : "String!"}`,
    )
    .join(", ");
  return ok(`mutation(${declared}) { ${mutation}(${args}) { id status } }`, variables, token);
}

/** Submit → accept → assign → reply drafted, approved, published: a handled letter of `category` in `unit`. */
async function handled(title: string, content: string, category: string, unit: "A" | "B" | "C") {
  const unitId = { A: unitA, B: unitB, C: unitC }[unit];
  const id = await submit(title, content, category);
  await act("acceptLetter", "id: $id", { id }, tokens.dispatcher);
  await act("assignLetter", "id: $id, unitId: $unitId", { id, unitId }, tokens.dispatcher);
  await act(
    "draftLetterReply",
    "id: $id, content: $content",
    { id, content: "已核实并处理，感谢来信。" },
    tokens[`handler${unit}`] as string,
  );
  await act(
    "reviewLetterReply",
    "id: $id, approve: $approve",
    { id, approve: true },
    tokens[`reviewer${unit}`] as string,
  );
  await act("publishLetterReply", "id: $id", { id }, tokens[`reviewer${unit}`]);
  return id;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const keys = await testKeys();
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // Dropping the database at the end terminates idle connections: not an error of the test.
  pool.on("error", () => {});
  const none: EventSource = async () => [];
  supervision = (await startSubgraph(supervisionSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    eventSources: {
      identity: identitySource,
      content: none,
      interaction: none,
      evaluation: none,
      supervision: none,
    },
  })) as unknown as StartedSubgraph<Record<string, unknown>>;
  // interaction fetches the snapshot from here (in production SUPERVISION_URL or the default port).
  process.env.SUPERVISION_URL = supervision.url;
  interaction = await startSubgraph(interactionSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    eventSources: {
      identity: identitySource,
      supervision: (after, limit) => readOutbox(pool, "supervision", after, limit),
    },
  });
  unitCreated(office, "中共重庆市委办公厅", "party_committee");
  unitCreated(unitA, "重庆市交通局");
  unitCreated(unitB, "重庆市教育委员会");
  unitCreated(unitC, "重庆市人力社保局");
  await interaction.consumer?.catchUp();
  const staff = (role: string, unitId?: string) =>
    keys.sign(staffClaims([grant(role, unitId ? { unitId } : {})], { unitId: unitId ?? null }));
  tokens.dispatcher = await staff("letter_dispatcher", office);
  tokens.dispatcherC = await staff("letter_dispatcher", unitC);
  for (const [name, unitId] of [
    ["A", unitA],
    ["B", unitB],
    ["C", unitC],
  ] as const) {
    tokens[`handler${name}`] = await staff("letter_handler", unitId);
    tokens[`reviewer${name}`] = await staff("reply_reviewer", unitId);
  }
  tokens.supervisor = await staff("supervisor");
  tokens.admin = await staff("platform_admin");
  tokens.citizen1 = await keys.sign(citizenClaims());
  tokens.citizen2 = await keys.sign(citizenClaims());
  oneWindowId = (await ok<{ oneWindowMailbox: { id: string } }>(`{ oneWindowMailbox { id } }`, {}))
    .oneWindowMailbox.id;
  // Supervision's first snapshot (its curated starter set) reaches interaction shortly after start.
  await waitFor(async () => {
    const id = await submit("咨询办事流程", "请问办理居住证需要哪些材料？");
    return ((await checkView(id, tokens.dispatcher)).checkResult?.lexiconVersion ?? 0) > 0;
  }, 20_000);
}, 60_000);

afterAll(async () => {
  await interaction?.stop();
  await supervision?.stop();
  await pool?.end();
  await dropDatabase?.();
});

describe("text check of letters", () => {
  it("holds a letter with a block-level finding for the dispatcher, shows the findings to staff only, and accepting releases it", async () => {
    const id = await submit(
      "关于扫黑险恶宣传的建议",
      "建议社区加强扫黑险恶专项斗争的宣传，让群众知晓举报渠道。",
    );
    const staffView = await checkView(id, tokens.dispatcher);
    expect(staffView.status).toBe("RECEIVED");
    expect(staffView.held).toBe(true);
    expect(staffView.checkResult?.lexiconVersion).toBeGreaterThan(0);
    expect(staffView.checkResult?.blockCount).toBeGreaterThanOrEqual(2);
    expect(staffView.checkResult?.findings).toContainEqual(
      expect.objectContaining({
        field: "TITLE",
        text: "扫黑险恶",
        severity: "BLOCK",
        suggestion: "扫黑除恶",
      }),
    );
    expect(staffView.checkResult?.findings).toContainEqual(
      expect.objectContaining({ field: "BODY", text: "扫黑险恶", severity: "BLOCK" }),
    );
    // The writer submitted; the text check, not the writer, held it.
    expect(staffView.timeline.map((entry) => [entry.action, entry.actorKind, entry.actorName])).toEqual([
      ["submit", "CITIZEN", expect.anything()],
      ["hold", "SYSTEM", "内容校验"],
    ]);

    // The citizen's letter is received, not rejected; which words the lexicon flags is not shown to them.
    const citizenView = await checkView(id, tokens.citizen1);
    expect(citizenView).toMatchObject({ status: "RECEIVED", held: false, checkResult: null });

    const LIST = `query($held: Boolean) { letters(filter: { held: $held }) { nodes { id } totalCount } }`;
    const heldList = await ok<{ letters: { nodes: { id: string }[] } }>(
      LIST,
      { held: true },
      tokens.dispatcher,
    );
    expect(heldList.letters.nodes.map((n) => n.id)).toEqual([id]);
    const clearList = await ok<{ letters: { nodes: { id: string }[] } }>(
      LIST,
      { held: false },
      tokens.dispatcher,
    );
    expect(clearList.letters.nodes.map((n) => n.id)).not.toContain(id);

    await act("acceptLetter", "id: $id", { id }, tokens.dispatcher);
    const accepted = await checkView(id, tokens.dispatcher);
    expect(accepted).toMatchObject({ status: "ACCEPTED", held: false });
    expect(accepted.checkResult?.blockCount).toBe(staffView.checkResult?.blockCount);
    expect(accepted.timeline.at(-1)?.comment).toContain("已人工确认");
    const events = await interaction.pool.query<{ type: string }>(
      "select type from interaction.outbox where aggregate_id = $1 order by seq",
      [id],
    );
    expect(events.rows.map((row) => row.type)).toEqual([
      "letter.submitted",
      "letter.held",
      "letter.accepted",
    ]);
  });

  it("does not hold a clean letter, and still records the check with its lexicon version", async () => {
    const id = await submit("路灯不亮", "我家楼下的路灯已经坏了一个星期，晚上出行很不方便，请尽快维修。");
    const view = await checkView(id, tokens.dispatcher);
    expect(view.held).toBe(false);
    expect(view.checkResult).toMatchObject({ blockCount: 0 });
    expect(view.checkResult?.lexiconVersion).toBeGreaterThan(0);
    expect(view.timeline.map((entry) => entry.action)).toEqual(["submit"]);
  });

  it("checks with a new lexicon version published in supervision without a restart", async () => {
    const term = "新设禁词戊";
    const before = (await checkView(await submit("测试前", "普通的来信内容，没有问题。"), tokens.dispatcher))
      .checkResult?.lexiconVersion as number;
    await ok(
      `mutation($input: CreateLexiconEntryInput!) { createLexiconEntry(input: $input) { id } }`,
      { input: { term, kind: "SENSITIVE", level: "BLOCK", source: "测试" } },
      tokens.supervisor,
      supervision.url,
    );
    let last: CheckView | undefined;
    await waitFor(async () => {
      last = await checkView(await submit("来信反映问题", `信中提到${term}的情况。`), tokens.dispatcher);
      return last.held;
    }, 20_000);
    expect(last?.checkResult?.lexiconVersion).toBeGreaterThan(before);
    expect(last?.checkResult?.findings).toContainEqual(
      expect.objectContaining({ text: term, severity: "BLOCK" }),
    );
  });
});

const TRAINING: Record<"A" | "B" | "C", { category: string; letters: [string, string][] }> = {
  A: {
    category: "交通运输",
    letters: [
      ["公交线路调整", "建议增加早高峰公交车班次，公交站台拥挤，乘客等车时间太长。"],
      ["道路拥堵严重", "上下班高峰期这条道路拥堵严重，红绿灯配时不合理，建议交通部门优化信号灯。"],
      ["出租车拒载", "火车站出租车经常拒载、绕路，希望交通执法部门加强出租车管理。"],
      ["地铁换乘不便", "地铁站换乘通道太长，高峰期地铁车厢拥挤，建议加密地铁发车。"],
      ["停车位不足", "医院周边停车位严重不足，车辆乱停导致交通堵塞，请规划停车场。"],
    ],
  },
  B: {
    category: "教育文体",
    letters: [
      ["学校招生政策", "孩子今年小学入学，学区划分和招生政策不清楚，请教育部门公开说明。"],
      ["课外培训收费", "校外培训机构收费过高并且老师没有教师资格证，请教育局查处。"],
      ["学生午餐质量", "学校食堂午餐质量差，学生吃不饱，家长希望教育部门检查学校食堂。"],
      ["幼儿园学位紧张", "片区幼儿园学位紧张，孩子报不上公办幼儿园，建议增加学位。"],
      ["教师补课问题", "班主任老师周末有偿补课，要求学生参加，违反师德规定。"],
    ],
  },
  C: {
    category: "劳动和社会保障",
    letters: [
      ["拖欠工资", "公司拖欠我们三个月工资，老板不见人，请劳动监察部门帮助讨薪。"],
      ["社保断缴", "单位没有给员工缴纳社保和养老保险，请人社局核查社保缴费。"],
      ["失业金申领", "失业后申领失业保险金手续复杂，社保窗口要求的材料太多。"],
      ["劳动合同纠纷", "公司不签劳动合同就辞退员工，也不给经济补偿，请劳动仲裁帮助。"],
      ["养老金调整", "退休职工养老金多年没有调整，希望人社部门说明养老金计算办法。"],
    ],
  },
};

describe("routing suggestions", () => {
  let trafficLetter: string;

  it("suggests nothing useful before a model and a mapping exist, and refuses training on too few letters", async () => {
    trafficLetter = await submit(
      "公交车太挤",
      "早高峰公交车班次少，公交站台人太多，建议增加公交线路。",
      "交通运输",
    );
    const { letter } = await suggestion(trafficLetter);
    expect(letter.routingSuggestion).toEqual({
      modelVersion: null,
      categories: [],
      category: "交通运输",
      unit: null,
      unitConfidence: null,
      unitSource: null,
    });
    const refused = await graphql(
      `mutation { trainRoutingModel(minSamples: 10) { version } }`,
      {},
      tokens.admin,
    );
    expect(codeOf(refused)).toBe("CONFLICT");
    expect(refused.errors?.[0]?.extensions?.reason).toBe("NOT_ENOUGH_SAMPLES");
  });

  it("trains from handled letters, suggests category and unit with confidence to dispatchers only", async () => {
    for (const [unit, { category, letters }] of Object.entries(TRAINING) as [
      "A" | "B" | "C",
      (typeof TRAINING)["A"],
    ][])
      for (const [title, content] of letters) await handled(title, content, category, unit);

    const TRAIN = `mutation { trainRoutingModel(minSamples: 10) { version source sampleCount categories { category count } trainedByName } }`;
    expect(codeOf(await graphql(TRAIN, {}, tokens.dispatcherC))).toBe("FORBIDDEN");
    expect(codeOf(await graphql(TRAIN, {}, tokens.citizen1))).toBe("FORBIDDEN");
    const trained = await ok<{ trainRoutingModel: Record<string, unknown> }>(TRAIN, {}, tokens.dispatcher);
    expect(trained.trainRoutingModel).toMatchObject({ version: 1, source: "LETTERS", sampleCount: 15 });
    expect(trained.trainRoutingModel.categories).toContainEqual({ category: "教育文体", count: 5 });

    const { letter } = await suggestion(trafficLetter);
    const s = letter.routingSuggestion as SuggestionView;
    expect(s.modelVersion).toBe(1);
    expect(s.categories[0]?.category).toBe("交通运输");
    expect(s.categories).toHaveLength(3);
    expect(s.unit).toEqual({ id: unitA });
    expect(s.unitConfidence).toBeGreaterThan(0.4);
    expect(s.unitConfidence).toBeLessThanOrEqual(1.0000001);

    const school = await submit("学校收费", "学校要求学生购买指定教辅资料，教育部门是否允许？");
    const schoolSuggestion = (await suggestion(school)).letter.routingSuggestion;
    expect(schoolSuggestion?.categories[0]?.category).toBe("教育文体");
    expect(schoolSuggestion?.unit).toEqual({ id: unitB });

    // Not for the citizen, nor for a unit's handler.
    expect((await suggestion(trafficLetter, tokens.citizen1)).letter.routingSuggestion).toBeNull();
    const mappings = await ok<{
      routingMappings: { category: string; unit: { id: string }; source: string }[];
    }>(`{ routingMappings { category unit { id } source } }`, {}, tokens.dispatcher);
    expect(mappings.routingMappings).toContainEqual({
      category: "交通运输",
      unit: { id: unitA },
      source: "TRAINED",
    });
    const outbox = await interaction.pool.query<{ type: string; actor: { kind: string } }>(
      "select type, actor from interaction.outbox where type = 'routing.model_trained'",
    );
    expect(outbox.rows).toHaveLength(1);
  });

  it("counts a dispatcher's correction and lets it take over the category; dispatchers edit the mapping", async () => {
    await act("acceptLetter", "id: $id", { id: trafficLetter }, tokens.dispatcher);
    await act(
      "assignLetter",
      "id: $id, unitId: $unitId",
      { id: trafficLetter, unitId: unitC },
      tokens.dispatcher,
    );
    const corrected = await interaction.pool.query<{
      payload: { letterId: string; chosenUnitId: string; suggestedUnitId: string };
    }>(
      "select payload from interaction.outbox where type = 'routing.corrected' and payload->>'letterId' = $1",
      [trafficLetter],
    );
    expect(corrected.rows[0]?.payload).toMatchObject({ suggestedUnitId: unitA, chosenUnitId: unitC });

    // Only choices against the suggestion count: A once (the first 交通运输 letter, when nothing was
    // suggested), C once now — a tie keeps the mapped unit A; one more choice of C and C takes over.
    const next = await submit("地铁太挤", "地铁早高峰车厢拥挤，建议地铁加密发车，换乘通道也太长。");
    expect((await suggestion(next)).letter.routingSuggestion?.unit).toEqual({ id: unitA });
    for (let i = 0; i < 3; i++) {
      const id = await submit(`公交站台${i}`, `公交站台拥挤，公交车班次太少，第${i}次反映。`);
      await act("acceptLetter", "id: $id", { id }, tokens.dispatcher);
      await act("assignLetter", "id: $id, unitId: $unitId", { id, unitId: unitC }, tokens.dispatcher);
    }
    const afterCorrections = (await suggestion(next)).letter.routingSuggestion;
    expect(afterCorrections).toMatchObject({ unit: { id: unitC }, unitSource: "CORRECTIONS" });

    const SET = `mutation($category: String!, $unitId: ID) { setRoutingMapping(category: $category, unitId: $unitId) { category unit { id } source corrections { unit { id } count } } }`;
    expect(codeOf(await graphql(SET, { category: "交通运输", unitId: unitB }, tokens.dispatcherC))).toBe(
      "FORBIDDEN",
    );
    expect(
      codeOf(await graphql(SET, { category: "交通运输", unitId: randomUUID() }, tokens.dispatcher)),
    ).toBe("NOT_FOUND");
    const set = await ok<{
      setRoutingMapping: { source: string; corrections: { unit: { id: string }; count: number }[] };
    }>(SET, { category: "交通运输", unitId: unitB }, tokens.dispatcher);
    expect(set.setRoutingMapping.source).toBe("MANUAL");
    // A dispatcher's deliberate mapping is not overtaken by earlier corrections; later ones count again.
    expect(set.setRoutingMapping.corrections).toEqual([]);
    expect((await suggestion(next)).letter.routingSuggestion).toMatchObject({
      unit: { id: unitB },
      unitSource: "CONFIGURED",
    });
    const removed = await ok<{ setRoutingMapping: null }>(
      SET,
      { category: "交通运输", unitId: null },
      tokens.admin,
    );
    expect(removed.setRoutingMapping).toBeNull();
    const types = await interaction.pool.query<{ type: string }>(
      "select type from interaction.outbox where type like 'routing.mapping%' order by seq",
    );
    expect(types.rows.map((row) => row.type)).toEqual(["routing.mapping_set", "routing.mapping_removed"]);
  });

  it("lists the same complaint in other words as related letters, and not unrelated ones", async () => {
    const a = await submit(
      "南坪西路路灯不亮",
      "南坪西路一段的路灯已经连续一周晚上不亮，行人和车辆通行很不安全，请尽快维修。",
      undefined,
      tokens.citizen1,
    );
    const b = await submit(
      "南坪西路路灯坏了",
      "我家住在南坪西路附近，最近路灯坏了好多天，晚上黑漆漆的，老人孩子出门不方便，希望有关部门修一下。",
      undefined,
      tokens.citizen2,
    );
    const c = await submit("反映路灯不亮", "南坪西路晚上路灯不亮，很危险。", undefined, tokens.citizen1);
    const unrelated = await submit(
      "建议增加公交班次",
      "建议增加204路公交车的班次，早高峰车厢太挤了。",
      undefined,
      tokens.citizen2,
    );
    for (const [id, others] of [
      [a, [b, c]],
      [b, [a, c]],
      [c, [a, b]],
    ] as const) {
      const listed = (await suggestion(id)).letter.similarLetters;
      expect(listed.map((s) => s.letter.id)).toEqual(expect.arrayContaining([...others]));
      expect(listed.map((s) => s.letter.id)).not.toContain(unrelated);
      // Paraphrases are related, not near-duplicates.
      for (const s of listed) expect(s.similarity).toBeLessThan(0.65);
    }
  });

  it("flags near-duplicate letters from different citizens to staff, not unrelated ones, and nothing to citizens", async () => {
    const text =
      "幸福小区三号楼下水管道堵塞已经两个星期，污水漫到路面，气味很大，物业一直不处理，请相关部门督促解决。";
    const first = await submit("幸福小区下水道堵塞", text, undefined, tokens.citizen1);
    const second = await submit("幸福小区下水管道堵塞", `${text}恳请尽快！`, undefined, tokens.citizen2);
    const { letter } = await suggestion(second);
    expect(letter.similarLetters.map((s) => s.letter.id)).toEqual([first]);
    expect(letter.similarLetters[0]?.similarity).toBeGreaterThan(0.65);
    const other = (await suggestion(first)).letter.similarLetters.map((s) => s.letter.id);
    expect(other).toContain(second);
    expect(other).not.toContain(trafficLetter);
    const citizen = await ok<{ letter: { similarLetters: unknown[] } }>(
      `query($id: ID!) { letter(id: $id) { similarLetters { similarity } } }`,
      { id: second },
      tokens.citizen2,
    );
    expect(citizen.letter.similarLetters).toEqual([]);
  });
});

describe.skipIf(!hasLetters())("routing from the public letters", () => {
  it("trains from a slice of the real CSV and stores it as the next model that serves suggestions", async () => {
    const examples = examplesFromCsv(LETTERS_DIR, { limit: 1_500, seed: 7 });
    expect(examples.length).toBeGreaterThan(1_000);
    const model = await trainFromExamples(interaction.db, examples);
    expect(model).toMatchObject({ version: 2, source: "csv", sampleCount: examples.length });
    const info = await ok<{ routingModel: { version: number; source: string; categories: unknown[] } }>(
      `{ routingModel { version source categories { category count } } }`,
      {},
      tokens.dispatcher,
    );
    expect(info.routingModel).toMatchObject({ version: 2, source: "CSV" });
    expect(info.routingModel.categories.length).toBeGreaterThanOrEqual(5);
    // A separate slice of the real letters as a sanity check of the stored model (not the benchmark).
    const stored = await interaction.pool.query<{ model: string }>(
      "select model from interaction.routing_model where version = 2",
    );
    const classifier = LetterClassifier.deserialize(stored.rows[0]?.model ?? "");
    const heldOut = examplesFromCsv(LETTERS_DIR, { limit: 300, seed: 99 }).filter(
      (e) => !examples.some((x) => x.text === e.text),
    );
    expect(evaluate(classifier, heldOut).top3).toBeGreaterThan(0.8);
    const id = await submit(
      "小区物业乱收费",
      "我们小区物业公司乱收停车费和电梯费，业主多次反映无果，请住建部门查处。",
    );
    const s = (await suggestion(id)).letter.routingSuggestion;
    expect(s?.modelVersion).toBe(2);
    expect(s?.categories).toHaveLength(3);
  }, 120_000);
});
