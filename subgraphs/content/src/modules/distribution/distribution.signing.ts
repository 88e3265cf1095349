// The signature scheme integrators verify (docs/architecture.md, "New-media webhooks"):
// X-Jiyue-Signature: sha256=<hex HMAC-SHA256(secret, "<X-Jiyue-Timestamp>.<raw body>")>.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-jiyue-signature";
export const TIMESTAMP_HEADER = "x-jiyue-timestamp";
export const DELIVERY_HEADER = "x-jiyue-delivery";
export const EVENT_HEADER = "x-jiyue-event";

/** 32 random bytes, hex. */
export function newSecret(): string {
  return randomBytes(32).toString("hex");
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does: constant-time compare, and refuse timestamps outside the tolerance (replays). */
export function verifySignature(
  secret: string,
  headers: { signature: string; timestamp: string },
  body: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
