// The knowledge base (智库): public reading, search and suggestions over published entries only; curated Q&A
// kept by units (knowledge.manage in the entry's unit or site), refused or masked when it holds personal data;
// "was this helpful" votes (one per visitor and entry, rate-limited per address); similar past replies for staff
// drafting a reply to a letter they may read. Entries from letters are written by knowledge.letters.ts.
import { createHash } from "node:crypto";
import { extractKeywords, findPersonalData, maskPersonalData, searchQueryTokens } from "@jiyue/content-text";
import {
  actorOf,
  badInput,
  type Caller,
  can,
  conflict,
  type DirectoryLoaders,
  forbidden,
  isUuid,
  notFound,
  parseInput,
  type RequestInfo,
  type Scope,
  tooManyRequests,
  unauthenticated,
} from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import { PERSONAL_DATA_LABEL } from "../letter/letter.privacy";
import type { LetterService } from "../letter/letter.service";
import { emitKnowledgeEvent } from "./knowledge.letters";
import type { KnowledgeLoaders } from "./knowledge.loaders";
import { KnowledgeRepository } from "./knowledge.repository";
import type { KnowledgeEntryRow } from "./knowledge.sql";
import * as v from "./knowledge.validation";

/** Votes one address may cast within the window. */
export const VOTE_MAX_PER_ADDRESS = 30;
export const VOTE_WINDOW_MS = 10 * 60_000;

export interface SimilarReplyView {
  entry: KnowledgeEntryRow;
  score: number;
}

