// Integration: the supervision subgraph on a real PostgreSQL — the lexicon in force per site, and the audit
// trail fed by every producer's events (its own included).
import { randomUUID } from "node:crypto";
import type { DomainEvent, EventSource, StartedSubgraph } from "@jiyue/server-kit";
import { readOutbox, startSubgraph } from "@jiyue/server-kit";
import { citizenClaims, createTestDatabase, grant, staffClaims, testKeys } from "@jiyue/server-kit/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supervisionSubgraph } from "../src/app";
import type { SupervisionSchema } from "../src/context";

const identityEvents: DomainEvent[] = [];
const contentEvents: DomainEvent[] = [];
const sourceOf =
  (events: DomainEvent[]): EventSource =>
  async (after, limit) =>
    events.filter((event) => event.seq > after).slice(0, limit);

function push(events: DomainEvent[], event: Omit<DomainEvent, "id" | "seq" | "occurredAt">): DomainEvent {
  const full = { ...event, id: randomUUID(), seq: events.length + 1, occurredAt: new Date().toISOString() };
  events.push(full);
  return full;
}
const unitCreated = (id: string, name: string) =>
  push(identityEvents, {
    producer: "identity",
    type: "unit.created",
    aggregateType: "unit",
    aggregateId: id,
    unitId: id,
    payload: { unit: { id, parentId: null, name, kind: "mass_organization", level: "city" } },
    actor: {
      kind: "staff",
      id: "admin-1",
      name: "系统管理员",
      roles: ["platform_admin@city"],
      ip: "10.0.0.1",
    },
  });
const siteCreated = (id: string, unitId: string, code: string) =>
  push(identityEvents, {
    producer: "identity",
    type: "site.created",
    aggregateType: "site",
    aggregateId: id,
    siteId: id,
    unitId,
    payload: {
      site: { id, unitId, parentSiteId: null, code, name: `站点${code}`, domains: [], status: "online" },
    },
    actor: {
      kind: "staff",
      id: "admin-1",
      name: "系统管理员",
      roles: ["platform_admin@city"],
      ip: "10.0.0.1",
    },
  });

let supervision: StartedSubgraph<SupervisionSchema>;
let dropDatabase: () => Promise<void>;
let pool: pg.Pool;
const unitA = randomUUID();
const unitB = randomUUID();
const siteA = randomUUID();
const siteB = randomUUID();
const tokens: Record<string, string> = {};

