// Integration: 三员分立 and scope hardening, site domains, illegal characters, and what `_entities` reveals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SiteRow } from "../src/modules/site/site.sql";
import type { UnitRow } from "../src/modules/unit/unit.sql";
import type { UserRow } from "../src/modules/user/user.sql";
import { startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
let xcb: UnitRow;
let zgh: UnitRow;
let xcbSite: SiteRow;
let platform: UserRow;
let security: UserRow;
let audit: UserRow;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  process.env.JIYUE_PLATFORM_HOSTS = "www.jiyue.example, jiyue.example:8080";
  t = await startIdentity();
  xcb = await t.seed.unit({ name: "市委宣传部" });
  zgh = await t.seed.unit({ name: "市总工会" });
  xcbSite = await t.seed.site(xcb.id, { code: "xcb-hard" });
  platform = await t.seed.user({ username: "xitong", roles: [{ role: "platform_admin" }] });
  security = await t.seed.user({ username: "anquan", roles: [{ role: "security_admin" }] });
  audit = await t.seed.user({ username: "shenji", roles: [{ role: "audit_admin" }] });
  const xcbAdmin = await t.seed.user({
    username: "xcb-admin",
    unitId: xcb.id,
    roles: [{ role: "unit_admin", unitId: xcb.id }],
  });
  const zghEditor = await t.seed.user({
    username: "zgh-editor",
    unitId: zgh.id,
    roles: [{ role: "editor", unitId: zgh.id }],
  });
  for (const user of [platform, security, audit, xcbAdmin, zghEditor]) {
    tokens[user.username] = await t.seed.tokenFor(user.id);
  }
});
afterAll(async () => {
  delete process.env.JIYUE_PLATFORM_HOSTS;
  await t?.stop();
});

type Result = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};
const code = (result: Result) => result.errors?.[0]?.extensions?.code;
const message = (result: Result) => result.errors?.[0]?.message;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;
const REVOKE = `mutation($id: ID!) { revokeRole(assignmentId: $id) }`;
const RESET = `mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { status displayName } }`;
const UNLOCK = `mutation($id: ID!) { unlockUser(id: $id) { id } }`;
const as = (username: string) => ({ token: tokens[username] ?? "" });

async function assignmentOf(userId: string, roleCode: string): Promise<string> {
  const { rows } = await t.started.pool.query<{ id: string }>(
    "select id from identity.role_assignment where user_id = $1 and role_code = $2",
    [userId, roleCode],
  );
  if (!rows[0]) throw new Error("no assignment");
  return rows[0].id;
}

