// The only place with SQL for phone codes (server-kit's, on this subgraph's own table) and counted rate events.
import { PhoneCodeRepository } from "@jiyue/server-kit/db";
import { and, count, eq, gte, lt } from "drizzle-orm";
import type { InteractionDb } from "../../context";
import { type PhoneCodePurpose, phoneCodes, rateEvents } from "./verification.sql";

export type VerificationExecutor = Pick<InteractionDb, "select" | "insert" | "update" | "delete" | "execute">;

export class VerificationRepository extends PhoneCodeRepository<PhoneCodePurpose> {
  constructor(db: VerificationExecutor) {
    super(phoneCodes, db);
  }

  async countEvents(key: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(rateEvents)
      .where(and(eq(rateEvents.key, key), gte(rateEvents.at, since)));
    return row?.n ?? 0;
  }

  async recordEvent(key: string, at: Date): Promise<void> {
    await this.db.insert(rateEvents).values({ key, at });
  }

  /** Forgets codes and events older than `before`. */
  override async prune(before: Date): Promise<void> {
    await super.prune(before);
    await this.db.delete(rateEvents).where(lt(rateEvents.at, before));
  }
}
