// What every subgraph that proves a phone by SMS code (短信验证码) shares: the pluggable SmsSender, the rules
// (6 digits, valid 10 minutes, 5 tries, one per phone per 60 s, hourly caps per phone and per address) and the
// code's HMAC. The codes themselves live in the table of the subgraph that owns what they prove (interaction:
// anonymous letters; identity: citizen registration) — no subgraph reads another's codes.
//
// The embedded sender logs the message (and, when JIYUE_SMS_OUTBOX_FILE is set, appends it there as a JSON
// line, which the browser tests read); tests in process read `memoryOutbox`. A real gateway (a city SMS
// platform) implements the same interface and is installed with `setSmsSender`.
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { appendFile } from "node:fs/promises";
import { logger } from "./logger";

export const PHONE_CODE_TTL_MS = 10 * 60_000;
export const PHONE_CODE_MAX_ATTEMPTS = 5;
export const PHONE_CODE_RESEND_MS = 60_000;

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