describe("三员分立", () => {
  it("lets only the security administrator give and take the three administrator roles", async () => {
    const person = await t.seed.user({ username: "candidate" });
    for (const roleCode of ["platform_admin", "security_admin", "audit_admin"]) {
      const byPlatform = await t.gql(ASSIGN, { input: { userId: person.id, roleCode } }, as("xitong"));
      expect(code(byPlatform), roleCode).toBe("FORBIDDEN");
    }
    const bySecurity = await t.gql(
      ASSIGN,
      { input: { userId: person.id, roleCode: "audit_admin" } },
      as("anquan"),
    );
    expect(bySecurity.errors).toBeUndefined();
    const id = await assignmentOf(person.id, "audit_admin");
    expect(code(await t.gql(REVOKE, { id }, as("xitong")))).toBe("FORBIDDEN");
    expect((await t.gql(REVOKE, { id }, as("anquan"))).errors).toBeUndefined();
  });

  it("refuses giving or taking one's own roles", async () => {
    const self = await t.gql(
      ASSIGN,
      { input: { userId: platform.id, roleCode: "unit_admin", unitId: xcb.id } },
      as("xitong"),
    );
    expect(code(self)).toBe("FORBIDDEN");
    const own = await t.gql(REVOKE, { id: await assignmentOf(security.id, "security_admin") }, as("anquan"));
    expect(code(own)).toBe("FORBIDDEN");
  });

  it("keeps the last holder of each administrator role (revoke and disable answer CONFLICT)", async () => {
    const onlyAudit = await t.gql(REVOKE, { id: await assignmentOf(audit.id, "audit_admin") }, as("anquan"));
    expect(code(onlyAudit)).toBe("CONFLICT");
    expect(message(onlyAudit)).toBe("至少需要保留一名审计管理员");
    const onlyPlatform = await t.gql(
      REVOKE,
      { id: await assignmentOf(platform.id, "platform_admin") },
      as("anquan"),
    );
    expect(message(onlyPlatform)).toBe("至少需要保留一名系统管理员");
    const disable = await t.gql(UPDATE_USER, { id: audit.id, input: { status: "DISABLED" } }, as("anquan"));
    expect(code(disable)).toBe("CONFLICT");

    // with a second audit admin, the first may go
    const second = await t.seed.user({ username: "shenji-2", roles: [{ role: "audit_admin" }] });
    const revoked = await t.gql(REVOKE, { id: await assignmentOf(second.id, "audit_admin") }, as("anquan"));
    expect(revoked.errors).toBeUndefined();
    const held = await t.started.pool.query(
      "select 1 from identity.role_assignment where role_code = 'audit_admin'",
    );
    expect(held.rowCount).toBe(1);
  });

  it("leaves administrator accounts' passwords, locks and status to the security administrator", async () => {
    for (const target of [security, audit]) {
      expect(code(await t.gql(RESET, { id: target.id, p: "Brand-New-Pass-1" }, as("xitong")))).toBe(
        "FORBIDDEN",
      );
      expect(code(await t.gql(UNLOCK, { id: target.id }, as("xitong")))).toBe("FORBIDDEN");
    }
    expect(
      code(await t.gql(UPDATE_USER, { id: audit.id, input: { status: "DISABLED" } }, as("xitong"))),
    ).toBe("FORBIDDEN");
    // the security admin resets the platform admin's password, never their own
    const own = await t.gql(RESET, { id: security.id, p: "Brand-New-Pass-1" }, as("anquan"));
    expect(code(own)).toBe("FORBIDDEN");
    expect(message(own)).toContain("修改密码");
    const other = await t.gql(RESET, { id: platform.id, p: "Brand-New-Pass-1" }, as("anquan"));
    expect(other.errors).toBeUndefined();
    // the reset ended the platform admin's sessions: the tests go on with a fresh token
    expect(code(await t.gql(`{ me { id } }`, {}, as("xitong")))).toBe("UNAUTHENTICATED");
    tokens.xitong = await t.seed.tokenFor(platform.id);
    // the platform admin still edits an administrator's name (no status change)
    const renamed = await t.gql(
      UPDATE_USER,
      { id: audit.id, input: { displayName: "审计员甲" } },
      as("xitong"),
    );
    expect(renamed.errors).toBeUndefined();
  });
});

describe("unit scope", () => {
  it("refuses a unit admin giving or taking roles of another unit's staff", async () => {
    const zghStaff = await t.seed.user({ username: "zgh-admin", unitId: zgh.id });
    const give = await t.gql(
      ASSIGN,
      { input: { userId: zghStaff.id, roleCode: "editor", unitId: xcb.id } },
      as("xcb-admin"),
    );
    expect(code(give)).toBe("FORBIDDEN");
    // given by the platform admin, the xcb admin may not take it away either
    const platformGives = await t.gql(
      ASSIGN,
      { input: { userId: zghStaff.id, roleCode: "editor", unitId: xcb.id } },
      as("xitong"),
    );
    expect(platformGives.errors).toBeUndefined();
    const take = await t.gql(REVOKE, { id: await assignmentOf(zghStaff.id, "editor") }, as("xcb-admin"));
    expect(code(take)).toBe("FORBIDDEN");
    // own unit's staff: allowed
    const xcbStaff = await t.seed.user({ unitId: xcb.id });
    const ok = await t.gql(
      ASSIGN,
      { input: { userId: xcbStaff.id, roleCode: "editor", unitId: xcb.id } },
      as("xcb-admin"),
    );
    expect(ok.errors).toBeUndefined();
  });
});

