// What every subgraph that proves a phone by SMS code (短信验证码) shares: the pluggable SmsSender, the rules
// (6 digits, valid 10 minutes, 5 tries, one per phone per 60 s, hourly caps per phone and per address), the
// code's HMAC and the issue/verify logic (PhoneCodeService). The codes themselves live in the table of the
// subgraph that owns what they prove (interaction: anonymous letters; identity: citizen registration and password reset), made
// from ./db/phone-code — no subgraph reads another's codes.
//
// The embedded sender logs the message (and, when JIYUE_SMS_OUTBOX_FILE is set, appends it there as a JSON
// line, which the browser tests read); tests in process read `memoryOutbox`. A real gateway (a city SMS
// platform) implements the same interface and is installed with `setSmsSender`.
import { createHmac, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { appendFile } from "node:fs/promises";
import { z } from "zod";
import { type PhoneCodeExecutor, PhoneCodeRepository, type PhoneCodeTable } from "./db/phone-code";
import { badInput, tooManyRequests } from "./errors";
import type { RequestInfo } from "./events";
import { logger } from "./logger";

export const PHONE_CODE_TTL_MS = 10 * 60_000;
export const PHONE_CODE_MAX_ATTEMPTS = 5;
export const PHONE_CODE_RESEND_MS = 60_000;
const HOUR_MS = 3600_000;

/** A non-negative whole number from the environment, or the default. */
export function limitFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return value;
}

/** Codes one address may request per hour (JIYUE_PHONE_CODES_PER_ADDRESS, default 10; 0 = no limit). */
export const phoneCodesPerAddress = () => limitFromEnv("JIYUE_PHONE_CODES_PER_ADDRESS", 10);
/** Codes one phone may receive per hour (JIYUE_PHONE_CODES_PER_PHONE, default 5; 0 = no limit). */
export const phoneCodesPerPhone = () => limitFromEnv("JIYUE_PHONE_CODES_PER_PHONE", 5);

/** A fresh 6-digit code. */
export function newPhoneCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** How a code is stored: an HMAC bound to its row id, so a leaked table gives no codes. */
export function phoneCodeHash(secret: string, id: string, code: string): string {
  return createHmac("sha256", secret).update(`phone-code:${id}:${code}`).digest("hex");
}

export function phoneCodeMatches(secret: string, id: string, code: string, stored: string): boolean {
  const actual = Buffer.from(phoneCodeHash(secret, id, code));
  const expected = Buffer.from(stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

export interface SentSms {
  phone: string;
  text: string;
  at: Date;
}

/** The last messages sent in this process by the logging sender (bounded). */
export const memoryOutbox: SentSms[] = [];
const OUTBOX_LIMIT = 200;

export class LoggingSmsSender implements SmsSender {
  constructor(private readonly outboxFile = process.env.JIYUE_SMS_OUTBOX_FILE) {}

  async send(phone: string, text: string): Promise<void> {
    const message = { phone, text, at: new Date() };
    memoryOutbox.push(message);
    if (memoryOutbox.length > OUTBOX_LIMIT) memoryOutbox.splice(0, memoryOutbox.length - OUTBOX_LIMIT);
    logger.info({ sms: { phone, text } }, "短信（未发送，仅记录）");
    if (this.outboxFile) await appendFile(this.outboxFile, `${JSON.stringify(message)}\n`);
  }
}

let configured: SmsSender = new LoggingSmsSender();

/** The sender phone codes go through (replaced at start-up by a deployment's own). */
export function smsSender(): SmsSender {
  return configured;
}

export function setSmsSender(sender: SmsSender): void {
  configured = sender;
}

const codeInput = z
  .string({ error: "请填写验证码" })
  .trim()
  .regex(/^\d{6}$/, "验证码为 6 位数字");

/** A db that opens transactions (the service checks and writes in one). */
export interface PhoneCodeDb {
  transaction<T>(run: (tx: PhoneCodeExecutor) => Promise<T>): Promise<T>;
}

export interface PhoneCodeIssued {
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

/**
 * Issuing a 6-digit code to a phone (throttled per phone and per address, sent through the pluggable SmsSender)
 * and verifying it once — expiring after 10 minutes, refused after 5 wrong tries, consumed in the transaction
 * of what it proves — on a subgraph's own table.
 */
export class PhoneCodeService<P extends string> {
  constructor(
    private readonly db: PhoneCodeDb,
    private readonly table: PhoneCodeTable<P>,
    private readonly request: RequestInfo,
    private readonly secret: string,
    private readonly sender: () => SmsSender = smsSender,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Issues a code for `phone` (already validated) and sends the text `message` makes of it. The caller may
   * send a text without the code (e.g. "already registered") or, with null, none at all (e.g. a password
   * reset for a number without an account): the row is written all the same, so the throttles and the
   * answer cannot tell the cases apart, and a code never sent matches nothing.
   */
  async issue(
    phone: string,
    purpose: P,
    message: (code: string, minutes: number) => string | null,
  ): Promise<PhoneCodeIssued> {
    const address = this.request.ip ?? "unknown";
    const now = this.now();
    const id = randomUUID();
    const code = newPhoneCode();
    await this.db.transaction(async (tx) => {
      const repository = new PhoneCodeRepository(this.table, tx);
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
    const text = message(code, PHONE_CODE_TTL_MS / 60_000);
    if (text !== null) await this.sender().send(phone, text);
    return {
      expiresInSeconds: PHONE_CODE_TTL_MS / 1000,
      resendAfterSeconds: PHONE_CODE_RESEND_MS / 1000,
    };
  }

  /**
   * Checks the newest code of the phone and returns its id (to consume with `consume` in the transaction of
   * what it proves). A wrong code counts as a try even though the caller's request then fails.
   */
  async verify(phone: string, purpose: P, rawCode: unknown, field = "phoneCode"): Promise<string> {
    const failure = (message: string) => badInput(message, { fields: [{ path: field, message }] });
    const parsed = codeInput.safeParse(rawCode);
    if (!parsed.success) throw failure(parsed.error.issues[0]?.message ?? "验证码不正确");
    const code = parsed.data;
    const outcome = await this.db.transaction(async (tx): Promise<{ id: string } | { error: string }> => {
      const repository = new PhoneCodeRepository(this.table, tx);
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
  consume(tx: PhoneCodeExecutor, codeId: string): Promise<boolean> {
    return new PhoneCodeRepository(this.table, tx).consume(codeId, this.now());
  }
}
