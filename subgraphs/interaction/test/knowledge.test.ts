// Integration: the knowledge base (智库) on a real PostgreSQL — answered publishable letters become masked entries
// in the reply's transaction and follow rework; private letters never surface through any public or staff path;
// curated entries by unit; search, suggestions, similar replies; votes; masked letter text outside the units.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { startSubgraph } from "@jiyue/server-kit";
import { citizenClaims, createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionSubgraph } from "../src/app";
import type { InteractionSchema } from "../src/context";
import { VOTE_MAX_PER_ADDRESS } from "../src/modules/knowledge/knowledge.service";

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
let dropDatabase: () => Promise<void>;
const office = randomUUID();
const unitA = randomUUID();
const unitB = randomUUID();
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
async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await graphql(query, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

const ENTRY =
  "id source title question answer category unitId letterId withdrawn helpfulCount unhelpfulCount";
interface Entry {
  id: string;
  source: string;
  title: string;
  question: string;
  answer: string;
  category: string | null;
  unitId: string;
  letterId: string | null;
  withdrawn: boolean;
  helpfulCount: number;
  unhelpfulCount: number;
}

async function search(text: string, token?: string): Promise<{ nodes: Entry[]; totalCount: number }> {
  const data = await ok<{ knowledgeEntries: { nodes: Entry[]; totalCount: number } }>(
    `query($q: String) { knowledgeEntries(search: $q) { totalCount nodes { ${ENTRY} } } }`,
    { q: text },
    token,
  );
  return data.knowledgeEntries;
}
async function suggestions(text: string): Promise<Entry[]> {
  const data = await ok<{ knowledgeSuggestions: Entry[] }>(
    `query($t: String!) { knowledgeSuggestions(text: $t) { ${ENTRY} } }`,
    { t: text },
  );
  return data.knowledgeSuggestions;
}
async function entryById(id: string, token?: string): Promise<Entry | null> {
  const data = await ok<{ knowledgeEntry: Entry | null }>(
    `query($id: ID!) { knowledgeEntry(id: $id) { ${ENTRY} } }`,
    { id },
    token,
  );
  return data.knowledgeEntry;
}
const TYPES: Record<string, string> = {
  id: "ID!",
  unitId: "ID!",
  content: "String!",
  reason: "String!",
  approve: "Boolean!",
  rating: "LetterRating!",
};
async function mutate(name: string, args: string, vars: Record<string, unknown>, token?: string) {
  const declared = Object.keys(vars)
    .map((key) => `$${key}: ${TYPES[key]}`)
    .join(", ");
  const result = await graphql(`mutation(${declared}) { ${name}(${args}) { id status reply } }`, vars, token);
  expect(result.errors, `${name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data?.[name] as { id: string; status: string; reply: string | null };
}

/** A letter from submission to a published reply by unit A. */
async function answeredLetter(
  input: { title: string; content: string; publishable: boolean; category?: string },
  reply: string,
) {
  const submitted = await ok<{ submitLetter: { letter: { id: string } } }>(
    `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { letter { id } } }`,
    { input: { mailboxId: oneWindowId, category: "城乡建设", ...input } },
    tokens.citizen,
  );
  const id = submitted.submitLetter.letter.id;
  await mutate("acceptLetter", "id: $id", { id }, tokens.dispatcher);
  await mutate("assignLetter", "id: $id, unitId: $unitId", { id, unitId: unitA }, tokens.dispatcher);
  await mutate("draftLetterReply", "id: $id, content: $content", { id, content: reply }, tokens.handlerA);
  await mutate("reviewLetterReply", "id: $id, approve: $approve", { id, approve: true }, tokens.reviewerA);
  const published = await mutate("publishLetterReply", "id: $id", { id }, tokens.reviewerA);
  return { id, published };
}

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const keys = await testKeys();
  interaction = await startSubgraph(interactionSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    eventSources: { identity: identitySource, supervision: async () => [] },
  });
  unitCreated(office, "中共重庆市委办公厅", "party_committee");
  unitCreated(unitA, "重庆市住房和城乡建设委员会");
  unitCreated(unitB, "共青团重庆市委员会");
  await interaction.consumer?.catchUp();
  const staff = (role: string, unitId?: string) =>
    keys.sign(staffClaims([grant(role, unitId ? { unitId } : {})], { unitId: unitId ?? null }));
  tokens.dispatcher = await staff("letter_dispatcher", office);
  tokens.handlerA = await staff("letter_handler", unitA);
  tokens.reviewerA = await staff("reply_reviewer", unitA);
  tokens.handlerB = await staff("letter_handler", unitB);
  tokens.editorA = await staff("knowledge_editor", unitA);
  tokens.editorB = await staff("knowledge_editor", unitB);
  tokens.citySupervisor = await staff("supervisor");
  // A supervisor grant limited to the one-window unit: may see its letters, but is not handling them.
  tokens.unitSupervisor = await staff("supervisor", office);
  tokens.citizen = await keys.sign(citizenClaims());
  tokens.otherCitizen = await keys.sign(citizenClaims());
  const data = await ok<{ oneWindowMailbox: { id: string } }>(`{ oneWindowMailbox { id } }`, {});
  oneWindowId = data.oneWindowMailbox.id;
});

afterAll(async () => {
  await interaction?.stop();
  await dropDatabase?.();
});

const PUBLIC_LETTER = {
  title: "小区门口道路积水严重",
  // As people type: the writer's name, spaces around the numbers of the address.
  content:
    "我是测试市民，住在银杉路 559 号岳银欣苑 3 栋 2 单元 301 室，每逢下雨小区门口道路积水严重，电话13812345678，身份证43010219900307123X。",
  publishable: true,
};
const PUBLIC_REPLY =
  "测试市民同志：您好！经现场查看，积水系排水管堵塞所致，已安排疏通。如有疑问请联系王先生13987654321，或致电 023-67891234。";
const PRIVATE_LETTER = {
  title: "邻居噪音扰民紫藤萝",
  content: "楼上邻居紫藤萝家夜间装修噪音扰民，多次沟通无果，希望相关部门处理。",
  publishable: false,
};

async function knowledgeEvents(): Promise<string[]> {
  const events = await interaction.pool.query(
    "select type from interaction.outbox where aggregate_type = 'knowledge_entry' order by seq",
  );
  return events.rows.map((row) => row.type);
}

describe("entries from answered letters", () => {
  let letterId: string;
  let entryId: string;

  it("the reply reaches the writer as the unit wrote it; the answer waits for the writer's rating", async () => {
    const { id, published } = await answeredLetter(PUBLIC_LETTER, PUBLIC_REPLY);
    letterId = id;
    expect(published).toMatchObject({ status: "REPLIED", reply: PUBLIC_REPLY });
    const read = await ok<{ letter: { reply: string } }>(
      `query($id: ID!) { letter(id: $id) { reply } }`,
      { id },
      tokens.reviewerA,
    );
    expect(read.letter.reply).toBe(PUBLIC_REPLY);
    expect((await search("道路积水")).totalCount).toBe(0);
    expect(await knowledgeEvents()).toEqual([]);
  });

  it("stays out after 不满意 and rework, and enters masked once the writer is satisfied", async () => {
    await mutate(
      "rateLetter",
      "id: $id, rating: $rating",
      { id: letterId, rating: "UNSATISFIED" },
      tokens.citizen,
    );
    expect((await search("道路积水")).totalCount).toBe(0);
    await mutate(
      "reworkLetter",
      "id: $id, reason: $reason",
      { id: letterId, reason: "答复未说明时限" },
      tokens.dispatcher,
    );
    const reply =
      "测试市民同志：您好！排水管已于本周疏通完毕，后续将于雨季前定期巡查。如有疑问请致电 023-67891234 或拨打 12345。";
    await mutate(
      "draftLetterReply",
      "id: $id, content: $content",
      { id: letterId, content: reply },
      tokens.handlerA,
    );
    await mutate(
      "reviewLetterReply",
      "id: $id, approve: $approve",
      { id: letterId, approve: true },
      tokens.reviewerA,
    );
    await mutate("publishLetterReply", "id: $id", { id: letterId }, tokens.reviewerA);
    expect((await search("道路积水")).totalCount).toBe(0);
    await mutate(
      "rateLetter",
      "id: $id, rating: $rating",
      { id: letterId, rating: "SATISFIED" },
      tokens.citizen,
    );
    const found = await search("道路积水");
    expect(found.totalCount).toBe(1);
    const entry = found.nodes[0] as Entry;
    entryId = entry.id;
    expect(entry).toMatchObject({
      source: "LETTER",
      title: "小区门口道路积水严重",
      unitId: unitA,
      category: "城乡建设",
      letterId: null,
      withdrawn: false,
    });
    for (const secret of ["测试市民", "13812345678", "43010219900307123X", "559", "301", PUBLIC_REPLY]) {
      expect(entry.question + entry.answer).not.toContain(secret);
    }
    expect(entry.question).toContain("我是测***，住在银杉路 *** 号岳银欣苑 * 栋 * 单元 *** 室");
    // The unit's own numbers stay for readers to call.
    expect(entry.answer).toBe(reply.replace("测试市民", "测***"));
    // Staff managing unit A's knowledge base see where it came from.
    expect((await entryById(entryId, tokens.editorA))?.letterId).toBe(letterId);
    expect(await knowledgeEvents()).toEqual(["knowledge.entry_published"]);
  });

  it("takes in the answer of a letter the dispatcher closes without a rating", async () => {
    const letter = {
      title: "公园步道照明损坏",
      content: "滨江公园步道的照明晚上不亮，夜跑很危险。",
      publishable: true,
      category: "市政设施",
    };
    const { id } = await answeredLetter(letter, "已通知管护单位更换灯具，本周内恢复照明。");
    expect((await search("照明")).totalCount).toBe(0);
    await mutate("closeLetter", "id: $id", { id }, tokens.dispatcher);
    const found = await search("照明");
    expect(found.nodes.map((node) => node.title)).toEqual([letter.title]);
  });

  it("resolves as an entity the way the gateway asks, only while published", async () => {
    const ENTITIES = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on KnowledgeEntry { id title withdrawn } } }`;
    const representations = [
      { __typename: "KnowledgeEntry", id: entryId },
      { __typename: "KnowledgeEntry", id: randomUUID() },
    ];
    const data = await ok<{ _entities: ({ id: string; title: string } | null)[] }>(ENTITIES, {
      representations,
    });
    expect(data._entities).toEqual([{ id: entryId, title: "小区门口道路积水严重", withdrawn: false }, null]);
  });

  it("a letter the citizen did not allow to publish never appears in any path", async () => {
    const { id } = await answeredLetter(PRIVATE_LETTER, "已联系物业和社区对装修时间进行约束。");
    const stored = await interaction.pool.query(
      "select count(*)::int as n from interaction.knowledge_entry where letter_id = $1",
      [id],
    );
    expect(stored.rows[0].n).toBe(0);
    for (const token of [
      undefined,
      tokens.otherCitizen,
      tokens.handlerB,
      tokens.editorA,
      tokens.citySupervisor,
    ]) {
      const all = await graphql(
        `{ knowledgeEntries(first: 50) { nodes { title question answer } } }`,
        {},
        token,
      );
      expect(JSON.stringify(all)).not.toContain("紫藤萝");
      expect(JSON.stringify(await search("紫藤萝", token))).not.toContain("紫藤萝");
    }
    expect(JSON.stringify(await suggestions("楼上邻居紫藤萝夜间装修噪音扰民"))).not.toContain("紫藤萝");
    // A similar letter's drafting panel does not offer it either.
    const similar = await answeredLetter(
      { title: "楼上夜间装修噪音", content: "楼上夜间装修噪音扰民紫藤萝，希望处理。", publishable: false },
      "已转社区协调。",
    );
    const panel = await graphql(
      `query($id: ID!) { similarReplies(letterId: $id) { score entry { title question answer } } }`,
      { id: similar.id },
      tokens.handlerA,
    );
    expect(panel.errors).toBeUndefined();
    expect(JSON.stringify(panel)).not.toContain("紫藤萝");
    // And the private letter's id resolves to nothing.
    expect(await entryById(id)).toBeNull();
  });
});

