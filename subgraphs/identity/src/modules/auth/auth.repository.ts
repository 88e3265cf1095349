// The only place with SQL for sessions: refresh tokens, login attempts, signing keys' policy row.
import { and, count, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import {
  loginAttempts,
  type RefreshTokenRow,
  refreshTokens,
  type SecurityPolicyRow,
  type SubjectKind,
  securityPolicy,
} from "./auth.sql";
import { DEFAULT_PASSWORD_MIN_LENGTH } from "./password";

/** The policy in force; `updatedAt` is null while the defaults were never saved. */
export type SecurityPolicyValues = Omit<SecurityPolicyRow, "updatedAt"> & { updatedAt: Date | null };

export const DEFAULT_POLICY: Omit<SecurityPolicyRow, "updatedAt"> = {
  id: 1,
  totpRequiredForAdmins: true,
  maxFailedAttempts: 5,
  lockoutMinutes: 15,
  passwordMinLength: DEFAULT_PASSWORD_MIN_LENGTH,
};

export class AuthRepository {
  constructor(private readonly db: Executor) {}

  async policy(): Promise<SecurityPolicyValues> {
    const [row] = await this.db.select().from(securityPolicy).where(eq(securityPolicy.id, 1));
    return row ?? { ...DEFAULT_POLICY, updatedAt: null };
  }

  /** Locks the policy row (creating it from the defaults first) so concurrent edits apply in turn. */
  async policyForUpdate(): Promise<SecurityPolicyRow> {
    await this.db.insert(securityPolicy).values(DEFAULT_POLICY).onConflictDoNothing();
    const [row] = await this.db.select().from(securityPolicy).where(eq(securityPolicy.id, 1)).for("update");
    if (!row) throw new Error("security policy row missing");
    return row;
  }

  async setPolicy(changes: Partial<Omit<SecurityPolicyRow, "id" | "updatedAt">>): Promise<SecurityPolicyRow> {
    const [row] = await this.db
      .insert(securityPolicy)
      .values({ ...DEFAULT_POLICY, ...changes, id: 1 })
      .onConflictDoUpdate({ target: securityPolicy.id, set: { ...changes, updatedAt: new Date() } })
      .returning();
    if (!row) throw new Error("security policy upsert returned nothing");
    return row;
  }

  async recordAttempt(username: string, ip: string | null, success: boolean): Promise<void> {
    await this.db.insert(loginAttempts).values({ username, ip, success });
  }

  /** Forgets sign-in attempts older than `before` (the audit trail keeps the login events); returns how many. */
  async pruneAttempts(before: Date): Promise<number> {
    const removed = await this.db
      .delete(loginAttempts)
      .where(lt(loginAttempts.at, before))
      .returning({ id: loginAttempts.id });
    return removed.length;
  }

  /** Failed attempts from one source address since `since`. */
  async failuresFromIp(ip: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
    return row?.n ?? 0;
  }

  /**
   * Failed attempts for one login name since `since` and since its last success: signing in, or proving the
   * phone by resetting the password, starts the count again (names that do not exist never succeed).
   */
  async failuresForName(username: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.username, username),
          eq(loginAttempts.success, false),
          gt(loginAttempts.at, since),
          sql`${loginAttempts.at} > coalesce((select max(s.at) from ${loginAttempts} s where s.username = ${username} and s.success), '-infinity'::timestamptz)`,
        ),
      );
    return row?.n ?? 0;
  }

  async insertRefreshToken(values: {
    tokenHash: string;
    familyId: string;
    subjectKind: SubjectKind;
    subjectId: string;
    expiresAt: Date;
  }): Promise<RefreshTokenRow> {
    const [row] = await this.db.insert(refreshTokens).values(values).returning();
    if (!row) throw new Error("refresh token insert returned nothing");
    return row;
  }

  /** Locks the row: two concurrent refreshes of one token are serialised, the second sees it rotated. */
  async refreshTokenForUpdate(tokenHash: string): Promise<RefreshTokenRow | undefined> {
    const [row] = await this.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, tokenHash))
      .for("update");
    return row;
  }

  async refreshTokenByHash(tokenHash: string): Promise<RefreshTokenRow | undefined> {
    const [row] = await this.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
    return row;
  }

  async markRotated(id: string, replacedBy: string): Promise<void> {
    await this.db
      .update(refreshTokens)
      .set({ replacedBy, revokedAt: new Date() })
      .where(eq(refreshTokens.id, id));
  }

  async revokeFamily(familyId: string): Promise<number> {
    const rows = await this.db
      .update(refreshTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    return rows.length;
  }

  async revokeSubject(subjectKind: SubjectKind, subjectId: string): Promise<void> {
    await this.db
      .update(refreshTokens)
      .set({ revokedAt: sql`coalesce(${refreshTokens.revokedAt}, now())` })
      .where(and(eq(refreshTokens.subjectKind, subjectKind), eq(refreshTokens.subjectId, subjectId)));
  }
}
