// 意见征集: campaigns (solicitation.manage in the unit; minimum open period from the platform and unit
// settings), submissions (logged-in or, if allowed, anonymous; idempotent by form token; rate limited per
// citizen and address; text-checked — block-level findings hold a submission for staff, never reject it),
// adoption tags, the published 采纳情况 and the xlsx export. Events in the same transaction as each change.
import { randomUUID } from "node:crypto";
import { maskPersonalData } from "@jiyue/content-text";
import {
  AppError,
  actorOf,
  badInput,
  type Caller,
  CITY,
  can,
  conflict,
  type DirectoryLoaders,
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
import { canSeePersonalData, canSeeSubmissions, solicitationVisibility } from "./solicitation.access";
import { writeSubmissionsXlsx, XLSX_CONTENT_TYPE } from "./solicitation.export";
import type { SolicitationLoaders } from "./solicitation.loaders";
import { type Executor, SolicitationRepository } from "./solicitation.repository";
import type {
  Adoption,
  SolicitationAnswer,
  SolicitationQuestion,
  SolicitationRow,
  SubmissionCheckResult,
  SubmissionRow,
} from "./solicitation.sql";
import * as v from "./solicitation.validation";

/** Platform minimum open period when nobody has set one. */
export const DEFAULT_MIN_OPEN_DAYS = 30;
/** Submissions to one campaign allowed per citizen, and per address, within the window. */
export const SUBMIT_LIMIT_PER_CITIZEN = 5;
export const SUBMIT_LIMIT_PER_ADDRESS = 10;
export const SUBMIT_WINDOW_MS = 60 * 60_000;
const PLATFORM = "platform";
const DAY_MS = 86_400_000;

/** Where a campaign stands for citizens, from its stored status and the clock. */
export type SolicitationPhase = "draft" | "scheduled" | "open" | "closed" | "feedback_published";

const PHASE_LABEL: Record<SolicitationPhase, string> = {
  draft: "尚未发布",
  scheduled: "尚未开始",
  open: "正在征集",
  closed: "已结束",
  feedback_published: "已公布采纳情况",
};

export interface SolicitationSettingsView {
  unitId: string | null;
  platformMinOpenDays: number;
  unitMinOpenDays: number | null;
  minOpenDays: number;
}

export interface ChoiceStatsView {
  questionId: string;
  title: string;
  kind: SolicitationQuestion["kind"];
  answered: number;
  options: { option: string; count: number }[];
}

export class SolicitationService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: SolicitationLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly lexicon: LexiconCache,
    private readonly now: () => Date = () => new Date(),
  ) {}

  phase(row: SolicitationRow): SolicitationPhase {
    if (row.status !== "open") return row.status;
    const now = this.now();
    if (now < row.startsAt) return "scheduled";
    return now >= row.endsAt ? "closed" : "open";
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────────────

  /** The root field: null when there is no such campaign for this caller (the portal renders a 404). */
  async find(id: string): Promise<SolicitationRow | null> {
    try {
      return await this.byId(id);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    }
  }

  /** Staff who manage or supervise it see any campaign; everybody sees it once opened; drafts are hidden. */
  async byId(id: string): Promise<SolicitationRow> {
    const row = await this.loaders.solicitationById.load(id);
    if (!row) throw notFound("意见征集", id);
    if (row.status === "draft" && !canSeeSubmissions(this.caller, row.unitId)) throw notFound("意见征集", id);
    return row;
  }

  async list(rawFilter: unknown, rawPage: unknown) {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "staff") throw forbidden("仅限工作人员查看");
    const filter = parseInput(v.listFilter, rawFilter) ?? {};
    const page = parseInput(v.page, rawPage);
    const { rows, total } = await new SolicitationRepository(this.db).list(
      solicitationVisibility(this.caller),
      { unitId: filter.unitId ?? undefined, status: filter.status ?? undefined },
      page,
    );
    for (const row of rows) this.loaders.solicitationById.prime(row.id, row);
    return { nodes: rows, totalCount: total };
  }

  /** A site's campaigns on its portal (public: never drafts). */
  async ofSite(siteId: string, rawPage: unknown) {
    const page = parseInput(v.page, rawPage);
    if (!v.id("站点").safeParse(siteId).success) return { nodes: [], totalCount: 0 };
    const { rows, total } = await new SolicitationRepository(this.db).ofSite(siteId, page);
    for (const row of rows) this.loaders.solicitationById.prime(row.id, row);
    return { nodes: rows, totalCount: total };
  }

  submissionCount(row: SolicitationRow): Promise<number> {
    return this.loaders.submissionCount.load(row.id);
  }

  /** The published 采纳情况 (public), or null. */
  feedbackOf(row: SolicitationRow) {
    return row.status === "feedback_published" ? row.feedback : null;
  }

  async submissions(row: SolicitationRow, rawFilter: unknown, rawPage: unknown) {
    this.requireSubmissionsRead(row);
    const filter = parseInput(v.submissionFilter, rawFilter) ?? {};
    const page = parseInput(v.page, rawPage);
    const { rows, total } = await new SolicitationRepository(this.db).submissions(
      row.id,
      {
        adoption: filter.adoption ?? undefined,
        reviewed: filter.reviewed ?? undefined,
        held: filter.held ?? undefined,
      },
      page,
    );
    for (const submission of rows) this.loaders.submissionById.prime(submission.id, submission);
    return { nodes: rows, totalCount: total };
  }

  /** Counts per option of every choice question (staff): the chart in admin. */
  async choiceStats(row: SolicitationRow): Promise<ChoiceStatsView[]> {
    this.requireSubmissionsRead(row);
    const submissions = await new SolicitationRepository(this.db).allSubmissions(row.id);
    return row.questions
      .filter((question) => question.kind !== "text")
      .map((question) => {
        const counts = new Map(question.options.map((option) => [option, 0]));
        let answered = 0;
        for (const submission of submissions) {
          const answer = submission.answers.find((a) => a.questionId === question.id);
          if (!answer?.choices.length) continue;
          answered += 1;
          for (const choice of answer.choices) counts.set(choice, (counts.get(choice) ?? 0) + 1);
        }
        return {
          questionId: question.id,
          title: question.title,
          kind: question.kind,
          answered,
          options: [...counts].map(([option, count]) => ({ option, count })),
        };
      });
  }

  async submissionById(id: string): Promise<SubmissionRow> {
    const row = await this.loaders.submissionById.load(id);
    if (!row) throw notFound("意见", id);
    if (this.caller.kind === "citizen" && row.citizenId === this.caller.citizenId) return row;
    if (!canSeeSubmissions(this.caller, row.unitId)) throw notFound("意见", id);
    return row;
  }

  async campaignOf(row: SubmissionRow): Promise<SolicitationRow> {
    const campaign = await this.loaders.solicitationById.load(row.solicitationId);
    if (!campaign) throw notFound("意见征集", row.solicitationId);
    return campaign;
  }

  async mine(): Promise<SubmissionRow[]> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "citizen") throw forbidden("仅限市民查看");
    return new SolicitationRepository(this.db).byCitizen(this.caller.citizenId);
  }

  personalDataOf(row: SubmissionRow): { name: string | null; phone: string | null } {
    if (this.caller.kind === "citizen" && row.citizenId === this.caller.citizenId)
      return { name: row.contactName, phone: row.contactPhone };
    if (!canSeePersonalData(this.caller, row.unitId)) return { name: null, phone: null };
    return { name: row.contactName, phone: row.contactPhone };
  }

  /** Free-text answers with personal data masked for readers without the right to see it (supervisors). */
  answersOf(row: SubmissionRow): SolicitationAnswer[] {
    const own = this.caller.kind === "citizen" && row.citizenId === this.caller.citizenId;
    if (own || canSeePersonalData(this.caller, row.unitId)) return row.answers;
    return maskAnswers(row.answers);
  }

  checkResultOf(row: SubmissionRow): SubmissionCheckResult | null {
    return this.caller.kind === "staff" ? row.checkResult : null;
  }

  heldOf(row: SubmissionRow): boolean {
    return this.caller.kind === "staff" && row.held;
  }

  // ── settings ─────────────────────────────────────────────────────────────────────────────────────

  async settings(unitId: string | null): Promise<SolicitationSettingsView> {
    if (unitId !== null && !v.id("单位").safeParse(unitId).success) throw notFound("单位", unitId);
    const stored = await new SolicitationRepository(this.db).settings(
      unitId ? [PLATFORM, unitId] : [PLATFORM],
    );
    const platform = stored.get(PLATFORM) ?? DEFAULT_MIN_OPEN_DAYS;
    const unit = unitId ? (stored.get(unitId) ?? null) : null;
    return {
      unitId,
      platformMinOpenDays: platform,
      unitMinOpenDays: unit,
      minOpenDays: Math.max(platform, unit ?? 0),
    };
  }

  /** The platform minimum (city-wide solicitation.manage) or a unit's, which may only be longer. */
  async setMinOpenDays(unitId: string | null, rawDays: unknown): Promise<SolicitationSettingsView> {
    const days = parseInput(v.minOpenDays, rawDays);
    if (unitId === null) {
      this.require(CITY);
    } else {
      parseInput(v.id("单位"), unitId);
      this.require({ kind: "unit", unitId });
      const { platformMinOpenDays } = await this.settings(unitId);
      if (days < platformMinOpenDays)
        throw badInput(`单位的最短征集期不能短于平台规定的 ${platformMinOpenDays} 天`, {
          fields: [{ path: "days", message: `不能少于 ${platformMinOpenDays} 天` }],
        });
    }
    await this.db.transaction(async (tx) => {
      await new SolicitationRepository(tx).setSetting(unitId ?? PLATFORM, days);
      await emitEvent(tx, "interaction", {
        type: "solicitation.settings_changed",
        aggregateType: "solicitation_setting",
        aggregateId: unitId ?? randomUUID(),
        unitId,
        payload: { unitId, minOpenDays: days },
        actor: actorOf(this.caller, this.request),
      });
    });
    return this.settings(unitId);
  }

  // ── campaigns ────────────────────────────────────────────────────────────────────────────────────

  async create(rawInput: unknown): Promise<SolicitationRow> {
    const input = parseInput(v.solicitationInput, rawInput);
    this.require({ kind: "unit", unitId: input.unitId });
    await this.checkSites(input.unitId, input.siteIds);
    await this.checkPeriod(input.unitId, input.startsAt, input.endsAt);
    return this.db.transaction(async (tx) => {
      const row = await new SolicitationRepository(tx).insert({
        ...this.fields(input),
        unitId: input.unitId,
        status: "draft",
        createdBy: actorOf(this.caller, this.request).id,
      });
      await this.record(tx, row, "created");
      return row;
    });
  }

  async update(id: string, rawInput: unknown): Promise<SolicitationRow> {
    const input = parseInput(v.solicitationInput, rawInput);
    return this.transition(id, ["draft"], "修改", async (row) => {
      if (input.unitId !== row.unitId)
        throw badInput("不能更改意见征集的所属单位", { fields: [{ path: "unitId" }] });
      await this.checkSites(row.unitId, input.siteIds);
      await this.checkPeriod(row.unitId, input.startsAt, input.endsAt);
      return { changes: this.fields(input), event: "updated" };
    });
  }

  /** Publishes a draft: it shows on the target sites and accepts submissions from its start to its end. */
  open(id: string): Promise<SolicitationRow> {
    return this.transition(id, ["draft"], "发布", async (row, now) => {
      await this.checkPeriod(row.unitId, row.startsAt, row.endsAt);
      if (row.endsAt <= now)
        throw badInput("截止时间已过，请先修改征集时间", { fields: [{ path: "endsAt" }] });
      // Already started: solicitation.opened says so, the clock need not announce the start again.
      const started = row.startsAt <= now ? { startAnnouncedAt: now } : {};
      return { changes: { status: "open", openedAt: now, ...started }, event: "opened" };
    });
  }

  /** Ends a campaign before its end date; the reason is shown on the portal. */
  close(id: string, rawReason: unknown): Promise<SolicitationRow> {
    const reason = parseInput(v.closeReason, rawReason);
    return this.transition(id, ["open"], "提前结束", (row, now) => {
      if (this.phase(row) === "closed") throw conflict("征集已到截止时间，无需提前结束");
      return { changes: { status: "closed", closedAt: now, closedReason: reason }, event: "closed" };
    });
  }

  /** Publishes (or republishes) 采纳情况: every submission must be tagged; quoted opinions lose personal data. */
  publishFeedback(id: string, rawInput: unknown): Promise<SolicitationRow> {
    const input = parseInput(v.feedbackInput, rawInput);
    return this.transition(
      id,
      ["open", "closed", "feedback_published"],
      "公布采纳情况",
      async (row, now, tx) => {
        if (this.phase(row) !== "closed" && row.status !== "feedback_published")
          throw conflict("征集结束后才能公布采纳情况", { reason: "NOT_CLOSED" });
        const submissions = await new SolicitationRepository(tx).allSubmissions(row.id);
        const untagged = submissions.filter((submission) => !submission.adoption).length;
        if (untagged > 0)
          throw conflict(`还有 ${untagged} 条意见未标注采纳情况`, { reason: "UNTAGGED", untagged });
        const byId = new Map(submissions.map((submission) => [submission.id, submission]));
        const highlights = input.highlights.map((highlight, index) => {
          const submission = byId.get(highlight.submissionId);
          if (!submission?.adoption || submission.adoption === "not_adopted")
            throw badInput("选登的意见须为本次征集中已采纳或部分采纳的意见", {
              fields: [{ path: `highlights.${index}.submissionId` }],
            });
          return {
            submissionId: submission.id,
            adoption: submission.adoption,
            text: maskPersonalData(highlight.text),
          };
        });
        const tally = (adoption: Adoption) => submissions.filter((s) => s.adoption === adoption).length;
        return {
          event: "feedback_published",
          changes: {
            status: "feedback_published",
            closedAt: row.closedAt ?? new Date(Math.min(row.endsAt.getTime(), now.getTime())),
            feedback: {
              summary: input.summary,
              total: submissions.length,
              adopted: tally("adopted"),
              partlyAdopted: tally("partly_adopted"),
              notAdopted: tally("not_adopted"),
              highlights,
              publishedAt: now.toISOString(),
            },
          },
        };
      },
    );
  }

  // ── submissions ──────────────────────────────────────────────────────────────────────────────────

  async submit(rawInput: unknown): Promise<SubmissionRow> {
    if (this.caller.kind !== "citizen" && this.caller.kind !== "anonymous")
      throw forbidden("仅限市民提交意见");
    const citizenId = this.caller.kind === "citizen" ? this.caller.citizenId : null;
    const input = parseInput(v.submitInput, rawInput);
    const repository = new SolicitationRepository(this.db);
    const retried = async () => {
      const existing = input.idempotencyKey
        ? await repository.submissionByIdempotencyKey(input.idempotencyKey)
        : undefined;
      if (!existing) return undefined;
      if (existing.citizenId !== citizenId || existing.solicitationId !== input.solicitationId)
        throw conflict("表单令牌已被使用，请刷新页面后重试");
      return existing;
    };
    const earlier = await retried();
    if (earlier) return earlier;

    const campaign = await this.loaders.solicitationById.load(input.solicitationId);
    if (!campaign || campaign.status === "draft") throw notFound("意见征集", input.solicitationId);
    if (!citizenId && !campaign.allowAnonymous) throw unauthenticated("本次征集须登录后提交意见");
    this.requireOpen(campaign);
    if (input.siteId && !campaign.siteIds.includes(input.siteId))
      throw badInput("本次征集未在该站点发布", { fields: [{ path: "siteId" }] });
    const answers = validateAnswers(campaign.questions, input.answers);

    const address = this.request.ip ?? "unknown";
    const since = new Date(this.now().getTime() - SUBMIT_WINDOW_MS);
    if (
      citizenId &&
      (await repository.recentCount(campaign.id, { citizenId }, since)) >= SUBMIT_LIMIT_PER_CITIZEN
    )
      throw tooManyRequests("提交过于频繁，请稍后再试", SUBMIT_WINDOW_MS / 1000);
    if ((await repository.recentCount(campaign.id, { address }, since)) >= SUBMIT_LIMIT_PER_ADDRESS)
      throw tooManyRequests("提交过于频繁，请稍后再试", SUBMIT_WINDOW_MS / 1000);

    const checkResult = this.check(campaign, answers);
    const held = checkResult.blockCount > 0;
    const created = await this.db.transaction(async (tx) => {
      // The campaign's row lock orders this submission with an early close running at the same time.
      const locked = await new SolicitationRepository(tx).lock(campaign.id);
      if (!locked) throw notFound("意见征集", campaign.id);
      this.requireOpen(locked);
      const row = await new SolicitationRepository(tx).insertSubmission({
        solicitationId: campaign.id,
        unitId: campaign.unitId,
        siteId: input.siteId ?? null,
        citizenId,
        contactName: input.contactName || null,
        contactPhone: input.contactPhone || null,
        answers,
        idempotencyKey: input.idempotencyKey ?? null,
        address,
        held,
        checkResult,
        lexiconVersion: checkResult.lexiconVersion,
      });
      if (!row) return undefined;
      await this.recordSubmission(tx, row, held ? "submission_held" : "submitted");
      return row;
    });
    if (created) {
      this.loaders.submissionCount.clear(campaign.id);
      return created;
    }
    // A parallel submit with the same token won the unique index: answer with its submission.
    const winner = await retried();
    if (!winner) throw conflict("提交冲突，请重试");
    return winner;
  }

  /** Tags a submission after the campaign ended; tagging a held one is the staff member's look at it. */
  async review(id: string, rawAdoption: unknown, rawReason: unknown): Promise<SubmissionRow> {
    const { adoption, reason } = parseInput(v.review, { adoption: rawAdoption, reason: rawReason });
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (!v.id("意见").safeParse(id).success) throw notFound("意见", id);
    const updated = await this.db.transaction(async (tx) => {
      const repository = new SolicitationRepository(tx);
      const submission = await repository.lockSubmission(id);
      if (!submission || !canSeeSubmissions(this.caller, submission.unitId)) throw notFound("意见", id);
      this.require({ kind: "unit", unitId: submission.unitId });
      const campaign = await repository.lock(submission.solicitationId);
      if (!campaign) throw notFound("意见征集", submission.solicitationId);
      const phase = this.phase(campaign);
      if (phase !== "closed" && phase !== "feedback_published")
        throw conflict(`征集${PHASE_LABEL[phase]}，结束后才能标注采纳情况`, { reason: "NOT_CLOSED" });
      const row = await repository.updateSubmission(id, {
        adoption,
        adoptionReason: reason,
        held: false,
        reviewedAt: this.now(),
        reviewedBy: actorOf(this.caller, this.request).id,
      });
      await this.recordSubmission(tx, row, "submission_reviewed");
      return row;
    });
    this.loaders.submissionById.clear(id).prime(id, updated);
    return updated;
  }

  /** The submissions as xlsx (base64); names and phones only for the campaign's managers. Audited. */
  async export(id: string): Promise<{ filename: string; contentType: string; content: string }> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    const campaign = await this.byId(id);
    this.requireSubmissionsRead(campaign);
    const personalData = canSeePersonalData(this.caller, campaign.unitId);
    const stored = await new SolicitationRepository(this.db).allSubmissions(campaign.id);
    const rows = personalData ? stored : stored.map((row) => ({ ...row, answers: maskAnswers(row.answers) }));
    const file = await writeSubmissionsXlsx(campaign, rows, personalData);
    await emitEvent(this.db, "interaction", {
      type: "solicitation.exported",
      aggregateType: "solicitation",
      aggregateId: campaign.id,
      unitId: campaign.unitId,
      payload: { solicitation: { id: campaign.id }, rows: rows.length, personalData },
      actor: actorOf(this.caller, this.request),
    });
    return {
      filename: `solicitation-${campaign.id.slice(0, 8)}.xlsx`,
      contentType: XLSX_CONTENT_TYPE,
      content: file.toString("base64"),
    };
  }

  // ── machinery ────────────────────────────────────────────────────────────────────────────────────

  private fields(input: v.SolicitationInput) {
    return {
      title: input.title,
      description: input.description,
      documentUrl: input.documentUrl ?? null,
      documentName: input.documentName ?? null,
      documentMediaId: input.documentMediaId ?? null,
      questions: input.questions.map((question, index) => ({ ...question, id: `q${index + 1}` })),
      siteIds: [...new Set(input.siteIds)],
      allowAnonymous: input.allowAnonymous,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
    };
  }

  private require(scope: Parameters<typeof can>[2]): void {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (!can(this.caller, "solicitation.manage", scope)) throw forbidden();
  }

  private requireSubmissionsRead(row: SolicitationRow): void {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (!canSeeSubmissions(this.caller, row.unitId)) throw forbidden("没有权限查看本次征集的意见");
  }

  private requireOpen(row: SolicitationRow): void {
    const phase = this.phase(row);
    if (phase !== "open")
      throw conflict(`征集${PHASE_LABEL[phase]}，不能提交意见`, { reason: "NOT_OPEN", phase });
  }

  /** Target sites must exist and belong to the unit (city-wide managers may target any site). */
  private async checkSites(unitId: string, siteIds: string[]): Promise<void> {
    const cityWide = can(this.caller, "solicitation.manage", CITY);
    for (const [index, siteId] of siteIds.entries()) {
      const site = await this.directory.siteRef.load(siteId);
      if (!site) throw badInput("发布站点不存在", { fields: [{ path: `siteIds.${index}` }] });
      if (!cityWide && site.unitId !== unitId)
        throw badInput(`站点“${site.name}”不属于本单位`, { fields: [{ path: `siteIds.${index}` }] });
    }
  }

  private async checkPeriod(unitId: string, startsAt: Date, endsAt: Date): Promise<void> {
    const { minOpenDays } = await this.settings(unitId);
    const days = (endsAt.getTime() - startsAt.getTime()) / DAY_MS;
    if (days < minOpenDays)
      throw badInput(`征集期不得少于 ${minOpenDays} 天（当前约 ${Math.floor(days)} 天）`, {
        fields: [{ path: "endsAt", message: `征集期不得少于 ${minOpenDays} 天` }],
        minOpenDays,
      });
  }

  /** Each free-text answer is checked on its own with the unit's lexicon (findings name the question). */
  private check(campaign: SolicitationRow, answers: SolicitationAnswer[]): SubmissionCheckResult {
    const texts = answers.flatMap((answer) => {
      const question = campaign.questions.find((q) => q.id === answer.questionId);
      return question && answer.text ? [{ id: question.id, name: question.title, text: answer.text }] : [];
    });
    const result = runCheck(this.lexicon.forUnit(campaign.unitId), { text: "", attachments: texts });
    return {
      lexiconVersion: result.lexiconVersion,
      findings: result.findings,
      blockCount: result.blockCount,
      warnCount: result.warnCount,
      hintCount: result.hintCount,
      checkedAt: this.now().toISOString(),
    };
  }

  /** Lock → visible? → allowed? → valid state? → change with compare-and-set, event. */
  private async transition(
    id: string,
    from: SolicitationRow["status"][],
    label: string,
    step: (
      row: SolicitationRow,
      now: Date,
      tx: Executor,
    ) =>
      | Promise<{ changes: Partial<SolicitationRow>; event: string }>
      | { changes: Partial<SolicitationRow>; event: string },
  ): Promise<SolicitationRow> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (!v.id("意见征集").safeParse(id).success) throw notFound("意见征集", id);
    const updated = await this.db.transaction(async (tx) => {
      const repository = new SolicitationRepository(tx);
      const row = await repository.lock(id);
      if (!row || !canSeeSubmissions(this.caller, row.unitId)) throw notFound("意见征集", id);
      this.require({ kind: "unit", unitId: row.unitId });
      if (!from.includes(row.status))
        throw conflict(`征集${PHASE_LABEL[this.phase(row)]}，不能${label}`, {
          reason: "INVALID_TRANSITION",
          status: row.status,
        });
      const now = this.now();
      const { changes, event } = await step(row, now, tx);
      const changed = await repository.update(row.id, row.version, changes);
      if (!changed) throw conflict("意见征集已被他人修改，请刷新后重试");
      await this.record(tx, changed, event);
      return changed;
    });
    this.loaders.solicitationById.clear(id).prime(id, updated);
    return updated;
  }

  private async record(tx: Pick<InteractionDb, "execute">, row: SolicitationRow, event: string) {
    await emitEvent(tx, "interaction", {
      type: `solicitation.${event}`,
      aggregateType: "solicitation",
      aggregateId: row.id,
      siteId: row.siteIds[0] ?? null,
      unitId: row.unitId,
      payload: {
        solicitation: {
          id: row.id,
          unitId: row.unitId,
          siteIds: row.siteIds,
          status: row.status,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
        },
      },
      actor: actorOf(this.caller, this.request),
    });
  }

  /** Submission events carry no personal data (no name, phone, address or answers). */
  private async recordSubmission(tx: Pick<InteractionDb, "execute">, row: SubmissionRow, event: string) {
    await emitEvent(tx, "interaction", {
      type: `solicitation.${event}`,
      aggregateType: "solicitation_submission",
      aggregateId: row.id,
      siteId: row.siteId,
      unitId: row.unitId,
      payload: {
        submission: {
          id: row.id,
          solicitationId: row.solicitationId,
          citizenId: row.citizenId,
          anonymous: !row.citizenId,
          held: row.held,
          adoption: row.adoption,
        },
      },
      actor: actorOf(this.caller, this.request),
    });
  }
}

