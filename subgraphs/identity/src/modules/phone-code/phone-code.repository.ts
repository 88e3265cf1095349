// The only place with SQL for identity's phone codes.
import { and, count, desc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { type PhoneCodePurpose, type PhoneCodeRow, phoneCodes } from "./phone-code.sql";

export class PhoneCodeRepository {
  constructor(private readonly db: Executor) {}

  /** Serialises everything done under `key` until the transaction ends (check-then-insert stays exact). */
  async lockKey(key: string): Promise<void> {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 7))`);
  }

  async latestSent(phone: string, purpose: PhoneCodePurpose): Promise<PhoneCodeRow | undefined> {
    const [row] = await this.db
      .select()
      .from(phoneCodes)
      .where(and(eq(phoneCodes.phone, phone), eq(phoneCodes.purpose, purpose)))
      .orderBy(desc(phoneCodes.createdAt))
      .limit(1);
    return row;
  }

  /** The newest unconsumed code of the phone, locked: older codes are superseded by a newer one. */
  async lockLatestOpen(phone: string, purpose: PhoneCodePurpose): Promise<PhoneCodeRow | undefined> {
    const [row] = await this.db
      .select()
      .from(phoneCodes)
      .where(and(eq(phoneCodes.phone, phone), eq(phoneCodes.purpose, purpose)))
      .orderBy(desc(phoneCodes.createdAt))
      .limit(1)
      .for("update");
    return row && !row.consumedAt ? row : undefined;
  }

  async sentFrom(address: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(phoneCodes)
      .where(and(eq(phoneCodes.address, address), gte(phoneCodes.createdAt, since)));
    return row?.n ?? 0;
  }

  async sentTo(phone: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(phoneCodes)
      .where(and(eq(phoneCodes.phone, phone), gte(phoneCodes.createdAt, since)));
    return row?.n ?? 0;
  }

  async insert(row: typeof phoneCodes.$inferInsert): Promise<PhoneCodeRow> {
    const [inserted] = await this.db.insert(phoneCodes).values(row).returning();
    if (!inserted) throw new Error("phone code not inserted");
    return inserted;
  }

  async countFailure(id: string): Promise<void> {
    await this.db
      .update(phoneCodes)
      .set({ attempts: sql`${phoneCodes.attempts} + 1` })
      .where(eq(phoneCodes.id, id));
  }

  /** Marks the code used; false when it was used meanwhile (compare-and-set). */
  async consume(id: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(phoneCodes)
      .set({ consumedAt: at })
      .where(and(eq(phoneCodes.id, id), isNull(phoneCodes.consumedAt)))
      .returning({ id: phoneCodes.id });
    return rows.length === 1;
  }

  /** Forgets codes older than `before` (no limit looks further back than an hour). */
  async prune(before: Date): Promise<void> {
    await this.db.delete(phoneCodes).where(lt(phoneCodes.createdAt, before));
  }
}
