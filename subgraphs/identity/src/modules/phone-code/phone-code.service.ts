// Phone codes (短信验证码) of identity: issuing a 6-digit code to a phone (throttled per phone and per address,
// sent through the platform's pluggable SmsSender), and verifying it once — expiring after 10 minutes, refused
// after 5 wrong tries, consumed in the transaction of what it proves. The rules, the HMAC and the sender are
// the ones interaction's letter codes use (@jiyue/server-kit); the codes are identity's own table.
import { randomUUID } from "node:crypto";
import {
  badInput,
  newPhoneCode,
  PHONE_CODE_MAX_ATTEMPTS,
  PHONE_CODE_RESEND_MS,
  PHONE_CODE_TTL_MS,
  phoneCodeHash,
  phoneCodeMatches,
  phoneCodesPerAddress,
  phoneCodesPerPhone,
  type RequestInfo,
  type SmsSender,
  smsSender,
  tooManyRequests,
} from "@jiyue/server-kit";
import { z } from "zod";
import type { Executor, IdentityDb } from "../../db/executor";
import { PhoneCodeRepository } from "./phone-code.repository";
import type { PhoneCodePurpose } from "./phone-code.sql";

const HOUR_MS = 3600_000;

const codeInput = z
  .string({ error: "请填写验证码" })
  .trim()
  .regex(/^\d{6}$/, "验证码为 6 位数字");

export interface PhoneCodeIssued {
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export class PhoneCodeService {
  constructor(
    private readonly db: IdentityDb,
    private readonly request: RequestInfo,
    private readonly secret: string,
    private readonly sender: () => SmsSender = smsSender,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Issues a code for `phone` (already validated) and sends the text `message` makes of it. The caller may
   * send a text without the code (e.g. "already registered"): the row is written all the same, so the
   * throttles and the answer cannot tell the two cases apart, and a code never sent matches nothing.
   */
  async issue(
    phone: string,
    purpose: PhoneCodePurpose,
    message: (code: string, minutes: number) => string,
  ): Promise<PhoneCodeIssued> {
    const address = this.request.ip ?? "unknown";
    const now = this.now();
    const id = randomUUID();
    const code = newPhoneCode();
    await this.db.transaction(async (tx) => {
      const repository = new PhoneCodeRepository(tx);
      await repository.lockKey(`phone-code:${phone}`);
      const latest = await repository.latestSent(phone, purpose);
      const wait = latest ? latest.createdAt.getTime() + PHONE_CODE_RESEND_MS - now.getTime() : 0;
      if (wait > 0)
        throw tooManyRequests(
          `验证码已发送，请 ${Math.ceil(wait / 1000)} 秒后再重新获取`,
          Math.ceil(wait / 1000),
        );
      const since = new Date(now.getTime() - HOUR_MS);
      const perPhone = phoneCodesPerPhone();
      if (perPhone > 0 && (await repository.sentTo(phone, since)) >= perPhone)
        throw tooManyRequests("该号码获取验证码过于频繁，请一小时后再试", HOUR_MS / 1000);
      await repository.lockKey(`phone-code-address:${address}`);
      const perAddress = phoneCodesPerAddress();
      if (perAddress > 0 && (await repository.sentFrom(address, since)) >= perAddress)
        throw tooManyRequests("获取验证码过于频繁，请一小时后再试", HOUR_MS / 1000);
      await repository.insert({
        id,
        phone,
        purpose,
        address,
        codeHash: phoneCodeHash(this.secret, id, code),
        expiresAt: new Date(now.getTime() + PHONE_CODE_TTL_MS),
        createdAt: now,
      });
    });
    await this.sender().send(phone, message(code, PHONE_CODE_TTL_MS / 60_000));
    return {
      expiresInSeconds: PHONE_CODE_TTL_MS / 1000,
      resendAfterSeconds: PHONE_CODE_RESEND_MS / 1000,
    };
  }

  /**
   * Checks the newest code of the phone and returns its id (to consume with `consume` in the transaction of
   * what it proves). A wrong code counts as a try even though the caller's request then fails.
   */
  async verify(
    phone: string,
    purpose: PhoneCodePurpose,
    rawCode: unknown,
    field = "phoneCode",
  ): Promise<string> {
    const failure = (message: string) => badInput(message, { fields: [{ path: field, message }] });
    const parsed = codeInput.safeParse(rawCode);
    if (!parsed.success) throw failure(parsed.error.issues[0]?.message ?? "验证码不正确");
    const code = parsed.data;
    const outcome = await this.db.transaction(async (tx): Promise<{ id: string } | { error: string }> => {
      const repository = new PhoneCodeRepository(tx);
      const row = await repository.lockLatestOpen(phone, purpose);
      if (!row || row.expiresAt <= this.now()) return { error: "验证码已失效，请重新获取" };
      if (row.attempts >= PHONE_CODE_MAX_ATTEMPTS) return { error: "验证码错误次数过多，请重新获取" };
      if (!phoneCodeMatches(this.secret, row.id, code, row.codeHash)) {
        await repository.countFailure(row.id);
        const left = PHONE_CODE_MAX_ATTEMPTS - row.attempts - 1;
        return { error: left > 0 ? `验证码不正确，还可尝试 ${left} 次` : "验证码错误次数过多，请重新获取" };
      }
      return { id: row.id };
    });
    if ("error" in outcome) throw failure(outcome.error);
    return outcome.id;
  }

  /** Uses the code up inside `tx`; false when another request used it first. */
  consume(tx: Executor, codeId: string): Promise<boolean> {
    return new PhoneCodeRepository(tx).consume(codeId, this.now());
  }
}
