// Citizen registration proves the phone by an SMS code: no account before the right code; wrong, expired and
// over-tried codes refused; codes throttled per phone and per address; and nobody learns whether a number is
// registered — the answer to a code request is the same, the SMS tells only the phone's owner, and the
// "already registered" refusal comes only after a correct code.
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
  requestCitizenRegisterCode(phone: $phone) { maskedPhone expiresInSeconds resendAfterSeconds }
}`;
const REGISTER = `mutation($input: CitizenRegisterInput!) { citizenRegister(input: $input) { status me { id } } }`;
const PASSWORD = "Citizen-Pass-3";

interface Sent {
  requestCitizenRegisterCode: { maskedPhone: string; expiresInSeconds: number; resendAfterSeconds: number };
}

let phones = 0;
const newPhone = () => `1360000${String(1000 + phones++).padStart(4, "0")}`;

const request = (phone: string, ip: string) => t.gql<Sent>(REQUEST, { phone }, { ip });
const register = (phone: string, phoneCode: string, ip: string) =>
  t.gql<{ citizenRegister: { status: string; me: { id: string } } }>(
    REGISTER,
    { input: { type: "PERSON", phone, phoneCode, password: PASSWORD, displayName: "赵六" } },
    { ip },
  );
const problem = (result: GraphQLResult<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code,
  message: result.errors?.[0]?.message,
});
const accounts = async (phone: string) =>
  (await t.started.pool.query("select id from identity.citizen where phone = $1", [phone])).rowCount;
/** Moves the phone's codes back in time (past the resend gap, or past their expiry). */
const age = (phone: string, minutes: number) =>
  t.started.pool.query(
    `update identity.phone_code set created_at = created_at - make_interval(mins => $2),
       expires_at = expires_at - make_interval(mins => $2) where phone = $1`,
    [phone, minutes],
  );
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("citizen registration by SMS code", () => {
  it("needs a code sent to the phone: none, an empty one or a made-up one creates no account", async () => {
    const ip = uniqueAddress();
    const phone = newPhone();
    expect(problem(await register(phone, "123456", ip))).toEqual({
      code: "BAD_USER_INPUT",
      message: "验证码已失效，请重新获取",
    });
    expect((await register(phone, "", ip)).errors?.[0]?.message).toBe("验证码为 6 位数字");
    const withoutCode = await t.gql(
      `mutation { citizenRegister(input: { type: PERSON, phone: "${phone}", password: "${PASSWORD}", displayName: "赵六" }) { status } }`,
    );
    expect(withoutCode.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(await accounts(phone)).toBe(0);
    expect(await t.outbox("citizen.registered")).toHaveLength(0);
  });

  it("creates the account only with the right code, counting wrong tries, and uses the code up", async () => {
    const ip = uniqueAddress();
    const phone = newPhone();
    const sent = await request(phone, ip);
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.requestCitizenRegisterCode).toEqual({
      maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      expiresInSeconds: 600,
      resendAfterSeconds: 60,
    });
    const code = lastCodeSentTo(phone) ?? "";
    expect(code).toMatch(/^\d{6}$/);
    const refused = await register(phone, wrong(code), ip);
    expect(refused.errors?.[0]).toMatchObject({
      message: "验证码不正确，还可尝试 4 次",
      extensions: {
        code: "BAD_USER_INPUT",
        fields: [{ path: "phoneCode", message: "验证码不正确，还可尝试 4 次" }],
      },
    });
    expect(await accounts(phone)).toBe(0);

    const created = await register(phone, code, ip);
    expect(created.errors).toBeUndefined();
    expect(created.data?.citizenRegister.status).toBe("SUCCESS");
    expect(await accounts(phone)).toBe(1);
    const events = await t.outbox("citizen.registered");
    expect(events.filter((event) => event.aggregate_id === created.data?.citizenRegister.me.id)).toHaveLength(
      1,
    );

    // Used up: the same code registers nothing a second time.
    expect(problem(await register(phone, code, ip)).message).toBe("验证码已失效，请重新获取");
  });

  it("refuses an expired code", async () => {
    const ip = uniqueAddress();
    const phone = newPhone();
    await request(phone, ip);
    const code = lastCodeSentTo(phone) ?? "";
    await age(phone, 11);
    expect(problem(await register(phone, code, ip))).toEqual({
      code: "BAD_USER_INPUT",
      message: "验证码已失效，请重新获取",
    });
    expect(await accounts(phone)).toBe(0);
  });

  it("refuses even the right code after five wrong tries", async () => {
    const ip = uniqueAddress();
    const phone = newPhone();
    await request(phone, ip);
    const code = lastCodeSentTo(phone) ?? "";
    const messages: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) messages.push(problem(await register(phone, wrong(code), ip)).message);
    expect(messages).toEqual([
      "验证码不正确，还可尝试 4 次",
      "验证码不正确，还可尝试 3 次",
      "验证码不正确，还可尝试 2 次",
      "验证码不正确，还可尝试 1 次",
      "验证码错误次数过多，请重新获取",
    ]);
    expect(problem(await register(phone, code, ip)).message).toBe("验证码错误次数过多，请重新获取");
    expect(await accounts(phone)).toBe(0);

    // A new code starts over.
    await age(phone, 2);
    await request(phone, ip);
    expect((await register(phone, lastCodeSentTo(phone) ?? "", ip)).errors).toBeUndefined();
  });

  it("throttles codes: one per phone a minute, five per phone an hour, ten per address an hour", async () => {
    const ip = uniqueAddress();
    const phone = newPhone();
    expect((await request(phone, ip)).errors).toBeUndefined();
    const again = await request(phone, uniqueAddress());
    expect(problem(again).code).toBe("TOO_MANY_REQUESTS");
    expect(problem(again).message).toMatch(/^验证码已发送，请 \d+ 秒后再重新获取$/);
    for (let i = 1; i < 5; i++) {
      await age(phone, 2);
      expect((await request(phone, uniqueAddress())).errors).toBeUndefined();
    }
    await age(phone, 2);
    expect(problem(await request(phone, uniqueAddress()))).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "该号码获取验证码过于频繁，请一小时后再试",
    });

    // The unit-test configuration turns the per-address cap off (every test comes from one host): back to
    // its default here.
    const before = process.env.JIYUE_PHONE_CODES_PER_ADDRESS;
    process.env.JIYUE_PHONE_CODES_PER_ADDRESS = "10";
    try {
      const busy = uniqueAddress();
      for (let i = 0; i < 10; i++) expect((await request(newPhone(), busy)).errors).toBeUndefined();
      expect(problem(await request(newPhone(), busy))).toEqual({
        code: "TOO_MANY_REQUESTS",
        message: "获取验证码过于频繁，请一小时后再试",
      });
      expect((await request(newPhone(), uniqueAddress())).errors).toBeUndefined();
    } finally {
      process.env.JIYUE_PHONE_CODES_PER_ADDRESS = before;
    }
  });

  it("answers the same for a registered number; only its owner's SMS says it is registered", async () => {
    const owner = newPhone();
    const first = uniqueAddress();
    await request(owner, first);
    expect((await register(owner, lastCodeSentTo(owner) ?? "", first)).errors).toBeUndefined();
    await age(owner, 2);

    const ip = uniqueAddress();
    const free = newPhone();
    const forRegistered = await request(owner, ip);
    const forFree = await request(free, ip);
    expect(forRegistered.errors).toBeUndefined();
    const shape = (sent: GraphQLResult<Sent>) => ({
      ...sent.data?.requestCitizenRegisterCode,
      maskedPhone: sent.data?.requestCitizenRegisterCode.maskedPhone.replace(/\d{4}$/, "xxxx"),
    });
    expect(shape(forRegistered)).toEqual(shape(forFree));
    expect(lastSmsTo(owner)).toContain("该号码已注册");
    expect(lastSmsTo(owner)).not.toMatch(/\d{6}/);
    expect(lastCodeSentTo(free)).toMatch(/^\d{6}$/);

    // The same throttle for both: a second request within the minute is refused alike.
    expect(problem(await request(owner, ip)).code).toBe("TOO_MANY_REQUESTS");
    expect(problem(await request(free, ip)).code).toBe("TOO_MANY_REQUESTS");

    // A guessed code fails the same way on both; no CONFLICT tells the registered one apart.
    const guess = "000000";
    const onRegistered = problem(await register(owner, guess, ip));
    const onFree = problem(await register(free, lastCodeSentTo(free) === guess ? "111111" : guess, ip));
    expect(onRegistered).toEqual({ code: "BAD_USER_INPUT", message: "验证码不正确，还可尝试 4 次" });
    expect(onFree).toEqual(onRegistered);
    expect(await accounts(owner)).toBe(1);
  });

  it("says the number is registered only after a correct code", async () => {
    const ip = uniqueAddress();
    const phone = newPhone();
    await request(phone, ip);
    const code = lastCodeSentTo(phone) ?? "";
    // Registered meanwhile (e.g. in another tab, with an earlier code): the owner, who holds a correct code,
    // is told so.
    await t.started.pool.query(
      "insert into identity.citizen (type, phone, display_name) values ('person', $1, '先注册的')",
      [phone],
    );
    expect(problem(await register(phone, wrong(code), ip)).message).toBe("验证码不正确，还可尝试 4 次");
    expect(problem(await register(phone, code, ip))).toEqual({ code: "CONFLICT", message: "该手机号已注册" });
    expect(await accounts(phone)).toBe(1);
  });
});
