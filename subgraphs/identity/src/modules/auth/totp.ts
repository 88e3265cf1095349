// TOTP second factor (RFC 6238, authenticator apps).
import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_ISSUER = "集约 Jiyue";

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUrl(secret: string, label: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label, secret });
}

/** Accepts the current code and one step either side (clock drift). */
export async function totpValid(secret: string, code: string): Promise<boolean> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return false;
  try {
    const result = await verify({ secret, token, epochTolerance: 30 });
    return result.valid;
  } catch {
    return false;
  }
}
