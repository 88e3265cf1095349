// All five subgraphs in-process on one test database, wired to each other's events, behind the gateway with a
// supergraph composed from the committed SDL: one query joins all five; permissions hold end to end; a list
// costs a constant number of SQL statements.
import { contentSubgraph } from "@jiyue/content";
import { evaluationSubgraph } from "@jiyue/evaluation";
import { createIdentitySubgraph } from "@jiyue/identity";
import { DEMO_PASSWORD, seedDemoCity } from "@jiyue/identity/seed";
import { interactionSubgraph } from "@jiyue/interaction";
import {
  type EventSource,
  httpEventSource,
  listen,
  memoryOutbox,
  type RunningServer,
  type StartedSubgraph,
  type SubgraphName,
  serviceTokenSource,
  startSubgraph,
} from "@jiyue/server-kit";
import { createTestDatabase } from "@jiyue/server-kit/testing";
import { supervisionSubgraph } from "@jiyue/supervision";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSupergraph } from "../../scripts/compose";
import { createGateway, type Gateway } from "../src/app";

const SECRET = "federation-test-secret";

interface Result<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
// biome-ignore lint/suspicious/noExplicitAny: five subgraphs with five drizzle schemas
const subgraphs: StartedSubgraph<any>[] = [];
let gateway: Gateway;
let server: RunningServer;
const tokens: Record<"admin" | "xcbAdmin" | "supervisor" | "citizen" | "auditor", string> = {
  admin: "",
  auditor: "",
  xcbAdmin: "",
  supervisor: "",
  citizen: "",
};
const ids = { xcbUnit: "", zghUnit: "", xcbSite: "", zghSite: "" };

async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Result<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result<T>;
}

