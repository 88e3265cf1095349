// Batch re-check (全量复查) of published content with the lexicon in force: a run is started by an inspector
// (city-wide) or a site's publisher (one site), processed in batches by a durable job that records each article's
// result as it goes (so progress and results can be read while it runs), and resumes after a restart.
import {
  actorOf,
  assertCan,
  type Caller,
  CITY,
  can,
  type DirectoryLoaders,
  type EventActor,
  emitEvent,
  isUuid,
  logger,
  notFound,
  parseInput,
  type RequestInfo,
  requireStaff,
  visibleScope,
} from "@jiyue/server-kit";
import type { PgBoss } from "pg-boss";
import { z } from "zod";
import type { ContentDb } from "../../context";
import type { LexiconCache } from "../textcheck/lexicon-cache";
import { runCheck } from "../textcheck/textcheck.engine";
import { attachmentTexts } from "../textcheck/textcheck.input";
import { RecheckRepository } from "./recheck.repository";
import type { RecheckItemRow, RecheckRunRow } from "./recheck.sql";

export const RECHECK_QUEUE = "article-recheck";
const BATCH = 50;
/** Findings kept per article in a run (block first). */
const MAX_FINDINGS = 50;
const RECHECK_ACTOR: EventActor = { kind: "system", id: null, name: "全量复查" };

const queues = new WeakMap<object, PgBoss>();

const itemsInput = z.object({
  onlyWithFindings: z.boolean().nullish(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200, "每页最多 200 条").default(50),
});

export class RecheckService {
  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly directory: DirectoryLoaders,
  ) {}

  /** Starts a run over one site (its publishers) or the whole platform (inspectors). */
  async start(siteId: string | null | undefined): Promise<RecheckRunRow> {
    const staff = requireStaff(this.caller);
    if (siteId) {
      const scope = isUuid(siteId) ? await this.directory.siteScope(siteId) : null;
      if (scope?.kind !== "site") throw notFound("站点", siteId);
      if (!can(staff, "inspection.run", CITY)) assertCan(staff, "article.publish", scope);
    } else {
      assertCan(staff, "inspection.run", CITY);
    }
    const run = await this.db.transaction(async (tx) => {
      const repository = new RecheckRepository(tx);
      const created = await repository.insertRun({
        siteId: siteId ?? null,
        total: await repository.countLive(siteId ?? null),
        startedBy: staff.userId,
        startedByName: staff.displayName,
      });
      await emitEvent(tx, "content", {
        type: "recheck.started",
        aggregateType: "recheck_run",
        aggregateId: created.id,
        unitId: null,
        payload: { siteId: created.siteId, total: created.total },
        actor: actorOf(this.caller, this.request),
      });
      return created;
    });
    const queue = queues.get(this.db);
    if (!queue) throw new Error("content job queue is not running");
    await queue.send(RECHECK_QUEUE, { runId: run.id });
    return run;
  }

  async run(id: string): Promise<RecheckRunRow | null> {
    if (!isUuid(id)) return null;
    const run = await new RecheckRepository(this.db).run(id);
    return run && (await this.mayRead(run)) ? run : null;
  }

  async runs(limit: number): Promise<RecheckRunRow[]> {
    const staff = requireStaff(this.caller);
    const bounded = Math.min(Math.max(limit, 1), 50);
    const repository = new RecheckRepository(this.db);
    if (can(staff, "inspection.run", CITY) || can(staff, "supervise.read", CITY))
      return repository.recentRuns("all", bounded);
    const scope = visibleScope(staff, "article.read");
    return repository.recentRuns(scope.all ? "all" : scope, bounded);
  }

  async items(run: RecheckRunRow, rawInput: unknown): Promise<{ items: RecheckItemRow[]; total: number }> {
    const input = parseInput(itemsInput, rawInput);
    return new RecheckRepository(this.db).items(run.id, !!input.onlyWithFindings, input.offset, input.limit);
  }

  /** City-wide runs: inspectors; a site's run: staff who may read that site's articles. */
  private async mayRead(run: RecheckRunRow): Promise<boolean> {
    const staff = requireStaff(this.caller);
    if (can(staff, "inspection.run", CITY) || can(staff, "supervise.read", CITY)) return true;
    if (!run.siteId) return false;
    const scope = await this.directory.siteScope(run.siteId);
    if (scope?.kind !== "site") return false;
    return can(staff, "article.read", scope);
  }
}

/** Works through one run until every live article in its scope has a result; resumable. */
export async function processRecheck(db: ContentDb, cache: LexiconCache, runId: string): Promise<void> {
  const repository = new RecheckRepository(db);
  const run = await repository.run(runId);
  if (!run || run.status !== "running") return;
  try {
    for (;;) {
      const batch = await repository.nextBatch(run, BATCH);
      if (batch.length === 0) break;
      let version = 0;
      const texts = await attachmentTexts(
        db,
        batch.flatMap((article) => article.attachments),
      );
      const items = batch.map((article) => {
        const lexicon = cache.forUnit(article.unitId);
        version = lexicon.version;
        const result = runCheck(lexicon, {
          title: article.title,
          html: article.body,
          publishedAt: article.publishedAt ?? undefined,
          attachments: article.attachments.flatMap((ref) => texts.get(ref.mediaId) ?? []),
        });
        const findings = result.findings
          .filter((finding) => finding.severity !== "hint")
          .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "block" ? -1 : 1))
          .slice(0, MAX_FINDINGS);
        return {
          runId: run.id,
          articleId: article.articleId,
          siteId: article.siteId,
          title: article.title,
          lexiconVersion: result.lexiconVersion,
          blockCount: result.blockCount,
          warnCount: result.warnCount,
          findings,
        };
      });
      await repository.record(run.id, items, version);
    }
    await db.transaction(async (tx) => {
      await new RecheckRepository(tx).finish(run.id, "done");
      const finished = await new RecheckRepository(tx).run(run.id);
      await emitEvent(tx, "content", {
        type: "recheck.finished",
        aggregateType: "recheck_run",
        aggregateId: run.id,
        unitId: null,
        payload: {
          siteId: run.siteId,
          checked: finished?.checked ?? 0,
          articlesWithBlock: finished?.articlesWithBlock ?? 0,
        },
        actor: RECHECK_ACTOR,
      });
    });
  } catch (error) {
    logger.error({ err: error, runId }, "batch re-check failed");
    await repository.finish(run.id, "failed", error instanceof Error ? error.message : String(error));
  }
}

/** The re-check worker of one subgraph instance; unfinished runs (a crash mid-run) are queued again. */
export async function startRecheckWorker(
  boss: PgBoss,
  db: ContentDb,
  cache: LexiconCache,
): Promise<() => Promise<void>> {
  await boss.createQueue(RECHECK_QUEUE, { retryLimit: 2, retryDelay: 10 });
  await boss.work<{ runId: string }>(RECHECK_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await processRecheck(db, cache, job.data.runId);
  });
  queues.set(db, boss);
  for (const run of await new RecheckRepository(db).recentRuns("all", 20))
    if (run.status === "running") await boss.send(RECHECK_QUEUE, { runId: run.id });
  return async () => {
    queues.delete(db);
    await boss.offWork(RECHECK_QUEUE);
  };
}
