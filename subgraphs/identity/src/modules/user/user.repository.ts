// The only place with SQL for staff accounts.
import { isUuid, type SystemAccount } from "@jiyue/server-kit";
import { and, asc, count, eq, ilike, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { type NewUserRow, type UserRow, users } from "./user.sql";

export interface UserListFilter {
  unitId?: string | null;
  search?: string | null;
  status?: UserRow["status"] | null;
}

export class UserRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<UserRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.select().from(users).where(inArray(users.id, valid));
  }

  async byUsername(username: string): Promise<UserRow | undefined> {
    const [row] = await this.db
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
    return row;
  }

  /** A page of users within `unitIds` (null = every unit, for city-wide readers) plus the total. */
  async list(
    filter: UserListFilter,
    unitIds: string[] | null,
    page: { offset: number; limit: number },
  ): Promise<{ items: UserRow[]; total: number }> {
    const conditions: SQL[] = [];
    if (unitIds) conditions.push(unitIds.length > 0 ? inArray(users.unitId, unitIds) : sql`false`);
    if (filter.unitId) conditions.push(eq(users.unitId, filter.unitId));
    if (filter.status) conditions.push(eq(users.status, filter.status));
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)) as SQL);
    }
    const where = and(...conditions);
    const items = await this.db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .offset(page.offset)
      .limit(page.limit);
    const [total] = await this.db.select({ n: count() }).from(users).where(where);
    return { items, total: total?.n ?? 0 };
  }

  async insert(values: NewUserRow): Promise<UserRow> {
    const [row] = await this.db.insert(users).values(values).returning();
    if (!row) throw new Error("user insert returned nothing");
    return row;
  }

  async update(id: string, changes: Partial<NewUserRow>): Promise<UserRow | undefined> {
    const [row] = await this.db
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    return row;
  }

  /** Creates the platform's system accounts that are missing (disabled, with an unguessable password). */
  async ensureSystemAccounts(
    accounts: readonly SystemAccount[],
    passwordHash: () => Promise<string>,
  ): Promise<void> {
    const existing = new Set((await this.byIds(accounts.map((account) => account.id))).map((row) => row.id));
    for (const account of accounts) {
      if (existing.has(account.id)) continue;
      await this.db
        .insert(users)
        .values({
          id: account.id,
          username: account.username,
          displayName: account.displayName,
          passwordHash: await passwordHash(),
          status: "disabled",
        })
        .onConflictDoNothing();
    }
  }

  /** Records a TOTP code's time step as used; false when it (or a later one) was used already. */
  async claimTotpStep(id: string, step: number): Promise<boolean> {
    const rows = await this.db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return rows.length === 1;
  }

  /** Counts a failed login atomically; locks the account when the count reaches `max`. */
  async recordFailure(id: string, max: number, lockoutMinutes: number): Promise<UserRow | undefined> {
    const [row] = await this.db
      .update(users)
      .set({
        failedAttempts: sql`${users.failedAttempts} + 1`,
        lockedUntil: sql`case when ${users.failedAttempts} + 1 >= ${max}
          then now() + make_interval(mins => ${lockoutMinutes}) else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, id))
      .returning();
    return row;
  }
}