async function data<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) {
  const result = await gql<T>(query, variables, token);
  if (result.errors || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function login(username: string): Promise<string> {
  const result = await data<{ login: { status: string; accessToken: string | null } }>(
    "mutation($input: LoginInput!) { login(input: $input) { status accessToken } }",
    { input: { username, password: DEMO_PASSWORD } },
  );
  if (result.login.status !== "SUCCESS" || !result.login.accessToken) {
    throw new Error(`login of ${username}: ${result.login.status}`);
  }
  return result.login.accessToken;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function statements(): number {
  return subgraphs.reduce((sum, subgraph) => sum + subgraph.counter.count, 0);
}
function resetStatements(): void {
  for (const subgraph of subgraphs) subgraph.counter.reset();
}

beforeAll(async () => {
  database = await createTestDatabase();
  const identity = createIdentitySubgraph();
  const urls: Partial<Record<SubgraphName, string>> = {};
  const serviceToken = serviceTokenSource("federation-test", SECRET);
  // Producers start one after another and some consume each other: a source answers "nothing yet" until
  // its producer is up; NOTIFY and polling catch up afterwards.
  const lazySource =
    (name: SubgraphName): EventSource =>
    async (after, limit) => {
      const url = urls[name];
      return url ? httpEventSource(url, serviceToken)(after, limit) : [];
    };
  const eventSources = Object.fromEntries(
    (["identity", "content", "interaction", "supervision", "evaluation"] as const).map((name) => [
      name,
      lazySource(name),
    ]),
  );
  const options = {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: SECRET,
    verifyToken: identity.verifyToken,
    eventSources,
    poolSize: 4,
  };
  // identity first: the others build their directory projections from its events.
  const identityStarted = await startSubgraph(identity.definition, options);
  urls.identity = identityStarted.url;
  subgraphs.push(identityStarted);
  for (const definition of [contentSubgraph, interactionSubgraph, supervisionSubgraph, evaluationSubgraph]) {
    // biome-ignore lint/suspicious/noExplicitAny: each definition has its own schema and context types
    const started = await startSubgraph(definition as any, options);
    urls[started.name] = started.url;
    subgraphs.push(started);
  }

  gateway = await createGateway({
    supergraphSdl: composeSupergraph().supergraphSdl,
    subgraphUrls: urls as Record<string, string>,
    verifyToken: identity.verifyToken,
    production: false,
  });
  server = await listen(gateway.app, 0);

  expect(await seedDemoCity(identityStarted.db)).toBe(true);

  tokens.admin = await login("admin");
  tokens.xcbAdmin = await login("xcb_admin");
  tokens.supervisor = await login("supervisor");
  tokens.auditor = await login("auditor");
  // Registration proves the phone: the code comes from the logging SMS sender's outbox of this process.
  await data('mutation { requestCitizenRegisterCode(phone: "13800138000") { maskedPhone } }', {});
  const phoneCode = /验证码为 (\d{6})/.exec(
    memoryOutbox.filter((message) => message.phone === "13800138000").at(-1)?.text ?? "",
  )?.[1];
  const citizen = await data<{ citizenRegister: { accessToken: string } }>(
    "mutation($input: CitizenRegisterInput!) { citizenRegister(input: $input) { accessToken } }",
    {
      input: {
        type: "PERSON",
        phone: "13800138000",
        phoneCode,
        password: "Correct-Horse-42",
        displayName: "测试市民",
      },
    },
  );
  tokens.citizen = citizen.citizenRegister.accessToken;

  const units = await data<{ units: { id: string; code: string }[] }>(
    "{ units { id code } }",
    {},
    tokens.admin,
  );
  ids.xcbUnit = units.units.find((unit) => unit.code === "xcb")?.id ?? "";
  ids.zghUnit = units.units.find((unit) => unit.code === "zgh")?.id ?? "";
  const sites = await data<{ xcb: { id: string }; zgh: { id: string } }>(
    '{ xcb: siteByCode(code: "xcb") { id } zgh: siteByCode(code: "zgh") { id } }',
    {},
    tokens.admin,
  );
  ids.xcbSite = sites.xcb.id;
  ids.zghSite = sites.zgh.id;

  // Every site's projections (channels, mailboxes, statistics) are built from identity's events.
  await waitFor("channels, mailboxes and stats of every site", async () => {
    const result = await gql<{
      sites: {
        total: number;
        items: { channels: unknown[]; mailboxes: unknown[]; stats: { channelCount: number } }[];
      };
    }>(
      "{ sites(limit: 200) { total items { channels { id } mailboxes { id } stats { channelCount } } } }",
      {},
      tokens.admin,
    );
    const items = result.data?.sites.items ?? [];
    return (
      items.length >= 60 &&
      items.every(
        (site) => site.channels.length > 0 && site.mailboxes.length > 0 && site.stats.channelCount > 0,
      )
    );
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await gateway?.stop();
  for (const subgraph of subgraphs.reverse()) await subgraph.stop();
  await database?.drop();
}, 60_000);

describe("one graph over five subgraphs", () => {
  it("returns a site with fields from identity, content, interaction, supervision and evaluation in one query", async () => {
    const created = await data<{ createLexiconEntry: { id: string } }>(
      "mutation($input: CreateLexiconEntryInput!) { createLexiconEntry(input: $input) { id } }",
      { input: { term: "联邦测试词", kind: "WORDING", scope: "CITY", suggestion: "规范用语" } },
      tokens.supervisor,
    );
    expect(created.createLexiconEntry.id).toBeTruthy();

    await waitFor(
      "the lexicon entry to be in force for the site",
      async () => {
        const result = await data<{ siteByCode: { lexiconEntries: { term: string }[] } }>(
          '{ siteByCode(code: "xcb") { lexiconEntries { term } } }',
          {},
          tokens.admin,
        );
        return result.siteByCode.lexiconEntries.some((entry) => entry.term === "联邦测试词");
      },
      10_000,
    );

    const result = await gql<{
      siteByCode: {
        code: string;
        name: string;
        unit: { code: string; name: string };
        channels: { name: string; site: { code: string } }[];
        mailboxes: { name: string; unitId: string }[];
        lexiconEntries: { term: string; suggestion: string | null }[];
        stats: { channelCount: number; mailboxCount: number; changeCount: number };
      };
    }>(
      `{ siteByCode(code: "xcb") {
          code name unit { code name }
          channels { name site { code } }
          mailboxes { name unitId }
          lexiconEntries { term suggestion }
          stats { channelCount mailboxCount changeCount }
        } }`,
      {},
      tokens.admin,
    );
    expect(result.errors).toBeUndefined();
    const site = result.data?.siteByCode;
    expect(site?.code).toBe("xcb");
    expect(site?.name).toBe("市委宣传部");
    expect(site?.unit).toEqual({ code: "xcb", name: "中共重庆市委宣传部" });
    expect(site?.channels.length).toBeGreaterThan(0);
    expect(site?.channels.every((channel) => channel.site.code === "xcb")).toBe(true);
    expect(site?.mailboxes.length).toBeGreaterThan(0);
    expect(site?.mailboxes.every((mailbox) => mailbox.unitId === ids.xcbUnit)).toBe(true);
    expect(site?.lexiconEntries).toContainEqual({ term: "联邦测试词", suggestion: "规范用语" });
    expect(site?.stats.channelCount).toBeGreaterThanOrEqual(site?.channels.length ?? 1);
    expect(site?.stats.mailboxCount).toBe(site?.mailboxes.length);
  });
});

describe("events across subgraphs", () => {
  it("a site change made through the gateway reaches Site.stats (evaluation) and the audit trail (supervision)", async () => {
    const before = await data<{ site: { stats: { changeCount: number } } }>(
      "query($id: ID!) { site(id: $id) { stats { changeCount } } }",
      { id: ids.zghSite },
      tokens.admin,
    );
    const renamed = `重庆市总工会（${Date.now()}）`;
    await data(
      "mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id } }",
      { id: ids.zghSite, input: { name: renamed } },
      tokens.admin,
    );
    await waitFor("Site.stats.changeCount to count the change", async () => {
      const after = await data<{ site: { stats: { changeCount: number } } }>(
        "query($id: ID!) { site(id: $id) { stats { changeCount } } }",
        { id: ids.zghSite },
        tokens.admin,
      );
      return after.site.stats.changeCount === before.site.stats.changeCount + 1;
    });
    type Audit = {
      auditLog: {
        items: {
          type: string;
          actorName: string | null;
          actorRoles: string[];
          payload: { site?: { name?: string } };
        }[];
      };
    };
    let entry: Audit["auditLog"]["items"][number] | undefined;
    await waitFor("the audit trail to record the change", async () => {
      const audit = await data<Audit>(
        "query($filter: AuditLogFilter) { auditLog(filter: $filter, limit: 20) { items { type actorName actorRoles payload } } }",
        { filter: { type: "site.updated", siteId: ids.zghSite } },
        tokens.auditor,
      );
      entry = audit.auditLog.items.find((item) => item.payload.site?.name === renamed);
      return entry !== undefined;
    });
    expect(entry?.actorRoles.some((role) => role.startsWith("platform_admin"))).toBe(true);
    // The system administrator may change sites but never read the audit trail (三员分立).
    const refused = await gql("{ auditLog { total } }", {}, tokens.admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("permissions end to end through the gateway", () => {
  const listUsers = "query($unitId: ID) { users(filter: { unitId: $unitId }) { total items { username } } }";
  const createUser = "mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }";
  const updateSite =
    "mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id description } }";
  let sequence = 0;
  const newUser = (unitId: string) => ({
    input: {
      username: `fed_user_${Date.now().toString(36)}_${sequence++}`,
      displayName: "联邦测试",
      password: "Correct-Horse-42",
      unitId,
    },
  });

  function codeOf(result: Result<unknown>): string | undefined {
    return result.errors?.[0]?.extensions?.code;
  }

  it("lists users: a unit admin in their unit only; anonymous and citizens are refused", async () => {
    const own = await gql<{ users: { total: number; items: { username: string }[] } }>(
      listUsers,
      { unitId: ids.xcbUnit },
      tokens.xcbAdmin,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.users.items.map((user) => user.username)).toContain("xcb_editor");
    expect(own.data?.users.items.some((user) => user.username.startsWith("zgh_"))).toBe(false);

    expect(codeOf(await gql(listUsers, { unitId: ids.zghUnit }, tokens.xcbAdmin))).toBe("FORBIDDEN");
    expect(codeOf(await gql(listUsers, { unitId: ids.xcbUnit }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(listUsers, { unitId: ids.xcbUnit }, tokens.citizen))).toBe("FORBIDDEN");
  });

  it("creates users: a unit admin in their unit only; anonymous and citizens are refused", async () => {
    const own = await gql<{ createUser: { username: string } }>(
      createUser,
      newUser(ids.xcbUnit),
      tokens.xcbAdmin,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.createUser.username).toMatch(/^fed_user_/);

    const other = newUser(ids.zghUnit);
    expect(codeOf(await gql(createUser, other, tokens.xcbAdmin))).toBe("FORBIDDEN");
    expect(codeOf(await gql(createUser, newUser(ids.xcbUnit)))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(createUser, newUser(ids.xcbUnit), tokens.citizen))).toBe("FORBIDDEN");
    // Nothing was written for the refused attempt.
    const zghUsers = await data<{ users: { items: { username: string }[] } }>(
      listUsers,
      { unitId: ids.zghUnit },
      tokens.admin,
    );
    expect(zghUsers.users.items.map((user) => user.username)).not.toContain(other.input.username);
  });

  it("updates sites: a unit admin their unit's site only; anonymous and citizens are refused", async () => {
    const own = await gql<{ updateSite: { description: string } }>(
      updateSite,
      { id: ids.xcbSite, input: { description: "经网关修改" } },
      tokens.xcbAdmin,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.updateSite.description).toBe("经网关修改");

    const input = { description: "越权修改" };
    expect(codeOf(await gql(updateSite, { id: ids.zghSite, input }, tokens.xcbAdmin))).toBe("FORBIDDEN");
    expect(codeOf(await gql(updateSite, { id: ids.xcbSite, input }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(updateSite, { id: ids.xcbSite, input }, tokens.citizen))).toBe("FORBIDDEN");
    const after = await data<{ zgh: { description: string | null }; xcb: { description: string | null } }>(
      '{ zgh: siteByCode(code: "zgh") { description } xcb: siteByCode(code: "xcb") { description } }',
      {},
      tokens.admin,
    );
    expect(after.zgh.description).not.toBe("越权修改");
    expect(after.xcb.description).toBe("经网关修改");
  });
});

describe("bad input through the gateway", () => {
  const INVALID = "时间格式无效，须为带时区的 ISO 8601 时间";
  const someId = "00000000-0000-4000-8000-000000000000";

  it.each(["2026-13-45", "2026-05-01T10:00:00", "garbage", "2026-02-30T10:00:00+08:00"])(
    "publishArticle(at: %j) is BAD_USER_INPUT with a Chinese message, as a variable and inline",
    async (at) => {
      const asVariable = await gql(
        "mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { id } }",
        { id: someId, at },
        tokens.admin,
      );
      const inline = await gql(
        `mutation { publishArticle(id: "${someId}", at: ${JSON.stringify(at)}) { id } }`,
        {},
        tokens.admin,
      );
      for (const result of [asVariable, inline]) {
        expect(result.errors).toHaveLength(1);
        expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(result.errors?.[0]?.message).toBe(INVALID);
      }
    },
  );

  it("a valid time with a zone reaches the content subgraph (which finds no such article)", async () => {
    const result = await gql(
      "mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { id } }",
      { id: someId, at: "2030-05-01T10:00:00+08:00" },
      tokens.admin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("no N+1 across the graph", () => {
  it("lists 50 sites with unit and channels for the same number of SQL statements as 10", async () => {
    const query =
      "query($limit: Int) { sites(limit: $limit) { items { id code unit { id name } channels { id name children { id } } } } }";
    // Let event consumers settle so that only this query's statements are counted.
    await waitFor(
      "background work to settle",
      async () => {
        resetStatements();
        await new Promise((resolve) => setTimeout(resolve, 500));
        return statements() === 0;
      },
      20_000,
    );

    async function cost(limit: number): Promise<number> {
      resetStatements();
      const result = await data<{ sites: { items: { channels: unknown[] }[] } }>(
        query,
        { limit },
        tokens.admin,
      );
      expect(result.sites.items).toHaveLength(limit);
      expect(result.sites.items.every((site) => site.channels.length > 0)).toBe(true);
      return statements();
    }
    const fifty = await cost(50);
    const ten = await cost(10);
    expect(fifty).toBeGreaterThan(0);
    expect(fifty).toBe(ten);
  });
});
