// Mailboxes: who may manage them (mailbox.manage in the unit's or the site's scope), who may see them, and
// their events.
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  can,
  conflict,
  type DirectoryLoaders,
  type EventActor,
  emitEvent,
  isUuid,
  notFound,
  parseInput,
  type RequestInfo,
  type Scope,
  type UnitSnapshot,
} from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import type { MailboxLoaders } from "./mailbox.loaders";
import { MailboxRepository } from "./mailbox.repository";
import type { MailboxRow } from "./mailbox.sql";
import { createMailboxInput, updateMailboxInput } from "./mailbox.validation";

export class MailboxService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: MailboxLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  /** A mailbox as the caller may see it: public ones for everyone, the others for those who manage them. */
  async byId(id: string): Promise<MailboxRow | null> {
    const row = await this.loaders.mailboxById.load(id);
    if (!row) return null;
    if (row.isPublic) return row;
    const scope = await this.scopeOf(row);
    return scope && can(this.caller, "mailbox.manage", scope) ? row : null;
  }

  async oneWindow(): Promise<MailboxRow | null> {
    return (await new MailboxRepository(this.db).oneWindow()) ?? null;
  }

  /**
   * All of a unit's mailboxes for its managers. Only a unit-wide (or city-wide) grant opens the list: it
   * includes mailboxes shown on every site, which a site-scoped grant does not cover.
   */
  async forUnit(unitId: string): Promise<MailboxRow[]> {
    assertCan(this.caller, "mailbox.manage", { kind: "unit", unitId });
    // Checked after the permission so that callers without it learn nothing, not even about the id's shape.
    if (!isUuid(unitId)) throw badInput("单位标识不正确", { fields: [{ path: "unitId" }] });
    return new MailboxRepository(this.db).forUnit(unitId);
  }

  publicForSite(siteId: string): Promise<MailboxRow[]> {
    return this.loaders.publicMailboxesBySite.load(siteId);
  }

  async create(rawInput: unknown): Promise<MailboxRow> {
    const input = parseInput(createMailboxInput, rawInput);
    let scope: Scope;
    if (input.siteId) {
      const siteScope = await this.directory.siteScope(input.siteId);
      if (siteScope?.kind !== "site") throw notFound("站点", input.siteId);
      if (siteScope.unitId !== input.unitId)
        throw badInput("站点不属于该单位", { fields: [{ path: "siteId" }] });
      scope = siteScope;
    } else {
      if (!(await this.loaders.unitRefById.load(input.unitId))) throw notFound("单位", input.unitId);
      scope = { kind: "unit", unitId: input.unitId };
    }
    assertCan(this.caller, "mailbox.manage", scope);
    return this.db.transaction(async (tx) => {
      const row = await new MailboxRepository(tx).insert({
        unitId: input.unitId,
        siteId: input.siteId ?? null,
        name: input.name,
        description: input.description ?? null,
        kind: input.kind,
        isPublic: input.isPublic,
        sortOrder: input.sortOrder,
        letterKind: input.letterKind ?? letterKindOf(input.kind),
        deadlineWorkdays: input.deadlineWorkdays,
        maxReworks: input.maxReworks,
        recipientUserIds: input.recipientUserIds,
        recipientRole: input.recipientRole === undefined ? "letter_dispatcher" : input.recipientRole,
        allowAnonymous: input.allowAnonymous,
      });
      await emitEvent(
        tx,
        "interaction",
        mailboxEvent("mailbox.created", row, actorOf(this.caller, this.request)),
      );
      return row;
    });
  }

  async update(id: string, rawInput: unknown): Promise<MailboxRow> {
    const input = parseInput(updateMailboxInput, rawInput);
    const existing = await this.requireManageable(id);
    return this.db.transaction(async (tx) => {
      const row = await new MailboxRepository(tx).update(id, {
        name: input.name,
        description: input.description,
        kind: input.kind,
        isPublic: input.isPublic,
        sortOrder: input.sortOrder,
        letterKind: input.letterKind,
        deadlineWorkdays: input.deadlineWorkdays,
        maxReworks: input.maxReworks,
        recipientUserIds: input.recipientUserIds,
        recipientRole: input.recipientRole,
        allowAnonymous: input.allowAnonymous,
      });
      if (!row) throw notFound("信箱", id);
      await emitEvent(
        tx,
        "interaction",
        mailboxEvent("mailbox.updated", row, actorOf(this.caller, this.request), existing),
      );
      return row;
    });
  }

  async delete(id: string): Promise<boolean> {
    const existing = await this.requireManageable(id);
    // The portal's 统一窗口 page and every letter (Letter.mailbox is non-null) need their mailbox to exist;
    // a mailbox no longer in use is hidden by making it non-public instead.
    if (existing.isOneWindow) throw conflict("统一窗口信箱不能删除", { reason: "ONE_WINDOW" });
    await this.db.transaction(async (tx) => {
      const repository = new MailboxRepository(tx);
      if (await repository.hasLetters(id))
        throw conflict("该信箱已有信件，不能删除；不再使用时可设为不公开", { reason: "HAS_LETTERS" });
      await repository.delete(id);
      await emitEvent(
        tx,
        "interaction",
        mailboxEvent("mailbox.deleted", existing, actorOf(this.caller, this.request)),
      );
    });
    return true;
  }

  private async requireManageable(id: string): Promise<MailboxRow> {
    const existing = await this.loaders.mailboxById.load(id);
    if (!existing) throw notFound("信箱", id);
    const scope = await this.scopeOf(existing);
    if (!scope) throw notFound("站点", existing.siteId ?? undefined);
    assertCan(this.caller, "mailbox.manage", scope);
    return existing;
  }

  private async scopeOf(row: MailboxRow): Promise<Scope | null> {
    if (!row.siteId) return { kind: "unit", unitId: row.unitId };
    return this.directory.siteScope(row.siteId);
  }
}

