// The citizen's own account (personal center): profile, and deletion under PIPL — anonymised in place,
// signed out everywhere, never signed in again, announced as citizen.deleted without the personal data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
beforeAll(async () => {
  t = await startIdentity();
});
afterAll(async () => t?.stop());

const REGISTER = `mutation($input: CitizenRegisterInput!) {
  citizenRegister(input: $input) { accessToken refreshToken me { id } }
}`;
const LOGIN = `mutation($input: CitizenLoginInput!) { citizenLogin(input: $input) { accessToken } }`;
const ME = `{ me { id displayName citizen { displayName phone maskedPhone hasPassword deleted } } }`;
const DELETE = `mutation($password: String) { deleteMyCitizenAccount(password: $password) }`;
const REFRESH = `mutation($token: String!) { refreshToken(refreshToken: $token) { accessToken } }`;

interface Registered {
  citizenRegister: { accessToken: string; refreshToken: string; me: { id: string } };
}

let phoneSequence = 0;
async function register(name = "王小明") {
  const phone = `1390000${String(1000 + phoneSequence++).padStart(4, "0")}`;
  const password = "Citizen-Pass-9";
  const result = await t.registerCitizen<Registered>(REGISTER, { phone, password, displayName: name });
  expect(result.errors).toBeUndefined();
  const data = result.data?.citizenRegister;
  if (!data) throw new Error("no registration");
  return { ...data, id: data.me.id, phone, password };
}

describe("citizen profile", () => {
  it("shows the citizen their full phone, lets them rename themself, and refuses staff and visitors", async () => {
    const citizen = await register();
    const me = await t.gql<{ me: { citizen: Record<string, unknown> } }>(
      ME,
      {},
      { token: citizen.accessToken },
    );
    expect(me.data?.me.citizen).toEqual({
      displayName: "王小明",
      phone: citizen.phone,
      maskedPhone: `${citizen.phone.slice(0, 3)}****${citizen.phone.slice(-4)}`,
      hasPassword: true,
      deleted: false,
    });

    const UPDATE = `mutation($input: CitizenProfileInput!) { updateMyCitizenProfile(input: $input) { displayName } }`;
    const renamed = await t.gql<{ updateMyCitizenProfile: { displayName: string } }>(
      UPDATE,
      { input: { displayName: "  王明  " } },
      { token: citizen.accessToken },
    );
    expect(renamed.data?.updateMyCitizenProfile.displayName).toBe("王明");
    const empty = await t.gql(UPDATE, { input: { displayName: " " } }, { token: citizen.accessToken });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(empty.errors?.[0]?.message).toContain("名称不能为空");
    const anonymous = await t.gql(UPDATE, { input: { displayName: "某人" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const unit = await t.seed.unit();
    const staff = await t.seed.user({ unitId: unit.id });
    const staffCall = await t.gql(
      UPDATE,
      { input: { displayName: "某人" } },
      { token: await t.seed.tokenFor(staff.id) },
    );
    expect(staffCall.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("citizen account deletion", () => {
  it("needs the right password and changes nothing otherwise", async () => {
    const citizen = await register();
    const missing = await t.gql(DELETE, {}, { token: citizen.accessToken });
    expect(missing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const wrong = await t.gql(DELETE, { password: "not-my-password" }, { token: citizen.accessToken });
    expect(wrong.errors?.[0]?.message).toBe("密码不正确");
    const me = await t.gql<{ me: { displayName: string } }>(ME, {}, { token: citizen.accessToken });
    expect(me.data?.me.displayName).toBe("王小明");
    expect((await t.outbox("citizen.deleted")).filter((e) => e.aggregate_id === citizen.id)).toEqual([]);
  });

  it("anonymises the account, ends every session, refuses sign-in and frees the phone number", async () => {
    const citizen = await register("李雷");
    const deleted = await t.gql<{ deleteMyCitizenAccount: boolean }>(
      DELETE,
      { password: citizen.password },
      { token: citizen.accessToken },
    );
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteMyCitizenAccount).toBe(true);

    const row = await t.started.pool.query(
      "select display_name, phone, password_hash, credit_code, deleted_at from identity.citizen where id = $1",
      [citizen.id],
    );
    expect(row.rows[0]).toMatchObject({
      display_name: "已注销用户",
      phone: null,
      password_hash: null,
      credit_code: null,
    });
    expect(row.rows[0]?.deleted_at).toBeInstanceOf(Date);

    // The access token in hand is refused at once; the refresh token no longer works.
    const me = await t.gql(ME, {}, { token: citizen.accessToken });
    expect(me.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const refreshed = await t.gql(REFRESH, { token: citizen.refreshToken });
    expect(refreshed.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const login = await t.gql(LOGIN, { input: { phone: citizen.phone, password: citizen.password } });
    expect(login.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // The event tells the other subgraphs to anonymise; it carries no name or phone of the person.
    const [event] = (await t.outbox("citizen.deleted")).filter((e) => e.aggregate_id === citizen.id);
    expect(event?.payload).toEqual({ citizenId: citizen.id, displayName: "已注销用户" });
    expect(JSON.stringify(event)).not.toContain("李雷");
    expect(JSON.stringify(event)).not.toContain(citizen.phone);

    // The number may register a new, empty account (once the resend gap of its first code has passed).
    await t.started.pool.query(
      "update identity.phone_code set created_at = created_at - interval '2 minutes' where phone = $1",
      [citizen.phone],
    );
    const again = await t.registerCitizen<Registered>(REGISTER, {
      phone: citizen.phone,
      password: "Another-Pass-7",
      displayName: "李雷",
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.citizenRegister.me.id).not.toBe(citizen.id);
  });

  it("lets an account of the unified identity system confirm by a recent sign-in and forgets its link", async () => {
    const inserted = await t.started.pool.query<{ id: string }>(
      "insert into identity.citizen (type, display_name) values ('person', '韩梅梅') returning id",
    );
    const citizenId = inserted.rows[0]?.id ?? "";
    await t.started.pool.query(
      "insert into identity.citizen_identity (issuer, subject, citizen_id) values ('https://id.example', 'sub-han', $1)",
      [citizenId],
    );
    const token = await t.issuer.accessToken({
      kind: "citizen",
      sub: citizenId,
      name: "韩梅梅",
      citizenType: "person",
    });
    const deleted = await t.gql<{ deleteMyCitizenAccount: boolean }>(DELETE, {}, { token });
    expect(deleted.errors).toBeUndefined();
    const links = await t.started.pool.query(
      "select 1 from identity.citizen_identity where citizen_id = $1",
      [citizenId],
    );
    expect(links.rowCount).toBe(0);
    const again = await t.gql(DELETE, {}, { token });
    expect(again.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
