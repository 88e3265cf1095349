// The only place with SQL for letters, their handling units and their timeline.
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { InteractionDb } from "../../context";
import {
  type LetterActionRow,
  type LetterRow,
  type LetterStatus,
  type LetterUnitRow,
  letterActions,
  letters,
  letterUnits,
  type NewLetterRow,
  queryCodeAttempts,
} from "./letter.sql";

export type Executor = Pick<InteractionDb, "select" | "insert" | "update" | "delete">;

/** Which letters a staff member sees: all (city-wide), or those touching one of their units. */
export interface LetterVisibility {
  all: boolean;
  unitIds: string[];
}

/** Accepted and not yet answered, nor waiting for the citizen: the citizen's deadline is running. */
export const CLOCK_RUNNING: readonly LetterStatus[] = [
  "accepted",
  "handling",
  "reply_review",
  "reply_approved",
];

export interface LetterListFilter {
  status?: LetterStatus[];
  unitId?: string;
  mailboxId?: string;
  held?: boolean;
  /** Running letters whose citizen deadline lies before `today` (value true), or every other letter (false). */
  overdue?: { today: string; value: boolean };
  /** Running letters due from `from` through `through` (YYYY-MM-DD). */
  due?: { from: string; through: string };
  /** Title or content contains it (case-insensitive, taken literally). */
  keyword?: string;
  category?: string;
  submittedFrom?: Date;
  submittedBefore?: Date;
}

/** A LIKE pattern matching `text` literally anywhere (\\, % and _ escaped; backslash is the default escape). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The visibility condition of staff lists: the mailbox's unit, the owner, or an active co-handler is one of `unitIds`. */
export function touchesUnits(unitIds: string[]): SQL {
  return or(
    inArray(letters.mailboxUnitId, unitIds),
    inArray(letters.ownerUnitId, unitIds),
    sql`exists (select 1 from ${letterUnits} where ${letterUnits.letterId} = ${letters.id} and ${letterUnits.endedAt} is null and ${inArray(letterUnits.unitId, unitIds)})`,
  ) as SQL;
}

