// Integration: sign-in, lockout, TOTP, refresh rotation, logout, JWKS — identity on a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { createTokenVerifier, signAccessToken } from "@jiyue/server-kit";
import { citizenClaims, testKeys } from "@jiyue/server-kit/testing";
import { createLocalJWKSet, type JSONWebKeySet } from "jose";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
beforeAll(async () => {
  t = await startIdentity();
  await t.seed.policy({ totpRequiredForAdmins: false });
});
afterAll(async () => t?.stop());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
  status accessToken refreshToken expiresIn totpSetup { secret otpauthUrl }
  me { kind id displayName user { username } grants { role roleName actions unit { name } } } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken expiresIn } }`;
const ME = `{ me { kind id displayName grants { role } } }`;

interface LoginData {
  login: {
    status: string;
    accessToken: string | null;
    refreshToken: string | null;
    expiresIn: number | null;
    totpSetup: { secret: string; otpauthUrl: string } | null;
    me: {
      kind: string;
      id: string;
      user: { username: string } | null;
      grants: { role: string; unit: { name: string } | null }[];
    } | null;
  };
}
const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const login = (input: Record<string, unknown>, from = ip()) =>
  t.gql<LoginData>(LOGIN, { input }, { ip: from });

describe("staff login", () => {
  it("signs in with the right password and gives identical errors for a wrong password and an unknown user", async () => {
    const unit = await t.seed.unit({ name: "市委宣传部" });
    await t.seed.user({ username: "Editor1", unitId: unit.id, roles: [{ role: "editor", unitId: unit.id }] });

    const ok = await login({ username: "editor1", password: PASSWORD });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.login.status).toBe("SUCCESS");
    expect(ok.data?.login.expiresIn).toBe(900);
    expect(ok.data?.login.refreshToken).toBeTruthy();
    expect(ok.data?.login.me?.user?.username).toBe("Editor1");
    expect(ok.data?.login.me?.grants[0]).toMatchObject({ role: "editor", unit: { name: "市委宣传部" } });

    const me = await t.gql<{ me: { kind: string; grants: { role: string }[] } }>(
      ME,
      {},
      { token: ok.data?.login.accessToken ?? "" },
    );
    expect(me.data?.me).toMatchObject({ kind: "STAFF", grants: [{ role: "editor" }] });

    const wrong = await login({ username: "editor1", password: "Wrong-Password-1" });
    const unknown = await login({ username: "nobody-here", password: "Wrong-Password-1" });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknown.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(wrong.errors?.[0]?.message).toBe("用户名或密码错误");
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.data).toEqual(unknown.data);

    expect((await t.outbox("auth.login_succeeded")).length).toBeGreaterThan(0);
    const failed = await t.outbox("auth.login_failed");
    expect(failed.map((event) => event.payload.username)).toEqual(
      expect.arrayContaining(["editor1", "nobody-here"]),
    );
  });

  it("locks an account after the policy's failures, refuses the right password while locked, and answers unknown names alike", async () => {
    await t.seed.policy({ maxFailedAttempts: 3, lockoutMinutes: 15 });
    await t.seed.user({ username: "locky" });
    for (let i = 0; i < 3; i++) {
      const result = await login({ username: "locky", password: "Wrong-Password-1" });
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const locked = await login({ username: "locky", password: PASSWORD });
    expect(locked.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.errors?.[0]?.message).toBe("登录失败次数过多，请 15 分钟后再试");
    expect(locked.data?.login).toBeUndefined();
    expect((await t.outbox("auth.locked")).some((event) => event.payload.username === "locky")).toBe(true);

    for (let i = 0; i < 3; i++) await login({ username: "ghost", password: "Wrong-Password-1" });
    const ghost = await login({ username: "ghost", password: PASSWORD });
    expect(ghost.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(ghost.errors?.[0]?.message).toBe(locked.errors?.[0]?.message);

    // The security admin unlocks; then the right password works again.
    const security = await t.seed.user({ roles: [{ role: "security_admin" }] });
    const token = await t.seed.tokenFor(security.id);
    const [user] = await t.started.pool
      .query<{ id: string }>("select id from identity.user where username = 'locky'")
      .then((r) => r.rows);
    const unlock = await t.gql(
      `mutation($id: ID!) { unlockUser(id: $id) { lockedUntil } }`,
      { id: user?.id },
      { token },
    );
    expect(unlock.errors).toBeUndefined();
    expect((await login({ username: "locky", password: PASSWORD })).data?.login.status).toBe("SUCCESS");
    await t.seed.policy({ maxFailedAttempts: 5 });
  });

  it("throttles a source address after 20 failures, whatever the names", async () => {
    const from = "10.200.0.1";
    for (let i = 0; i < 20; i++) await login({ username: `spray${i}`, password: "Wrong-Password-1" }, from);
    await t.seed.user({ username: "victim" });
    const refused = await login({ username: "victim", password: PASSWORD }, from);
    expect(refused.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect((await login({ username: "victim", password: PASSWORD }, "10.200.0.2")).data?.login.status).toBe(
      "SUCCESS",
    );
  });
});

describe("TOTP", () => {
  it("requires a code from an admin when the policy says so, and refuses a wrong one", async () => {
    await t.seed.policy({ totpRequiredForAdmins: true });
    try {
      const unit = await t.seed.unit();
      const user = await t.seed.user({
        username: "unitadmin-totp",
        roles: [{ role: "unit_admin", unitId: unit.id }],
      });
      const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
      await t.started.pool.query(
        "update identity.user set totp_secret = $1, totp_enabled = true where id = $2",
        [secret, user.id],
      );

      const first = await login({ username: "unitadmin-totp", password: PASSWORD });
      expect(first.data?.login).toMatchObject({
        status: "TOTP_REQUIRED",
        accessToken: null,
        refreshToken: null,
      });
      const wrong = await login({ username: "unitadmin-totp", password: PASSWORD, totpCode: "000000" });
      expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(wrong.errors?.[0]?.message).toBe("用户名或密码错误");
      const code = await generate({ secret });
      const ok = await login({ username: "unitadmin-totp", password: PASSWORD, totpCode: code });
      expect(ok.data?.login.status).toBe("SUCCESS");
      expect(ok.data?.login.accessToken).toBeTruthy();
      // The same code cannot sign in a second time (someone who saw it typed gets nothing).
      const replay = await login({ username: "unitadmin-totp", password: PASSWORD, totpCode: code });
      expect(replay.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

      // An editor (no admin role) is not asked for a code.
      await t.seed.user({ username: "plain-editor", roles: [{ role: "editor", unitId: unit.id }] });
      expect((await login({ username: "plain-editor", password: PASSWORD })).data?.login.status).toBe(
        "SUCCESS",
      );
    } finally {
      await t.seed.policy({ totpRequiredForAdmins: false });
    }
  });

  it("enrols an admin without TOTP: setup first, then password + a code for the pending secret", async () => {
    await t.seed.policy({ totpRequiredForAdmins: true });
    try {
      await t.seed.user({ username: "newadmin", roles: [{ role: "platform_admin" }] });
      const setup = await login({ username: "newadmin", password: PASSWORD });
      expect(setup.data?.login.status).toBe("TOTP_SETUP_REQUIRED");
      expect(setup.data?.login.accessToken).toBeNull();
      const secret = setup.data?.login.totpSetup?.secret ?? "";
      expect(setup.data?.login.totpSetup?.otpauthUrl).toMatch(/^otpauth:\/\/totp\/.*secret=/);

      const again = await login({ username: "newadmin", password: PASSWORD });
      expect(again.data?.login.totpSetup?.secret).toBe(secret);

      const enrolled = await login({
        username: "newadmin",
        password: PASSWORD,
        totpCode: await generate({ secret }),
      });
      expect(enrolled.data?.login.status).toBe("SUCCESS");
      const next = await login({ username: "newadmin", password: PASSWORD });
      expect(next.data?.login.status).toBe("TOTP_REQUIRED");
    } finally {
      await t.seed.policy({ totpRequiredForAdmins: false });
    }
  });
});

describe("tokens", () => {
  it("rotates refresh tokens and revokes the whole family when a rotated token is presented again", async () => {
    await t.seed.user({ username: "rotator" });
    const first = await login({ username: "rotator", password: PASSWORD });
    const r1 = first.data?.login.refreshToken ?? "";
    const second = await t.gql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, {
      t: r1,
    });
    expect(second.errors).toBeUndefined();
    const r2 = second.data?.refreshToken.refreshToken ?? "";
    expect(r2).not.toBe(r1);

    const reuse = await t.gql(REFRESH, { t: r1 });
    expect(reuse.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // The thief's reuse killed the legitimate successor too.
    const afterReuse = await t.gql(REFRESH, { t: r2 });
    expect(afterReuse.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.gql(REFRESH, { t: "not-a-token" })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("logout revokes the refresh token", async () => {
    await t.seed.user({ username: "leaver" });
    const signedIn = await login({ username: "leaver", password: PASSWORD });
    const refresh = signedIn.data?.login.refreshToken ?? "";
    const out = await t.gql<{ logout: boolean }>(`mutation($t: String!) { logout(refreshToken: $t) }`, {
      t: refresh,
    });
    expect(out.data?.logout).toBe(true);
    expect((await t.gql(REFRESH, { t: refresh })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.outbox("auth.logout")).length).toBeGreaterThan(0);
  });

  it("publishes a JWKS that verifies issued tokens, and refuses malformed, expired and foreign tokens", async () => {
    const unit = await t.seed.unit();
    await t.seed.user({
      username: "jwks-user",
      unitId: unit.id,
      roles: [{ role: "reviewer_2", unitId: unit.id }],
    });
    const signedIn = await login({ username: "jwks-user", password: PASSWORD });
    const accessToken = signedIn.data?.login.accessToken ?? "";
    const jwks = (await (await fetch(`${t.started.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    expect(jwks.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
    const caller = await createTokenVerifier(createLocalJWKSet(jwks))(`Bearer ${accessToken}`);
    expect(caller).toMatchObject({ kind: "staff", username: "jwks-user", unitId: unit.id });
    expect(caller.kind === "staff" && caller.grants[0]).toMatchObject({
      role: "reviewer_2",
      stage: 2,
      unitId: unit.id,
    });

    const { kid, privateKey } = await t.identity.keys.signingKey();
    const claims = {
      kind: "staff" as const,
      sub: randomUUID(),
      username: "x",
      name: "x",
      unitId: null,
      grants: [],
    };
    const expired = await signAccessToken(claims, privateKey, { kid, expiresInSeconds: -60 });
    const foreign = await (await testKeys()).sign(claims);
    for (const authorization of [`Bearer ${expired}`, "Bearer not.a.jwt", "Basic abc", `Bearer ${foreign}`]) {
      const result = await t.gql(ME, {}, { authorization });
      expect(result.errors?.[0]?.extensions?.code, authorization.slice(0, 20)).toBe("UNAUTHENTICATED");
    }
  });

  it("changePassword enforces the password policy and needs the old password", async () => {
    const user = await t.seed.user({ username: "changer" });
    const token = await t.seed.tokenFor(user.id);
    const change = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`;
    for (const weak of ["Short1!", "alllowercaseletters", "Changer-Password-9", "changer123ABC"]) {
      const result = await t.gql(change, { o: PASSWORD, n: weak }, { token });
      expect(result.errors?.[0]?.extensions?.code, weak).toBe("BAD_USER_INPUT");
    }
    expect(
      (await t.gql(change, { o: "Wrong-Old-Pass1", n: "Brand-New-Pass-7" }, { token })).errors?.[0]
        ?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect((await t.gql(change, { o: PASSWORD, n: "Brand-New-Pass-7" }, { token })).data).toEqual({
      changePassword: true,
    });
    expect((await login({ username: "changer", password: "Brand-New-Pass-7" })).data?.login.status).toBe(
      "SUCCESS",
    );
    expect((await t.gql(change, { o: "x", n: "Brand-New-Pass-8" })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("citizens and API clients", () => {
  const REGISTER = `mutation($input: CitizenRegisterInput!) { citizenRegister(input: $input) { status accessToken me { kind displayName citizen { type maskedPhone } } } }`;
  const CITIZEN_LOGIN = `mutation($input: CitizenLoginInput!) { citizenLogin(input: $input) { status accessToken } }`;

  it("registers and signs in citizens with citizen tokens that staff mutations refuse", async () => {
    const registered = await t.registerCitizen<{ citizenRegister: { accessToken: string; me: unknown } }>(
      REGISTER,
      { phone: "13800138000", password: "Citizen-Pass-1", displayName: "张三" },
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.citizenRegister.me).toEqual({
      kind: "CITIZEN",
      displayName: "张三",
      citizen: { type: "PERSON", maskedPhone: "138****8000" },
    });
    // A registered number gets no code (its SMS says it is registered; citizen-register-code.test.ts has the
    // rest): registering it again cannot even start.
    await t.started.pool.query(
      "update identity.phone_code set created_at = created_at - interval '2 minutes' where phone = '13800138000'",
    );
    const duplicate = await t
      .registerCitizen(REGISTER, {
        phone: "13800138000",
        password: "Citizen-Pass-1",
        displayName: "李四",
      })
      .catch((error: unknown) => error);
    expect(String(duplicate)).toContain("no code sent");
    const legalWithoutCode = await t.registerCitizen(REGISTER, {
      type: "LEGAL_PERSON",
      phone: "13800138001",
      password: "Citizen-Pass-1",
      displayName: "某公司",
    });
    expect(legalWithoutCode.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const signedIn = await t.gql<{ citizenLogin: { accessToken: string } }>(CITIZEN_LOGIN, {
      input: { phone: "13800138000", password: "Citizen-Pass-1" },
    });
    const token = signedIn.data?.citizenLogin.accessToken ?? "";
    expect(token).toBeTruthy();
    const wrong = await t.gql(CITIZEN_LOGIN, { input: { phone: "13800138000", password: "nope-nope-1A" } });
    const unknown = await t.gql(CITIZEN_LOGIN, { input: { phone: "13900000000", password: "nope-nope-1A" } });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);

    const staffOnly = await t.gql(
      `mutation { createUnit(input: { name: "x", code: "x1", kind: OTHER, level: CITY }) { id } }`,
      {},
      { token },
    );
    expect(staffOnly.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const users = await t.gql(
      `{ users { total } }`,
      {},
      { token: await (await testKeys()).sign(citizenClaims()) },
    );
    expect(users.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.gql(`{ users { total } }`, {}, { token })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await t.outbox("citizen.registered")).length).toBe(1);
  });

  it("creates an API client whose secret, shown once, buys a client token limited to its sites", async () => {
    const unitA = await t.seed.unit();
    const unitB = await t.seed.unit();
    const siteA = await t.seed.site(unitA.id);
    const siteB = await t.seed.site(unitB.id);
    const admin = await t.seed.user({ unitId: unitA.id, roles: [{ role: "unit_admin", unitId: unitA.id }] });
    const token = await t.seed.tokenFor(admin.id);
    const create = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { secret client { id name active scopes sites { code } } } }`;
    const other = await t.gql(create, { input: { name: "重庆新媒体", siteIds: [siteB.id] } }, { token });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const created = await t.gql<{
      createApiClient: { secret: string; client: { id: string; sites: { code: string }[] } };
    }>(create, { input: { name: "重庆新媒体", siteIds: [siteA.id] } }, { token });
    expect(created.errors).toBeUndefined();
    const { secret, client } = created.data?.createApiClient ?? { secret: "", client: { id: "", sites: [] } };
    expect(client.sites).toEqual([{ code: siteA.code }]);

    const exchange = `mutation($id: ID!, $s: String!) { apiClientToken(clientId: $id, secret: $s) { accessToken refreshToken } }`;
    const issued = await t.gql<{ apiClientToken: { accessToken: string } }>(exchange, {
      id: client.id,
      s: secret,
    });
    const jwks = (await (await fetch(`${t.started.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const caller = await createTokenVerifier(createLocalJWKSet(jwks))(
      `Bearer ${issued.data?.apiClientToken.accessToken}`,
    );
    expect(caller).toMatchObject({
      kind: "client",
      clientId: client.id,
      siteIds: [siteA.id],
      scopes: ["content:read"],
    });
    expect((await t.gql(exchange, { id: client.id, s: "wrong" })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );

    const revoke = await t.gql(
      `mutation($id: ID!) { revokeApiClient(id: $id) }`,
      { id: client.id },
      { token },
    );
    expect(revoke.errors).toBeUndefined();
    expect((await t.gql(exchange, { id: client.id, s: secret })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    // The token it already holds stops working at once, here and (by the event) in every other subgraph.
    const stale = await t.gql(`{ __typename }`, {}, { token: issued.data?.apiClientToken.accessToken ?? "" });
    expect(stale.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const revokedEvents = await t.outbox("auth.sessions_revoked");
    expect(revokedEvents.map((event) => event.payload)).toContainEqual(
      expect.objectContaining({ subjectKind: "client", subjectId: client.id }),
    );
    expect((await t.outbox("api_client.created")).length).toBe(1);
    expect((await t.outbox("api_client.revoked")).length).toBe(1);
  });
});
