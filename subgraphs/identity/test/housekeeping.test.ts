// Integration: identity housekeeping — role catalogue upgrades, sign-in attempt retention.
import { IMPORT_ACCOUNT, type RoleDefinition } from "@jiyue/server-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthRepository } from "../src/modules/auth/auth.repository";
import { RoleRepository } from "../src/modules/role/role.repository";
import { startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
beforeAll(async () => {
  t = await startIdentity();
});
afterAll(async () => t?.stop());

const actionsOf = async (code: string) =>
  (
    await t.started.pool.query<{ actions: string[] }>("select actions from identity.role where code = $1", [
      code,
    ])
  ).rows[0]?.actions;

describe("role catalogue sync", () => {
  it("adds actions new to the catalogue, drops ones it removed and keeps the row's own edits", async () => {
    const v1: RoleDefinition = {
      code: "catalogue_probe",
      name: "探针",
      scopeKinds: ["site"],
      actions: ["article.read", "article.write"],
    };
    const repository = new RoleRepository(t.db);
    await repository.ensureDefaults([v1]);
    expect(await actionsOf("catalogue_probe")).toEqual(["article.read", "article.write"]);

    // An administrator grants an extra action and removes one by hand.
    await t.started.pool.query(
      "update identity.role set actions = array['article.read','lexicon.read'] where code = 'catalogue_probe'",
    );
    // The next release adds article.push and drops nothing the admin relies on.
    await repository.ensureDefaults([{ ...v1, actions: ["article.read", "article.write", "article.push"] }]);
    expect(await actionsOf("catalogue_probe")).toEqual(["article.push", "article.read", "lexicon.read"]);

    // A release that drops article.push from the catalogue takes it away again; a re-run changes nothing.
    await repository.ensureDefaults([v1]);
    await repository.ensureDefaults([v1]);
    expect(await actionsOf("catalogue_probe")).toEqual(["article.read", "lexicon.read"]);
  });

  it("treats rows from before catalogue tracking as synced with their current actions", async () => {
    await t.started.pool.query(
      "insert into identity.role (code, name, scope_kinds, actions) values ('legacy_probe', '旧', '{site}', '{article.read}')",
    );
    await new RoleRepository(t.db).ensureDefaults([
      { code: "legacy_probe", name: "旧", scopeKinds: ["site"], actions: ["article.read", "article.adopt"] },
    ]);
    expect(await actionsOf("legacy_probe")).toEqual(["article.adopt", "article.read"]);
  });
});

describe("sign-in attempt retention", () => {
  it("forgets attempts older than the retention and keeps recent ones", async () => {
    await t.started.pool.query(
      `insert into identity.login_attempt (username, ip, success, at) values
         ('retention-probe', '10.0.0.9', false, now() - interval '120 days'),
         ('retention-probe', '10.0.0.9', false, now() - interval '1 day')`,
    );
    const removed = await new AuthRepository(t.db).pruneAttempts(new Date(Date.now() - 90 * 86_400_000));
    expect(removed).toBeGreaterThanOrEqual(1);
    const left = await t.started.pool.query(
      "select count(*)::int n from identity.login_attempt where username = 'retention-probe'",
    );
    expect(left.rows[0]?.n).toBe(1);
  });
});

describe("system accounts", () => {
  it("keeps the import account as a disabled user that resolves as an author and cannot sign in", async () => {
    const unit = await t.seed.unit();
    const editor = await t.seed.user({ unitId: unit.id, roles: [{ role: "editor", unitId: unit.id }] });
    const entities = await t.gql<{ _entities: ({ displayName: string } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { displayName } } }`,
      { r: [{ __typename: "User", id: IMPORT_ACCOUNT.id }] },
      { token: await t.seed.tokenFor(editor.id) },
    );
    expect(entities.data?._entities, JSON.stringify(entities.errors)).toEqual([{ displayName: "数据导入" }]);
    const row = await t.started.pool.query("select status from identity.user where id = $1", [
      IMPORT_ACCOUNT.id,
    ]);
    expect(row.rows[0]?.status).toBe("disabled");
    const login = await t.gql(`mutation($i: LoginInput!) { login(input: $i) { status } }`, {
      i: { username: IMPORT_ACCOUNT.username, password: "anything-at-all-1" },
    });
    expect(login.errors?.[0]?.extensions?.code).toBeDefined();
    expect(login.data?.login).toBeUndefined();
  });
});