describe("site domains", () => {
  const UPDATE_SITE = `mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { domains } }`;

  it("refuses IP addresses, localhost and the platform's own hosts", async () => {
    for (const domain of [
      "192.168.1.10",
      "10.0.0.1:8080",
      "0x7f.1",
      "[::1]",
      "localhost",
      "LOCALHOST:3000",
      "www.jiyue.example",
      "jiyue.example:8080",
    ]) {
      const result = await t.gql(UPDATE_SITE, { id: xcbSite.id, input: { domains: [domain] } }, as("xitong"));
      expect(code(result), domain).toBe("BAD_USER_INPUT");
    }
    const { rowCount } = await t.started.pool.query("select 1 from identity.site_domain where site_id = $1", [
      xcbSite.id,
    ]);
    expect(rowCount).toBe(0);
  });

  it("stores internationalised domain names as punycode", async () => {
    const result = await t.gql<{ updateSite: { domains: string[] } }>(
      UPDATE_SITE,
      { id: xcbSite.id, input: { domains: ["宣传部.中国", "XCB.Example.cn:8443"] } },
      as("xitong"),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateSite.domains.toSorted()).toEqual([
      "xcb.example.cn:8443",
      "xn--dpqv81a6u5b.xn--fiqs8s",
    ]);
    const found = await t.gql<{ siteByDomain: { code: string } | null }>(
      `{ siteByDomain(domain: "xn--dpqv81a6u5b.xn--fiqs8s") { code } }`,
    );
    expect(found.data?.siteByDomain).toEqual({ code: "xcb-hard" });
    // the unit admin may resend the same domains, but not change them
    const same = await t.gql(
      UPDATE_SITE,
      { id: xcbSite.id, input: { domains: ["xcb.example.cn:8443", "xn--dpqv81a6u5b.xn--fiqs8s"] } },
      as("xcb-admin"),
    );
    expect(same.errors).toBeUndefined();
    const changed = await t.gql(UPDATE_SITE, { id: xcbSite.id, input: { domains: [] } }, as("xcb-admin"));
    expect(code(changed)).toBe("FORBIDDEN");
  });
});

