// The only place with SQL for citizen accounts.
import { isUuid } from "@jiyue/server-kit";
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { type CitizenRow, citizens, type NewCitizenRow } from "./citizen.sql";

export class CitizenRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<CitizenRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.select().from(citizens).where(inArray(citizens.id, valid));
  }

  async byPhone(phone: string): Promise<CitizenRow | undefined> {
    const [row] = await this.db.select().from(citizens).where(eq(citizens.phone, phone));
    return row;
  }

  /** Locks the row: deletion and profile changes of one account are serialised. */
  async lockById(id: string): Promise<CitizenRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db.select().from(citizens).where(eq(citizens.id, id)).for("update");
    return row;
  }

  /** Locks the account with this login phone (a password reset against a concurrent deletion). */
  async lockByPhone(phone: string): Promise<CitizenRow | undefined> {
    const [row] = await this.db.select().from(citizens).where(eq(citizens.phone, phone)).for("update");
    return row;
  }

  async insert(values: NewCitizenRow): Promise<CitizenRow> {
    const [row] = await this.db.insert(citizens).values(values).returning();
    if (!row) throw new Error("citizen insert returned nothing");
    return row;
  }

  async update(id: string, changes: Partial<NewCitizenRow>): Promise<CitizenRow | undefined> {
    const [row] = await this.db
      .update(citizens)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(citizens.id, id))
      .returning();
    return row;
  }
}
