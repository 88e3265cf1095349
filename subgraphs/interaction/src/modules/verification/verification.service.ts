// Phone codes (短信验证码): issuing a 6-digit code to a phone (throttled per phone and per address, sent through
// the pluggable SmsSender), and verifying it once — expiring after 10 minutes, refused after 5 wrong tries,
// consumed in the transaction of what it proves. The rules, the HMAC and the sender are shared with identity's
// registration codes (@jiyue/server-kit); the codes themselves are this subgraph's own.
import { randomUUID } from "node:crypto";
import {
  badInput,
  type Caller,
  newPhoneCode,
  PHONE_CODE_MAX_ATTEMPTS,
  PHONE_CODE_RESEND_MS,
  PHONE_CODE_TTL_MS,
  parseInput,
  phoneCodeHash,
  phoneCodeMatches,
  phoneCodesPerAddress,
  phoneCodesPerPhone,
  type RequestInfo,
  tooManyRequests,
} from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import { maskPhone } from "../letter/letter.access";
import { type VerificationExecutor, VerificationRepository } from "./verification.repository";
import { type SmsSender, smsSender } from "./verification.sender";
import type { PhoneCodePurpose } from "./verification.sql";
import * as v from "./verification.validation";

const HOUR_MS = 3600_000;

const PURPOSE_TEXT: Record<PhoneCodePurpose, string> = { letter: "写信" };

export interface PhoneCodeIssued {
  maskedPhone: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export class VerificationService {
  constructor(
    private readonly db: InteractionDb,
    _caller: Caller,
    private readonly request: RequestInfo,
    private readonly secret: string,
    private readonly sender: () => SmsSender = smsSender,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async requestCode(rawPhone: unknown, rawPurpose: unknown): Promise<PhoneCodeIssued> {
    const phone = parseInput(v.phone, rawPhone);
    const purpose = parseInput(v.purpose, rawPurpose);
    const address = this.request.ip ?? "unknown";
    const now = this.now();
    const id = randomUUID();
    const code = newPhoneCode();
    await this.db.transaction(async (tx) => {
      const repository = new VerificationRepository(tx);
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
        codeHash: this.hash(id, code),
        expiresAt: new Date(now.getTime() + PHONE_CODE_TTL_MS),
        createdAt: now,
      });
    });
    await this.sender().send(
      phone,
      `【集约】您的${PURPOSE_TEXT[purpose]}验证码为 ${code}，${PHONE_CODE_TTL_MS / 60_000} 分钟内有效。如非本人操作，请忽略。`,
    );
    return {
      maskedPhone: maskPhone(phone) ?? "",
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
    const parsed = v.code.safeParse(rawCode);
    if (!parsed.success) throw failure(parsed.error.issues[0]?.message ?? "验证码不正确");
    const code = parsed.data;
    const outcome = await this.db.transaction(async (tx): Promise<{ id: string } | { error: string }> => {
      const repository = new VerificationRepository(tx);
      const row = await repository.lockLatestOpen(phone, purpose);
      if (!row || row.expiresAt <= this.now()) return { error: "验证码已失效，请重新获取" };
      if (row.attempts >= PHONE_CODE_MAX_ATTEMPTS) return { error: "验证码错误次数过多，请重新获取" };
      if (!this.matches(row.id, code, row.codeHash)) {
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
  consume(tx: VerificationExecutor, codeId: string): Promise<boolean> {
    return new VerificationRepository(tx).consume(codeId, this.now());
  }

  private hash(id: string, code: string): string {
    return phoneCodeHash(this.secret, id, code);
  }

  private matches(id: string, code: string, stored: string): boolean {
    return phoneCodeMatches(this.secret, id, code, stored);
  }
}
