// Integration: the lexicon service — versions bumped with every change, the rule that no unit weakens a city
// block-level entry, CSV/xlsx import (dry run, then apply, bad rows rejected with reasons) and export round
// trip, the curated starter set, and the internal snapshot behind a service token.
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { readOutbox, signServiceToken, startSubgraph } from "@jiyue/server-kit";
import { createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supervisionSubgraph } from "../src/app";
import type { SupervisionSchema } from "../src/context";

const identityEvents: DomainEvent[] = [];
let supervision: StartedSubgraph<SupervisionSchema>;
let dropDatabase: () => Promise<void>;
let pool: pg.Pool;
const unitA = randomUUID();
const siteA = randomUUID();
const tokens: Record<string, string> = {};

type Result = {
  // biome-ignore lint/suspicious/noExplicitAny: responses of many shapes, read loosely in assertions
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};
async function gql(query: string, variables: Record<string, unknown>, token?: string): Promise<Result> {
  const response = await fetch(`${supervision.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result;
}
const code = (result: Result) => result.errors?.[0]?.extensions?.code;
const version = async () =>
  (await gql(`{ lexiconVersion }`, {}, tokens.supervisor)).data?.lexiconVersion as number;
const CREATE = `mutation($input: CreateLexiconEntryInput!) { createLexiconEntry(input: $input) { id term level enabled source } }`;
const IMPORT = `mutation($input: ImportLexiconInput!) { importLexicon(input: $input) {
  dryRun added updated unchanged rejected version rows { line term kind action reasons changes } } }`;
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
async function idOf(term: string): Promise<string | undefined> {
  const result = await gql(
    `query($s: String) { lexiconEntries(filter: { search: $s }) { items { id term } } }`,
    { s: term },
    tokens.supervisor,
  );
  const items = (result.data?.lexiconEntries?.items ?? []) as { id: string; term: string }[];
  return items.find((e) => e.term === term)?.id;
}

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const keys = await testKeys();
  const none: EventSource = async () => [];
  supervision = await startSubgraph(supervisionSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: keys.verifier,
    eventSources: {
      identity: async (after, limit) => identityEvents.filter((e) => e.seq > after).slice(0, limit),
      content: none,
      interaction: none,
      evaluation: none,
      supervision: (after, limit) => readOutbox(pool, "supervision", after, limit),
    },
  });
  const actor = { kind: "system" as const, id: null };
  identityEvents.push(
    {
      id: randomUUID(),
      seq: 1,
      producer: "identity",
      type: "unit.created",
      aggregateType: "unit",
      aggregateId: unitA,
      unitId: unitA,
      payload: {
        unit: { id: unitA, parentId: null, name: "市妇联", kind: "mass_organization", level: "city" },
      },
      actor,
      occurredAt: new Date().toISOString(),
    },
    {
      id: randomUUID(),
      seq: 2,
      producer: "identity",
      type: "site.created",
      aggregateType: "site",
      aggregateId: siteA,
      siteId: siteA,
      unitId: unitA,
      payload: {
        site: {
          id: siteA,
          unitId: unitA,
          parentSiteId: null,
          code: "fl",
          name: "妇联",
          domains: [],
          status: "online",
        },
      },
      actor,
      occurredAt: new Date().toISOString(),
    },
  );
  await supervision.consumer?.catchUp();
  tokens.supervisor = await keys.sign(staffClaims([grant("supervisor")], { sub: "supervisor-1" }));
  tokens.adminA = await keys.sign(staffClaims([grant("unit_admin", { unitId: unitA })]));
  tokens.editorA = await keys.sign(staffClaims([grant("editor", { unitId: unitA })]));
});

afterAll(async () => {
  await supervision?.stop();
  await pool?.end();
  await dropDatabase?.();
});

describe("lexicon service", () => {
  it("loads the curated starter set once, each entry with its source", async () => {
    const list = await gql(
      `{ lexiconEntries(filter: { search: "扫黑险恶" }) { items { term level source kind } } }`,
      {},
      tokens.supervisor,
    );
    expect(list.data?.lexiconEntries.items[0]).toMatchObject({
      term: "扫黑险恶",
      level: "BLOCK",
      kind: "TYPO",
    });
    expect(list.data?.lexiconEntries.items[0].source).toBeTruthy();
    const before = await version();
    expect(before).toBeGreaterThanOrEqual(1);
    // A second start (or a replica) finds the set loaded and changes nothing.
    const { seedStarterLexicon } = await import("../src/modules/lexicon/lexicon.service");
    await seedStarterLexicon(supervision.db);
    expect(await version()).toBe(before);
  });

  it("starts with sensitive terms and protected names with titles, each with its source", async () => {
    const list = await gql(
      `{ lexiconEntries(filter: { kind: SENSITIVE }, limit: 200) { items { term level source } } }`,
      {},
      tokens.supervisor,
    );
    const sensitive = (list.data?.lexiconEntries.items ?? []) as {
      term: string;
      level: string;
      source: string;
    }[];
    expect(sensitive.length).toBeGreaterThanOrEqual(24);
    expect(sensitive.map((e) => e.term)).toContain("法轮功");
    expect(sensitive.some((e) => e.level === "BLOCK")).toBe(true);
    expect(sensitive.filter((e) => !e.source).map((e) => e.term)).toEqual([]);
    const names = await gql(
      `{ lexiconEntries(filter: { kind: NAME }) { items { term titles source note } } }`,
      {},
      tokens.supervisor,
    );
    const leaders = (names.data?.lexiconEntries.items ?? []) as {
      term: string;
      titles: string[];
      source: string;
    }[];
    expect(leaders.find((e) => e.term === "习近平")).toMatchObject({
      titles: ["中共中央总书记", "国家主席", "中央军委主席", "总书记"],
      source: "公开报道",
    });
    expect(leaders.find((e) => e.term === "李强")?.titles).toContain("国务院总理");
  });

  it("replaces a starter rule still in its first wording, once, and keeps an edited one", async () => {
    const { repairSeedEntries } = await import("../src/modules/lexicon/lexicon.service");
    const { STARTER_REPLACED } = await import("../src/modules/lexicon/lexicon.starter");
    const [kind, from, to] = STARTER_REPLACED[0] ?? ["pattern", "", ""];
    await pool.query(`UPDATE supervision.lexicon_entry SET term = $1 WHERE term = $2 AND kind = $3`, [
      from,
      to,
      kind,
    ]);
    expect(await repairSeedEntries(supervision.db)).toBe(1);
    const { rows } = await pool.query(`SELECT term FROM supervision.lexicon_entry WHERE term = ANY($1)`, [
      [from, to],
    ]);
    expect(rows.map((r: { term: string }) => r.term)).toEqual([to]);
    expect(await repairSeedEntries(supervision.db)).toBe(0);
  });

  it("bumps the version with every change and announces it by event in the same transaction", async () => {
    const v0 = await version();
    const created = await gql(
      CREATE,
      { input: { term: "测试词甲", kind: "SENSITIVE", level: "WARN", source: "测试" } },
      tokens.supervisor,
    );
    expect(created.errors).toBeUndefined();
    const v1 = await version();
    expect(v1).toBe(v0 + 1);
    const id = created.data?.createLexiconEntry.id;
    await gql(
      `mutation($id: ID!) { updateLexiconEntry(id: $id, input: { enabled: false }) { enabled } }`,
      { id },
      tokens.supervisor,
    );
    expect(await version()).toBe(v1 + 1);
    const refused = await gql(
      CREATE,
      { input: { term: "x", kind: "PATTERN", level: "WARN" } },
      tokens.adminA,
    );
    expect(code(refused)).toBe("FORBIDDEN");
    expect(await version()).toBe(v1 + 1);
    const events = await readOutbox(pool, "supervision", 0, 1000);
    const published = events
      .filter((e) => e.type === "lexicon.version_published")
      .map((e) => e.payload.version);
    expect(published).toContain(v1);
    expect(published).toContain(v1 + 1);
  });

  it("lets a unit exempt a warn-level city term but never weaken a city block-level entry", async () => {
    const warnId = await idOf("国家级");
    const ok = await gql(
      `mutation($input: LexiconExemptionInput!) { exemptLexiconEntry(input: $input) { reason } }`,
      { input: { unitId: unitA, entryId: warnId, reason: "单位名称含此词" } },
      tokens.adminA,
    );
    expect(ok.errors).toBeUndefined();
    const blockId = await idOf("扫黑险恶");
    const exempt = await gql(
      `mutation($input: LexiconExemptionInput!) { exemptLexiconEntry(input: $input) { reason } }`,
      { input: { unitId: unitA, entryId: blockId, reason: "想放行" } },
      tokens.adminA,
    );
    expect(code(exempt)).toBe("FORBIDDEN");
    expect(exempt.errors?.[0]?.message).toMatch(/阻断.*不能被单位豁免或降级/);
    const weaker = await gql(
      CREATE,
      { input: { term: "扫黑险恶", kind: "TYPO", level: "INFO", scope: "UNIT", unitId: unitA } },
      tokens.adminA,
    );
    expect(code(weaker)).toBe("FORBIDDEN");
    const own = await gql(
      CREATE,
      { input: { term: "妇联内部词", kind: "WORDING", level: "WARN", scope: "UNIT", unitId: unitA } },
      tokens.adminA,
    );
    expect(own.errors).toBeUndefined();
    const exemptions = await gql(
      `query($u: ID!) { lexiconExemptions(unitId: $u) { entry { term } } }`,
      { u: unitA },
      tokens.editorA,
    );
    expect(exemptions.data?.lexiconExemptions).toEqual([{ entry: { term: "国家级" } }]);
  });

  it("previews a CSV import (add / update / reject with reasons) without writing, then applies it", async () => {
    const csv = [
      "词语,类型,级别,建议用语,说明,来源,启用,职务,规则类别",
      "新错词甲,错别字,提醒,新正词甲,,测试来源,是,,",
      "扫黑险恶,错别字,阻断,扫黑除恶,新说明,测试来源,是,,",
      ",错别字,提醒,,,测试来源,是,,",
      "坏规则,规则,提醒,,,测试来源,是,,(",
      "坏正则(,规则,提醒,,,测试来源,是,,wording",
      "无来源,敏感词,阻断,,,,是,,",
      "新错词甲,错别字,提醒,新正词甲,,测试来源,是,,",
      "林某某,人名,提醒,,,测试来源,是,市委书记、市长,",
    ].join("\n");
    const v0 = await version();
    const preview = await gql(
      IMPORT,
      { input: { format: "CSV", content: b64(csv), dryRun: true } },
      tokens.supervisor,
    );
    expect(preview.errors).toBeUndefined();
    const result = preview.data?.importLexicon;
    expect(result).toMatchObject({ dryRun: true, added: 2, updated: 1, rejected: 5, version: v0 });
    const byLine = (line: number) => result.rows.find((r: { line: number }) => r.line === line);
    expect(byLine(3)).toMatchObject({ action: "UPDATE", changes: ["note", "source"] });
    expect(byLine(4).reasons).toContain("词语不能为空");
    expect(byLine(5).reasons).toContain("规则类别不正确");
    expect(byLine(6).reasons).toContain("正则表达式无效");
    expect(byLine(7).reasons).toContain("市级词条须注明来源");
    expect(byLine(8).reasons).toContain("与第 2 行重复");
    expect(await idOf("新错词甲")).toBeUndefined();
    expect(await version()).toBe(v0);

    const applied = await gql(
      IMPORT,
      { input: { format: "CSV", content: b64(csv), dryRun: false } },
      tokens.supervisor,
    );
    expect(applied.data?.importLexicon).toMatchObject({
      dryRun: false,
      added: 2,
      updated: 1,
      rejected: 5,
      version: v0 + 1,
    });
    expect(await idOf("新错词甲")).toBeDefined();
    const name = await gql(
      `{ lexiconEntries(filter: { kind: NAME }) { items { term titles } } }`,
      {},
      tokens.supervisor,
    );
    expect(name.data?.lexiconEntries.items).toContainEqual({ term: "林某某", titles: ["市委书记", "市长"] });
  });

  it("refuses a unit import row that would weaken a city block-level entry", async () => {
    const csv = "词语,类型,级别\n扫黑险恶,错别字,提示\n妇联词乙,规范表述,提醒\n";
    const result = await gql(
      IMPORT,
      { input: { format: "CSV", content: b64(csv), scope: "UNIT", unitId: unitA, dryRun: false } },
      tokens.adminA,
    );
    expect(result.data?.importLexicon).toMatchObject({ added: 1, rejected: 1 });
    expect(result.data?.importLexicon.rows[0].reasons[0]).toMatch(/不能被单位豁免或降级/);
    expect(
      code(await gql(IMPORT, { input: { format: "CSV", content: b64(csv), dryRun: true } }, tokens.adminA)),
    ).toBe("FORBIDDEN");
    expect(
      code(
        await gql(
          IMPORT,
          { input: { format: "XLSX", content: b64("not a workbook"), dryRun: true } },
          tokens.supervisor,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
  });

  it("exports xlsx and CSV that import back unchanged", async () => {
    for (const format of ["XLSX", "CSV"]) {
      const exported = await gql(
        `query($f: LexiconFileFormat!) { exportLexicon(format: $f) { filename contentType content } }`,
        { f: format },
        tokens.supervisor,
      );
      expect(exported.errors).toBeUndefined();
      const file = exported.data?.exportLexicon;
      if (format === "XLSX") {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(file.content, "base64") as unknown as ExcelJS.Buffer);
        expect(workbook.worksheets[0]?.getRow(1).getCell(1).text).toBe("词语");
      }
      const back = await gql(
        IMPORT,
        { input: { format, content: file.content, dryRun: true } },
        tokens.supervisor,
      );
      const counts = back.data?.importLexicon;
      expect(counts.added + counts.updated).toBe(0);
      // City entries without a source (the very first seed) are refused on import until one is given.
      expect(counts.unchanged).toBeGreaterThan(30);
    }
  });

  it("serves the snapshot only with a service token, with the version, entries and exemptions", async () => {
    const url = `${supervision.url}/internal/lexicon/snapshot`;
    expect((await fetch(url)).status).toBe(401);
    const token = await signServiceToken("content", "test-secret");
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const snapshot = (await response.json()) as {
      version: number;
      entries: { term: string }[];
      exemptions: unknown[];
    };
    expect(snapshot.version).toBe(await version());
    expect(snapshot.entries.map((e) => e.term)).toContain("扫黑险恶");
    expect(snapshot.entries.map((e) => e.term)).not.toContain("测试词甲");
    expect(snapshot.exemptions).toHaveLength(1);
    const unchanged = await fetch(`${url}?after=${snapshot.version}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(unchanged.status).toBe(304);
  });
});
