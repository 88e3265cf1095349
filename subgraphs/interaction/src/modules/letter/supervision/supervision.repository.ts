// SQL of 督办: overdue letters that have not been reminded today, and when a letter was last reminded.
import { and, asc, eq, gte, inArray, lt, notExists, sql } from "drizzle-orm";
import { CLOCK_RUNNING, type Executor } from "../letter.repository";
import { letterActions, letters } from "../letter.sql";

export const REMIND_ACTION = "remind";
export const SUPERVISE_ACTION = "supervise";

export class SupervisionRepository {
  constructor(private readonly db: Executor) {}

  /** Running letters whose citizen deadline is before `today`, without a reminder since `since`, oldest due first. */
  async overdueNotRemindedSince(today: string, since: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .select({ id: letters.id })
      .from(letters)
      .where(
        and(
          inArray(letters.status, [...CLOCK_RUNNING]),
          lt(letters.citizenDueOn, today),
          notExists(
            this.db
              .select({ one: sql`1` })
              .from(letterActions)
              .where(
                and(
                  eq(letterActions.letterId, letters.id),
                  eq(letterActions.action, REMIND_ACTION),
                  gte(letterActions.at, since),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(letters.citizenDueOn), asc(letters.id))
      .limit(limit);
    return rows.map((row) => row.id);
  }

  /** Whether the letter got a reminder since `since` (run under the letter's row lock). */
  async remindedSince(letterId: string, since: Date): Promise<boolean> {
    const [row] = await this.db
      .select({ id: letterActions.id })
      .from(letterActions)
      .where(
        and(
          eq(letterActions.letterId, letterId),
          eq(letterActions.action, REMIND_ACTION),
          gte(letterActions.at, since),
        ),
      )
      .limit(1);
    return !!row;
  }
}
