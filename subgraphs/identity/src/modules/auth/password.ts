// Password hashing (argon2id) and the password policy.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id (a const enum, which isolated modules cannot read).
const OPTIONS = { algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verifies against a throwaway hash so an unknown name costs as much time as a known one. */
export async function verifyDummy(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummy, password);
  return false;
}

/** The minimum length while the security policy was never saved (see DEFAULT_POLICY). */
export const DEFAULT_PASSWORD_MIN_LENGTH = 10;

/**
 * Why a password is refused, or null: at least `minLength` characters (the security policy's
 * passwordMinLength), three of four character classes, not the login name.
 */
export function passwordProblem(
  password: string,
  loginName: string,
  minLength: number = DEFAULT_PASSWORD_MIN_LENGTH,
): string | null {
  if (password.length < minLength) return `密码长度至少 ${minLength} 位`;
  if (password.length > 128) return "密码长度不能超过 128 位";
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return "密码须包含小写字母、大写字母、数字、符号中的至少三类";
  const name = loginName.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) return "密码不能包含用户名";
  return null;
}
