// Keeps the knowledge entry of an answered letter in step with the letter, inside the letter's own transaction:
// the answer of a letter the citizen allowed to publish becomes (or updates) an entry, masked of personal data,
// once it is settled — the citizen rated it 满意 or 基本满意, or the dispatcher closed the letter. A reply the
// citizen has not rated yet, or rated 不满意 (it may go back for rework), is not the unit's final answer and
// stays out; a letter sent back for rework leaves. Nothing of a private letter ever gets here.
import { maskPersonalData } from "@jiyue/content-text";
import { type EventActor, emitEvent, type SqlExecutor } from "@jiyue/server-kit";
import { unitTextMask, writerTextsOf } from "../letter/letter.privacy";
import { LetterRepository } from "../letter/letter.repository";
import type { LetterRow } from "../letter/letter.sql";
import { type Executor, KnowledgeRepository } from "./knowledge.repository";
import type { KnowledgeEntryRow } from "./knowledge.sql";

export type KnowledgeEventType = "entry_published" | "entry_updated" | "entry_removed";

/** Answered for good: closed, or rated without 不满意 (only a 不满意 rating can send a reply back for rework). */
function isSettled(letter: LetterRow): boolean {
  if (letter.status === "closed") return true;
  return letter.status === "rated" && !!letter.rating && letter.rating !== "unsatisfied";
}

export function isPublishableAnswer(letter: LetterRow): letter is LetterRow & { reply: string } {
  // A letter answered through 合并办理 repeats its primary's answer: the primary alone is the entry.
  return letter.publishable && !!letter.reply && isSettled(letter) && !letter.mergedIntoId;
}

/**
 * The question and answer of a letter as the knowledge base shows them: what identifies the writer is masked —
 * phone and ID numbers, accounts, plates, the address, the writer's name (their account name where known, and
 * salutations). The reply is the unit's own text: its office and hotline numbers (023-67891234, 12345) stay for
 * readers to call, unless the letter gives the same number as the writer's (`writerTexts`: title, content,
 * contact phone, supplied information — see writerTextsOf).
 */
export function letterEntryText(
  letter: LetterRow & { reply: string },
  writerName: string | null = null,
  writerTexts: readonly string[] = [letter.title, letter.content],
) {
  const names = [writerName];
  return {
    title: maskPersonalData(letter.title, { names }),
    question: maskPersonalData(letter.content, { names }),
    answer: maskPersonalData(letter.reply, unitTextMask(names, writerTexts)),
  };
}

export async function emitKnowledgeEvent(
  tx: SqlExecutor,
  type: KnowledgeEventType,
  entry: KnowledgeEntryRow,
  actor: EventActor,
): Promise<void> {
  await emitEvent(tx, "interaction", {
    type: `knowledge.${type}`,
    aggregateType: "knowledge_entry",
    aggregateId: entry.id,
    siteId: entry.siteId,
    unitId: entry.unitId,
    payload: {
      entry: {
        id: entry.id,
        source: entry.source,
        siteId: entry.siteId,
        unitId: entry.unitId,
        category: entry.category,
      },
    },
    actor,
  });
}

/** Call after every change of a letter's status or reply (same transaction); idempotent. */
export async function syncLetterKnowledge(
  tx: Executor & SqlExecutor,
  letter: LetterRow,
  actor: EventActor,
): Promise<void> {
  const repository = new KnowledgeRepository(tx);
  const existing = await repository.lockByLetter(letter.id);
  if (!isPublishableAnswer(letter)) {
    if (existing?.status === "published")
      await emitKnowledgeEvent(
        tx,
        "entry_removed",
        await repository.setStatus(existing.id, "withdrawn"),
        actor,
      );
    return;
  }
  const letters = new LetterRepository(tx);
  const writerTexts = writerTextsOf(letter, await letters.actionsOf([letter.id]));
  const values = {
    ...letterEntryText(letter, await letters.writerNameOf(letter), writerTexts),
    unitId: letter.ownerUnitId,
    siteId: letter.siteId,
    category: letter.category,
    answeredAt: letter.repliedAt ?? new Date(),
    status: "published" as const,
  };
  if (!existing) {
    const entry = await repository.insert({ ...values, source: "letter", letterId: letter.id });
    await emitKnowledgeEvent(tx, "entry_published", entry, actor);
    return;
  }
  const same =
    existing.status === "published" &&
    existing.title === values.title &&
    existing.question === values.question &&
    existing.answer === values.answer &&
    existing.unitId === values.unitId &&
    existing.category === values.category;
  if (same) return;
  const entry = await repository.update(existing.id, values);
  await emitKnowledgeEvent(
    tx,
    existing.status === "published" ? "entry_updated" : "entry_published",
    entry,
    actor,
  );
}
