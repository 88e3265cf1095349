// 忘记密码: a citizen with a local account sets a new password once an SMS code proves the phone. The old
// password stops working and every session of the account ends; wrong, expired, over-tried and used codes are
// refused; codes are throttled like registration's; and nobody learns whether a number has an account — the
// answer is the same, and a number without one gets no SMS.
import { memoryOutbox } from "@jiyue/server-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type GraphQLResult,
  lastCodeSentTo,
  lastSmsTo,
  startIdentity,
  type TestIdentity,
  uniqueAddress,
} from "./testkit";

let t: TestIdentity;
beforeAll(async () => {
  t = await startIdentity();
});
afterAll(async () => t?.stop());

const REQUEST = `mutation($phone: String!) {
  requestCitizenPasswordResetCode(phone: $phone) { maskedPhone expiresInSeconds resendAfterSeconds }
}`;
const RESET = `mutation($input: CitizenPasswordResetInput!) { resetCitizenPassword(input: $input) }`;
const REGISTER = `mutation($input: CitizenRegisterInput!) {
  citizenRegister(input: $input) { status accessToken refreshToken me { id } }
}`;
const LOGIN = `mutation($input: CitizenLoginInput!) {
  citizenLogin(input: $input) { status accessToken refreshToken }
}`;
const OLD_PASSWORD = "Citizen-Pass-3";
const NEW_PASSWORD = "Brand-New-Pass-7";

interface Sent {
  requestCitizenPasswordResetCode: {
    maskedPhone: string;
    expiresInSeconds: number;
    resendAfterSeconds: number;
  };
}
interface Registered {
  citizenRegister: { status: string; accessToken: string; refreshToken: string; me: { id: string } };
}
interface LoggedIn {
  citizenLogin: { status: string; accessToken: string; refreshToken: string };
}

let phones = 0;
const newPhone = () => `1370000${String(1000 + phones++).padStart(4, "0")}`;

const request = (phone: string, ip: string) => t.gql<Sent>(REQUEST, { phone }, { ip });
const reset = (phone: string, phoneCode: string, ip: string, newPassword = NEW_PASSWORD) =>
  t.gql<{ resetCitizenPassword: boolean }>(RESET, { input: { phone, phoneCode, newPassword } }, { ip });
const login = (phone: string, password: string) =>
  t.gql<LoggedIn>(LOGIN, { input: { phone, password } }, { ip: uniqueAddress() });
const problem = (result: GraphQLResult<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code,
  message: result.errors?.[0]?.message,
});
/** Moves the phone's codes back in time (past the resend gap, or past their expiry). */
const age = (phone: string, minutes: number) =>
  t.started.pool.query(
    `update identity.phone_code set created_at = created_at - make_interval(mins => $2),
       expires_at = expires_at - make_interval(mins => $2) where phone = $1`,
    [phone, minutes],
  );
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
const smsCount = (phone: string) => memoryOutbox.filter((message) => message.phone === phone).length;

/** A local account with OLD_PASSWORD; its registration code aged past the resend gap. */
async function account(phone = newPhone()) {
  const registered = await t.registerCitizen<Registered>(REGISTER, {
    phone,
    password: OLD_PASSWORD,
    displayName: "钱七",
  });
  if (!registered.data) throw new Error(registered.errors?.[0]?.message);
  await age(phone, 2);
  return { phone, ...registered.data.citizenRegister };
}

