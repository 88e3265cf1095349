// SQL for erasing a deleted citizen's personal data from what interaction holds (letters, solicitation
// submissions, notifications, knowledge entries). The letters and submissions stay (the public record: replies,
// ratings, adoption tags, knowledge entries); only what identifies the writer is removed — from what the writer
// wrote and from what the units wrote back (a reply greets the writer by name and may repeat the address).
import { maskPersonalData, type PersonalDataOptions } from "@jiyue/content-text";
import { and, eq, inArray, isNull, ne, or } from "drizzle-orm";
import { KnowledgeRepository } from "../knowledge/knowledge.repository";
import type { KnowledgeEntryRow } from "../knowledge/knowledge.sql";
import { unitTextMask, writerTextsOf } from "../letter/letter.privacy";
import { type Executor, LetterRepository } from "../letter/letter.repository";
import { type LetterActionRow, type LetterRow, letterActions, letters } from "../letter/letter.sql";
import { NotificationRepository } from "../notification/notification.repository";
import { solicitationSubmissions } from "../solicitation/solicitation.sql";

export interface AnonymisedCounts {
  letters: number;
  actions: number;
  submissions: number;
  notifications: number;
  /** Knowledge entries of the citizen's letters whose text changed (the caller announces them). */
  knowledgeEntries: KnowledgeEntryRow[];
}

/** What masks a letter's texts: the writer's names everywhere; in the units' texts their landlines stay. */
interface LetterMasks {
  writer: PersonalDataOptions;
  unit: PersonalDataOptions;
}

export class CitizenDataRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Locks the citizen's letters (so no step interleaves), clears the contact phone and masks what identifies the
   * writer — phone, ID and account numbers, plates, addresses and the writer's name as the timeline recorded it
   * (their name when submitting, and any later one) — in everything written on those letters: title, content,
   * rating comment, reply, draft reply, the information request and refusal, every timeline comment (the
   * citizen's own entries are renamed), the replies fanned out to letters merged into them, and their knowledge
   * entries. The units' office landlines stay unless the letter gives the same number as the writer's.
   */
  async anonymise(citizenId: string, displayName: string): Promise<AnonymisedCounts> {
    const rows = await this.db.select().from(letters).where(eq(letters.citizenId, citizenId)).for("update");
    const ids = rows.map((row) => row.id);
    const actions = ids.length > 0 ? await new LetterRepository(this.db).actionsOf(ids) : [];
    const own = (action: LetterActionRow) => action.actorKind === "citizen" && action.actorId === citizenId;
    // Every name the citizen went by on these letters (a renamed account signs later steps with the new one).
    const names = [
      ...new Set(
        actions
          .filter((action) => own(action) && action.actorName && action.actorName !== displayName)
          .map((action) => action.actorName),
      ),
    ];
    const masks = new Map<string, LetterMasks>();
    for (const row of rows)
      masks.set(row.id, {
        writer: { names },
        unit: unitTextMask(names, writerTextsOf(row, actions)),
      });
    for (const row of rows) {
      const { writer, unit } = masks.get(row.id) as LetterMasks;
      await this.db
        .update(letters)
        .set({
          title: maskPersonalData(row.title, writer),
          content: maskPersonalData(row.content, writer),
          ratingComment: maskPersonalData(row.ratingComment, writer),
          reply: maskPersonalData(row.reply, unit),
          draftReply: maskPersonalData(row.draftReply, unit),
          infoRequest: maskPersonalData(row.infoRequest, unit),
          notAcceptedReason: maskPersonalData(row.notAcceptedReason, unit),
          contactPhone: null,
          phoneVerified: false,
          updatedAt: new Date(),
        })
        .where(eq(letters.id, row.id));
    }
    let changedActions = 0;
    for (const action of actions) {
      const mask = masks.get(action.letterId) as LetterMasks;
      const mine = own(action);
      const comment = maskPersonalData(action.comment, mine ? mask.writer : mask.unit);
      if (!mine && comment === action.comment) continue;
      await this.db
        .update(letterActions)
        .set(mine ? { actorName: displayName, comment } : { comment })
        .where(eq(letterActions.id, action.id));
      changedActions += 1;
    }
    await this.maskFollowers(citizenId, rows, masks);
    const knowledgeEntries = await this.maskKnowledge(ids, masks);
    const submissions = await this.anonymiseSubmissions(citizenId);
    const notifications = await new NotificationRepository(this.db).deleteOfCitizen(citizenId);
    return { letters: rows.length, actions: changedActions, submissions, notifications, knowledgeEntries };
  }

  /** Letters of other writers merged into the citizen's: the reply fanned out to them was written to the citizen. */
  private async maskFollowers(
    citizenId: string,
    primaries: readonly LetterRow[],
    masks: ReadonlyMap<string, LetterMasks>,
  ): Promise<void> {
    if (primaries.length === 0) return;
    const followers = await this.db
      .select({ id: letters.id, mergedIntoId: letters.mergedIntoId, reply: letters.reply })
      .from(letters)
      .where(
        and(
          inArray(
            letters.mergedIntoId,
            primaries.map((row) => row.id),
          ),
          or(isNull(letters.citizenId), ne(letters.citizenId, citizenId)),
        ),
      )
      .for("update");
    for (const follower of followers) {
      const mask = follower.mergedIntoId ? masks.get(follower.mergedIntoId) : undefined;
      const reply = mask ? maskPersonalData(follower.reply, mask.unit) : follower.reply;
      if (reply === follower.reply) continue;
      await this.db.update(letters).set({ reply, updatedAt: new Date() }).where(eq(letters.id, follower.id));
    }
  }

  /** The knowledge entries of the letters, masked again now that the writer's names are known for sure. */
  private async maskKnowledge(
    letterIds: readonly string[],
    masks: ReadonlyMap<string, LetterMasks>,
  ): Promise<KnowledgeEntryRow[]> {
    const repository = new KnowledgeRepository(this.db);
    const changed: KnowledgeEntryRow[] = [];
    for (const letterId of letterIds) {
      const entry = await repository.lockByLetter(letterId);
      const mask = masks.get(letterId);
      if (!entry || !mask) continue;
      const text = {
        title: maskPersonalData(entry.title, mask.writer),
        question: maskPersonalData(entry.question, mask.writer),
        answer: maskPersonalData(entry.answer, mask.unit),
      };
      if (text.title === entry.title && text.question === entry.question && text.answer === entry.answer)
        continue;
      changed.push(await repository.update(entry.id, text));
    }
    return changed;
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
