// Letters: submission (idempotent, with a query code), the handling state machine with its permissions
// (letter.dispatch in the mailbox's unit, letter.handle / letter.reply_review in the owner unit), the
// timeline and letter.* events in the same transaction, deadlines on the official calendar, and the text
// check at submission (block-level findings hold the letter for a dispatcher's look; it is never rejected).
// A reply that repeats the writer's personal data is refused when drafted, approved or published
// (letter.privacy.ts).
import { createHash, createHmac, randomUUID } from "node:crypto";
import {
  type Action,
  actorOf,
  badInput,
  type Caller,
  can,
  conflict,
  type DirectoryLoaders,
  type EventActor,
  emitEvent,
  forbidden,
  notFound,
  parseInput,
  type RequestInfo,
  tooManyRequests,
  unauthenticated,
} from "@jiyue/server-kit";
import { type LexiconCache, runCheck } from "@jiyue/textcheck/runtime";
import type { InteractionDb } from "../../context";
import type { AttachmentService } from "../attachment/attachment.service";
import type { CalendarService } from "../calendar/calendar.service";
import {
  addWorkdays,
  chinaDate,
  computeDeadline,
  nextDay,
  type Pause,
  remainingWorkdays,
} from "../calendar/workdays";
import { syncLetterKnowledge } from "../knowledge/knowledge.letters";
import type { MailboxLoaders } from "../mailbox/mailbox.loaders";
import type { MailboxRow } from "../mailbox/mailbox.sql";
import { notifyCitizenOfLetterStep } from "../notification/notification.service";
import type { RoutingService } from "../routing/routing.service";
import { checkLimits, type Limit, limitFromEnv, takeLimits } from "../verification/rate-limit";
import type { VerificationService } from "../verification/verification.service";
import { canReadLetter, letterVisibility, seesFullLetter } from "./letter.access";
import type { LetterLoaders } from "./letter.loaders";
import { fanOutReply, followPrimaryOwner } from "./letter.merge";
import { assertReplyKeepsWriterData, writerTextsOf } from "./letter.privacy";
import { type Executor, LetterRepository } from "./letter.repository";
import type {
  LetterActionRow,
  LetterCheckResult,
  LetterPause,
  LetterRow,
  LetterStatus,
  LetterUnitRow,
  NewLetterRow,
} from "./letter.sql";
import * as v from "./letter.validation";

/** Failed query-code lookups allowed per address within the window before lookups are refused. */
export const QUERY_CODE_MAX_FAILURES = 10;
export const QUERY_CODE_WINDOW_MS = 15 * 60_000;

/**
 * Letters allowed per hour: per signed-in citizen (JIYUE_LETTERS_PER_CITIZEN, default 5) and per address
 * (JIYUE_LETTERS_PER_ADDRESS, default 10); 0 means no limit. Read at each submission.
 */
export function letterSubmitLimits(): { perCitizen: number; perAddress: number; windowMs: number } {
  return {
    perCitizen: limitFromEnv("JIYUE_LETTERS_PER_CITIZEN", 5),
    perAddress: limitFromEnv("JIYUE_LETTERS_PER_ADDRESS", 10),
    windowMs: 3600_000,
  };
}

const STATUS_LABEL: Record<LetterStatus, string> = {
  received: "待分办",
  not_accepted: "不予受理",
  accepted: "已受理",
  handling: "办理中",
  awaiting_info: "待补充材料",
  reply_review: "答复待审核",
  reply_approved: "答复待发布",
  replied: "已答复",
  rated: "已评价",
  closed: "已办结",
  merged: "已合并办理",
};

/** Timeline actions whose comment and actor only staff see (internal routing and review). */
const INTERNAL_ACTIONS = new Set([
  "assign",
  "transfer",
  "co_handle",
  "draft_reply",
  "approve_reply",
  "reject_reply",
  "rework",
  "supervise",
  "remind",
  "merge",
  "merge_in",
  "unmerge",
  "unmerge_out",
]);

/** Timeline actions a writer does not see at all: other letters joining or leaving theirs (合并办理). */
const STAFF_ONLY_ACTIONS = new Set(["merge_in", "unmerge_out"]);

/** The text check, not the writer whose submission it ran on, holds a letter. */
const TEXT_CHECK_ACTOR: EventActor = { kind: "system", id: null, name: "内容校验" };

/** Statuses after the reply was published: the citizen's deadline was met (or missed) then. */
const ANSWERED_STATUSES: ReadonlySet<LetterStatus> = new Set(["replied", "rated", "closed"]);