describe("忘记密码: resetting a citizen's password by SMS code", () => {
  it("sets the new password with the right code: the old one stops working, the new one signs in", async () => {
    const { phone, me } = await account();
    const ip = uniqueAddress();
    const sent = await request(phone, ip);
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.requestCitizenPasswordResetCode).toEqual({
      maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      expiresInSeconds: 600,
      resendAfterSeconds: 60,
    });
    expect(lastSmsTo(phone)).toContain("找回市民账号密码");
    const code = lastCodeSentTo(phone) ?? "";
    expect(code).toMatch(/^\d{6}$/);

    const done = await reset(phone, code, ip);
    expect(done.errors).toBeUndefined();
    expect(done.data?.resetCitizenPassword).toBe(true);
    expect(problem(await login(phone, OLD_PASSWORD))).toEqual({
      code: "UNAUTHENTICATED",
      message: "手机号或密码错误",
    });
    expect((await login(phone, NEW_PASSWORD)).data?.citizenLogin.status).toBe("SUCCESS");

    const events = (await t.outbox("citizen.password_reset")).filter((event) => event.aggregate_id === me.id);
    expect(events).toHaveLength(1);
  });

  it("lets a citizen locked out by wrong passwords sign in at once with the new one", async () => {
    const { phone } = await account();
    for (let i = 0; i < 5; i++)
      expect(problem(await login(phone, "Wrong-Pass-1")).code).toBe("UNAUTHENTICATED");
    const locked = problem(await login(phone, OLD_PASSWORD));
    expect(locked.code).not.toBe(undefined);
    expect(locked.message).toMatch(/分钟/);
    const ip = uniqueAddress();
    await request(phone, ip);
    expect((await reset(phone, lastCodeSentTo(phone) ?? "", ip)).data?.resetCitizenPassword).toBe(true);
    expect((await login(phone, NEW_PASSWORD)).data?.citizenLogin.status).toBe("SUCCESS");
    // Wrong passwords count again from there.
    for (let i = 0; i < 5; i++)
      expect(problem(await login(phone, "Wrong-Pass-1")).code).toBe("UNAUTHENTICATED");
    expect(problem(await login(phone, NEW_PASSWORD)).message).toMatch(/分钟/);
  });

  it("ends every session of the account: access tokens refused, refresh tokens revoked", async () => {
    const { phone, accessToken, refreshToken } = await account();
    const other = await login(phone, OLD_PASSWORD);
    const otherDevice = other.data?.citizenLogin;
    expect(otherDevice?.status).toBe("SUCCESS");
    expect((await t.gql(`{ me { id } }`, {}, { token: accessToken })).errors).toBeUndefined();

    const ip = uniqueAddress();
    await request(phone, ip);
    // Tokens carry milliseconds: make sure the reset is not in the same millisecond as the sign-in.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await reset(phone, lastCodeSentTo(phone) ?? "", ip)).errors).toBeUndefined();

    for (const token of [accessToken, otherDevice?.accessToken ?? ""]) {
      expect(problem(await t.gql(`{ me { id } }`, {}, { token })).code).toBe("UNAUTHENTICATED");
    }
    for (const token of [refreshToken, otherDevice?.refreshToken ?? ""]) {
      const refreshed = await t.gql(
        `mutation($token: String!) { refreshToken(refreshToken: $token) { accessToken } }`,
        { token },
      );
      expect(problem(refreshed).code).toBe("UNAUTHENTICATED");
    }
    const fresh = await login(phone, NEW_PASSWORD);
    expect(
      (await t.gql(`{ me { id } }`, {}, { token: fresh.data?.citizenLogin.accessToken ?? "" })).errors,
    ).toBeUndefined();
  });

  it("answers an unknown number the same and sends it nothing; no code works for it", async () => {
    const { phone: known } = await account();
    const unknown = newPhone();
    const ip = uniqueAddress();
    const forKnown = await request(known, ip);
    const forUnknown = await request(unknown, ip);
    expect(forUnknown.errors).toBeUndefined();
    const shape = (sent: GraphQLResult<Sent>) => ({
      ...sent.data?.requestCitizenPasswordResetCode,
      maskedPhone: sent.data?.requestCitizenPasswordResetCode.maskedPhone.replace(/\d{4}$/, "xxxx"),
    });
    expect(shape(forUnknown)).toEqual(shape(forKnown));
    expect(smsCount(unknown)).toBe(0);
    const rows = await t.started.pool.query("select purpose from identity.phone_code where phone = $1", [
      unknown,
    ]);
    expect(rows.rows).toEqual([{ purpose: "password_reset" }]);

    // The same throttle for both.
    expect(problem(await request(known, ip)).code).toBe("TOO_MANY_REQUESTS");
    expect(problem(await request(unknown, ip)).code).toBe("TOO_MANY_REQUESTS");

    // A guessed code fails the same way on both.
    const guess = lastCodeSentTo(known) === "000000" ? "111111" : "000000";
    const onKnown = problem(await reset(known, guess, ip));
    expect(onKnown).toEqual({ code: "BAD_USER_INPUT", message: "验证码不正确，还可尝试 4 次" });
    expect(problem(await reset(unknown, guess, ip))).toEqual(onKnown);
    expect(problem(await reset(newPhone(), guess, ip))).toEqual({
      code: "BAD_USER_INPUT",
      message: "验证码已失效，请重新获取",
    });
  });

  it("refuses a wrong, an expired and a used code, and codes of registration", async () => {
    const { phone } = await account();
    const ip = uniqueAddress();
    // The registration code (another purpose) does not reset anything.
    const registrationCode = lastCodeSentTo(phone) ?? "";
    expect(problem(await reset(phone, registrationCode, ip))).toEqual({
      code: "BAD_USER_INPUT",
      message: "验证码已失效，请重新获取",
    });

    await request(phone, ip);
    const code = lastCodeSentTo(phone) ?? "";
    const refused = await reset(phone, wrong(code), ip);
    expect(refused.errors?.[0]).toMatchObject({
      message: "验证码不正确，还可尝试 4 次",
      extensions: {
        code: "BAD_USER_INPUT",
        fields: [{ path: "phoneCode", message: "验证码不正确，还可尝试 4 次" }],
      },
    });
    expect((await login(phone, OLD_PASSWORD)).data?.citizenLogin.status).toBe("SUCCESS");

    expect((await reset(phone, code, ip)).errors).toBeUndefined();
    // Used up: the same code changes nothing a second time.
    expect(problem(await reset(phone, code, ip, "Another-Pass-9"))).toEqual({
      code: "BAD_USER_INPUT",
      message: "验证码已失效，请重新获取",
    });
    expect((await login(phone, NEW_PASSWORD)).data?.citizenLogin.status).toBe("SUCCESS");

    await age(phone, 2);
    await request(phone, ip);
    const late = lastCodeSentTo(phone) ?? "";
    await age(phone, 11);
    expect(problem(await reset(phone, late, ip, "Another-Pass-9"))).toEqual({
      code: "BAD_USER_INPUT",
      message: "验证码已失效，请重新获取",
    });
    expect((await login(phone, NEW_PASSWORD)).data?.citizenLogin.status).toBe("SUCCESS");
  });

  it("refuses even the right code after five wrong tries", async () => {
    const { phone } = await account();
    const ip = uniqueAddress();
    await request(phone, ip);
    const code = lastCodeSentTo(phone) ?? "";
    for (let i = 0; i < 5; i++) await reset(phone, wrong(code), ip);
    expect(problem(await reset(phone, code, ip)).message).toBe("验证码错误次数过多，请重新获取");
    expect((await login(phone, OLD_PASSWORD)).data?.citizenLogin.status).toBe("SUCCESS");
  });

  it("applies the registration's password rules before looking at the code", async () => {
    const { phone } = await account();
    const ip = uniqueAddress();
    await request(phone, ip);
    const code = lastCodeSentTo(phone) ?? "";
    const weak = await reset(phone, code, ip, "short");
    expect(weak.errors?.[0]).toMatchObject({
      message: "密码长度至少 10 位",
      extensions: {
        code: "BAD_USER_INPUT",
        fields: [{ path: "newPassword", message: "密码长度至少 10 位" }],
      },
    });
    expect(problem(await reset(phone, code, ip, `${phone}Aa!`)).message).toBe("密码不能包含用户名");
    // The code was not tried, let alone used: it still works.
    expect((await reset(phone, code, ip)).errors).toBeUndefined();
  });

  it("throttles codes like registration: one per phone a minute, five an hour, ten per address an hour", async () => {
    const { phone } = await account();
    expect((await request(phone, uniqueAddress())).errors).toBeUndefined();
    const again = await request(phone, uniqueAddress());
    expect(problem(again).code).toBe("TOO_MANY_REQUESTS");
    expect(problem(again).message).toMatch(/^验证码已发送，请 \d+ 秒后再重新获取$/);
    // The registration code of account() counts towards the hour too: 1 + 4 = 5.
    for (let i = 1; i < 4; i++) {
      await age(phone, 2);
      expect((await request(phone, uniqueAddress())).errors).toBeUndefined();
    }
    await age(phone, 2);
    expect(problem(await request(phone, uniqueAddress()))).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "该号码获取验证码过于频繁，请一小时后再试",
    });

    const before = process.env.JIYUE_PHONE_CODES_PER_ADDRESS;
    process.env.JIYUE_PHONE_CODES_PER_ADDRESS = "10";
    try {
      const busy = uniqueAddress();
      for (let i = 0; i < 10; i++) expect((await request(newPhone(), busy)).errors).toBeUndefined();
      expect(problem(await request(newPhone(), busy))).toEqual({
        code: "TOO_MANY_REQUESTS",
        message: "获取验证码过于频繁，请一小时后再试",
      });
    } finally {
      process.env.JIYUE_PHONE_CODES_PER_ADDRESS = before;
    }
  });

  it("gives an account of 统一身份认证 no local password: its phone is told so, without a code", async () => {
    const phone = newPhone();
    await t.started.pool.query(
      "insert into identity.citizen (type, phone, display_name) values ('person', $1, '统一认证用户')",
      [phone],
    );
    const ip = uniqueAddress();
    expect((await request(phone, ip)).errors).toBeUndefined();
    expect(lastSmsTo(phone)).toContain("统一身份认证");
    expect(lastSmsTo(phone)).not.toMatch(/\d{6}/);
    expect(problem(await reset(phone, "000000", ip)).code).toBe("BAD_USER_INPUT");
    const { rows } = await t.started.pool.query(
      "select password_hash from identity.citizen where phone = $1",
      [phone],
    );
    expect(rows).toEqual([{ password_hash: null }]);
  });

  it("tells the registration SMS of a registered number where to reset the password", async () => {
    const { phone } = await account();
    await t.gql(
      `mutation($phone: String!) { requestCitizenRegisterCode(phone: $phone) { maskedPhone } }`,
      { phone },
      { ip: uniqueAddress() },
    );
    expect(lastSmsTo(phone)).toContain("忘记密码");
  });
});
