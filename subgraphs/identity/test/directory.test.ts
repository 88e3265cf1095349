// Integration: units, sites, users and roles — scoped permissions, typed errors, transactions, events,
// entity resolution the way the gateway calls it, and batching (constant statements per list).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SiteRow } from "../src/modules/site/site.sql";
import type { UnitRow } from "../src/modules/unit/unit.sql";
import { startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
let unitA: UnitRow;
let unitB: UnitRow;
let siteA: SiteRow;
let siteB: SiteRow;
let platformToken: string;
let adminAToken: string;
let securityToken: string;

beforeAll(async () => {
  t = await startIdentity();
  unitA = await t.seed.unit({ name: "市委宣传部" });
  unitB = await t.seed.unit({ name: "市总工会" });
  siteA = await t.seed.site(unitA.id, { code: "xcb-test" });
  siteB = await t.seed.site(unitB.id, { code: "zgh-test" });
  const platform = await t.seed.user({ username: "platform", roles: [{ role: "platform_admin" }] });
  const adminA = await t.seed.user({
    username: "admin-a",
    unitId: unitA.id,
    roles: [{ role: "unit_admin", unitId: unitA.id }],
  });
  const security = await t.seed.user({ username: "security", roles: [{ role: "security_admin" }] });
  securityToken = await t.seed.tokenFor(security.id);
  platformToken = await t.seed.tokenFor(platform.id);
  adminAToken = await t.seed.tokenFor(adminA.id);
  await t.seed.user({ username: "staff-b", unitId: unitB.id });
});
afterAll(async () => t?.stop());

const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username unit { id } } }`;
const USERS = `query($filter: UserFilter) { users(filter: $filter) { total items { username unit { name } roles { role { code } } } } }`;
const UPDATE_SITE = `mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id name status domains } }`;
const CREATE_SITE = `mutation($input: CreateSiteInput!) { createSite(input: $input) { id code status domains unit { name } parent { code } } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id role { code name } unit { id } site { id } } }`;

describe("scoped permissions", () => {
  it("lets a unit admin manage its own unit's users but not another unit's", async () => {
    const own = await t.gql<{
      users: { total: number; items: { username: string; unit: { name: string } }[] };
    }>(USERS, {}, { token: adminAToken });
    expect(own.errors).toBeUndefined();
    expect(own.data?.users.items.every((user) => user.unit.name === "市委宣传部")).toBe(true);
    expect(own.data?.users.items.map((user) => user.username)).not.toContain("staff-b");
    expect(code(await t.gql(USERS, { filter: { unitId: unitB.id } }, { token: adminAToken }))).toBe(
      "FORBIDDEN",
    );

    const created = await t.gql<{ createUser: { username: string } }>(
      CREATE_USER,
      {
        input: { username: "xcb-new", displayName: "新编辑", password: "Strong-Pass-123", unitId: unitA.id },
      },
      { token: adminAToken },
    );
    expect(created.errors).toBeUndefined();
    const foreign = await t.gql(
      CREATE_USER,
      {
        input: { username: "zgh-new", displayName: "外单位", password: "Strong-Pass-123", unitId: unitB.id },
      },
      { token: adminAToken },
    );
    expect(code(foreign)).toBe("FORBIDDEN");
    const cityWide = await t.gql(
      CREATE_USER,
      { input: { username: "nounit", displayName: "无单位", password: "Strong-Pass-123" } },
      { token: adminAToken },
    );
    expect(code(cityWide)).toBe("FORBIDDEN");

    const all = await t.gql<{ users: { total: number } }>(USERS, {}, { token: platformToken });
    expect(all.data?.users.total).toBeGreaterThanOrEqual(4);
  });

  it("lets a unit admin update its own site but not another unit's; sub-sites are covered by a site grant", async () => {
    // Domains are the platform's: the unit admin may not change them, the platform admin may.
    expect(
      code(
        await t.gql(
          UPDATE_SITE,
          { id: siteA.id, input: { name: "宣传部网站", domains: ["XCB.example.cn"] } },
          { token: adminAToken },
        ),
      ),
    ).toBe("FORBIDDEN");
    const domains = await t.gql(
      UPDATE_SITE,
      { id: siteA.id, input: { domains: ["XCB.example.cn"] } },
      { token: platformToken },
    );
    expect(domains.errors).toBeUndefined();
    const own = await t.gql(
      UPDATE_SITE,
      { id: siteA.id, input: { name: "宣传部网站", status: "ONLINE", domains: ["xcb.example.cn"] } },
      { token: adminAToken },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.updateSite).toMatchObject({
      name: "宣传部网站",
      status: "ONLINE",
      domains: ["xcb.example.cn"],
    });
    expect(
      code(await t.gql(UPDATE_SITE, { id: siteB.id, input: { name: "改别人的" } }, { token: adminAToken })),
    ).toBe("FORBIDDEN");
    expect(code(await t.gql(UPDATE_SITE, { id: siteA.id, input: { name: "匿名" } }))).toBe("UNAUTHENTICATED");

    const sub = await t.seed.site(unitB.id, { parentSiteId: siteB.id });
    const siteEditor = await t.seed.user({
      unitId: unitB.id,
      roles: [{ role: "unit_admin", unitId: unitB.id }],
    });
    expect(
      code(
        await t.gql(
          UPDATE_SITE,
          { id: sub.id, input: { name: "子站" } },
          { token: await t.seed.tokenFor(siteEditor.id) },
        ),
      ),
    ).toBeUndefined();
    const siteScoped = await t.seed.user({
      unitId: unitB.id,
      roles: [{ role: "editor", siteId: siteB.id, unitId: unitB.id }],
    });
    const sites = await t.gql<{ sites: { items: { id: string }[] } }>(
      `{ sites { items { id } } }`,
      {},
      { token: await t.seed.tokenFor(siteScoped.id) },
    );
    expect(sites.data?.sites.items.map((s) => s.id).sort()).toEqual([siteB.id, sub.id].sort());
  });

  it("shows the public only online sites, and staff the sites of their scope", async () => {
    const building = await t.seed.site(unitA.id, { status: "building" });
    const anonymous = await t.gql<{ sites: { items: { id: string; status: string }[] } }>(
      `{ sites(limit: 200) { items { id status } } }`,
    );
    expect(anonymous.data?.sites.items.every((site) => site.status === "ONLINE")).toBe(true);
    expect(anonymous.data?.sites.items.map((site) => site.id)).not.toContain(building.id);
    const staff = await t.gql<{ sites: { items: { id: string }[] } }>(
      `{ sites(limit: 200) { items { id } } }`,
      {},
      { token: adminAToken },
    );
    const ids = staff.data?.sites.items.map((site) => site.id) ?? [];
    expect(ids).toContain(building.id);
    expect(ids).not.toContain(siteB.id);
    const byCode = `query($c: String!) { siteByCode(code: $c) { id } }`;
    expect((await t.gql(byCode, { c: building.code })).data).toEqual({ siteByCode: null });
    expect((await t.gql(byCode, { c: building.code }, { token: adminAToken })).data).toEqual({
      siteByCode: { id: building.id },
    });
    const byDomain = await t.gql(`{ siteByDomain(domain: "xcb.example.cn:3000") { code } }`);
    expect(byDomain.data).toEqual({ siteByDomain: { code: "xcb-test" } });
  });

  it("refuses a citizen token on staff mutations with FORBIDDEN, and bad tokens with UNAUTHENTICATED", async () => {
    const citizen = await t.registerCitizen<{ citizenRegister: { accessToken: string } }>(
      `mutation($input: CitizenRegisterInput!) { citizenRegister(input: $input) { accessToken } }`,
      { phone: "13700000001", password: "Citizen-Pass-1", displayName: "王五" },
    );
    const token = citizen.data?.citizenRegister.accessToken ?? "";
    expect(code(await t.gql(UPDATE_SITE, { id: siteA.id, input: { name: "x" } }, { token }))).toBe(
      "FORBIDDEN",
    );
    expect(
      code(
        await t.gql(
          CREATE_USER,
          { input: { username: "abc", displayName: "x", password: "Strong-Pass-123" } },
          { token },
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      code(
        await t.gql(UPDATE_SITE, { id: siteA.id, input: { name: "x" } }, { authorization: "Bearer garbage" }),
      ),
    ).toBe("UNAUTHENTICATED");
  });
});

describe("roles", () => {
  it("keeps the three administrator duties apart, also under concurrent requests", async () => {
    const person = await t.seed.user({ username: "three-admins" });
    const first = await t.gql(
      ASSIGN,
      { input: { userId: person.id, roleCode: "platform_admin" } },
      { token: securityToken },
    );
    expect(first.errors).toBeUndefined();
    const second = await t.gql(
      ASSIGN,
      { input: { userId: person.id, roleCode: "security_admin" } },
      { token: securityToken },
    );
    expect(code(second)).toBe("CONFLICT");
    expect(second.errors?.[0]?.message).toContain("三员分立");

    const racer = await t.seed.user({ username: "racer" });
    const results = await Promise.all(
      ["security_admin", "audit_admin", "platform_admin"].map((roleCode) =>
        t.gql(ASSIGN, { input: { userId: racer.id, roleCode } }, { token: securityToken }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const lost of results.filter((result) => result.errors)) {
      expect(code(lost)).toBe("CONFLICT");
      expect(lost.errors?.[0]?.message).toContain("三员分立");
    }
    const held = await t.started.pool.query(
      "select role_code from identity.role_assignment where user_id = $1",
      [racer.id],
    );
    expect(held.rowCount).toBe(1);
  });

  it("assigns roles only at their scope kinds and in the assigner's scope; refuses duplicates", async () => {
    const person = await t.seed.user({ unitId: unitA.id });
    const editor = await t.gql<{ assignRole: { id: string; role: { name: string } } }>(
      ASSIGN,
      { input: { userId: person.id, roleCode: "editor", unitId: unitA.id } },
      { token: adminAToken },
    );
    expect(editor.errors).toBeUndefined();
    expect(editor.data?.assignRole.role.name).toBe("编辑");
    expect(
      code(
        await t.gql(
          ASSIGN,
          { input: { userId: person.id, roleCode: "editor", unitId: unitA.id } },
          { token: adminAToken },
        ),
      ),
    ).toBe("CONFLICT");
    expect(
      code(
        await t.gql(
          ASSIGN,
          { input: { userId: person.id, roleCode: "editor", unitId: unitB.id } },
          { token: adminAToken },
        ),
      ),
    ).toBe("FORBIDDEN");
    // A city role needs city-wide role.assign, and cannot be given at a unit.
    expect(
      code(
        await t.gql(ASSIGN, { input: { userId: person.id, roleCode: "supervisor" } }, { token: adminAToken }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      code(
        await t.gql(
          ASSIGN,
          { input: { userId: person.id, roleCode: "supervisor", unitId: unitA.id } },
          { token: platformToken },
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      code(
        await t.gql(
          ASSIGN,
          { input: { userId: person.id, roleCode: "no_such_role" } },
          { token: platformToken },
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      code(
        await t.gql(
          ASSIGN,
          { input: { userId: randomUUID(), roleCode: "editor", unitId: unitA.id } },
          { token: platformToken },
        ),
      ),
    ).toBe("NOT_FOUND");

    const siteRole = await t.gql(
      ASSIGN,
      { input: { userId: person.id, roleCode: "reviewer_1", siteId: siteA.id } },
      { token: adminAToken },
    );
    expect(siteRole.errors).toBeUndefined();
    expect(siteRole.data?.assignRole).toMatchObject({ unit: { id: unitA.id }, site: { id: siteA.id } });

    const revoke = await t.gql(
      `mutation($id: ID!) { revokeRole(assignmentId: $id) }`,
      { id: editor.data?.assignRole.id },
      { token: adminAToken },
    );
    expect(revoke.data).toEqual({ revokeRole: true });
    expect((await t.outbox("role.revoked")).length).toBe(1);
    expect((await t.outbox("role.assigned")).length).toBeGreaterThanOrEqual(3);
  });
});

describe("units and sites", () => {
  it("creates a site with its domains in one transaction and emits site.created with the template", async () => {
    const created = await t.gql<{ createSite: { id: string } }>(
      CREATE_SITE,
      {
        input: {
          unitId: unitA.id,
          parentId: siteA.id,
          code: "xcb-sub",
          name: "宣传部子站",
          domains: ["sub.example.cn"],
          status: "ONLINE",
          template: "empty",
        },
      },
      { token: platformToken },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createSite).toMatchObject({
      code: "xcb-sub",
      status: "ONLINE",
      domains: ["sub.example.cn"],
      unit: { name: "市委宣传部" },
      parent: { code: "xcb-test" },
    });
    const [event] = (await t.outbox("site.created")).filter(
      (e) => e.aggregate_id === created.data?.createSite.id,
    );
    expect(event?.payload).toMatchObject({
      site: { code: "xcb-sub", parentSiteId: siteA.id, domains: ["sub.example.cn"], status: "online" },
      template: "empty",
    });
    expect(event?.actor).toMatchObject({ kind: "staff", roles: ["platform_admin@city"] });

    // A unit admin may not create sites (city-wide site.create).
    expect(
      code(
        await t.gql(
          CREATE_SITE,
          { input: { unitId: unitA.id, code: "xcb-2", name: "x" } },
          { token: adminAToken },
        ),
      ),
    ).toBe("FORBIDDEN");
  });

  it("answers duplicates with CONFLICT, empty names with BAD_USER_INPUT, unknown ids with NOT_FOUND — and writes nothing", async () => {
    const before = await t.outbox();
    const dupCode = await t.gql(
      CREATE_SITE,
      { input: { unitId: unitA.id, code: "xcb-test", name: "重复" } },
      { token: platformToken },
    );
    expect(code(dupCode)).toBe("CONFLICT");
    expect(dupCode.errors?.[0]?.message).toBe("站点代码已被使用");
    // The site row is inserted before its domain collides: the transaction must take both back.
    const dupDomain = await t.gql(
      CREATE_SITE,
      { input: { unitId: unitA.id, code: "half-written", name: "半截", domains: ["xcb.example.cn"] } },
      { token: platformToken },
    );
    expect(code(dupDomain)).toBe("CONFLICT");
    expect(
      (await t.started.pool.query("select 1 from identity.site where code = 'half-written'")).rowCount,
    ).toBe(0);

    expect(
      code(
        await t.gql(
          CREATE_SITE,
          { input: { unitId: unitA.id, code: "ok-code", name: "   " } },
          { token: platformToken },
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      code(
        await t.gql(
          CREATE_SITE,
          { input: { unitId: unitA.id, code: "Bad Code", name: "x" } },
          { token: platformToken },
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      code(
        await t.gql(
          CREATE_SITE,
          { input: { unitId: randomUUID(), code: "ok-code", name: "x" } },
          { token: platformToken },
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      code(await t.gql(UPDATE_SITE, { id: randomUUID(), input: { name: "x" } }, { token: platformToken })),
    ).toBe("NOT_FOUND");
    expect(
      code(await t.gql(UPDATE_SITE, { id: "not-a-uuid", input: { name: "x" } }, { token: platformToken })),
    ).toBe("NOT_FOUND");
    const unit = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
    expect(
      code(
        await t.gql(
          unit,
          { input: { name: "", code: "u-empty", kind: "OTHER", level: "CITY" } },
          { token: platformToken },
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      code(
        await t.gql(
          `mutation { updateUnit(id: "${randomUUID()}", input: { name: "x" }) { id } }`,
          {},
          { token: platformToken },
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      code(
        await t.gql(
          `mutation { updateUser(id: "${randomUUID()}", input: { displayName: "x" }) { id } }`,
          {},
          { token: platformToken },
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      code(
        await t.gql(
          CREATE_USER,
          { input: { username: "platform", displayName: "重名", password: "Strong-Pass-123" } },
          { token: platformToken },
        ),
      ),
    ).toBe("CONFLICT");
    expect(
      code(
        await t.gql(
          CREATE_USER,
          { input: { username: "PLATFORM", displayName: "大小写", password: "Strong-Pass-123" } },
          { token: platformToken },
        ),
      ),
    ).toBe("CONFLICT");
    expect(
      code(
        await t.gql(
          CREATE_USER,
          { input: { username: "weakling", displayName: "弱", password: "weakling12345" } },
          { token: platformToken },
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect((await t.outbox()).length).toBe(before.length);
  });

  it("creates and updates units with events; unit.manage is the platform admin's", async () => {
    const create = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name kind level parent { id } } }`;
    const created = await t.gql<{ createUnit: { id: string } }>(
      create,
      {
        input: {
          name: "渝中区人大常委会",
          code: "rd-yz-test",
          kind: "PEOPLES_CONGRESS",
          level: "DISTRICT",
          parentId: unitA.id,
        },
      },
      { token: platformToken },
    );
    expect(created.data?.createUnit).toMatchObject({
      kind: "PEOPLES_CONGRESS",
      level: "DISTRICT",
      parent: { id: unitA.id },
    });
    expect(
      code(
        await t.gql(
          create,
          { input: { name: "x", code: "rd-yz-test", kind: "OTHER", level: "CITY" } },
          { token: platformToken },
        ),
      ),
    ).toBe("CONFLICT");
    expect(
      code(
        await t.gql(
          create,
          { input: { name: "x", code: "x-1", kind: "OTHER", level: "CITY" } },
          { token: adminAToken },
        ),
      ),
    ).toBe("FORBIDDEN");
    const update = await t.gql(
      `mutation($id: ID!) { updateUnit(id: $id, input: { shortName: "渝中人大" }) { shortName } }`,
      { id: created.data?.createUnit.id },
      { token: platformToken },
    );
    expect(update.data).toEqual({ updateUnit: { shortName: "渝中人大" } });
    const events = (await t.outbox())
      .filter((e) => e.aggregate_id === created.data?.createUnit.id)
      .map((e) => e.type);
    expect(events).toEqual(["unit.created", "unit.updated"]);
    const units = await t.gql<{ units: { name: string; children: { name: string }[] }[] }>(
      `{ units(filter: { rootsOnly: true }) { name children { name } } }`,
      {},
      { token: adminAToken },
    );
    expect(units.data?.units.find((u) => u.name === "市委宣传部")?.children).toEqual([
      { name: "渝中区人大常委会" },
    ]);
    expect(code(await t.gql(`{ units { id } }`))).toBe("UNAUTHENTICATED");
  });

  it("resolves Unit and Site entities the way the gateway asks", async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Site { id code unit { name } } ... on Unit { id name sites { code } } } }`;
    const result = await t.gql<{ _entities: unknown[] }>(query, {
      reps: [
        { __typename: "Site", id: siteB.id },
        { __typename: "Unit", id: unitB.id },
        { __typename: "Site", id: randomUUID() },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0]).toEqual({ id: siteB.id, code: "zgh-test", unit: { name: "市总工会" } });
    expect(result.data?._entities[1]).toMatchObject({ id: unitB.id, name: "市总工会" });
    expect(result.data?._entities[2]).toBeNull();
  });

  it("lists sites with their units in a constant number of SQL statements", async () => {
    const query = `{ sites(limit: 200) { total items { code domains unit { name parent { name } } parent { code } } } }`;
    const count = async () => {
      t.started.counter.reset();
      const result = await t.gql<{ sites: { total: number } }>(query, {}, { token: platformToken });
      expect(result.errors).toBeUndefined();
      return { statements: t.started.counter.count, total: result.data?.sites.total ?? 0 };
    };
    const small = await count();
    for (let i = 0; i < 50; i++) {
      const unit = await t.seed.unit();
      await t.seed.site(unit.id);
    }
    const large = await count();
    expect(large.total).toBeGreaterThanOrEqual(small.total + 50);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(8);
  });
});