/** A timeline entry as shown: the stored row with the rating a rate entry gave (LetterAction.rating). */
export type LetterActionView = LetterActionRow & { rating: LetterRow["rating"] };

export interface LetterDeadlineView {
  citizenDueAt: string | null;
  unitDueAt: string | null;
  remainingWorkdays: number | null;
  repliedLateWorkdays: number | null;
  uncovered: boolean;
  paused: boolean;
}

interface Step {
  changes: Partial<NewLetterRow>;
  /** Timeline action name; the event is letter.<event>. */
  action: string;
  event: string;
  unitId?: string | null;
  comment?: string | null;
  /** Who the timeline and the event name; the caller unless the platform itself acted. */
  actor?: EventActor;
  after?(tx: Executor & Pick<InteractionDb, "execute">, updated: LetterRow): Promise<void>;
}

interface TransitionSpec {
  from: readonly LetterStatus[];
  label: string;
  authorize(row: LetterRow): void;
  step(row: LetterRow, tx: Executor, now: Date): Promise<Step> | Step;
}

export class LetterService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: LetterLoaders & Pick<MailboxLoaders, "mailboxById" | "unitRefById">,
    private readonly directory: DirectoryLoaders,
    private readonly calendar: CalendarService,
    private readonly queryCodeSecret: string,
    private readonly lexicon: LexiconCache,
    private readonly routing: RoutingService,
    private readonly verification: VerificationService,
    private readonly attachments: AttachmentService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ── reading ──────────────────────────────────────────────────────────────────────────────────────

  /** A letter the caller may see; anybody else gets NOT_FOUND (its existence is not revealed). */
  async byId(id: string): Promise<LetterRow> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    const row = await this.loaders.letterById.load(id);
    if (!row || !canReadLetter(this.caller, row, await this.loaders.unitsByLetter.load(row.id)))
      throw notFound("信件", id);
    return row;
  }

  async list(rawFilter: unknown, rawPage: unknown): Promise<{ nodes: LetterRow[]; totalCount: number }> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "staff") throw forbidden("仅限工作人员查看");
    const filter = parseInput(v.letterFilter, rawFilter) ?? {};
    const page = parseInput(v.page, rawPage);
    const today = chinaDate(this.now());
    const dueWithin = filter.dueWithinWorkdays;
    const { rows, total } = await new LetterRepository(this.db).list(
      letterVisibility(this.caller),
      {
        status: filter.status ?? undefined,
        unitId: filter.unitId ?? undefined,
        mailboxId: filter.mailboxId ?? undefined,
        held: filter.held ?? undefined,
        overdue: filter.overdue == null ? undefined : { today, value: filter.overdue },
        // "Due within N working days" ends on the N-th working day after today, on the official calendar.
        due:
          dueWithin == null
            ? undefined
            : {
                from: today,
                through: addWorkdays(today, dueWithin, await this.calendar.workCalendar()).dueOn,
              },
        keyword: filter.keyword || undefined,
        category: filter.category || undefined,
        submittedFrom: filter.submittedFrom ? chinaMidnight(filter.submittedFrom) : undefined,
        submittedBefore: filter.submittedTo ? chinaMidnight(nextDay(filter.submittedTo)) : undefined,
      },
      page,
    );
    for (const row of rows) this.loaders.letterById.prime(row.id, row);
    return { nodes: rows, totalCount: total };
  }

  async mine(): Promise<LetterRow[]> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "citizen") throw forbidden("仅限写信人查看");
    return new LetterRepository(this.db).byCitizen(this.caller.citizenId);
  }

  /** The holder of a query code sees the letter; failed guesses per address are limited. */
  async byQueryCode(code: string): Promise<LetterRow | null> {
    const address = this.request.ip ?? "unknown";
    const repository = new LetterRepository(this.db);
    const since = new Date(this.now().getTime() - QUERY_CODE_WINDOW_MS);
    if ((await repository.failedLookups(address, since)) >= QUERY_CODE_MAX_FAILURES)
      throw tooManyRequests("查询过于频繁，请稍后再试", QUERY_CODE_WINDOW_MS / 1000);
    const row = /^[A-Za-z0-9_-]{20,64}$/.test(code)
      ? await repository.byQueryCodeHash(hashCode(code))
      : undefined;
    if (!row) {
      await repository.recordFailedLookup(address);
      return null;
    }
    return row;
  }

  units(row: LetterRow): Promise<LetterUnitRow[]> {
    return this.loaders.unitsByLetter.load(row.id);
  }

  /** The timeline; citizens see neither staff names nor comments on internal routing and review. */
  async timeline(row: LetterRow): Promise<LetterActionView[]> {
    const loaded = await this.loaders.actionsByLetter.load(row.id);
    // A rate entry keeps only the comment, yet its rating is known: a rework is allowed only after an
    // unsatisfied rating (and clears it), so a rating followed by a rework was unsatisfied; the last one
    // is the letter's own.
    const actions = loaded.map((action, index) =>
      heldByTextCheck({
        ...action,
        rating:
          action.action !== "rate"
            ? null
            : loaded.slice(index + 1).some((later) => later.action === "rework")
              ? "unsatisfied"
              : row.rating,
      }),
    );
    if (this.caller.kind === "staff") return actions;
    return actions
      .filter((action) => !STAFF_ONLY_ACTIONS.has(action.action))
      .map((action) => ({
        ...action,
        actorName: action.actorKind === "citizen" ? action.actorName : null,
        comment: INTERNAL_ACTIONS.has(action.action) ? null : action.comment,
      }));
  }

  /** The text check is for staff: citizens are not told which words the lexicon flags. */
  checkResultOf(row: LetterRow): LetterCheckResult | null {
    return this.caller.kind === "staff" ? row.checkResult : null;
  }

  heldOf(row: LetterRow): boolean {
    return this.caller.kind === "staff" && row.held;
  }

  draftReplyOf(row: LetterRow): string | null {
    return this.caller.kind === "staff" ? row.draftReply : null;
  }

  /** Staff who read the full letter (the handling units, city-wide roles) may contact its writer. */
  async contactsWriter(row: LetterRow): Promise<boolean> {
    return this.caller.kind === "staff" && seesFullLetter(this.caller, row, await this.units(row));
  }

  /** The full contact phone, for staff who may contact the writer; lists show the masked one. */
  async contactPhoneFullOf(row: LetterRow): Promise<string | null> {
    return row.contactPhone && (await this.contactsWriter(row)) ? row.contactPhone : null;
  }

  /** A signed-in writer's name at submission (from the timeline), for staff who may contact the writer. */
  async writerNameOf(row: LetterRow): Promise<string | null> {
    if (!row.citizenId || !(await this.contactsWriter(row))) return null;
    const actions = await this.loaders.actionsByLetter.load(row.id);
    const submitted = actions.find((action) => action.action === "submit" && action.actorKind === "citizen");
    return submitted?.actorName ?? null;
  }

  async mailboxOf(row: LetterRow): Promise<MailboxRow> {
    const mailbox = await this.loaders.mailboxById.load(row.mailboxId);
    if (!mailbox) throw notFound("信箱", row.mailboxId);
    return mailbox;
  }

  async deadline(row: LetterRow): Promise<LetterDeadlineView> {
    const paused = row.status === "awaiting_info";
    if (!row.acceptedAt)
      return {
        citizenDueAt: null,
        unitDueAt: null,
        remainingWorkdays: null,
        repliedLateWorkdays: null,
        uncovered: false,
        paused,
      };
    const calendar = await this.calendar.workCalendar();
    const now = this.now();
    const pauses = toPauses(row.pauses);
    const citizen = computeDeadline(row.acceptedAt, row.deadlineWorkdays, pauses, calendar, now);
    const lead = (await this.units(row)).find((unit) => unit.role === "lead" && !unit.endedAt);
    const unit = lead ? computeDeadline(lead.startedAt, row.deadlineWorkdays, pauses, calendar, now) : null;
    // The citizen's deadline is met by publishing the reply: from then on nothing counts down (a rework
    // starts the clock again). A merged letter is answered with its primary (nor is it 督办'd).
    const answered = ANSWERED_STATUSES.has(row.status);
    const finished = answered || row.status === "not_accepted" || row.status === "merged";
    return {
      citizenDueAt: citizen.dueOn,
      unitDueAt: unit?.dueOn ?? null,
      remainingWorkdays: finished ? null : remainingWorkdays(citizen.dueOn, calendar, now),
      repliedLateWorkdays:
        answered && row.repliedAt
          ? Math.max(0, -remainingWorkdays(citizen.dueOn, calendar, row.repliedAt))
          : null,
      uncovered: citizen.uncovered || !!unit?.uncovered,
      paused,
    };
  }

  async unitDeadline(row: LetterRow, unit: LetterUnitRow): Promise<string | null> {
    if (!row.acceptedAt) return null;
    const calendar = await this.calendar.workCalendar();
    return computeDeadline(unit.startedAt, row.deadlineWorkdays, toPauses(row.pauses), calendar, this.now())
      .dueOn;
  }

  // ── submission ───────────────────────────────────────────────────────────────────────────────────

  /**
   * A citizen writes signed in, or a visitor without an account with a contact phone proven by a code (when
   * the mailbox allows anonymous letters). Retries with the form's key answer with the same letter; letters
   * are limited per account and per address (counted in PostgreSQL, so the limit holds across replicas).
   */
  async submit(rawInput: unknown): Promise<{ letter: LetterRow; queryCode: string }> {
    if (this.caller.kind !== "anonymous" && this.caller.kind !== "citizen") throw forbidden("仅限市民写信");
    const citizenId = this.caller.kind === "citizen" ? this.caller.citizenId : null;
    const input = parseInput(v.submitLetterInput, rawInput);
    if (!citizenId && !input.contactPhone)
      throw unauthenticated("请先登录，或填写手机号码并获取验证码后匿名写信");
    const repository = new LetterRepository(this.db);
    const retried = async () => {
      const existing = input.idempotencyKey
        ? await repository.byIdempotencyKey(input.idempotencyKey)
        : undefined;
      if (!existing) return undefined;
      const sameWriter = citizenId
        ? existing.citizenId === citizenId
        : !existing.citizenId && existing.contactPhone === input.contactPhone;
      if (!sameWriter) throw conflict("表单令牌已被使用，请刷新页面后重试");
      return { letter: existing, queryCode: this.queryCodeOf(existing.id) };
    };
    const earlier = await retried();
    if (earlier) return earlier;

    const mailbox = await this.loaders.mailboxById.load(input.mailboxId);
    if (!mailbox || !(mailbox.isPublic || mailbox.isOneWindow)) throw notFound("信箱", input.mailboxId);
    if (!citizenId && !mailbox.allowAnonymous) throw unauthenticated("该信箱不接受匿名来信，请先登录");
    if (input.siteId) {
      const site = await this.directory.siteScope(input.siteId);
      if (site?.kind !== "site") throw notFound("站点", input.siteId);
    }
    const limits = this.submissionLimits(citizenId);
    await checkLimits(this.db, limits, this.now());
    // Anonymous: the code must match (a wrong one counts as a try); it is used up with the letter below.
    let phoneCodeId: string | null = null;
    if (!citizenId && input.contactPhone) {
      try {
        phoneCodeId = await this.verification.verify(input.contactPhone, "letter", input.phoneCode);
      } catch (error) {
        // A parallel retry of this very form may have used the code for its letter a moment ago.
        const winner = await retried();
        if (winner) return winner;
        throw error;
      }
    }
    const id = randomUUID();
    const queryCode = this.queryCodeOf(id);
    const checkResult = this.check(mailbox.unitId, input.title, input.content);
    const held = checkResult.blockCount > 0;
    const created = await this.db.transaction(async (tx) => {
      const row = await new LetterRepository(tx).insert({
        id,
        mailboxId: mailbox.id,
        mailboxUnitId: mailbox.unitId,
        siteId: input.siteId ?? mailbox.siteId,
        citizenId,
        contactPhone: input.contactPhone ?? null,
        phoneVerified: phoneCodeId !== null,
        title: input.title,
        content: input.content,
        category: input.category ?? null,
        attachmentIds: input.attachmentIds,
        publishable: input.publishable,
        queryCodeHash: hashCode(queryCode),
        idempotencyKey: input.idempotencyKey ?? null,
        status: "received",
        ownerUnitId: mailbox.unitId,
        deadlineWorkdays: mailbox.deadlineWorkdays,
        held,
        checkResult,
        lexiconVersion: checkResult.lexiconVersion,
      });
      if (!row) return undefined;
      await takeLimits(tx, limits, this.now());
      await this.attachments.attach(tx, row.id, input.attachmentIds, citizenId);
      if (phoneCodeId && !(await this.verification.consume(tx, phoneCodeId)))
        throw badInput("验证码已使用，请重新获取", {
          fields: [{ path: "phoneCode", message: "验证码已使用，请重新获取" }],
        });
      await this.recordStep(tx, row, { action: "submit", event: "submitted", unitId: mailbox.unitId });
      if (held)
        await this.recordStep(tx, row, {
          action: "hold",
          event: "held",
          unitId: mailbox.unitId,
          actor: TEXT_CHECK_ACTOR,
          comment: `内容校验发现 ${checkResult.blockCount} 处须人工确认的问题（词库版本 ${checkResult.lexiconVersion}）`,
        });
      return row;
    });
    if (created) return { letter: created, queryCode };
    // A parallel submit with the same key won the unique index: answer with its letter.
    const winner = await retried();
    if (!winner) throw conflict("提交冲突，请重试");
    return winner;
  }

  /** Letters per signed-in citizen and per address within an hour (configurable; see letterSubmitLimits). */
  private submissionLimits(citizenId: string | null): Limit[] {
    const configured = letterSubmitLimits();
    const limits: Limit[] = [
      {
        key: `letter:address:${this.request.ip ?? "unknown"}`,
        max: configured.perAddress,
        windowMs: configured.windowMs,
        message: "提交过于频繁，请一小时后再试",
      },
    ];
    if (citizenId)
      limits.push({
        key: `letter:citizen:${citizenId}`,
        max: configured.perCitizen,
        windowMs: configured.windowMs,
        message: `每小时最多提交 ${configured.perCitizen} 封信，请稍后再试`,
      });
    return limits;
  }

  // ── handling ─────────────────────────────────────────────────────────────────────────────────────

  accept(id: string, rawComment: unknown): Promise<LetterRow> {
    const comment = parseInput(v.comment, rawComment);
    return this.transition(id, {
      from: ["received"],
      label: "受理",
      authorize: (row) => this.require("letter.dispatch", row.mailboxUnitId),
      step: async (row, _tx, now) => {
        const mailbox = await this.mailboxOf(row);
        const calendar = await this.calendar.workCalendar();
        return {
          action: "accept",
          event: "accepted",
          unitId: row.mailboxUnitId,
          // Accepting a held letter is the manual acceptance of its findings: the timeline says so.
          comment: row.held
            ? [`已人工确认内容校验发现的 ${row.checkResult?.blockCount ?? 0} 处问题`, comment]
                .filter(Boolean)
                .join("；")
            : comment,
          changes: {
            held: false,
            status: "accepted",
            acceptedAt: now,
            deadlineWorkdays: mailbox.deadlineWorkdays,
            citizenDueOn: computeDeadline(now, mailbox.deadlineWorkdays, [], calendar, now).dueOn,
          },
        };
      },
    });
  }

  notAccept(id: string, rawReason: unknown): Promise<LetterRow> {
    const reason = parseInput(v.reason, rawReason);
    return this.transition(id, {
      from: ["received"],
      label: "不予受理",
      authorize: (row) => this.require("letter.dispatch", row.mailboxUnitId),
      step: (row, _tx, now) => ({
        action: "not_accept",
        event: "not_accepted",
        unitId: row.mailboxUnitId,
        comment: reason,
        changes: { status: "not_accepted", notAcceptedReason: reason, closedAt: now, held: false },
      }),
    });
  }

  async assign(id: string, rawUnitId: unknown, rawComment: unknown): Promise<LetterRow> {
    const unitId = parseInput(v.unitId, rawUnitId);
    const comment = parseInput(v.comment, rawComment);
    await this.requireUnit(unitId);
    return this.transition(id, {
      from: ["accepted"],
      label: "交办",
      authorize: (row) => this.require("letter.dispatch", row.mailboxUnitId),
      step: (row, _tx, now) => ({
        action: "assign",
        event: "assigned",
        unitId,
        comment,
        changes: { status: "handling", ownerUnitId: unitId },
        after: async (tx, updated) => {
          await new LetterRepository(tx).startUnit(updated.id, unitId, "lead", now);
          await this.routing.recordAssignment(tx, row, unitId);
        },
      }),
    });
  }

  async transfer(id: string, rawUnitId: unknown, rawReason: unknown): Promise<LetterRow> {
    const unitId = parseInput(v.unitId, rawUnitId);
    const reason = parseInput(v.reason, rawReason);
    await this.requireUnit(unitId);
    return this.transition(id, {
      from: ["handling"],
      label: "转办",
      authorize: (row) =>
        this.requireAny(["letter.handle", row.ownerUnitId], ["letter.dispatch", row.mailboxUnitId]),
      step: (row, _tx, now) => {
        if (unitId === row.ownerUnitId)
          throw badInput("不能转办给当前主办单位", { fields: [{ path: "unitId" }] });
        return {
          action: "transfer",
          event: "transferred",
          unitId,
          comment: reason,
          changes: { ownerUnitId: unitId },
          // The new unit's own clock starts now; the citizen's deadline (from acceptance) keeps running.
          after: async (tx, updated) => {
            const repository = new LetterRepository(tx);
            await repository.endUnits(updated.id, now, [row.ownerUnitId, unitId]);
            await repository.startUnit(updated.id, unitId, "lead", now);
          },
        };
      },
    });
  }

  async coHandle(id: string, rawUnitIds: unknown, rawComment: unknown): Promise<LetterRow> {
    const unitIds = [...new Set(parseInput(v.unitIds, rawUnitIds))];
    const comment = parseInput(v.comment, rawComment);
    for (const unitId of unitIds) await this.requireUnit(unitId);
    return this.transition(id, {
      from: ["handling", "awaiting_info"],
      label: "设置协办单位",
      authorize: (row) =>
        this.requireAny(["letter.handle", row.ownerUnitId], ["letter.dispatch", row.mailboxUnitId]),
      step: async (row, tx, now) => {
        if (unitIds.includes(row.ownerUnitId))
          throw badInput("主办单位不能同时是协办单位", { fields: [{ path: "unitIds" }] });
        const active = (await new LetterRepository(tx).unitsOf([row.id])).filter(
          (unit) => unit.role === "co" && !unit.endedAt,
        );
        const dropped = active.map((unit) => unit.unitId).filter((unitId) => !unitIds.includes(unitId));
        return {
          action: "co_handle",
          event: "co_handled",
          unitId: row.ownerUnitId,
          comment: comment ?? null,
          changes: {},
          after: async (inner, updated) => {
            const repository = new LetterRepository(inner);
            if (dropped.length) await repository.endUnits(updated.id, now, dropped);
            for (const unitId of unitIds) await repository.startUnit(updated.id, unitId, "co", now);
          },
        };
      },
    });
  }

  requestInfo(id: string, rawQuestion: unknown): Promise<LetterRow> {
    const question = parseInput(v.reason, rawQuestion);
    return this.transition(id, {
      from: ["handling"],
      label: "请写信人补充材料",
      authorize: (row) => this.require("letter.handle", row.ownerUnitId),
      step: (row, _tx, now) => ({
        action: "request_info",
        event: "info_requested",
        unitId: row.ownerUnitId,
        comment: question,
        changes: {
          status: "awaiting_info",
          infoRequest: question,
          pauses: [...row.pauses, { from: now.toISOString(), to: null }],
        },
      }),
    });
  }

  provideInfo(id: string, rawInfo: unknown): Promise<LetterRow> {
    const info = parseInput(v.reason, rawInfo);
    return this.transition(id, {
      from: ["awaiting_info"],
      label: "补充材料",
      authorize: (row) => {
        if (this.caller.kind === "citizen" && row.citizenId === this.caller.citizenId) return;
        this.require("letter.handle", row.ownerUnitId);
      },
      step: async (row, _tx, now) => {
        const pauses = row.pauses.map((pause) => (pause.to ? pause : { ...pause, to: now.toISOString() }));
        const calendar = await this.calendar.workCalendar();
        const due = row.acceptedAt
          ? computeDeadline(row.acceptedAt, row.deadlineWorkdays, toPauses(pauses), calendar, now).dueOn
          : null;
        return {
          action: "info_provided",
          event: "info_provided",
          unitId: row.ownerUnitId,
          comment: info,
          changes: { status: "handling", pauses, citizenDueOn: due },
        };
      },
    });
  }

  draftReply(id: string, rawContent: unknown): Promise<LetterRow> {
    const content = parseInput(v.replyContent, rawContent);
    return this.transition(id, {
      from: ["handling"],
      label: "提交答复",
      authorize: (row) => this.require("letter.handle", row.ownerUnitId),
      step: async (row, tx) => {
        // A reply may greet the writer by name and give the unit's numbers, not repeat the writer's data.
        assertReplyKeepsWriterData(content, await writerTexts(tx, row));
        return {
          action: "draft_reply",
          event: "reply_drafted",
          unitId: row.ownerUnitId,
          changes: { status: "reply_review", draftReply: content },
        };
      },
    });
  }

  reviewReply(id: string, approve: boolean, rawComment: unknown): Promise<LetterRow> {
    const comment = parseInput(v.comment, rawComment);
    return this.transition(id, {
      // An approved reply not yet published can still be sent back (退回修改), e.g. when it cannot be published.
      from: approve ? ["reply_review"] : ["reply_review", "reply_approved"],
      label: "审核答复",
      authorize: (row) => this.require("letter.reply_review", row.ownerUnitId),
      step: async (row, tx) => {
        // A draft saved before the rule existed: sent back (退回修改), not approved to a publish that would fail.
        if (approve) assertReplyKeepsWriterData(row.draftReply, await writerTexts(tx, row), "请退回修改");
        return {
          action: approve ? "approve_reply" : "reject_reply",
          event: approve ? "reply_approved" : "reply_rejected",
          unitId: row.ownerUnitId,
          comment,
          changes: { status: approve ? "reply_approved" : "handling" },
        };
      },
    });
  }

  publishReply(id: string): Promise<LetterRow> {
    return this.transition(id, {
      from: ["reply_approved"],
      label: "发布答复",
      authorize: (row) => this.require("letter.reply_review", row.ownerUnitId),
      step: async (row, tx, now) => {
        // Never published while it repeats the writer's data (a draft approved before the rule existed).
        assertReplyKeepsWriterData(row.draftReply, await writerTexts(tx, row), "不能发布");
        return {
          action: "publish_reply",
          event: "reply_published",
          unitId: row.ownerUnitId,
          // Published as approved: the reply is the unit's text, and what the reviewer confirmed (office numbers
          // and all) is what the writer reads. The knowledge base masks the writer's data when it takes it in.
          changes: { status: "replied", reply: row.draftReply, repliedAt: now },
          // 合并办理: every letter merged into this one gets the same reply, published to its own writer.
          after: (inner, updated) =>
            fanOutReply(inner, updated, now, (innermost, follower, step) =>
              this.recordStep(innermost, follower, step, now),
            ),
        };
      },
    });
  }

  rate(id: string, rawRating: unknown, rawComment: unknown): Promise<LetterRow> {
    const rating = parseInput(v.rating, rawRating);
    const comment = parseInput(v.comment, rawComment);
    return this.transition(id, {
      from: ["replied"],
      label: "评价",
      authorize: (row) => {
        if (this.caller.kind !== "citizen" || row.citizenId !== this.caller.citizenId)
          throw forbidden("只有写信人可以评价");
      },
      step: () => ({
        action: "rate",
        event: "rated",
        comment: comment ?? null,
        changes: { status: "rated", rating, ratingComment: comment ?? null },
      }),
    });
  }

  close(id: string, rawComment: unknown): Promise<LetterRow> {
    const comment = parseInput(v.comment, rawComment);
    return this.transition(id, {
      from: ["replied", "rated"],
      label: "办结",
      authorize: (row) => this.require("letter.dispatch", row.mailboxUnitId),
      step: (row, _tx, now) => ({
        action: "close",
        event: "closed",
        unitId: row.mailboxUnitId,
        comment,
        changes: { status: "closed", closedAt: now },
      }),
    });
  }

  rework(id: string, rawReason: unknown): Promise<LetterRow> {
    const reason = parseInput(v.reason, rawReason);
    return this.transition(id, {
      from: ["rated"],
      label: "返工",
      authorize: (row) => this.require("letter.dispatch", row.mailboxUnitId),
      step: async (row) => {
        if (row.rating !== "unsatisfied")
          throw conflict("只有写信人不满意的答复才能退回返工", { reason: "NOT_UNSATISFIED" });
        const mailbox = await this.mailboxOf(row);
        if (row.reworkCount >= mailbox.maxReworks)
          throw conflict(`返工次数已达上限（${mailbox.maxReworks} 次）`, {
            reason: "REWORK_LIMIT",
            maxReworks: mailbox.maxReworks,
          });
        return {
          action: "rework",
          event: "reworked",
          unitId: row.ownerUnitId,
          comment: reason,
          changes: {
            status: "handling",
            reworkCount: row.reworkCount + 1,
            rating: null,
            ratingComment: null,
          },
        };
      },
    });
  }

  /** Title and content with the mailbox unit's lexicon (its exemptions applied). */
  private check(unitId: string, title: string, content: string): LetterCheckResult {
    const result = runCheck(this.lexicon.forUnit(unitId), { title, text: content });
    return {
      lexiconVersion: result.lexiconVersion,
      findings: result.findings,
      blockCount: result.blockCount,
      warnCount: result.warnCount,
      hintCount: result.hintCount,
      checkedAt: this.now().toISOString(),
    };
  }

  // ── machinery ────────────────────────────────────────────────────────────────────────────────────

  /** Queries derive the code from the letter id, so a retried submission can return it again. */
  private queryCodeOf(letterId: string): string {
    return createHmac("sha256", this.queryCodeSecret)
      .update(`letter-query:${letterId}`)
      .digest("base64url")
      .slice(0, 32);
  }

  private require(action: Action, unitId: string): void {
    if (!can(this.caller, action, { kind: "unit", unitId })) throw forbidden();
  }

  private requireAny(...options: [Action, string][]): void {
    if (!options.some(([action, unitId]) => can(this.caller, action, { kind: "unit", unitId })))
      throw forbidden();
  }

  private async requireUnit(unitId: string): Promise<void> {
    if (!(await this.loaders.unitRefById.load(unitId))) throw notFound("单位", unitId);
  }

  /** Lock → visible? → allowed? → valid state? → change with compare-and-set, timeline, event. */
  private async transition(id: string, spec: TransitionSpec): Promise<LetterRow> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (!v.unitId.safeParse(id).success) throw notFound("信件", id);
    const updated = await this.db.transaction(async (tx) => {
      const repository = new LetterRepository(tx);
      const row = await repository.lock(id);
      if (!row || !canReadLetter(this.caller, row, await repository.unitsOf([id])))
        throw notFound("信件", id);
      spec.authorize(row);
      if (!spec.from.includes(row.status))
        throw conflict(`信件${STATUS_LABEL[row.status]}，不能${spec.label}`, {
          reason: "INVALID_TRANSITION",
          status: row.status,
        });
      const now = this.now();
      const step = await spec.step(row, tx, now);
      const changed = await repository.update(row.id, row.version, step.changes);
      if (!changed) throw conflict("信件已被他人处理，请刷新后重试");
      await step.after?.(tx, changed);
      // Letters merged into this one follow it to whichever unit owns it now.
      if (changed.ownerUnitId !== row.ownerUnitId) await followPrimaryOwner(tx, changed);
      await this.recordStep(tx, changed, step, now);
      // The knowledge base follows the letter: an answered publishable letter is an entry, rework withdraws it.
      await syncLetterKnowledge(tx, changed, actorOf(this.caller, this.request));
      return changed;
    });
    this.loaders.letterById.clear(id).prime(id, updated);
    this.loaders.unitsByLetter.clear(id);
    this.loaders.actionsByLetter.clear(id);
    return updated;
  }

  /** Timeline entry, citizen notification and letter.<event> event, in the caller's transaction. */
  async recordStep(
    tx: Executor & Pick<InteractionDb, "execute">,
    row: LetterRow,
    step: Pick<Step, "action" | "event" | "unitId" | "comment" | "actor">,
    at: Date = this.now(),
  ): Promise<void> {
    const actor = step.actor ?? actorOf(this.caller, this.request);
    await new LetterRepository(tx).record({
      letterId: row.id,
      action: step.action,
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name ?? null,
      unitId: step.unitId ?? null,
      comment: step.comment ?? null,
      at,
    });
    await notifyCitizenOfLetterStep(tx, row, step.action, step.comment ?? null);
    await emitEvent(tx, "interaction", {
      type: `letter.${step.event}`,
      aggregateType: "letter",
      aggregateId: row.id,
      siteId: row.siteId,
      unitId: row.ownerUnitId,
      payload: {
        letter: {
          id: row.id,
          mailboxId: row.mailboxId,
          mailboxUnitId: row.mailboxUnitId,
          ownerUnitId: row.ownerUnitId,
          citizenId: row.citizenId,
          status: row.status,
          reworkCount: row.reworkCount,
          rating: row.rating,
        },
        action: step.action,
        unitId: step.unitId ?? null,
      },
      actor,
    });
  }
}

/** The writer's texts of a letter (title, content, contact phone, supplied information), read in `tx`. */
async function writerTexts(tx: Executor, row: LetterRow): Promise<string[]> {
  return writerTextsOf(row, await new LetterRepository(tx).actionsOf([row.id]));
}

function hashCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

/** The instant a China day (YYYY-MM-DD) begins. */
function chinaMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** Holds recorded before the text check was named as their actor named the writer; they are the check's too. */
function heldByTextCheck(action: LetterActionView): LetterActionView {
  if (action.action !== "hold" || action.actorKind === "system") return action;
  return { ...action, actorKind: "system", actorId: null, actorName: TEXT_CHECK_ACTOR.name ?? null };
}

function toPauses(pauses: readonly LetterPause[]): Pause[] {
  return pauses.map((pause) => ({ from: new Date(pause.from), to: pause.to ? new Date(pause.to) : null }));
}
