// Integration: revocation takes effect at once — in identity (its own table) and in another subgraph (content,
// fed by identity's real events over HTTP, and seeded from /internal/revocations at start).
import {
  createTokenVerifier,
  httpEventSource,
  httpRevocationSource,
  localKeySet,
  type StartedSubgraph,
  serviceTokenSource,
  startSubgraph,
} from "@jiyue/server-kit";
import { createTestDatabase } from "@jiyue/server-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSubgraph } from "../../content/src/app";
import type { ContentSchema } from "../../content/src/context";
import type { SiteRow } from "../src/modules/site/site.sql";
import type { UnitRow } from "../src/modules/unit/unit.sql";
import { PASSWORD, startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
let unit: UnitRow;
let site: SiteRow;
let platformToken: string;
let securityToken: string;
const extra: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  t = await startIdentity();
  await t.seed.policy({ totpRequiredForAdmins: false });
  unit = await t.seed.unit({ name: "市委宣传部" });
  site = await t.seed.site(unit.id, { code: "xcb-revoke" });
  const platform = await t.seed.user({ username: "platform", roles: [{ role: "platform_admin" }] });
  const security = await t.seed.user({ username: "security", roles: [{ role: "security_admin" }] });
  platformToken = await t.seed.tokenFor(platform.id);
  securityToken = await t.seed.tokenFor(security.id);
});
afterAll(async () => {
  for (const started of extra) await started.stop();
  await t?.stop();
});

const USERS = `{ users { total } }`;
const ME = `{ me { id } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;
const REVOKE = `mutation($id: ID!) { revokeRole(assignmentId: $id) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { status accessToken refreshToken } }`;
const CREATE_CHANNEL = `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`;

const first = (result: { errors?: { message: string; extensions?: { code?: string } }[] }) =>
  result.errors?.[0];

async function assignmentId(userId: string, roleCode: string): Promise<string> {
  const { rows } = await t.started.pool.query<{ id: string }>(
    "select id from identity.role_assignment where user_id = $1 and role_code = $2",
    [userId, roleCode],
  );
  if (!rows[0]) throw new Error("no assignment");
  return rows[0].id;
}

async function login(username: string) {
  const result = await t.gql<{ login: { accessToken: string; refreshToken: string } }>(
    LOGIN,
    { input: { username, password: PASSWORD } },
    { ip: `10.9.${Math.floor(Math.random() * 250)}.1` },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.login ?? { accessToken: "", refreshToken: "" };
}

async function startContent(options: { fromEvents: boolean }): Promise<StartedSubgraph<ContentSchema>> {
  const database = await createTestDatabase();
  const tokens = serviceTokenSource("content", "test-secret");
  const started = await startSubgraph(contentSubgraph, {
    databaseUrl: database.url,
    port: 0,
    serviceSecret: "test-secret",
    verifyToken: createTokenVerifier(localKeySet(await t.identity.keys.jwks())),
    eventSources: {
      identity: options.fromEvents ? httpEventSource(t.started.url, tokens) : async () => [],
    },
    revocationSource: options.fromEvents ? null : httpRevocationSource(t.started.url, tokens),
  });
  extra.push({
    async stop() {
      await started.stop();
      await database.drop();
    },
  });
  return started;
}

async function contentGql(
  content: StartedSubgraph<ContentSchema>,
  query: string,
  variables: object,
  token: string,
) {
  const response = await fetch(`${content.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
}

