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

/** Why a password is refused, or null. Length ≥ 10, three of four character classes, not the login name. */
export function passwordProblem(password: string, loginName: string): string | null {
  if (password.length < 10) return "密码长度至少 10 位";
  if (password.length > 128) return "密码长度不能超过 128 位";
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return "密码须包含小写字母、大写字母、数字、符号中的至少三类";
  const name = loginName.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) return "密码不能包含用户名";
  return null;
}
