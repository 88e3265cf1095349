// 合并办理: duplicates of a letter follow it (status merged, owned by the primary's unit) and get its reply,
// each published to its own writer, who rates it on their own letter. Who: dispatchers of every letter's
// mailbox unit, or handlers of the primary's owner unit. Unmerging is possible until the reply is published.
// Merging never shows one citizen another's letter: the link is visible to staff only.
import { maskPersonalData } from "@jiyue/content-text";
import {
  type Caller,
  can,
  conflict,
  forbidden,
  notFound,
  parseInput,
  unauthenticated,
} from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import { canReadLetter } from "./letter.access";
import type { LetterLoaders } from "./letter.loaders";
import { unitTextMask, writerTextsOf } from "./letter.privacy";
import { type Executor, LetterRepository } from "./letter.repository";
import type { LetterService } from "./letter.service";
import type { LetterRow, LetterStatus } from "./letter.sql";
import * as v from "./letter.validation";

/** Not yet answered and not waiting for the citizen: a duplicate may be merged from these states. */
export const MERGEABLE: readonly LetterStatus[] = ["received", "accepted", "handling"];
/** A primary is accepted and its reply not yet published. */
export const PRIMARY_OPEN: readonly LetterStatus[] = [
  "accepted",
  "handling",
  "awaiting_info",
  "reply_review",
  "reply_approved",
];

type Tx = Executor & Pick<InteractionDb, "execute">;
type Record = (
  tx: Tx,
  row: LetterRow,
  step: { action: string; event: string; unitId?: string | null; comment?: string | null },
) => Promise<void>;

export class LetterMergeService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly loaders: LetterLoaders,
    private readonly letters: LetterService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The primary a letter was merged into: staff who may see it only (a citizen never learns of it). */
  async mergedInto(row: LetterRow): Promise<LetterRow | null> {
    if (this.caller.kind !== "staff" || !row.mergedIntoId) return null;
    const primary = await this.loaders.letterById.load(row.mergedIntoId);
    if (!primary) return null;
    return canReadLetter(this.caller, primary, await this.loaders.unitsByLetter.load(primary.id))
      ? primary
      : null;
  }

  /** Letters merged into this one that the staff member may see; nobody else gets any. */
  async mergedLetters(row: LetterRow): Promise<LetterRow[]> {
    if (this.caller.kind !== "staff") return [];
    const merged = await this.loaders.mergedByPrimary.load(row.id);
    const units = await Promise.all(merged.map((letter) => this.loaders.unitsByLetter.load(letter.id)));
    return merged.filter((letter, i) => canReadLetter(this.caller, letter, units[i] ?? []));
  }

  async merge(rawPrimaryId: unknown, rawDuplicateIds: unknown, rawComment: unknown): Promise<LetterRow> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "staff") throw forbidden("仅限工作人员合并办理");
    const { primaryId, duplicateIds } = parseInput(v.mergeInput, {
      primaryId: rawPrimaryId,
      duplicateIds: rawDuplicateIds,
    });
    const comment = parseInput(v.comment, rawComment);
    const ids = [primaryId, ...duplicateIds];
    const now = this.now();
    const primary = await this.db.transaction(async (tx) => {
      const repository = new LetterRepository(tx);
      const locked = new Map((await repository.lockMany(ids)).map((row) => [row.id, row]));
      const units = await repository.unitsOf(ids);
      for (const id of ids) {
        const row = locked.get(id);
        if (
          !row ||
          !canReadLetter(
            this.caller,
            row,
            units.filter((unit) => unit.letterId === id),
          )
        )
          throw notFound("信件", id);
      }
      const primary = locked.get(primaryId) as LetterRow;
      const duplicates = duplicateIds.map((id) => locked.get(id) as LetterRow);
      this.authorize(primary, duplicates);
      if (!PRIMARY_OPEN.includes(primary.status))
        throw conflict(
          primary.status === "received"
            ? "主信件尚未受理，请先受理再合并办理"
            : "主信件已答复、办结或本身已并入其他信件，不能再并入信件",
          { reason: "INVALID_PRIMARY", status: primary.status },
        );
      for (const duplicate of duplicates) {
        if (!MERGEABLE.includes(duplicate.status))
          throw conflict(`信件「${duplicate.title}」已进入答复、办结或待补充材料等环节，不能并入`, {
            reason: "INVALID_TRANSITION",
            letterId: duplicate.id,
            status: duplicate.status,
          });
        if ((await repository.mergedInto([duplicate.id])).some((row) => row.status === "merged"))
          throw conflict(`信件「${duplicate.title}」已有并入的信件，请先取消那些合并`, {
            reason: "HAS_MERGED_LETTERS",
            letterId: duplicate.id,
          });
      }
      for (const duplicate of duplicates) {
        const changed = await repository.update(duplicate.id, duplicate.version, {
          status: "merged",
          mergedIntoId: primary.id,
          mergedFromStatus: duplicate.status,
          mergedFromOwnerUnitId: duplicate.ownerUnitId,
          ownerUnitId: primary.ownerUnitId,
        });
        if (!changed) throw conflict("信件已被他人处理，请刷新后重试");
        await this.letters.recordStep(
          tx,
          changed,
          {
            action: "merge",
            event: "merged",
            unitId: primary.ownerUnitId,
            comment: joined(`并入《${primary.title}》合并办理`, comment),
          },
          now,
        );
      }
      await this.letters.recordStep(
        tx,
        primary,
        {
          action: "merge_in",
          event: "merged_in",
          unitId: primary.ownerUnitId,
          comment: joined(
            `并入 ${duplicates.length} 封：${duplicates.map((row) => `《${row.title}》`).join("、")}`,
            comment,
          ),
        },
        now,
      );
      return primary;
    });
    this.forget(ids);
    return primary;
  }

  /** Takes a merged letter out again (before the reply): its status and unit before the merge come back. */
  async unmerge(rawId: unknown, rawComment: unknown): Promise<LetterRow> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "staff") throw forbidden("仅限工作人员取消合并");
    const id = parseInput(v.letterId, rawId);
    const comment = parseInput(v.comment, rawComment);
    const now = this.now();
    const { restored, primaryId } = await this.db.transaction(async (tx) => {
      const repository = new LetterRepository(tx);
      const [peek] = await repository.byIds([id]);
      const ids = peek?.mergedIntoId ? [id, peek.mergedIntoId] : [id];
      const locked = new Map((await repository.lockMany(ids)).map((row) => [row.id, row]));
      const row = locked.get(id);
      if (!row || !canReadLetter(this.caller, row, await repository.unitsOf([id])))
        throw notFound("信件", id);
      const primary = row.mergedIntoId ? locked.get(row.mergedIntoId) : undefined;
      if (row.status !== "merged" || !primary)
        throw conflict(row.mergedIntoId ? "主信件的答复已发布，不能再取消合并" : "该信件没有并入其他信件", {
          reason: "INVALID_TRANSITION",
          status: row.status,
        });
      this.authorize(primary, [row]);
      const changed = await repository.update(row.id, row.version, {
        status: row.mergedFromStatus ?? "accepted",
        ownerUnitId: row.mergedFromOwnerUnitId ?? row.mailboxUnitId,
        mergedIntoId: null,
        mergedFromStatus: null,
        mergedFromOwnerUnitId: null,
      });
      if (!changed) throw conflict("信件已被他人处理，请刷新后重试");
      await this.letters.recordStep(
        tx,
        changed,
        {
          action: "unmerge",
          event: "unmerged",
          unitId: changed.ownerUnitId,
          comment: joined(`从《${primary.title}》取消合并`, comment),
        },
        now,
      );
      await this.letters.recordStep(
        tx,
        primary,
        {
          action: "unmerge_out",
          event: "merge_removed",
          unitId: primary.ownerUnitId,
          comment: joined(`《${row.title}》已取消合并`, comment),
        },
        now,
      );
      return { restored: changed, primaryId: primary.id };
    });
    this.forget([id, primaryId]);
    return restored;
  }

  /** The primary's handlers, or dispatchers of every involved letter's mailbox unit. */
  private authorize(primary: LetterRow, duplicates: readonly LetterRow[]): void {
    const may = (action: "letter.handle" | "letter.dispatch", unitId: string) =>
      can(this.caller, action, { kind: "unit", unitId });
    if (may("letter.handle", primary.ownerUnitId)) return;
    if ([primary, ...duplicates].every((row) => may("letter.dispatch", row.mailboxUnitId))) return;
    throw forbidden("只有相关信箱的分办人员或主信件的承办人员可以合并办理");
  }

  private forget(ids: readonly string[]): void {
    for (const id of ids) {
      this.loaders.letterById.clear(id);
      this.loaders.unitsByLetter.clear(id);
      this.loaders.actionsByLetter.clear(id);
      this.loaders.mergedByPrimary.clear(id);
    }
  }
}