describe("suggestions and similar replies", () => {
  it("filters by category and by site (entries written on it or answered by its unit)", async () => {
    const LIST = `query($category: String, $siteId: ID) {
      knowledgeEntries(category: $category, siteId: $siteId) { totalCount nodes { title } } }`;
    type List = { knowledgeEntries: { totalCount: number; nodes: { title: string }[] } };
    const byCategory = await ok<List>(LIST, { category: "城乡建设" });
    expect(byCategory.knowledgeEntries.nodes.map((node) => node.title)).toContain("小区门口道路积水严重");
    expect((await ok<List>(LIST, { category: "教育文体" })).knowledgeEntries.totalCount).toBe(0);
    expect((await ok<List>(LIST, { siteId: randomUUID() })).knowledgeEntries.totalCount).toBe(0);
    expect((await ok<List>(LIST, { siteId: "not-a-site" })).knowledgeEntries.totalCount).toBe(0);
  });

  it("suggests the answered question while a citizen types a similar one", async () => {
    const found = await suggestions("我们小区门口一下雨就积水，道路积水很严重怎么办");
    expect(found.map((entry) => entry.title)).toContain("小区门口道路积水严重");
    expect(await suggestions("申请办理护照需要什么材料")).toEqual([]);
  });

  it("offers past replies to staff who may read the letter, and nobody else", async () => {
    const submitted = await ok<{ submitLetter: { letter: { id: string } } }>(
      `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { letter { id } } }`,
      {
        input: {
          mailboxId: oneWindowId,
          title: "下雨后道路积水",
          content: "小区门口道路积水，出行不便，请求疏通排水。",
          publishable: false,
        },
      },
      tokens.citizen,
    );
    const id = submitted.submitLetter.letter.id;
    const SIMILAR = `query($id: ID!) { similarReplies(letterId: $id) { score entry { title answer } } }`;
    const data = await ok<{ similarReplies: { score: number; entry: { title: string } }[] }>(
      SIMILAR,
      { id },
      tokens.dispatcher,
    );
    expect(data.similarReplies[0]?.entry.title).toBe("小区门口道路积水严重");
    expect(data.similarReplies[0]?.score).toBeGreaterThan(0);
    expect(codeOf(await graphql(SIMILAR, { id }, tokens.handlerB))).toBe("NOT_FOUND");
    expect(codeOf(await graphql(SIMILAR, { id }, tokens.citizen))).toBe("FORBIDDEN");
    expect(codeOf(await graphql(SIMILAR, { id }))).toBe("UNAUTHENTICATED");
  });
});