function maskAnswers(answers: SolicitationAnswer[]): SolicitationAnswer[] {
  return answers.map((answer) => ({ ...answer, text: maskPersonalData(answer.text) }));
}

/** Answers checked against the questions: known questions, required ones answered, choices among options. */
export function validateAnswers(
  questions: readonly SolicitationQuestion[],
  raw: readonly { questionId: string; text?: string | null; choices?: string[] }[],
): SolicitationAnswer[] {
  const fail = (path: string, message: string): never => {
    throw badInput(message, { fields: [{ path, message }] });
  };
  const given = new Map<string, { text?: string | null; choices?: string[] }>();
  for (const answer of raw) {
    if (!questions.some((q) => q.id === answer.questionId)) fail("answers", "回答了不存在的问题");
    if (given.has(answer.questionId)) fail(`answers.${answer.questionId}`, "同一问题只能回答一次");
    given.set(answer.questionId, answer);
  }
  const answers: SolicitationAnswer[] = [];
  for (const [index, question] of questions.entries()) {
    const path = `answers.${question.id}`;
    const answer = given.get(question.id);
    const text = answer?.text?.split("\u0000").join("").trim() || null;
    const choices = [...new Set(answer?.choices ?? [])];
    if (question.kind === "text") {
      if (choices.length) fail(path, `第 ${index + 1} 题是填空题，不能选择选项`);
      if (!text && question.required) fail(path, `请回答第 ${index + 1} 题`);
      if (text) answers.push({ questionId: question.id, text, choices: [] });
      continue;
    }
    if (text) fail(path, `第 ${index + 1} 题是选择题，请选择选项`);
    if (!choices.length && question.required) fail(path, `请回答第 ${index + 1} 题`);
    if (choices.some((choice) => !question.options.includes(choice)))
      fail(path, `第 ${index + 1} 题的选项无效`);
    if (question.kind === "single" && choices.length > 1) fail(path, `第 ${index + 1} 题只能选择一项`);
    if (choices.length) answers.push({ questionId: question.id, text: null, choices });
  }
  if (!answers.length) fail("answers", "请至少回答一个问题");
  return answers;
}
