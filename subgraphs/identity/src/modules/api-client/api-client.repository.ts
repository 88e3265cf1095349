// The only place with SQL for API clients.
import { isUuid } from "@jiyue/server-kit";
import { desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { type ApiClientRow, apiClients, type NewApiClientRow } from "./api-client.sql";

export class ApiClientRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<ApiClientRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.select().from(apiClients).where(inArray(apiClients.id, valid));
  }

  /** All clients (null) or those owned by the given units. */
  list(ownerUnitIds: string[] | null): Promise<ApiClientRow[]> {
    let where: SQL | undefined;
    if (ownerUnitIds)
      where = ownerUnitIds.length > 0 ? inArray(apiClients.ownerUnitId, ownerUnitIds) : sql`false`;
    return this.db.select().from(apiClients).where(where).orderBy(desc(apiClients.createdAt));
  }

  async insert(values: NewApiClientRow): Promise<ApiClientRow> {
    const [row] = await this.db.insert(apiClients).values(values).returning();
    if (!row) throw new Error("api client insert returned nothing");
    return row;
  }

  async deactivate(id: string): Promise<ApiClientRow | undefined> {
    const [row] = await this.db
      .update(apiClients)
      .set({ active: false })
      .where(eq(apiClients.id, id))
      .returning();
    return row;
  }
}