describe("the writer's data in an entry", () => {
  it("masks accounts, plates and house numbers, and the writer's landline the reply repeats", async () => {
    const letter = {
      title: "充电桩车位被渝A12345长期占用",
      content:
        "我住民族路附1号，座机023-63891234，微信号zhangsan_cq88，QQ号：12345678，2024年起充电桩车位被占，加入业主QQ群也没用。",
      publishable: true,
      // A category of its own: the curated entries' test counts 城乡建设.
      category: "停车管理",
    };
    const { id } = await answeredLetter(letter, "已协调物业对充电桩车位加强管理。");
    // A reply published before replies were checked: it repeats the writer's landline next to the office's.
    await interaction.pool.query("update interaction.letter set reply = $2 where id = $1", [
      id,
      "您好！已协调物业加强管理，将致电您的座机 023-63891234 回访；如有疑问请致电 023-67891234。",
    ]);
    await mutate("rateLetter", "id: $id, rating: $rating", { id, rating: "SATISFIED" }, tokens.citizen);
    const found = await search("充电桩");
    expect(found.totalCount).toBe(1);
    const entry = found.nodes[0] as Entry;
    expect(entry.title).toBe("充电桩车位被渝A*****长期占用");
    expect(entry.question).toBe(
      "我住民族路附*号，座机***-********，微信号*************，QQ号：********，2024年起充电桩车位被占，加入业主QQ群也没用。",
    );
    expect(entry.answer).toBe(
      "您好！已协调物业加强管理，将致电您的座机 ***-******** 回访；如有疑问请致电 023-67891234。",
    );
  });
});

