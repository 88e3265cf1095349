// Keeps the knowledge entry of an answered letter in step with the letter, inside the letter's own transaction:
// a published reply to a letter the citizen allowed to publish becomes (or updates) an entry, masked of personal
// data; rework withdraws it until the new reply is published. Nothing of a private letter ever gets here.
import { maskPersonalData } from "@jiyue/content-text";
import { type EventActor, emitEvent, type SqlExecutor } from "@jiyue/server-kit";
import type { LetterRow } from "../letter/letter.sql";
import { type Executor, KnowledgeRepository } from "./knowledge.repository";
import type { KnowledgeEntryRow } from "./knowledge.sql";

const ANSWERED = new Set<LetterRow["status"]>(["replied", "rated", "closed"]);

export type KnowledgeEventType = "entry_published" | "entry_updated" | "entry_removed";

export function isPublishableAnswer(letter: LetterRow): letter is LetterRow & { reply: string } {
  // A letter answered through 合并办理 repeats its primary's answer: the primary alone is the entry.
  return letter.publishable && !!letter.reply && ANSWERED.has(letter.status) && !letter.mergedIntoId;
}

/** The masked question and answer of a letter, as the knowledge base shows them. */
export function letterEntryText(letter: LetterRow & { reply: string }) {
  return {
    title: maskPersonalData(letter.title),
    question: maskPersonalData(letter.content),
    answer: maskPersonalData(letter.reply),
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
  const values = {
    ...letterEntryText(letter),
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
