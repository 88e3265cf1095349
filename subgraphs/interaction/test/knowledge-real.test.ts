// The knowledge base on the real public replies (../shared/data/letters/fujian4_messages_replies.csv, 2,816
// answered messages; local testing only, absent in CI clones): imported masked, then searched and suggested
// through the public API with real citizens' questions.

import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { maskPersonalData } from "@jiyue/content-text";
import { type StartedSubgraph, startSubgraph } from "@jiyue/server-kit";
import { createTestDatabase, testKeys } from "@jiyue/server-kit/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactionSubgraph } from "../src/app";
import type { InteractionSchema } from "../src/context";
import { KnowledgeRepository } from "../src/modules/knowledge/knowledge.repository";

const REPLIES = fileURLToPath(
  new URL("../../../../shared/data/letters/fujian4_messages_replies.csv", import.meta.url),
);
const present = existsSync(REPLIES);
if (!present) console.warn(`[interaction] 跳过智库真实答复测试：未找到 ${REPLIES}`);

let interaction: StartedSubgraph<InteractionSchema>;
let dropDatabase: (() => Promise<void>) | undefined;
let imported = 0;

async function query<T>(text: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${interaction.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: text, variables }),
  });
  const result = (await response.json()) as { data: T; errors?: unknown };
  expect(result.errors).toBeUndefined();
  return result.data;
}
const titlesOf = (entries: { title: string }[]) => entries.map((entry) => entry.title);
const search = async (q: string) =>
  (
    await query<{ knowledgeEntries: { totalCount: number; nodes: { title: string }[] } }>(
      `query($q: String) { knowledgeEntries(search: $q, first: 10) { totalCount nodes { title } } }`,
      { q },
    )
  ).knowledgeEntries;
const suggest = async (text: string) =>
  (
    await query<{ knowledgeSuggestions: { title: string }[] }>(
      `query($t: String!) { knowledgeSuggestions(text: $t, first: 5) { title } }`,
      { t: text },
    )
  ).knowledgeSuggestions;

describe.skipIf(!present)("智库 on the real replies", () => {
  beforeAll(async () => {
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    const keys = await testKeys();
    interaction = await startSubgraph(interactionSubgraph, {
      databaseUrl: database.url,
      port: 0,
      serviceSecret: "test-secret",
      verifyToken: keys.verifier,
      eventSources: { identity: async () => [], supervision: async () => [] },
    });
    const rows = parse(readFileSync(REPLIES, "utf8"), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    const unitId = randomUUID();
    imported = await new KnowledgeRepository(interaction.db).insertMany(
      rows.map((row) => ({
        source: "curated" as const,
        unitId,
        title: maskPersonalData(row.留言主题 ?? ""),
        question: maskPersonalData(row.留言详情 ?? ""),
        answer: maskPersonalData(row.答复意见 ?? ""),
        answeredAt: new Date(`${(row.答复时间 ?? "2019-01-01").slice(0, 10)}T12:00:00+08:00`),
      })),
    );
  }, 180_000);

  afterAll(async () => {
    await interaction?.stop();
    await dropDatabase?.();
  });

  it("imports every answered message, with no telephone number left", async () => {
    expect(imported).toBe(2816);
    const leaked = await interaction.pool.query(
      `select count(*)::int as n from interaction.knowledge_entry
        where question ~ '(^|[^0-9])1[3-9][0-9]{9}($|[^0-9])' or answer ~ '(^|[^0-9])0[0-9]{2,3}-[0-9]{7,8}($|[^0-9])'`,
    );
    expect(leaked.rows[0].n).toBe(0);
  });

  it("finds answers by words of the question", async () => {
    expect(titlesOf((await search("养狗")).nodes)).toContain("希望G市城区养狗规定早日出台");
    expect(titlesOf((await search("身份证 到期")).nodes)).toContain("咨询L市身份证到期换新事宜");
    const pension = await search("农村养老保险");
    expect(pension.totalCount).toBeGreaterThan(1);
    expect(titlesOf(pension.nodes)).toContain("咨询C4市农村养老保险");
  });

  it("suggests the answered question while a citizen types a similar one", async () => {
    expect(titlesOf(await suggest("G市城区到底什么时候出台养狗的管理规定？小区里狗太多了"))).toContain(
      "希望G市城区养狗规定早日出台",
    );
    expect(titlesOf(await suggest("82路公交车上学放学的时候太挤了，能不能增加车次"))).toContain(
      "希望B市82路车在上学放学时段增加车次",
    );
    expect(titlesOf(await suggest("身份证快到期了，怎么换新的身份证"))).toContain(
      "咨询L市身份证到期换新事宜",
    );
    const started = performance.now();
    await suggest("小区物业管理混乱，物业公司乱收停车费，业委会不作为");
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