export class LetterRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<LetterRow[]> {
    return this.db
      .select()
      .from(letters)
      .where(inArray(letters.id, [...ids]));
  }

  /** Locks the row for a transition (concurrent actions on one letter run one after the other). */
  async lock(id: string): Promise<LetterRow | undefined> {
    const [row] = await this.db.select().from(letters).where(eq(letters.id, id)).for("update");
    return row;
  }

  async byIdempotencyKey(key: string): Promise<LetterRow | undefined> {
    const [row] = await this.db.select().from(letters).where(eq(letters.idempotencyKey, key));
    return row;
  }

  async byQueryCodeHash(hash: string): Promise<LetterRow | undefined> {
    const [row] = await this.db.select().from(letters).where(eq(letters.queryCodeHash, hash));
    return row;
  }

  /** Inserts unless the idempotency key is taken (a parallel retry); then returns nothing. */
  async insert(row: NewLetterRow): Promise<LetterRow | undefined> {
    const [inserted] = await this.db.insert(letters).values(row).onConflictDoNothing().returning();
    return inserted;
  }

  async update(id: string, version: number, changes: Partial<NewLetterRow>): Promise<LetterRow | undefined> {
    const [row] = await this.db
      .update(letters)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(letters.id, id), eq(letters.version, version)))
      .returning();
    return row;
  }

  byCitizen(citizenId: string): Promise<LetterRow[]> {
    return this.db
      .select()
      .from(letters)
      .where(eq(letters.citizenId, citizenId))
      .orderBy(desc(letters.createdAt));
  }

  /**
   * A staff list: the visibility condition is part of the SQL (so the total counts only visible letters):
   * the mailbox's unit, the owner, or an active co-handler is one of the caller's units.
   */
  async list(
    visibility: LetterVisibility,
    filter: LetterListFilter,
    page: { first: number; offset: number },
  ): Promise<{ rows: LetterRow[]; total: number }> {
    const conditions: SQL[] = [];
    const touches = touchesUnits;
    if (!visibility.all) {
      if (!visibility.unitIds.length) return { rows: [], total: 0 };
      conditions.push(touches(visibility.unitIds));
    }
    if (filter.unitId) conditions.push(touches([filter.unitId]));
    if (filter.status?.length) conditions.push(inArray(letters.status, filter.status));
    if (filter.mailboxId) conditions.push(eq(letters.mailboxId, filter.mailboxId));
    if (filter.held !== undefined) conditions.push(eq(letters.held, filter.held));
    if (filter.overdue) {
      const overdue = and(
        inArray(letters.status, [...CLOCK_RUNNING]),
        lt(letters.citizenDueOn, filter.overdue.today),
      ) as SQL;
      conditions.push(filter.overdue.value ? overdue : (sql`not coalesce(${overdue}, false)` as SQL));
    }
    if (filter.due)
      conditions.push(
        and(
          inArray(letters.status, [...CLOCK_RUNNING]),
          gte(letters.citizenDueOn, filter.due.from),
          lte(letters.citizenDueOn, filter.due.through),
        ) as SQL,
      );
    if (filter.keyword) {
      const pattern = containsPattern(filter.keyword);
      conditions.push(or(ilike(letters.title, pattern), ilike(letters.content, pattern)) as SQL);
    }
    if (filter.category) conditions.push(eq(letters.category, filter.category));
    if (filter.submittedFrom) conditions.push(gte(letters.createdAt, filter.submittedFrom));
    if (filter.submittedBefore) conditions.push(lt(letters.createdAt, filter.submittedBefore));
    const where = conditions.length ? and(...conditions) : undefined;
    const [rows, [totalRow]] = await Promise.all([
      this.db
        .select()
        .from(letters)
        .where(where)
        .orderBy(desc(letters.createdAt), asc(letters.id))
        .limit(page.first)
        .offset(page.offset),
      this.db.select({ total: count() }).from(letters).where(where),
    ]);
    return { rows, total: totalRow?.total ?? 0 };
  }

  /** Letters merged into any of the given primaries (合并办理), oldest first. */
  mergedInto(primaryIds: readonly string[]): Promise<LetterRow[]> {
    return this.db
      .select()
      .from(letters)
      .where(inArray(letters.mergedIntoId, [...primaryIds]))
      .orderBy(asc(letters.createdAt), asc(letters.id));
  }

  /** Locks the letters still following a primary (status merged), for a change that carries them along. */
  lockFollowers(primaryId: string): Promise<LetterRow[]> {
    return this.db
      .select()
      .from(letters)
      .where(and(eq(letters.mergedIntoId, primaryId), eq(letters.status, "merged")))
      .orderBy(asc(letters.id))
      .for("update");
  }

  /** Locks several letters in id order (so two merges over the same letters cannot deadlock). */
  lockMany(ids: readonly string[]): Promise<LetterRow[]> {
    return this.db
      .select()
      .from(letters)
      .where(inArray(letters.id, [...ids]))
      .orderBy(asc(letters.id))
      .for("update");
  }

  unitsOf(letterIds: readonly string[]): Promise<LetterUnitRow[]> {
    return this.db
      .select()
      .from(letterUnits)
      .where(inArray(letterUnits.letterId, [...letterIds]))
      .orderBy(asc(letterUnits.startedAt));
  }

  async startUnit(letterId: string, unitId: string, role: "lead" | "co", at: Date): Promise<void> {
    await this.db.insert(letterUnits).values({ letterId, unitId, role, startedAt: at }).onConflictDoNothing();
  }

  /** Ends the clocks of the given units (all active ones when `unitIds` is undefined). */
  async endUnits(letterId: string, at: Date, unitIds?: string[]): Promise<void> {
    await this.db
      .update(letterUnits)
      .set({ endedAt: at })
      .where(
        and(
          eq(letterUnits.letterId, letterId),
          isNull(letterUnits.endedAt),
          unitIds ? inArray(letterUnits.unitId, unitIds) : undefined,
        ),
      );
  }

  actionsOf(letterIds: readonly string[]): Promise<LetterActionRow[]> {
    return this.db
      .select()
      .from(letterActions)
      .where(inArray(letterActions.letterId, [...letterIds]))
      .orderBy(asc(letterActions.at), asc(letterActions.id));
  }

  /** The name a signed-in writer had when submitting, as the timeline recorded it; anonymous letters have none. */
  async writerNameOf(letter: Pick<LetterRow, "id" | "citizenId">): Promise<string | null> {
    if (!letter.citizenId) return null;
    const [submitted] = await this.db
      .select({ name: letterActions.actorName })
      .from(letterActions)
      .where(
        and(
          eq(letterActions.letterId, letter.id),
          eq(letterActions.action, "submit"),
          eq(letterActions.actorKind, "citizen"),
        ),
      )
      .limit(1);
    return submitted?.name ?? null;
  }

  async record(action: typeof letterActions.$inferInsert): Promise<void> {
    await this.db.insert(letterActions).values(action);
  }

  async failedLookups(address: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(queryCodeAttempts)
      .where(and(eq(queryCodeAttempts.address, address), gte(queryCodeAttempts.at, since)));
    return row?.n ?? 0;
  }

  async recordFailedLookup(address: string): Promise<void> {
    await this.db.insert(queryCodeAttempts).values({ address });
  }
}
