// Integration: the security policy as a contract — only the security admin reads and edits it, input is
// validated, and a saved policy governs the next logins and password changes at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
let securityToken: string;
let platformToken: string;
let auditToken: string;
beforeAll(async () => {
  t = await startIdentity();
  const security = await t.seed.user({ username: "anquan", roles: [{ role: "security_admin" }] });
  const platform = await t.seed.user({ username: "xitong", roles: [{ role: "platform_admin" }] });
  const audit = await t.seed.user({ username: "shenji", roles: [{ role: "audit_admin" }] });
  securityToken = await t.seed.tokenFor(security.id);
  platformToken = await t.seed.tokenFor(platform.id);
  auditToken = await t.seed.tokenFor(audit.id);
});
afterAll(async () => t?.stop());

const POLICY_FIELDS = "totpRequiredForAdmins maxFailedAttempts lockoutMinutes passwordMinLength updatedAt";
const READ = `{ securityPolicy { ${POLICY_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSecurityPolicyInput!) { updateSecurityPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { status accessToken } }`;
const RESET = `mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) }`;

interface Policy {
  totpRequiredForAdmins: boolean;
  maxFailedAttempts: number;
  lockoutMinutes: number;
  passwordMinLength: number;
  updatedAt: string | null;
}

const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code;
const ip = () => `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const update = (input: Record<string, unknown>, token = securityToken) =>
  t.gql<{ updateSecurityPolicy: Policy }>(UPDATE, { input }, { token });
const login = (username: string, password: string) =>
  t.gql<{ login: { status: string; accessToken: string | null } }>(
    LOGIN,
    { input: { username, password } },
    { ip: ip() },
  );

describe("security policy contract", () => {
  it("shows the security admin the defaults, then the saved policy with its time", async () => {
    const before = await t.gql<{ securityPolicy: Policy }>(READ, {}, { token: securityToken });
    expect(before.errors).toBeUndefined();
    expect(before.data?.securityPolicy).toEqual({
      totpRequiredForAdmins: true,
      maxFailedAttempts: 5,
      lockoutMinutes: 15,
      passwordMinLength: 10,
      updatedAt: null,
    });

    const saved = await update({ lockoutMinutes: 30, passwordMinLength: 12 });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateSecurityPolicy).toMatchObject({
      totpRequiredForAdmins: true,
      maxFailedAttempts: 5,
      lockoutMinutes: 30,
      passwordMinLength: 12,
    });
    expect(saved.data?.updateSecurityPolicy.updatedAt).toBeTruthy();

    const after = await t.gql<{ securityPolicy: Policy }>(READ, {}, { token: securityToken });
    expect(after.data?.securityPolicy).toEqual(saved.data?.updateSecurityPolicy);

    const events = await t.outbox("security_policy.updated");
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toEqual({
      changes: { lockoutMinutes: 30, passwordMinLength: 12 },
      before: { lockoutMinutes: 15, passwordMinLength: 10 },
    });
    expect(events[0]?.actor).toMatchObject({ kind: "staff", name: "测试anquan" });
  });

  it("refuses the system and audit administrators (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)", async () => {
    for (const token of [platformToken, auditToken]) {
      expect(code(await t.gql(READ, {}, { token }))).toBe("FORBIDDEN");
      expect(code(await update({ maxFailedAttempts: 10 }, token))).toBe("FORBIDDEN");
    }
    expect(code(await t.gql(READ))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(UPDATE, { input: { maxFailedAttempts: 10 } }))).toBe("UNAUTHENTICATED");
    const current = await t.gql<{ securityPolicy: Policy }>(READ, {}, { token: securityToken });
    expect(current.data?.securityPolicy.maxFailedAttempts).not.toBe(10);
  });

  it("rejects values outside the allowed ranges with BAD_USER_INPUT and changes nothing", async () => {
    const before = await t.gql<{ securityPolicy: Policy }>(READ, {}, { token: securityToken });
    for (const input of [
      { maxFailedAttempts: 2 },
      { maxFailedAttempts: 21 },
      { lockoutMinutes: 0 },
      { lockoutMinutes: 1441 },
      { passwordMinLength: 7 },
      { passwordMinLength: 65 },
      { maxFailedAttempts: 6, passwordMinLength: 100 },
    ]) {
      const result = await update(input);
      expect(code(result), JSON.stringify(input)).toBe("BAD_USER_INPUT");
    }
    const tooShort = await update({ passwordMinLength: 7 });
    expect(tooShort.errors?.[0]?.message).toContain("密码最短长度不能小于 8");
    const after = await t.gql<{ securityPolicy: Policy }>(READ, {}, { token: securityToken });
    expect(after.data?.securityPolicy).toEqual(before.data?.securityPolicy);
  });

  it("locks an account after the saved number of failures, for the saved number of minutes", async () => {
    expect((await update({ maxFailedAttempts: 3, lockoutMinutes: 7 })).errors).toBeUndefined();
    await t.seed.user({ username: "suoding" });
    for (let i = 0; i < 2; i++) {
      expect(code(await login("suoding", "Wrong-Password-1"))).toBe("UNAUTHENTICATED");
    }
    // Two failures are still below the new limit of three: the right password gets in.
    expect((await login("suoding", PASSWORD)).data?.login.status).toBe("SUCCESS");
    for (let i = 0; i < 3; i++) await login("suoding", "Wrong-Password-1");
    const locked = await login("suoding", PASSWORD);
    expect(code(locked)).toBe("TOO_MANY_REQUESTS");
    expect(locked.errors?.[0]?.message).toBe("登录失败次数过多，请 7 分钟后再试");
    const row = await t.started.pool.query<{ locked_until: Date }>(
      "select locked_until from identity.user where username = 'suoding'",
    );
    const minutes = ((row.rows[0]?.locked_until.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(6);
    expect(minutes).toBeLessThanOrEqual(7);
  });

  it("makes an administrator enrol TOTP once totpRequiredForAdmins is turned on", async () => {
    await t.seed.user({ username: "guanliyuan", roles: [{ role: "platform_admin" }] });
    expect((await update({ totpRequiredForAdmins: false })).errors).toBeUndefined();
    expect((await login("guanliyuan", PASSWORD)).data?.login.status).toBe("SUCCESS");

    const on = await update({ totpRequiredForAdmins: true });
    expect(on.data?.updateSecurityPolicy.totpRequiredForAdmins).toBe(true);
    const next = await login("guanliyuan", PASSWORD);
    expect(next.data?.login).toEqual({ status: "TOTP_SETUP_REQUIRED", accessToken: null });
  });

  it("applies the saved minimum password length to password resets", async () => {
    const user = await t.seed.user({ username: "mima" });
    expect((await update({ passwordMinLength: 14 })).errors).toBeUndefined();
    const short = await t.gql(RESET, { id: user.id, p: "Abcdef-12345x" }, { token: securityToken });
    expect(code(short)).toBe("BAD_USER_INPUT");
    expect(short.errors?.[0]?.message).toBe("密码长度至少 14 位");
    const long = await t.gql(RESET, { id: user.id, p: "Abcdef-12345xy" }, { token: securityToken });
    expect(long.errors).toBeUndefined();
  });
});

describe("signing-key rotation", () => {
  const KEYS = `{ signingKeys { kid current } }`;
  const ROTATE = `mutation { rotateSigningKey { kid current createdAt } }`;
  const ME = `{ me { user { username } } }`;
  const kidOf = (token: string) =>
    (JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString()) as { kid: string }).kid;

  it("lets only the security admin rotate; old tokens keep working, new ones use the new key", async () => {
    expect(code(await t.gql(ROTATE, {}, { token: platformToken }))).toBe("FORBIDDEN");
    expect(code(await t.gql(KEYS, {}, { token: auditToken }))).toBe("FORBIDDEN");

    const before = await t.gql<{ signingKeys: { kid: string; current: boolean }[] }>(
      KEYS,
      {},
      { token: securityToken },
    );
    const oldKid = before.data?.signingKeys[0]?.kid;
    expect(before.data?.signingKeys[0]?.current).toBe(true);
    expect(kidOf(securityToken)).toBe(oldKid);

    const rotated = await t.gql<{ rotateSigningKey: { kid: string; current: boolean }[] }>(
      ROTATE,
      {},
      { token: securityToken },
    );
    expect(rotated.errors).toBeUndefined();
    const [current, previous] = rotated.data?.rotateSigningKey ?? [];
    expect(current?.current).toBe(true);
    expect(current?.kid).not.toBe(oldKid);
    expect(previous).toMatchObject({ kid: oldKid, current: false });

    const jwks = (await (await fetch(`${t.started.url}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys.map((key) => key.kid)).toEqual([current?.kid, oldKid]);
    // A token signed before the rotation still verifies; a new sign-in gets the new key.
    expect((await t.gql(ME, {}, { token: securityToken })).errors).toBeUndefined();
    const security = await t.seed.user({ username: "anquan2", roles: [{ role: "security_admin" }] });
    expect(kidOf(await t.seed.tokenFor(security.id))).toBe(current?.kid);
    const [event] = await t.outbox("auth.signing_key_rotated");
    expect(event?.payload).toEqual({ kid: current?.kid, previousKid: oldKid });
    expect(JSON.stringify(event?.payload)).not.toContain('"d"');
  });
});
