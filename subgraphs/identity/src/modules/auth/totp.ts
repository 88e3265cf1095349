// TOTP second factor (RFC 6238, authenticator apps).
import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_ISSUER = "集约 Jiyue";

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUrl(secret: string, label: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label, secret });
}

/**
 * The time step of a valid code (the current one or one step either side, for clock drift), else null. A caller
 * must claim the step (UserRepository.claimTotpStep) so one code never signs in twice.
 */
export async function totpStep(secret: string, code: string): Promise<number | null> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  try {
    const result = await verify({ secret, token, epochTolerance: 30 });
    return result.valid && "timeStep" in result && typeof result.timeStep === "number"
      ? result.timeStep
      : null;
  } catch {
    return null;
  }
}