describe("revocation before expiry", () => {
  it("ends a revoked role's access at once in identity and in content; a fresh login works", async () => {
    const content = await startContent({ fromEvents: true });
    await content.consumer?.catchUp();
    const admin = await t.seed.user({
      username: "xcb-admin",
      unitId: unit.id,
      roles: [{ role: "unit_admin", unitId: unit.id }],
    });
    const { accessToken: old } = await login("xcb-admin");
    expect(first(await t.gql(USERS, {}, { token: old }))).toBeUndefined();
    const channel = { input: { siteId: site.id, name: "专题一", slug: "zt-one" } };
    expect(first(await contentGql(content, CREATE_CHANNEL, channel, old))).toBeUndefined();

    const revoked = await t.gql(
      REVOKE,
      { id: await assignmentId(admin.id, "unit_admin") },
      { token: platformToken },
    );
    expect(revoked.errors).toBeUndefined();
    const [event] = await t.outbox("auth.sessions_revoked");
    expect(event?.payload).toMatchObject({ subjectKind: "staff", subjectId: admin.id });

    // identity refuses the old token straight from its table
    const inIdentity = first(await t.gql(USERS, {}, { token: old }));
    expect(inIdentity?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(inIdentity?.message).toBe("权限已变更，请重新登录");
    // content refuses it as soon as it has consumed identity's event
    await content.consumer?.catchUp();
    const again = { input: { siteId: site.id, name: "专题二", slug: "zt-two" } };
    const inContent = first(await contentGql(content, CREATE_CHANNEL, again, old));
    expect(inContent?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(inContent?.message).toBe("权限已变更，请重新登录");

    // signing in again, within the same second, gives a token that works with the new (smaller) grants
    const { accessToken: fresh } = await login("xcb-admin");
    expect(first(await t.gql(ME, {}, { token: fresh }))).toBeUndefined();
    expect(first(await t.gql(USERS, {}, { token: fresh }))?.extensions?.code).toBe("FORBIDDEN");
    expect(first(await contentGql(content, CREATE_CHANNEL, again, fresh))?.extensions?.code).toBe(
      "FORBIDDEN",
    );

    // a new role also revokes the old token (its grants are stale), and the next login carries the role
    const { accessToken: before } = await login("xcb-admin");
    const granted = await t.gql(
      ASSIGN,
      { input: { userId: admin.id, roleCode: "unit_admin", unitId: unit.id } },
      { token: platformToken },
    );
    expect(granted.errors).toBeUndefined();
    expect(first(await t.gql(ME, {}, { token: before }))?.extensions?.code).toBe("UNAUTHENTICATED");
    const { accessToken: after } = await login("xcb-admin");
    expect(first(await t.gql(USERS, {}, { token: after }))).toBeUndefined();
  });

  it("seeds a starting subgraph from identity's /internal/revocations", async () => {
    const editor = await t.seed.user({
      username: "xcb-editor",
      unitId: unit.id,
      roles: [{ role: "unit_admin", unitId: unit.id }],
    });
    const { accessToken: old } = await login("xcb-editor");
    const revoked = await t.gql(
      REVOKE,
      { id: await assignmentId(editor.id, "unit_admin") },
      { token: platformToken },
    );
    expect(revoked.errors).toBeUndefined();
    // No identity events reach this instance: only the seed can know.
    const content = await startContent({ fromEvents: false });
    await expect.poll(() => content.revocations.size).toBeGreaterThan(0);
    const result = first(
      await contentGql(content, CREATE_CHANNEL, { input: { siteId: site.id, name: "x", slug: "x" } }, old),
    );
    expect(result?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result?.message).toBe("权限已变更，请重新登录");
    const unauthorised = await fetch(`${t.started.url}/internal/revocations?since=2020-01-01T00:00:00Z`);
    expect(unauthorised.status).toBe(401);
  });

  it("ends a disabled user's access, and the access of a logged-out or reset session", async () => {
    const disabled = await t.seed.user({ username: "to-disable", unitId: unit.id });
    const { accessToken: disabledToken } = await login("to-disable");
    expect(first(await t.gql(ME, {}, { token: disabledToken }))).toBeUndefined();
    const update = await t.gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { status: DISABLED }) { status } }`,
      { id: disabled.id },
      { token: platformToken },
    );
    expect(update.errors).toBeUndefined();
    expect(first(await t.gql(ME, {}, { token: disabledToken }))?.extensions?.code).toBe("UNAUTHENTICATED");

    await t.seed.user({ username: "logs-out", unitId: unit.id });
    const session = await login("logs-out");
    const out = await t.gql(`mutation($r: String!) { logout(refreshToken: $r) }`, {
      r: session.refreshToken,
    });
    expect(out.errors).toBeUndefined();
    expect(first(await t.gql(ME, {}, { token: session.accessToken }))?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );

    const reset = await t.seed.user({ username: "gets-reset", unitId: unit.id });
    const { accessToken: resetToken } = await login("gets-reset");
    const done = await t.gql(
      `mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) }`,
      { id: reset.id, p: "Another-Strong-77" },
      { token: platformToken },
    );
    expect(done.errors).toBeUndefined();
    expect(first(await t.gql(ME, {}, { token: resetToken }))?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("stops an administrator whose role was revoked from using the old token to act again", async () => {
    const second = await t.seed.user({ username: "platform-2", roles: [{ role: "platform_admin" }] });
    const { accessToken: old } = await login("platform-2");
    const target = await t.seed.user({ username: "target", unitId: unit.id });
    const revoked = await t.gql(
      REVOKE,
      { id: await assignmentId(second.id, "platform_admin") },
      { token: securityToken },
    );
    expect(revoked.errors).toBeUndefined();
    for (const input of [
      { userId: target.id, roleCode: "unit_admin", unitId: unit.id },
      { userId: second.id, roleCode: "unit_admin", unitId: unit.id },
    ]) {
      const attempt = await t.gql(ASSIGN, { input }, { token: old });
      expect(first(attempt)?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const { rowCount } = await t.started.pool.query(
      "select 1 from identity.role_assignment where user_id = any($1)",
      [[second.id, target.id]],
    );
    expect(rowCount).toBe(0);
  });
});