describe("letter text outside the handling units", () => {
  it("is masked for a unit-level supervisor, full for the handlers, the city supervisor and the writer", async () => {
    const data = await ok<{ submitLetter: { letter: { id: string } } }>(
      `mutation($input: SubmitLetterInput!) { submitLetter(input: $input) { letter { id } } }`,
      { input: { mailboxId: oneWindowId, ...PUBLIC_LETTER, publishable: false } },
      tokens.citizen,
    );
    const id = data.submitLetter.letter.id;
    const READ = `query($id: ID!) { letter(id: $id) { title content } }`;
    const LIST = `{ letters(first: 100) { nodes { id content } } }`;
    for (const token of [tokens.dispatcher, tokens.citySupervisor, tokens.citizen]) {
      const read = await ok<{ letter: { content: string } }>(READ, { id }, token);
      expect(read.letter.content).toContain("13812345678");
    }
    const masked = await ok<{ letter: { content: string } }>(READ, { id }, tokens.unitSupervisor);
    expect(masked.letter.content).not.toContain("13812345678");
    expect(masked.letter.content).toContain("电话***********");
    const list = await ok<{ letters: { nodes: { id: string; content: string }[] } }>(
      LIST,
      {},
      tokens.unitSupervisor,
    );
    const listed = list.letters.nodes.find((node) => node.id === id);
    expect(listed?.content).toContain("身份证******************");
  });
});