export class KnowledgeService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: KnowledgeLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly letters: Pick<LetterService, "byId">,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ── public reading ───────────────────────────────────────────────────────────────────────────────

  /** A published entry; staff who manage its unit also see it withdrawn. Anything else does not exist. */
  async byId(id: string): Promise<KnowledgeEntryRow | null> {
    const row = isUuid(id) ? await this.loaders.knowledgeEntryById.load(id) : undefined;
    if (!row) return null;
    if (row.status === "published" || this.canManage(row)) return row;
    return null;
  }

  async list(raw: unknown): Promise<{ nodes: KnowledgeEntryRow[]; totalCount: number }> {
    const input = parseInput(v.listInput, raw);
    if ((input.siteId && !isUuid(input.siteId)) || (input.unitId && !isUuid(input.unitId)))
      return { nodes: [], totalCount: 0 };
    const query = input.search ?? "";
    // Withdrawn entries only for staff listing a unit they manage.
    const includeWithdrawn = !!input.unitId && can(this.caller, "knowledge.manage", unit(input.unitId));
    const { rows, total } = await new KnowledgeRepository(this.db).search(
      {
        tokens: searchQueryTokens(query),
        phrase: query || null,
        category: input.category,
        siteId: input.siteId,
        unitIds: input.unitId ? [input.unitId] : null,
        includeWithdrawn,
      },
      input.offset,
      input.first,
    );
    this.prime(rows);
    return { nodes: rows, totalCount: total };
  }

  categories(siteId: string | null | undefined): Promise<{ category: string; count: number }[]> {
    if (siteId && !isUuid(siteId)) return Promise.resolve([]);
    return new KnowledgeRepository(this.db).categories({ tokens: [], phrase: null, siteId });
  }

  /** Answered questions like the text a citizen is typing (at least two of its keywords, or its only one). */
  async suggestions(rawText: unknown, rawFirst: unknown): Promise<KnowledgeEntryRow[]> {
    const input = parseInput(v.suggestionInput, { text: rawText, first: rawFirst ?? undefined });
    const matches = await this.similar(input.text, input.first, null);
    return matches.map((match) => match.entry);
  }

  /** Past replies to similar letters, for staff drafting a reply to a letter they may read. */
  async similarReplies(letterId: string, rawFirst: unknown): Promise<SimilarReplyView[]> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "staff") throw forbidden("仅限工作人员查看");
    const first = parseInput(v.suggestionInput.shape.first, rawFirst ?? undefined);
    const letter = await this.letters.byId(letterId);
    return this.similar(`${letter.title}\n${letter.content}`, first, letter.id);
  }

  private async similar(
    text: string,
    first: number,
    excludeLetterId: string | null,
  ): Promise<SimilarReplyView[]> {
    const keywords = extractKeywords(text, 8);
    if (keywords.length === 0) return [];
    const rows = await new KnowledgeRepository(this.db).matching(
      keywords,
      Math.min(2, keywords.length),
      first,
      { excludeLetterId },
    );
    this.prime(rows.map((row) => row.entry));
    return rows.map((row) => ({ entry: row.entry, score: row.matched / keywords.length }));
  }

  // ── curated entries ──────────────────────────────────────────────────────────────────────────────

  async create(raw: unknown): Promise<KnowledgeEntryRow> {
    const input = parseInput(v.entryInput, raw);
    await this.requireManage(input.unitId, input.siteId ?? null);
    const text = this.cleanText(input);
    const entry = await this.db.transaction(async (tx) => {
      const created = await new KnowledgeRepository(tx).insert({
        ...text,
        source: "curated",
        unitId: input.unitId,
        siteId: input.siteId ?? null,
        category: input.category || null,
        answeredAt: this.now(),
        createdById: this.caller.kind === "staff" ? this.caller.userId : null,
      });
      await emitKnowledgeEvent(tx, "entry_published", created, actorOf(this.caller, this.request));
      return created;
    });
    this.loaders.knowledgeEntryById.prime(entry.id, entry);
    return entry;
  }

  async update(id: string, raw: unknown): Promise<KnowledgeEntryRow> {
    const input = parseInput(v.entryInput, raw);
    const entry = await this.db.transaction(async (tx) => {
      const repository = new KnowledgeRepository(tx);
      const row = isUuid(id) ? await repository.lock(id) : undefined;
      if (!row || !(row.status === "published" || this.canManage(row))) throw notFound("智库条目", id);
      await this.requireManage(row.unitId, row.siteId);
      if (row.source === "letter")
        throw conflict("信件答复转入的条目随信件更新，不能直接修改", { reason: "LETTER_ENTRY" });
      await this.requireManage(input.unitId, input.siteId ?? null);
      const updated = await repository.update(row.id, {
        ...this.cleanText(input),
        unitId: input.unitId,
        siteId: input.siteId ?? null,
        category: input.category || null,
      });
      await emitKnowledgeEvent(tx, "entry_updated", updated, actorOf(this.caller, this.request));
      return updated;
    });
    this.loaders.knowledgeEntryById.clear(id).prime(id, entry);
    return entry;
  }

  /** Curated entries are deleted; an entry from a letter is withdrawn (re-publishing the reply brings it back). */
  async remove(id: string): Promise<string> {
    await this.db.transaction(async (tx) => {
      const repository = new KnowledgeRepository(tx);
      const row = isUuid(id) ? await repository.lock(id) : undefined;
      if (!row || !(row.status === "published" || this.canManage(row))) throw notFound("智库条目", id);
      await this.requireManage(row.unitId, row.siteId);
      const actor = actorOf(this.caller, this.request);
      if (row.source === "letter") {
        if (row.status === "published")
          await emitKnowledgeEvent(
            tx,
            "entry_removed",
            await repository.setStatus(row.id, "withdrawn"),
            actor,
          );
        return;
      }
      await repository.delete(row.id);
      if (row.status === "published") await emitKnowledgeEvent(tx, "entry_removed", row, actor);
    });
    this.loaders.knowledgeEntryById.clear(id);
    return id;
  }

  // ── votes ────────────────────────────────────────────────────────────────────────────────────────

  /**
   * "Was this helpful": a signed-in citizen votes as themself, anyone else as the visitor id the portal keeps in a
   * cookie (or, without one, as their address). Voting again replaces the visitor's earlier vote.
   */
  async vote(id: string, helpful: boolean, rawVisitorId: unknown): Promise<KnowledgeEntryRow> {
    const visitorId = parseInput(v.visitorId, rawVisitorId);
    const address = this.request.ip ?? "unknown";
    const addressKey = hash(`address:${address}`);
    const voterKey =
      this.caller.kind === "citizen"
        ? `citizen:${this.caller.citizenId}`
        : visitorId
          ? `visitor:${hash(visitorId)}`
          : `address:${addressKey}`;
    const since = new Date(this.now().getTime() - VOTE_WINDOW_MS);
    const entry = await this.db.transaction(async (tx) => {
      const repository = new KnowledgeRepository(tx);
      const row = isUuid(id) ? await repository.lock(id) : undefined;
      if (row?.status !== "published") throw notFound("智库条目", id);
      const previous = await repository.vote(row.id, voterKey);
      if (previous?.helpful === helpful) return row;
      if ((await repository.votesFromAddress(addressKey, since)) >= VOTE_MAX_PER_ADDRESS)
        throw tooManyRequests("操作过于频繁，请稍后再试", VOTE_WINDOW_MS / 1000);
      await repository.recordVote({ entryId: row.id, voterKey, addressKey, helpful }, previous);
      const delta = previous ? -1 : 0;
      return repository.addCounts(row.id, helpful ? 1 : delta, helpful ? delta : 1);
    });
    this.loaders.knowledgeEntryById.clear(id).prime(id, entry);
    return entry;
  }

  // ── fields ───────────────────────────────────────────────────────────────────────────────────────

  /** The source letter's id only for staff managing the entry's unit. */
  letterIdOf(row: KnowledgeEntryRow): string | null {
    return this.canManage(row) ? row.letterId : null;
  }

  canManage(row: Pick<KnowledgeEntryRow, "unitId" | "siteId">): boolean {
    const scope: Scope = row.siteId
      ? { kind: "site", siteId: row.siteId, unitId: row.unitId }
      : unit(row.unitId);
    return can(this.caller, "knowledge.manage", scope);
  }

  // ── machinery ────────────────────────────────────────────────────────────────────────────────────

  private cleanText(input: v.EntryInput): { title: string; question: string; answer: string } {
    const text = { title: input.title, question: input.question, answer: input.answer };
    // An answer may give the unit's own office number (咨询电话 0731-…); a personal mobile may not.
    const options = (field: keyof typeof text) => (field === "answer" ? { keep: ["landline" as const] } : {});
    if (input.stripPersonalData)
      return {
        title: maskPersonalData(text.title),
        question: maskPersonalData(text.question),
        answer: maskPersonalData(text.answer, options("answer")),
      };
    for (const field of ["title", "question", "answer"] as const) {
      const [found] = findPersonalData(text[field], options(field));
      if (found)
        throw badInput(
          `内容含有个人信息（${PERSONAL_DATA_LABEL[found.kind]}），请删除或选择自动隐去后再保存`,
          {
            fields: [{ path: field, message: `含有${PERSONAL_DATA_LABEL[found.kind]}` }],
            reason: "PERSONAL_DATA",
          },
        );
    }
    return text;
  }

  private async requireManage(unitId: string, siteId: string | null): Promise<void> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    let scope: Scope = unit(unitId);
    if (siteId) {
      const site = await this.directory.siteScope(siteId);
      if (site?.kind !== "site" || site.unitId !== unitId)
        throw badInput("站点不属于该单位", { fields: [{ path: "siteId" }] });
      scope = site;
    }
    if (!can(this.caller, "knowledge.manage", scope)) throw forbidden();
  }

  private prime(rows: readonly KnowledgeEntryRow[]): void {
    for (const row of rows) this.loaders.knowledgeEntryById.prime(row.id, row);
  }
}

function unit(unitId: string): Scope {
  return { kind: "unit", unitId };
}

function hash(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