describe("illegal characters", () => {
  const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`;
  const unitInput = (name: string, code: string) => ({ name, code, kind: "OTHER", level: "CITY" });

  it("refuses U+0000 in variables and in inline strings before anything runs", async () => {
    const inVariables = await t.gql(
      CREATE_UNIT,
      { input: unitInput("坏\u0000名字", "nul-var") },
      as("xitong"),
    );
    expect(code(inVariables)).toBe("BAD_USER_INPUT");
    expect(message(inVariables)).toBe("输入包含非法字符");
    const inline = await t.gql(
      `mutation { createUnit(input: { name: "坏\\u0000名字", code: "nul-inline", kind: OTHER, level: CITY }) { id } }`,
      {},
      as("xitong"),
    );
    expect(code(inline)).toBe("BAD_USER_INPUT");
    expect(message(inline)).toBe("输入包含非法字符");
    const login = await t.gql(`mutation($input: LoginInput!) { login(input: $input) { status } }`, {
      input: { username: "a\u0000", password: "x" },
    });
    expect(message(login)).toBe("输入包含非法字符");
    const { rowCount } = await t.started.pool.query("select 1 from identity.unit where code like 'nul-%'");
    expect(rowCount).toBe(0);
  });

  it("refuses names made only of invisible characters and strips them from others", async () => {
    for (const name of ["\u200B\u200B", " \uFEFF\u2060 ", "\u202E"]) {
      const result = await t.gql(CREATE_UNIT, { input: unitInput(name, `inv-${name.length}`) }, as("xitong"));
      expect(code(result), JSON.stringify(name)).toBe("BAD_USER_INPUT");
      expect(message(result)).toBe("单位名称不能为空");
    }
    const cleaned = await t.gql<{ createUnit: { name: string } }>(
      CREATE_UNIT,
      { input: unitInput("市\u200B妇联\u202E", "inv-ok") },
      as("xitong"),
    );
    expect(cleaned.data?.createUnit.name).toBe("市妇联");
    const user = await t.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: "ghost", displayName: "\u200D\u200C", password: "Strong-Pass-123" } },
      as("xitong"),
    );
    expect(message(user)).toBe("姓名不能为空");
  });

  it("answers zod's own checks in Chinese", async () => {
    const result = await t.gql(
      CREATE_UNIT,
      { input: { ...unitInput("排序", "sort-neg"), sortOrder: -1 } },
      as("xitong"),
    );
    expect(code(result)).toBe("BAD_USER_INPUT");
    expect(message(result)).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe("entities the way the gateway asks", () => {
  const USER_ENTITY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id displayName } } }`;
  const USER_PRIVATE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id displayName username email status roles { id } } } }`;

  it("gives anonymous callers nothing, other staff only the name, the user and user.read holders all", async () => {
    const reps = [{ __typename: "User", id: platform.id }];
    expect(code(await t.gql(USER_ENTITY, { reps }))).toBe("UNAUTHENTICATED");

    const names = await t.gql<{ _entities: unknown[] }>(USER_ENTITY, { reps }, as("zgh-editor"));
    expect(names.errors).toBeUndefined();
    expect(names.data?._entities[0]).toEqual({ id: platform.id, displayName: "测试xitong" });

    const hidden = await t.gql(USER_PRIVATE, { reps }, as("zgh-editor"));
    expect(hidden.errors?.map((error) => error.extensions?.code)).toContain("FORBIDDEN");
    expect(JSON.stringify(hidden.data)).not.toContain('xitong"');

    const xcbAdmin = await t.gql(USER_PRIVATE, { reps }, as("xcb-admin"));
    expect(code(xcbAdmin)).toBe("FORBIDDEN");
    for (const who of ["xitong", "anquan"]) {
      const full = await t.gql<{ _entities: { username: string }[] }>(USER_PRIVATE, { reps }, as(who));
      expect(full.errors, who).toBeUndefined();
      expect(full.data?._entities[0]?.username).toBe("xitong");
    }
  });

  it("hides sites that are not online from callers without site.read, also through Unit.sites", async () => {
    const building = await t.seed.site(zgh.id, { code: "zgh-building", status: "building" });
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Site { id code } ... on Unit { sites { code } } } }`;
    const reps = [
      { __typename: "Site", id: building.id },
      { __typename: "Unit", id: zgh.id },
    ];
    const anonymous = await t.gql<{ _entities: ({ id: string } | { sites: { code: string }[] } | null)[] }>(
      query,
      { reps },
    );
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?._entities).toEqual([null, { sites: [] }]);
    const outsider = await t.gql<{ _entities: unknown[] }>(query, { reps }, as("xcb-admin"));
    expect(outsider.data?._entities).toEqual([null, { sites: [] }]);
    const own = await t.gql<{ _entities: unknown[] }>(query, { reps }, as("zgh-editor"));
    expect(own.data?._entities).toEqual([
      { id: building.id, code: "zgh-building" },
      { sites: [{ code: "zgh-building" }] },
    ]);
  });

  it("resolves a citizen only for the citizen and the platform administrator", async () => {
    const registered = await t.registerCitizen<{
      citizenRegister: { accessToken: string; me: { id: string } };
    }>(
      `mutation($input: CitizenRegisterInput!) { citizenRegister(input: $input) { accessToken me { id } } }`,
      {
        phone: "13700000099",
        password: "Citizen-Pass-1",
        displayName: "市民甲",
      },
    );
    const citizenToken = registered.data?.citizenRegister.accessToken ?? "";
    const id = registered.data?.citizenRegister.me.id;
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { id displayName maskedPhone } } }`;
    const reps = [{ __typename: "Citizen", id }];
    expect(code(await t.gql(query, { reps }))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(query, { reps }, as("zgh-editor")))).toBe("FORBIDDEN");
    for (const token of [citizenToken, tokens.xitong ?? ""]) {
      const seen = await t.gql<{ _entities: { displayName: string }[] }>(query, { reps }, { token });
      expect(seen.errors).toBeUndefined();
      expect(seen.data?._entities[0]?.displayName).toBe("市民甲");
    }
  });

  it("resolves an API client only for the client itself and the platform administrator", async () => {
    const created = await t.gql<{ createApiClient: { client: { id: string }; secret: string } }>(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id } secret } }`,
      { input: { name: "新媒体甲", siteIds: [xcbSite.id] } },
      as("xitong"),
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createApiClient.client.id;
    const exchanged = await t.gql<{ apiClientToken: { accessToken: string } }>(
      `mutation($id: ID!, $s: String!) { apiClientToken(clientId: $id, secret: $s) { accessToken } }`,
      { id, s: created.data?.createApiClient.secret },
    );
    const clientToken = exchanged.data?.apiClientToken.accessToken ?? "";
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ApiClient { id name } } }`;
    const reps = [{ __typename: "ApiClient", id }];
    expect(code(await t.gql(query, { reps }))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(query, { reps }, as("xcb-admin")))).toBe("FORBIDDEN");
    for (const token of [clientToken, tokens.xitong ?? ""]) {
      const seen = await t.gql<{ _entities: { name: string }[] }>(query, { reps }, { token });
      expect(seen.errors).toBeUndefined();
      expect(seen.data?._entities[0]?.name).toBe("新媒体甲");
    }
  });
});
