// SQL of 新来信提醒: letters still waiting for acceptance in mailboxes whose recipients include the caller.
import { and, arrayContains, asc, count, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import { mailboxes } from "../../mailbox/mailbox.sql";
import { type Executor, type LetterVisibility, touchesUnits } from "../letter.repository";
import { type LetterRow, letters } from "../letter.sql";

/** Who the caller is as a recipient: their user id, and the units where they hold each recipient role. */
export interface RecipientIdentity {
  /** null when the caller's id cannot be on a recipient list. */
  userId: string | null;
  /** Recipient role code (letter_dispatcher, letter_handler, unit_admin) → units where the caller holds it. */
  roleUnits: ReadonlyMap<string, readonly string[]>;
}

export class InboxRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Received letters (held ones included: they wait for a dispatcher too) in mailboxes the caller receives,
   * restricted to what the caller may read anyway; newest first, with the total, in two statements.
   */
  async newLetters(
    recipient: RecipientIdentity,
    visibility: LetterVisibility,
    limit: number,
  ): Promise<{ rows: LetterRow[]; total: number }> {
    if (!visibility.all && !visibility.unitIds.length) return { rows: [], total: 0 };
    if (!recipient.userId && !recipient.roleUnits.size) return { rows: [], total: 0 };
    const receives = or(
      recipient.userId ? arrayContains(mailboxes.recipientUserIds, [recipient.userId]) : undefined,
      ...[...recipient.roleUnits].map(([role, unitIds]) =>
        and(eq(mailboxes.recipientRole, role), inArray(mailboxes.unitId, [...unitIds])),
      ),
    ) as SQL;
    const where = and(
      eq(letters.status, "received"),
      receives,
      visibility.all ? undefined : touchesUnits(visibility.unitIds),
    );
    const [rows, [totalRow]] = await Promise.all([
      this.db
        .select({ letter: letters })
        .from(letters)
        .innerJoin(mailboxes, eq(mailboxes.id, letters.mailboxId))
        .where(where)
        .orderBy(desc(letters.createdAt), asc(letters.id))
        .limit(limit),
      this.db
        .select({ total: count() })
        .from(letters)
        .innerJoin(mailboxes, eq(mailboxes.id, letters.mailboxId))
        .where(where),
    ]);
    return { rows: rows.map((row) => row.letter), total: totalRow?.total ?? 0 };
  }
}
