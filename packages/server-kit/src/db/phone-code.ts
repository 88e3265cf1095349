// A subgraph's phone codes (短信验证码) in SQL: the columns and indexes of its own `phone_code` table (declared
// in its own schema with `schema.table("phone_code", phoneCodeColumns<P>(), phoneCodeIndexes)` — no subgraph
// reads another's codes) and the repository that works on whichever such table it is given.
import { and, type BuildColumns, count, desc, eq, gte, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import {
  type ExtraConfigColumn,
  index,
  integer,
  type PgTableWithColumns,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** The columns of a `phone_code` table: one code per request, stored only as an HMAC, with expiry, failed tries and consumption. */
export function phoneCodeColumns<P extends string>() {
  return {
    id: uuid("id").primaryKey().defaultRandom(),
    phone: text("phone").notNull(),
    /** What the code proves (each subgraph names its own purposes). */
    purpose: text("purpose").$type<P>().notNull(),
    codeHash: text("code_hash").notNull(),
    /** The address that asked for it (throttling per address). */
    address: text("address").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: at("expires_at").notNull(),
    consumedAt: at("consumed_at"),
    createdAt: createdAt(),
  };
}

/** The indexes of a `phone_code` table (the latest code of a phone, the codes of an address). */
export function phoneCodeIndexes(
  table: Record<"phone" | "purpose" | "address" | "createdAt", ExtraConfigColumn>,
) {
  return [
    index("phone_code_phone_idx").on(table.phone, table.purpose, table.createdAt),
    index("phone_code_address_idx").on(table.address, table.createdAt),
  ];
}

/** A subgraph's `phone_code` table, made with `schema.table("phone_code", phoneCodeColumns<P>(), phoneCodeIndexes)`. */
export type PhoneCodeTable<P extends string> = PgTableWithColumns<{
  name: "phone_code";
  schema: string | undefined;
  columns: BuildColumns<"phone_code", ReturnType<typeof phoneCodeColumns<P>>, "pg">;
  dialect: "pg";
}>;

export type PhoneCodeRow<P extends string> = PhoneCodeTable<P>["$inferSelect"];
export type NewPhoneCode<P extends string> = PhoneCodeTable<P>["$inferInsert"];

/** A db or a transaction of any subgraph: the repository takes either. */
export type PhoneCodeExecutor = Pick<
  NodePgDatabase<Record<string, unknown>>,
  "select" | "insert" | "update" | "delete" | "execute"
>;

/** The SQL of a subgraph's phone codes, on the table it is given. */
export class PhoneCodeRepository<P extends string> {
  constructor(
    private readonly table: PhoneCodeTable<P>,
    protected readonly db: PhoneCodeExecutor,
  ) {}

  /** Serialises everything done under `key` until the transaction ends (check-then-insert stays exact). */
  async lockKey(key: string): Promise<void> {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 7))`);
  }

  async latestSent(phone: string, purpose: P): Promise<PhoneCodeRow<P> | undefined> {
    const [row] = await this.newest(phone, purpose);
    return row;
  }

  /** The newest unconsumed code of the phone, locked: older codes are superseded by a newer one. */
  async lockLatestOpen(phone: string, purpose: P): Promise<PhoneCodeRow<P> | undefined> {
    const [row] = await this.newest(phone, purpose).for("update");
    return row && !row.consumedAt ? row : undefined;
  }

  sentFrom(address: string, since: Date): Promise<number> {
    return this.countSince(eq(this.table.address, address), since);
  }

  sentTo(phone: string, since: Date): Promise<number> {
    return this.countSince(eq(this.table.phone, phone), since);
  }

  async insert(row: NewPhoneCode<P>): Promise<PhoneCodeRow<P>> {
    const [inserted] = await this.db.insert(this.table).values(row).returning();
    if (!inserted) throw new Error("phone code not inserted");
    return inserted;
  }

  async countFailure(id: string): Promise<void> {
    const t = this.table;
    await this.db
      .update(t)
      .set({ attempts: sql`${t.attempts} + 1` })
      .where(eq(t.id, id));
  }

  /** Marks the code used; false when it was used meanwhile (compare-and-set). */
  async consume(id: string, at: Date): Promise<boolean> {
    const t = this.table;
    const rows = await this.db
      .update(t)
      .set({ consumedAt: at })
      .where(and(eq(t.id, id), isNull(t.consumedAt)))
      .returning({ id: t.id });
    return rows.length === 1;
  }

  /** Forgets codes older than `before` (no limit looks further back than an hour). */
  async prune(before: Date): Promise<void> {
    await this.db.delete(this.table).where(lt(this.table.createdAt, before));
  }

  /** The newest code of the phone for the purpose (a query to await, or to lock first). */
  private newest(phone: string, purpose: P) {
    const t = this.table;
    return this.db
      .select()
      .from(t)
      .where(and(eq(t.phone, phone), eq(t.purpose, purpose)))
      .orderBy(desc(t.createdAt))
      .limit(1);
  }

  private async countSince(filter: SQL, since: Date): Promise<number> {
    const t = this.table;
    const [row] = await this.db
      .select({ n: count() })
      .from(t)
      .where(and(filter, gte(t.createdAt, since)));
    return row?.n ?? 0;
  }
}
