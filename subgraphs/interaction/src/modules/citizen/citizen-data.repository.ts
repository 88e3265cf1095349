// SQL for erasing a deleted citizen's personal data from what interaction holds (letters, solicitation
// submissions, notifications). The letters and submissions stay (the public record: replies, ratings,
// adoption tags, knowledge entries); only what identifies the writer is removed.
import { maskPersonalData } from "@jiyue/content-text";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../letter/letter.repository";
import { letterActions, letters } from "../letter/letter.sql";
import { NotificationRepository } from "../notification/notification.repository";
import { solicitationSubmissions } from "../solicitation/solicitation.sql";

export interface AnonymisedCounts {
  letters: number;
  actions: number;
  submissions: number;
  notifications: number;
}

export class CitizenDataRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Locks the citizen's letters (so no step interleaves), clears the contact phone, masks phone numbers, ID
   * numbers and addresses in what the citizen wrote (title, content, rating comment, supplied information)
   * and renames the citizen's own timeline entries. Returns how many rows changed.
   */
  async anonymise(citizenId: string, displayName: string): Promise<AnonymisedCounts> {
    const rows = await this.db
      .select({
        id: letters.id,
        title: letters.title,
        content: letters.content,
        ratingComment: letters.ratingComment,
      })
      .from(letters)
      .where(eq(letters.citizenId, citizenId))
      .for("update");
    for (const row of rows) {
      await this.db
        .update(letters)
        .set({
          title: maskPersonalData(row.title),
          content: maskPersonalData(row.content),
          ratingComment: maskPersonalData(row.ratingComment),
          contactPhone: null,
          phoneVerified: false,
          updatedAt: new Date(),
        })
        .where(eq(letters.id, row.id));
    }
    let actions = 0;
    if (rows.length > 0) {
      const own = await this.db
        .select({ id: letterActions.id, comment: letterActions.comment })
        .from(letterActions)
        .where(
          and(
            inArray(
              letterActions.letterId,
              rows.map((row) => row.id),
            ),
            eq(letterActions.actorKind, "citizen"),
            eq(letterActions.actorId, citizenId),
          ),
        );
      for (const action of own) {
        await this.db
          .update(letterActions)
          .set({ actorName: displayName, comment: maskPersonalData(action.comment) })
          .where(eq(letterActions.id, action.id));
      }
      actions = own.length;
    }
    const submissions = await this.anonymiseSubmissions(citizenId);
    const notifications = await new NotificationRepository(this.db).deleteOfCitizen(citizenId);
    return { letters: rows.length, actions, submissions, notifications };
  }

  /** Solicitation submissions keep their answers (masked) and adoption tags; name, phone and address go. */
  private async anonymiseSubmissions(citizenId: string): Promise<number> {
    const rows = await this.db
      .select({ id: solicitationSubmissions.id, answers: solicitationSubmissions.answers })
      .from(solicitationSubmissions)
      .where(eq(solicitationSubmissions.citizenId, citizenId))
      .for("update");
    for (const row of rows) {
      await this.db
        .update(solicitationSubmissions)
        .set({
          contactName: null,
          contactPhone: null,
          address: null,
          answers: row.answers.map((answer) => ({ ...answer, text: maskPersonalData(answer.text) })),
          updatedAt: new Date(),
        })
        .where(eq(solicitationSubmissions.id, row.id));
    }
    return rows.length;
  }
}
