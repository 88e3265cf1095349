// Integration: the demo city seeds an empty database once, with events, and its admin can sign in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS, demoStaffCallers, seedDemoCity } from "../src/seed/demo-city";
import { startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
beforeAll(async () => {
  t = await startIdentity();
});
afterAll(async () => t?.stop());

describe("demo city seed", () => {
  it("creates at least 40 units and 60 sites with their events, only once", async () => {
    expect(await seedDemoCity(t.db)).toBe(true);
    const count = async (sql: string) => Number((await t.started.pool.query<{ n: string }>(sql)).rows[0]?.n);
    expect(await count("select count(*) n from identity.unit where is_demo")).toBeGreaterThanOrEqual(40);
    expect(await count("select count(*) n from identity.site where is_demo")).toBeGreaterThanOrEqual(60);
    expect(
      await count("select count(*) n from identity.site where parent_site_id is not null"),
    ).toBeGreaterThanOrEqual(15);
    expect(
      await count("select count(*) n from identity.site where status = 'building'"),
    ).toBeGreaterThanOrEqual(2);
    expect((await t.outbox("unit.created")).length).toBe(await count("select count(*) n from identity.unit"));
    expect((await t.outbox("site.created")).length).toBe(await count("select count(*) n from identity.site"));
    expect((await t.outbox("site.created"))[0]?.payload).toMatchObject({ template: "standard" });

    expect(await seedDemoCity(t.db)).toBe(false);
    expect(await count("select count(*) n from identity.unit")).toBe((await t.outbox("unit.created")).length);
  });

  it("lets the demo admin sign in without TOTP and shows 人大 sub-sites under the city 人大 site", async () => {
    expect(DEMO_USERS.map((user) => user.username)).toEqual(
      expect.arrayContaining(["admin", "security", "auditor", "supervisor", "xcb_editor", "zgh_reviewer3"]),
    );
    const login = await t.gql<{
      login: { status: string; accessToken: string; me: { grants: { role: string }[] } };
    }>(
      `mutation($p: String!) { login(input: { username: "admin", password: $p }) { status accessToken me { grants { role } } } }`,
      { p: DEMO_PASSWORD },
    );
    expect(login.errors).toBeUndefined();
    expect(login.data?.login).toMatchObject({
      status: "SUCCESS",
      me: { grants: [{ role: "platform_admin" }] },
    });
    const rd = await t.gql<{ siteByCode: { name: string; children: { code: string; name: string }[] } }>(
      `{ siteByCode(code: "rd") { name children { code name } } }`,
    );
    expect(rd.data?.siteByCode.name).toBe("市人大常委会");
    expect(rd.data?.siteByCode.children.map((site) => site.code)).toEqual(
      expect.arrayContaining(["rd-yz", "rd-jb", "rd-spb"]),
    );
    const xcb = await t.gql(`{ siteByDomain(domain: "xcb.localhost:3000") { code name } }`);
    expect(xcb.data).toEqual({ siteByDomain: { code: "xcb", name: "市委宣传部" } });
  });

  it("has 智库 and 意见征集 staff for 市委宣传部, usable as callers for the other subgraphs' demo data", async () => {
    const callers = await demoStaffCallers(t.db, ["xcb_knowledge", "xcb_solicitation", "no_such_user"]);
    expect([...callers.keys()]).toEqual(["xcb_knowledge", "xcb_solicitation"]);
    const xcb = await t.started.pool.query<{ id: string }>("select id from identity.unit where code = 'xcb'");
    const unitId = xcb.rows[0]?.id;
    expect(callers.get("xcb_knowledge")).toMatchObject({
      kind: "staff",
      displayName: "市委宣传部智库维护",
      unitId,
      grants: [{ role: "knowledge_editor", unitId, actions: expect.arrayContaining(["knowledge.manage"]) }],
    });
    expect(callers.get("xcb_solicitation")?.grants).toEqual([
      expect.objectContaining({
        role: "solicitation_manager",
        unitId,
        actions: expect.arrayContaining(["solicitation.manage"]),
      }),
    ]);
  });
});