/** The handling kind a mailbox of a display kind gets unless set. */
function letterKindOf(kind: MailboxRow["kind"]): MailboxRow["letterKind"] {
  return kind === "complaint" ? "complaint" : "consultation";
}

/** `previous` (on mailbox.updated) lets consumers see a change of visibility without keeping state. */
function mailboxEvent(type: string, row: MailboxRow, actor: EventActor, previous?: MailboxRow) {
  return {
    type,
    aggregateType: "mailbox",
    aggregateId: row.id,
    siteId: row.siteId,
    unitId: row.unitId,
    payload: {
      mailbox: {
        id: row.id,
        unitId: row.unitId,
        siteId: row.siteId,
        name: row.name,
        kind: row.kind,
        letterKind: row.letterKind,
        deadlineWorkdays: row.deadlineWorkdays,
        isOneWindow: row.isOneWindow,
        isPublic: row.isPublic,
      },
      ...(previous ? { previous: { isPublic: previous.isPublic } } : {}),
    },
    actor,
  };
}

/** A new unit gets its default mailbox "<单位名>信箱" (reacting to identity's unit.created); idempotent. */
export async function createDefaultMailbox(
  tx: Pick<InteractionDb, "select" | "insert" | "update" | "delete" | "execute">,
  unit: Pick<UnitSnapshot, "id" | "name"> & Partial<Pick<UnitSnapshot, "parentId" | "kind">>,
): Promise<MailboxRow | undefined> {
  const row = await new MailboxRepository(tx).insertDefault({
    unitId: unit.id,
    siteId: null,
    name: `${unit.name}信箱`,
    kind: "general",
    isPublic: true,
  });
  if (row)
    await emitEvent(
      tx,
      "interaction",
      mailboxEvent("mailbox.created", row, { kind: "system", id: null, name: "默认信箱" }),
    );
  if (!unit.parentId && unit.kind === "party_committee") await createOneWindowMailbox(tx, unit);
  return row;
}

/**
 * The city's 统一窗口 mailbox, owned by the first top-level party committee unit (the city party committee's
 * office in the demo city); at most one exists (partial unique index), so this is idempotent.
 */
export async function createOneWindowMailbox(
  tx: Pick<InteractionDb, "select" | "insert" | "update" | "delete" | "execute">,
  unit: Pick<UnitSnapshot, "id">,
): Promise<MailboxRow | undefined> {
  const row = await new MailboxRepository(tx).insertOneWindow({
    unitId: unit.id,
    siteId: null,
    name: "统一窗口",
    description: "不清楚由哪个单位办理时，请写信到这里，由市级统一分办。",
    kind: "general",
    letterKind: "consultation",
    isPublic: true,
    sortOrder: 0,
  });
  if (row)
    await emitEvent(
      tx,
      "interaction",
      mailboxEvent("mailbox.created", row, { kind: "system", id: null, name: "统一窗口" }),
    );
  return row;
}
