// The only place with SQL for letter attachments.
import { and, count, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import type { InteractionDb } from "../../context";
import { type LetterAttachmentRow, letterAttachments } from "./attachment.sql";

type Executor = Pick<InteractionDb, "select" | "insert" | "update" | "delete">;

/** An attachment without its bytes. */
export type AttachmentInfo = Omit<LetterAttachmentRow, "data">;

const INFO = {
  id: letterAttachments.id,
  filename: letterAttachments.filename,
  mediaType: letterAttachments.mediaType,
  size: letterAttachments.size,
  citizenId: letterAttachments.citizenId,
  address: letterAttachments.address,
  letterId: letterAttachments.letterId,
  createdAt: letterAttachments.createdAt,
};

export class AttachmentRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: typeof letterAttachments.$inferInsert): Promise<AttachmentInfo> {
    const [inserted] = await this.db.insert(letterAttachments).values(row).returning(INFO);
    if (!inserted) throw new Error("attachment not inserted");
    return inserted;
  }

  async byId(id: string): Promise<LetterAttachmentRow | undefined> {
    const [row] = await this.db.select().from(letterAttachments).where(eq(letterAttachments.id, id));
    return row;
  }

  byLetters(letterIds: readonly string[]): Promise<AttachmentInfo[]> {
    return this.db
      .select(INFO)
      .from(letterAttachments)
      .where(inArray(letterAttachments.letterId, [...letterIds]))
      .orderBy(letterAttachments.createdAt);
  }

  async uploadedFrom(address: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(letterAttachments)
      .where(and(eq(letterAttachments.address, address), gte(letterAttachments.createdAt, since)));
    return row?.n ?? 0;
  }

  /**
   * Gives the letter the writer's unattached uploads among `ids`; returns the ids it took (fewer than asked
   * when one is unknown, someone else's, or on another letter already).
   */
  async attach(letterId: string, ids: string[], citizenId: string | null): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.db
      .update(letterAttachments)
      .set({ letterId })
      .where(
        and(
          inArray(letterAttachments.id, ids),
          isNull(letterAttachments.letterId),
          citizenId ? eq(letterAttachments.citizenId, citizenId) : isNull(letterAttachments.citizenId),
        ),
      )
      .returning({ id: letterAttachments.id });
    return rows.map((row) => row.id);
  }

  /** Forgets uploads never attached to a letter (abandoned forms). */
  async pruneUnattached(before: Date): Promise<void> {
    await this.db
      .delete(letterAttachments)
      .where(and(isNull(letterAttachments.letterId), lt(letterAttachments.createdAt, before)));
  }

  /** Bytes stored from one address within the window (bounds what a visitor can fill the database with). */
  async bytesFrom(address: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ total: sql<string>`coalesce(sum(${letterAttachments.size}), 0)` })
      .from(letterAttachments)
      .where(and(eq(letterAttachments.address, address), gte(letterAttachments.createdAt, since)));
    return Number(row?.total ?? 0);
  }
}