type GraphQLResult = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
async function graphql(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResult> {
  const response = await fetch(`${supervision.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult;
}
const code = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

type Entry = {
  id: string;
  term: string;
  kind: string;
  level: string;
  scope: string;
  suggestion: string | null;
};
const SITE_LEXICON = `query($reps: [_Any!]!, $kind: LexiconKind, $level: LexiconLevel) {
  _entities(representations: $reps) { ... on Site { id lexiconEntries(kind: $kind, level: $level) { id term kind level scope suggestion } } } }`;
async function inForce(
  token: string | undefined,
  siteIds: string[],
  filter: { kind?: string; level?: string } = {},
) {
  return graphql(SITE_LEXICON, { reps: siteIds.map((id) => ({ __typename: "Site", id })), ...filter }, token);
}
const termsOf = (result: GraphQLResult, index = 0) =>
  ((result.data!._entities as { lexiconEntries: Entry[] }[])[index]?.lexiconEntries ?? [])
    .map((entry) => entry.term)
    .sort();

const CREATE = `mutation($input: CreateLexiconEntryInput!) { createLexiconEntry(input: $input) { id term kind level scope unitId } }`;
const EXEMPT = `mutation($input: LexiconExemptionInput!) { exemptLexiconEntry(input: $input) { unitId reason entry { term } } }`;
const AUDIT = `query($filter: AuditLogFilter, $limit: Int) { auditLog(filter: $filter, limit: $limit) { total items {
  eventId producer seq type actorKind actorId actorName actorRoles actorIp requestId siteId unitId aggregateType aggregateId payload occurredAt recordedAt } } }`;

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
      identity: sourceOf(identityEvents),
      content: sourceOf(contentEvents),
      interaction: none,
      evaluation: none,
      // Its own outbox, read directly (in production: its own /internal/events endpoint).
      supervision: (after, limit) => readOutbox(pool, "supervision", after, limit),
    },
  });
  unitCreated(unitA, "市妇联");
  unitCreated(unitB, "市科协");
  siteCreated(siteA, unitA, "fl");
  siteCreated(siteB, unitB, "kx");
  push(contentEvents, {
    producer: "content",
    type: "channel.created",
    aggregateType: "channel",
    aggregateId: randomUUID(),
    siteId: siteA,
    unitId: unitA,
    payload: { channel: { name: "工作动态" } },
    actor: {
      kind: "staff",
      id: "editor-7",
      name: "李编辑",
      roles: ["unit_admin@unit:a"],
      ip: "192.0.2.7",
      userAgent: "test",
      requestId: "req-7",
    },
  });
  await supervision.consumer?.catchUp();
  tokens.adminA = await keys.sign(staffClaims([grant("unit_admin", { unitId: unitA })]));
  tokens.editorA = await keys.sign(staffClaims([grant("editor", { unitId: unitA })]));
  tokens.supervisor = await keys.sign(staffClaims([grant("supervisor")], { sub: "supervisor-1" }));
  tokens.platformAdmin = await keys.sign(staffClaims([grant("platform_admin")]));
  tokens.auditAdmin = await keys.sign(staffClaims([grant("audit_admin")]));
  tokens.handler = await keys.sign(staffClaims([grant("letter_handler", { unitId: unitA })]));
  tokens.citizen = await keys.sign(citizenClaims());
});

afterAll(async () => {
  await supervision?.stop();
  await pool?.end();
  await dropDatabase?.();
});

describe("supervision subgraph: lexicon", () => {
  it("seeds a city lexicon in force for every site, resolvable as Site.lexiconEntries the way the gateway asks", async () => {
    const all = await inForce(tokens.editorA, [siteA]);
    expect(all.errors).toBeUndefined();
    expect(termsOf(all)).toContain("按装");
    // The first seed (13 entries) plus the curated starter set loaded at the first start.
    expect(termsOf(all).length).toBeGreaterThan(13);
    expect(termsOf(all)).toContain("扫黑险恶");
    const typos = await inForce(tokens.editorA, [siteA], { kind: "TYPO" });
    const entries = (typos.data!._entities as { lexiconEntries: Entry[] }[])[0]?.lexiconEntries ?? [];
    // The first seed's ordinary typos warn since the seed fixes; block is kept for fixed slogans.
    expect(entries.find((entry) => entry.term === "做为")).toMatchObject({
      suggestion: "作为",
      level: "WARN",
      scope: "CITY",
    });
    expect(entries.find((entry) => entry.term === "扫黑险恶")).toMatchObject({ level: "BLOCK" });
    expect(entries.every((entry) => entry.kind === "TYPO")).toBe(true);
    const warnings = await inForce(tokens.editorA, [siteA], { level: "WARN" });
    expect(termsOf(warnings)).toEqual(expect.arrayContaining(["国家级", "最高级"]));
  });

  it("adds a unit's own entries and removes its exemptions for its sites only, in one query for many sites", async () => {
    const created = await graphql(
      CREATE,
      { input: { term: "妇联专用词", kind: "WORDING", level: "INFO", scope: "UNIT", unitId: unitA } },
      tokens.adminA,
    );
    expect(created.errors).toBeUndefined();
    const other = (
      await graphql(
        `query { lexiconEntries(filter: { search: "其它" }) { items { id } } }`,
        {},
        tokens.adminA,
      )
    ).data?.lexiconEntries as { items: { id: string }[] };
    const otherId = other.items[0]?.id;
    const exempted = await graphql(
      EXEMPT,
      { input: { unitId: unitA, entryId: otherId, reason: "本单位历史文献引用" } },
      tokens.adminA,
    );
    expect(exempted.data?.exemptLexiconEntry).toMatchObject({ unitId: unitA, entry: { term: "其它" } });

    supervision.counter.reset();
    const both = await inForce(tokens.supervisor, [siteA, siteB]);
    // The consumer shares the connection pool; count only this query's reads.
    const reads = supervision.counter.statements.filter((statement) =>
      /lexicon_entry|site_ref/.test(statement),
    );
    expect(reads).toHaveLength(2);
    expect(termsOf(both, 0)).toContain("妇联专用词");
    expect(termsOf(both, 0)).not.toContain("其它");
    expect(termsOf(both, 1)).not.toContain("妇联专用词");
    expect(termsOf(both, 1)).toContain("其它");

    const removed = await graphql(
      `mutation($u: ID!, $e: ID!) { removeLexiconExemption(unitId: $u, entryId: $e) }`,
      { u: unitA, e: otherId },
      tokens.adminA,
    );
    expect(removed.data?.removeLexiconExemption).toBe(true);
    expect(termsOf(await inForce(tokens.editorA, [siteA]))).toContain("其它");
  });

  it("lets only lexicon managers in scope change the lexicon", async () => {
    const cityEntry = { term: "新词甲", kind: "SENSITIVE", level: "BLOCK", scope: "CITY" };
    expect(code(await graphql(CREATE, { input: cityEntry }, tokens.adminA))).toBe("FORBIDDEN");
    expect(
      code(await graphql(CREATE, { input: { ...cityEntry, scope: "UNIT", unitId: unitB } }, tokens.adminA)),
    ).toBe("FORBIDDEN");
    expect(
      code(await graphql(CREATE, { input: { ...cityEntry, scope: "UNIT", unitId: unitA } }, tokens.editorA)),
    ).toBe("FORBIDDEN");
    expect(code(await graphql(CREATE, { input: cityEntry }))).toBe("UNAUTHENTICATED");
    expect(code(await graphql(CREATE, { input: cityEntry }, tokens.citizen))).toBe("FORBIDDEN");
    const seeded = (
      await graphql(
        `query { lexiconEntries(filter: { search: "按装" }) { items { id } } }`,
        {},
        tokens.editorA,
      )
    ).data?.lexiconEntries as { items: { id: string }[] };
    const seededId = seeded.items[0]?.id;
    expect(
      code(
        await graphql(EXEMPT, { input: { unitId: unitB, entryId: seededId, reason: "x" } }, tokens.adminA),
      ),
    ).toBe("FORBIDDEN");
    expect(
      code(
        await graphql(`mutation($id: ID!) { deleteLexiconEntry(id: $id) }`, { id: seededId }, tokens.adminA),
      ),
    ).toBe("FORBIDDEN");

    const byCity = await graphql(CREATE, { input: cityEntry }, tokens.supervisor);
    expect(byCity.data?.createLexiconEntry).toMatchObject({ term: "新词甲", scope: "CITY", unitId: null });
    const id = (byCity.data!.createLexiconEntry as { id: string }).id;
    const updated = await graphql(
      `mutation($id: ID!) { updateLexiconEntry(id: $id, input: { level: WARN, suggestion: "新词乙" }) { level suggestion } }`,
      { id },
      tokens.supervisor,
    );
    expect(updated.data?.updateLexiconEntry).toEqual({ level: "WARN", suggestion: "新词乙" });
    expect(
      (await graphql(`mutation($id: ID!) { deleteLexiconEntry(id: $id) }`, { id }, tokens.supervisor)).data,
    ).toEqual({
      deleteLexiconEntry: true,
    });
  });

  it("shows the lexicon only to staff who may read it, and each unit only its own entries", async () => {
    const list = `query { lexiconEntries(filter: { scope: UNIT }) { total items { term unitId } } }`;
    const kx = await graphql(
      CREATE,
      { input: { term: "科协专用词", kind: "WORDING", scope: "UNIT", unitId: unitB } },
      tokens.supervisor,
    );
    const kxId = (kx.data!.createLexiconEntry as { id: string }).id;
    const one = `query($id: ID!) { lexiconEntry(id: $id) { term } }`;
    expect(code(await graphql(one, { id: kxId }, tokens.editorA))).toBe("FORBIDDEN");
    expect((await graphql(one, { id: kxId }, tokens.supervisor)).data?.lexiconEntry).toEqual({
      term: "科协专用词",
    });
    const forA = (await graphql(list, {}, tokens.editorA)).data?.lexiconEntries as {
      items: { term: string }[];
    };
    expect(forA.items.map((item) => item.term)).toEqual(["妇联专用词"]);
    const forCity = (await graphql(list, {}, tokens.supervisor)).data?.lexiconEntries as { total: number };
    expect(forCity.total).toBe(2);
    expect(code(await graphql(list, {}))).toBe("UNAUTHENTICATED");
    expect(code(await graphql(list, {}, tokens.citizen))).toBe("FORBIDDEN");
    expect(code(await graphql(list, {}, tokens.handler))).toBe("FORBIDDEN");
    expect(code(await inForce(tokens.editorA, [siteB]))).toBe("FORBIDDEN");
    expect(code(await inForce(undefined, [siteA]))).toBe("UNAUTHENTICATED");
  });

  it("refuses only lexiconEntries, keeping the site itself, for callers who may not read it", async () => {
    // The gateway merges this entity into a site whose public fields came from identity: a null here
    // must not null the whole site.
    const outOfScope = await inForce(tokens.editorA, [siteA, siteB]);
    expect(outOfScope.data?._entities).toEqual([
      { id: siteA, lexiconEntries: expect.any(Array) },
      { id: siteB, lexiconEntries: null },
    ]);
    expect(outOfScope.errors).toHaveLength(1);
    const anonymous = await inForce(undefined, [siteA]);
    expect(anonymous.data?._entities).toEqual([{ id: siteA, lexiconEntries: null }]);
    expect(code(anonymous)).toBe("UNAUTHENTICATED");
  });

  it("refuses bad input, unknown ids and duplicates with typed errors", async () => {
    expect(code(await graphql(CREATE, { input: { term: "  ", kind: "TYPO" } }, tokens.supervisor))).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      code(await graphql(CREATE, { input: { term: "x", kind: "TYPO", scope: "UNIT" } }, tokens.supervisor)),
    ).toBe("BAD_USER_INPUT");
    expect(code(await graphql(CREATE, { input: { term: "按装", kind: "TYPO" } }, tokens.supervisor))).toBe(
      "CONFLICT",
    );
    expect(
      code(
        await graphql(
          CREATE,
          { input: { term: "x", kind: "TYPO", scope: "UNIT", unitId: randomUUID() } },
          tokens.supervisor,
        ),
      ),
    ).toBe("NOT_FOUND");
    const update = `mutation($id: ID!) { updateLexiconEntry(id: $id, input: { note: "x" }) { id } }`;
    expect(code(await graphql(update, { id: randomUUID() }, tokens.supervisor))).toBe("NOT_FOUND");
    const unitEntry = (
      await graphql(
        `query { lexiconEntries(filter: { unitId: "${unitA}" }) { items { id } } }`,
        {},
        tokens.adminA,
      )
    ).data?.lexiconEntries as { items: { id: string }[] };
    const exemptUnitEntry = await graphql(
      EXEMPT,
      { input: { unitId: unitA, entryId: unitEntry.items[0]?.id, reason: "x" } },
      tokens.adminA,
    );
    expect(code(exemptUnitEntry)).toBe("BAD_USER_INPUT");
    const seeded = (
      await graphql(
        // A warn-level entry: city block-level entries cannot be exempted at all (lexicon-service.test.ts).
        `query { lexiconEntries(filter: { search: "最高级" }) { items { id } } }`,
        {},
        tokens.adminA,
      )
    ).data?.lexiconEntries as { items: { id: string }[] };
    const input = { unitId: unitA, entryId: seeded.items[0]?.id, reason: "x" };
    expect(code(await graphql(EXEMPT, { input }, tokens.adminA))).toBeUndefined();
    expect(code(await graphql(EXEMPT, { input }, tokens.adminA))).toBe("CONFLICT");
    const remove = `mutation($u: ID!, $e: ID!) { removeLexiconExemption(unitId: $u, entryId: $e) }`;
    expect(code(await graphql(remove, { u: unitA, e: randomUUID() }, tokens.adminA))).toBe("NOT_FOUND");
  });
});

describe("supervision subgraph: audit trail", () => {
  type AuditPage = { total: number; items: Record<string, unknown>[] };
  const audit = async (filter: Record<string, unknown> = {}, token = tokens.auditAdmin) => {
    await supervision.consumer?.catchUp();
    const result = await graphql(AUDIT, { filter, limit: 200 }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.auditLog as AuditPage;
  };

  it("records every producer's events with their actor, its own lexicon changes included", async () => {
    const sites = await audit({ type: "site.created" });
    expect(sites.total).toBe(2);
    expect(sites.items[0]).toMatchObject({
      producer: "identity",
      actorName: "系统管理员",
      actorIp: "10.0.0.1",
    });
    const channel = await audit({ siteId: siteA, type: "channel.created" });
    expect(channel.items).toHaveLength(1);
    expect(channel.items[0]).toMatchObject({
      producer: "content",
      actorKind: "staff",
      actorId: "editor-7",
      actorName: "李编辑",
      actorRoles: ["unit_admin@unit:a"],
      actorIp: "192.0.2.7",
      requestId: "req-7",
      unitId: unitA,
      payload: { channel: { name: "工作动态" } },
    });
    const bySupervisor = await audit({ type: "lexicon.changed", actorId: "supervisor-1" });
    expect(bySupervisor.total).toBeGreaterThanOrEqual(3);
    expect(
      bySupervisor.items.every((item) => item.producer === "supervision" && item.actorKind === "staff"),
    ).toBe(true);
    expect(bySupervisor.items.map((item) => (item.payload as { change: string }).change)).toEqual(
      expect.arrayContaining(["created", "updated", "deleted"]),
    );
    const future = await audit({ from: new Date(Date.now() + 60_000).toISOString() });
    expect(future.total).toBe(0);
  });

  it("refers to the site and unit of an entry as entities for the gateway, and to none when absent", async () => {
    const query = `query($filter: AuditLogFilter) { auditLog(filter: $filter, limit: 200) {
      items { type siteId unitId site { __typename id } unit { __typename id } } } }`;
    const channel = await graphql(query, { filter: { type: "channel.created" } }, tokens.auditAdmin);
    expect((channel.data!.auditLog as { items: unknown[] }).items[0]).toEqual({
      type: "channel.created",
      siteId: siteA,
      unitId: unitA,
      site: { __typename: "Site", id: siteA },
      unit: { __typename: "Unit", id: unitA },
    });
    const unit = await graphql(query, { filter: { type: "unit.created" } }, tokens.auditAdmin);
    const items = (unit.data!.auditLog as { items: { site: unknown; unit: unknown }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.site === null && item.unit !== null)).toBe(true);
  });

  it("is readable by the audit admin only", async () => {
    for (const token of [tokens.platformAdmin, tokens.supervisor, tokens.adminA, tokens.citizen]) {
      expect(code(await graphql(AUDIT, {}, token))).toBe("FORBIDDEN");
    }
    expect(code(await graphql(AUDIT, {}))).toBe("UNAUTHENTICATED");
    expect(code(await graphql(AUDIT, { filter: { siteId: "nope" } }, tokens.auditAdmin))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("is append-only: UPDATE, DELETE and TRUNCATE fail, and a redelivered event is recorded once", async () => {
    const before = (await audit()).total;
    await expect(pool.query("update supervision.audit_log set actor_name = '篡改'")).rejects.toThrow(
      /只能追加/,
    );
    await expect(pool.query("delete from supervision.audit_log")).rejects.toThrow(/只能追加/);
    await expect(pool.query("truncate supervision.audit_log")).rejects.toThrow(/只能追加/);
    const first = identityEvents[0];
    if (!first) throw new Error("no event");
    await supervision.eventStore?.apply(first, true);
    const after = await audit();
    expect(after.total).toBe(before);
    expect(after.items.some((item) => item.actorName === "篡改")).toBe(false);
  });
});