/** After a transfer of the primary, the letters following it belong to its new unit too. */
export async function followPrimaryOwner(tx: Tx, primary: LetterRow): Promise<void> {
  const repository = new LetterRepository(tx);
  for (const follower of await repository.lockFollowers(primary.id))
    await repository.update(follower.id, follower.version, { ownerUnitId: primary.ownerUnitId });
}

/**
 * The primary's published reply, published on every letter that follows it, each to its own writer. It was
 * written to the primary's writer: their name, phone and address are masked for the others (the unit's office
 * numbers stay).
 */
export async function fanOutReply(tx: Tx, primary: LetterRow, now: Date, record: Record): Promise<void> {
  const repository = new LetterRepository(tx);
  const followers = await repository.lockFollowers(primary.id);
  if (followers.length === 0) return;
  const names = [await repository.writerNameOf(primary)];
  const writerTexts = writerTextsOf(primary, await repository.actionsOf([primary.id]));
  const reply = maskPersonalData(primary.reply, unitTextMask(names, writerTexts));
  for (const follower of followers) {
    const changed = await repository.update(follower.id, follower.version, {
      status: "replied",
      reply,
      repliedAt: now,
      ownerUnitId: primary.ownerUnitId,
      mergedFromStatus: null,
      mergedFromOwnerUnitId: null,
    });
    if (!changed) throw conflict("合并办理的信件已被他人处理，请刷新后重试");
    await record(tx, changed, {
      action: "publish_reply",
      event: "reply_published",
      unitId: primary.ownerUnitId,
    });
  }
}

function joined(text: string, comment: string | null | undefined): string {
  return comment ? `${text}；${comment}` : text;
}