describe("curated entries", () => {
  const CREATE = `mutation($input: KnowledgeEntryInput!) { createKnowledgeEntry(input: $input) { ${ENTRY} } }`;
  const input = {
    unitId: unitA,
    title: "公租房申请条件",
    question: "申请公租房需要满足哪些条件？",
    answer: "申请人须在本市有稳定就业，家庭人均住房面积低于15平方米，可向街道住房保障窗口提交申请。",
    category: "城乡建设",
  };

  it("are kept by the unit's knowledge editors only and refuse personal data unless asked to mask it", async () => {
    expect(codeOf(await graphql(CREATE, { input }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await graphql(CREATE, { input }, tokens.editorB))).toBe("FORBIDDEN");
    expect(codeOf(await graphql(CREATE, { input }, tokens.handlerA))).toBe("FORBIDDEN");
    const withPhone = { ...input, answer: `${input.answer}经办人手机13812345678，咨询电话0731-84567890。` };
    const refused = await graphql(CREATE, { input: withPhone }, tokens.editorA);
    expect(codeOf(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("手机号码");
    // Masking hides the personal mobile and keeps the unit's office number.
    const masked = await ok<{ createKnowledgeEntry: Entry }>(
      CREATE,
      { input: { ...withPhone, stripPersonalData: true } },
      tokens.editorA,
    );
    expect(masked.createKnowledgeEntry.answer).toContain("经办人手机***********，咨询电话0731-84567890。");
    // An office number alone is no personal data in an answer; in the question (the citizen's words) it is.
    const office = { ...input, title: "公租房咨询电话", answer: `${input.answer}咨询电话0731-84567890。` };
    const withOffice = await ok<{ createKnowledgeEntry: Entry }>(CREATE, { input: office }, tokens.editorA);
    expect(withOffice.createKnowledgeEntry.answer).toContain("咨询电话0731-84567890。");
    await ok(
      `mutation($id: ID!) { deleteKnowledgeEntry(id: $id) }`,
      { id: withOffice.createKnowledgeEntry.id },
      tokens.editorA,
    );
    expect(
      codeOf(
        await graphql(CREATE, { input: { ...office, question: "我的电话0731-84567890" } }, tokens.editorA),
      ),
    ).toBe("BAD_USER_INPUT");
    const created = await ok<{ createKnowledgeEntry: Entry }>(CREATE, { input }, tokens.editorA);
    expect(created.createKnowledgeEntry.source).toBe("CURATED");
    expect((await search("公租房 条件")).nodes.map((node) => node.id)).toContain(
      created.createKnowledgeEntry.id,
    );

    const UPDATE = `mutation($id: ID!, $input: KnowledgeEntryInput!) { updateKnowledgeEntry(id: $id, input: $input) { title } }`;
    const DELETE = `mutation($id: ID!) { deleteKnowledgeEntry(id: $id) }`;
    const id = created.createKnowledgeEntry.id;
    expect(codeOf(await graphql(UPDATE, { id, input: { ...input, unitId: unitB } }, tokens.editorB))).toBe(
      "FORBIDDEN",
    );
    // Moving an entry to a unit one does not keep is refused too.
    expect(codeOf(await graphql(UPDATE, { id, input: { ...input, unitId: unitB } }, tokens.editorA))).toBe(
      "FORBIDDEN",
    );
    const updated = await ok<{ updateKnowledgeEntry: { title: string } }>(
      UPDATE,
      { id, input: { ...input, title: "公租房申请条件（2025年）" } },
      tokens.editorA,
    );
    expect(updated.updateKnowledgeEntry.title).toBe("公租房申请条件（2025年）");
    // An entry from a letter follows its letter: it cannot be edited.
    const letterEntry = (await search("道路积水")).nodes[0] as Entry;
    const fromLetter = await graphql(UPDATE, { id: letterEntry.id, input }, tokens.editorA);
    expect(codeOf(fromLetter)).toBe("CONFLICT");
    expect(codeOf(await graphql(DELETE, { id }, tokens.editorB))).toBe("FORBIDDEN");
    await ok(DELETE, { id }, tokens.editorA);
    expect(await entryById(id, tokens.editorA)).toBeNull();
    const categories = await ok<{ knowledgeCategories: { category: string; count: number }[] }>(
      `{ knowledgeCategories { category count } }`,
      {},
    );
    expect(categories.knowledgeCategories).toContainEqual({ category: "城乡建设", count: 2 });
  });
});

describe("was this helpful", () => {
  const VOTE = `mutation($id: ID!, $helpful: Boolean!, $visitorId: String) {
    voteKnowledgeEntry(id: $id, helpful: $helpful, visitorId: $visitorId) { helpfulCount unhelpfulCount } }`;

  it("counts one vote per visitor and entry, lets a visitor change it, and limits an address", async () => {
    const entry = (await search("道路积水")).nodes[0] as Entry;
    const vote = (helpful: boolean, visitorId: string | null, token?: string, address?: string) =>
      graphql(VOTE, { id: entry.id, helpful, visitorId }, token, address);
    const counts = (result: GraphQLResult) => result.data?.voteKnowledgeEntry;
    const visitor = "visitor-aaaaaaaaaaaaaaaa";
    expect(counts(await vote(true, visitor))).toEqual({ helpfulCount: 1, unhelpfulCount: 0 });
    expect(counts(await vote(true, visitor))).toEqual({ helpfulCount: 1, unhelpfulCount: 0 });
    expect(counts(await vote(false, visitor))).toEqual({ helpfulCount: 0, unhelpfulCount: 1 });
    expect(counts(await vote(true, null, tokens.citizen))).toEqual({ helpfulCount: 1, unhelpfulCount: 1 });
    expect(codeOf(await vote(true, "bad id"))).toBe("BAD_USER_INPUT");
    expect(codeOf(await graphql(VOTE, { id: randomUUID(), helpful: true, visitorId: visitor }))).toBe(
      "NOT_FOUND",
    );

    const address = "10.9.9.9";
    for (let index = 0; index < VOTE_MAX_PER_ADDRESS; index += 1)
      expect(
        codeOf(await vote(true, `bulk-visitor-${String(index).padStart(8, "0")}`, undefined, address)),
      ).toBeUndefined();
    expect(codeOf(await vote(true, "bulk-visitor-overflow01", undefined, address))).toBe("TOO_MANY_REQUESTS");
    const final = await entryById(entry.id);
    expect(final?.helpfulCount).toBe(1 + VOTE_MAX_PER_ADDRESS);
  });
});
