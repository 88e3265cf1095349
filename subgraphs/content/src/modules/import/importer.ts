// Importing published articles (JSON lines) through the normal model: article, revision 1, approved and
// published by the import actor, a PUBLISH timeline entry and the article.created / article.published events.
import { type Caller, type EventActor, emitEvents, IMPORT_ACCOUNT, type NewEvent } from "@jiyue/server-kit";
import { registerContentCapabilities } from "../../capabilities";
import type { ContentDb } from "../../context";
import { articleEvent } from "../article/article.events";
import type { NewArticleRow, NewRevisionRow } from "../article/article.sql";
import type { ChannelRow } from "../channel/channel.sql";
import { notifyPublicationListeners } from "../publishing/listeners";
import { syncSearchDocuments } from "../search/search.indexer";
import type { NewReviewTransitionRow } from "../workflow/workflow.sql";
import { importBody } from "./import.body";
import { parseItemDate, shanghaiDay } from "./import.dates";
import { ImportRepository } from "./import.repository";

/** Imports are done by the system, not by a person. */
export const IMPORT_ACTOR: EventActor = { kind: "system", id: null, name: "导入" };
const IMPORT_CALLER: Caller = { kind: "service", service: "import" };
/** created_by of imported articles and revisions (no user: the nil UUID). */
/** Imported revisions are authored by the platform's import account (a disabled user in identity). */
export const IMPORT_USER_ID = IMPORT_ACCOUNT.id;
export const IMPORT_COMMENT = "导入";

export type SkipReason =
  | "invalid_json"
  | "empty_title"
  | "invalid_date"
  | "future_date"
  | "empty_body"
  | "duplicate";
export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  invalid_json: "不是有效的 JSON 对象",
  empty_title: "标题为空",
  invalid_date: "日期无效",
  future_date: "日期晚于当前时间",
  empty_body: "正文为空",
  duplicate: "重复（该栏目已有同标题、同日期的稿件）",
};

export interface PreparedItem {
  line: number;
  title: string;
  body: string;
  publishedAt: Date;
  source: string | null;
  sourceUrl: string | null;
  tags: string[];
  pinned?: boolean;
  headline?: boolean;
  carousel?: boolean;
  /** Images of the source body the sanitiser removed (not from the media library). */
  droppedImages?: number;
}

export interface Skipped {
  line: number;
  reason: SkipReason;
  title: string | null;
}
export interface Failure {
  line: number;
  title: string | null;
  error: string;
}

export interface ImportSummary {
  site: { id: string; code: string; name: string };
  channel: { id: string; path: string; name: string };
  processed: number;
  imported: number;
  skipped: Skipped[];
  skippedByReason: Partial<Record<SkipReason, number>>;
  failures: Failure[];
  /** Imported or not, items whose images were removed (only media-library images are kept). */
  droppedImages: { line: number; title: string; count: number }[];
  elapsedMs: number;
  /** Items processed per second. */
  rate: number;
}

export interface ImportProgress {
  processed: number;
  imported: number;
  skipped: number;
  failed: number;
  elapsedMs: number;
  rate: number;
}

export class ImportTargetError extends Error {}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/** Validates one parsed JSON line; the body is sanitised here, before anything is written. */
/** A date later than this past now is a mistake (a date-only item of "today" in any time zone still passes). */
const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

export function prepareItem(
  raw: unknown,
  line: number,
  tags: string[] = [],
  now: Date = new Date(),
): PreparedItem | Skipped {
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    return { line, reason: "invalid_json", title: null };
  const item = raw as Record<string, unknown>;
  const title = text(item.title).replace(/\s+/g, " ");
  if (!title) return { line, reason: "empty_title", title: null };
  const publishedAt = parseItemDate(item.date);
  if (!publishedAt) return { line, reason: "invalid_date", title };
  if (publishedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    return { line, reason: "future_date", title };
  const { body, droppedImages } = importBody(typeof item.body === "string" ? item.body : "");
  if (!body) return { line, reason: "empty_body", title };
  return {
    line,
    title,
    body,
    droppedImages,
    publishedAt,
    source: text(item.source) || null,
    sourceUrl: text(item.source_url) || null,
    tags,
  };
}

const duplicateKey = (title: string, at: Date) => `${title}\u0000${shanghaiDay(at)}`;

/**
 * Writes one batch into one channel in one transaction. Duplicates (same title and same Shanghai day already in
 * the channel, or earlier in the batch) are returned, not written; the channel lock makes concurrent imports
 * into one channel see each other's rows.
 */
export async function writePublishedBatch(
  db: ContentDb,
  channel: ChannelRow,
  items: PreparedItem[],
): Promise<{ imported: PreparedItem[]; duplicates: PreparedItem[] }> {
  if (items.length === 0) return { imported: [], duplicates: [] };
  return db.transaction(async (tx) => {
    const repository = new ImportRepository(tx);
    await repository.lockChannel(channel.id);
    const existing = await repository.datedTitles(channel.id, [...new Set(items.map((item) => item.title))]);
    const seen = new Set(
      existing.flatMap((row) => (row.publishedAt ? [duplicateKey(row.title, row.publishedAt)] : [])),
    );
    const imported: PreparedItem[] = [];
    const duplicates: PreparedItem[] = [];
    const rows: { article: NewArticleRow; revision: NewRevisionRow; transition: NewReviewTransitionRow }[] =
      [];
    for (const item of items) {
      const key = duplicateKey(item.title, item.publishedAt);
      if (seen.has(key)) {
        duplicates.push(item);
        continue;
      }
      seen.add(key);
      imported.push(item);
      rows.push(rowsOf(channel, item));
    }
    const written = await repository.insertPublished(rows);
    // Imported articles are published articles: searchable from the same transaction on.
    await syncSearchDocuments(
      tx,
      written.articles.map((article) => article.id),
    );
    const revisionsById = new Map(written.revisions.map((revision) => [revision.id, revision]));
    const events: NewEvent[] = [];
    for (const article of written.articles) {
      const revision = revisionsById.get(article.currentRevisionId) ?? null;
      const sourceUrl = revision?.note?.startsWith("原文：") ? revision.note.slice(3) : null;
      const extra = { imported: true, sourceUrl };
      events.push(
        articleEvent("article.created", { ...article, status: "draft" }, revision, IMPORT_ACTOR, extra),
      );
      events.push(
        articleEvent("article.published", article, revision, IMPORT_ACTOR, {
          ...extra,
          publishedAt: article.publishedAt?.toISOString(),
        }),
      );
    }
    await emitEvents(tx, "content", events);
    // Like any publication: the change feed, new-media targets and the rest follow in the same transaction.
    registerContentCapabilities();
    const at = new Date();
    for (const article of written.articles) {
      const revision = revisionsById.get(article.currentRevisionId);
      if (!revision) continue;
      await notifyPublicationListeners(tx, {
        kind: "published",
        article,
        revision,
        reason: null,
        caller: IMPORT_CALLER,
        eventActor: IMPORT_ACTOR,
        at,
      });
    }
    return { imported, duplicates };
  });
}

function rowsOf(channel: ChannelRow, item: PreparedItem) {
  const articleId = crypto.randomUUID();
  const revisionId = crypto.randomUUID();
  const article: NewArticleRow = {
    id: articleId,
    siteId: channel.siteId,
    unitId: channel.unitId,
    channelId: channel.id,
    status: "published",
    currentRevisionId: revisionId,
    publishedRevisionId: revisionId,
    pinned: item.pinned ?? false,
    headline: item.headline ?? false,
    carousel: item.carousel ?? false,
    publishedAt: item.publishedAt,
    lastPublishedAt: item.publishedAt,
    createdBy: IMPORT_USER_ID,
    createdAt: item.publishedAt,
    updatedAt: item.publishedAt,
  };
  const revision: NewRevisionRow = {
    id: revisionId,
    articleId,
    siteId: channel.siteId,
    unitId: channel.unitId,
    number: 1,
    title: item.title,
    source: item.source,
    body: item.body,
    tags: item.tags,
    channelId: channel.id,
    note: item.sourceUrl ? `原文：${item.sourceUrl}` : IMPORT_COMMENT,
    createdBy: IMPORT_USER_ID,
    createdAt: item.publishedAt,
  };
  const transition: NewReviewTransitionRow = {
    articleId,
    siteId: channel.siteId,
    unitId: channel.unitId,
    action: "publish",
    round: 0,
    actorId: null,
    actorName: IMPORT_ACTOR.name ?? IMPORT_COMMENT,
    comment: IMPORT_COMMENT,
    revisionId,
  };
  return { article, revision, transition };
}

/** The import target, or ImportTargetError with a message naming what exists. */
export async function resolveTarget(db: ContentDb, siteCode: string, channelPath: string) {
  const repository = new ImportRepository(db);
  const site = await repository.siteByCode(siteCode);
  if (!site)
    throw new ImportTargetError(`站点代码 “${siteCode}” 不存在（内容子图尚未收到该站点，或代码有误）`);
  const channel = await repository.channelByPath(site.siteId, channelPath.replace(/^\/+|\/+$/g, ""));
  if (!channel) {
    const paths = (await repository.channelsOfSites([site.siteId])).map((c) => `${c.path}（${c.name}）`);
    throw new ImportTargetError(
      `站点 ${siteCode} 没有路径为 “${channelPath}” 的栏目。现有栏目：${paths.join("、") || "无"}`,
    );
  }
  if (channel.kind === "link")
    throw new ImportTargetError(`栏目 ${channel.path}（${channel.name}）是外部链接，不能导入稿件`);
  return { site, channel };
}

export interface ImportOptions {
  batchSize?: number;
  /** Called after every batch (every `batchSize` items, 50 by default). */
  onProgress?: (progress: ImportProgress) => void;
  tags?: string[];
}

/** Imports JSON lines into one channel of one site; blank lines are ignored; re-runs skip duplicates. */
export async function importArticles(
  db: ContentDb,
  target: { siteCode: string; channelPath: string },
  lines: Iterable<string> | AsyncIterable<string>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { site, channel } = await resolveTarget(db, target.siteCode, target.channelPath);
  const batchSize = options.batchSize ?? 50;
  const started = performance.now();
  const skipped: Skipped[] = [];
  const droppedImages: ImportSummary["droppedImages"] = [];
  const failures: Failure[] = [];
  let processed = 0;
  let imported = 0;
  let pending: PreparedItem[] = [];
  const elapsed = () => performance.now() - started;
  const rate = () => (processed / Math.max(elapsed(), 1)) * 1000;

  const flush = async () => {
    const batch = pending;
    pending = [];
    for (const part of await writeIsolatingFailures(db, channel, batch, failures)) {
      imported += part.imported.length;
      for (const item of part.duplicates)
        skipped.push({ line: item.line, reason: "duplicate", title: item.title });
    }
    options.onProgress?.({
      processed,
      imported,
      skipped: skipped.length,
      failed: failures.length,
      elapsedMs: elapsed(),
      rate: rate(),
    });
  };

  let line = 0;
  for await (const raw of lines) {
    line += 1;
    if (!raw.trim()) continue;
    processed += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      skipped.push({ line, reason: "invalid_json", title: null });
      continue;
    }
    const prepared = prepareItem(parsed, line, options.tags);
    if ("reason" in prepared) skipped.push(prepared);
    else {
      if (prepared.droppedImages)
        droppedImages.push({ line, title: prepared.title, count: prepared.droppedImages });
      pending.push(prepared);
    }
    if (pending.length >= batchSize) await flush();
  }
  if (pending.length) await flush();

  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  for (const item of skipped) skippedByReason[item.reason] = (skippedByReason[item.reason] ?? 0) + 1;
  return {
    site: { id: site.siteId, code: site.code, name: site.name },
    channel: { id: channel.id, path: channel.path, name: channel.name },
    processed,
    imported,
    skipped,
    skippedByReason,
    failures,
    droppedImages,
    elapsedMs: elapsed(),
    rate: rate(),
  };
}

/** A failing batch is retried item by item, so one bad item does not cost its neighbours. */
async function writeIsolatingFailures(
  db: ContentDb,
  channel: ChannelRow,
  batch: PreparedItem[],
  failures: Failure[],
) {
  try {
    return [await writePublishedBatch(db, channel, batch)];
  } catch {
    const parts = [];
    for (const item of batch) {
      try {
        parts.push(await writePublishedBatch(db, channel, [item]));
      } catch (error) {
        failures.push({
          line: item.line,
          title: item.title,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return parts;
  }
}

/** The human summary printed by `pnpm import:articles`. */
export function formatSummary(summary: ImportSummary): string {
  const lines = [
    `导入到 ${summary.site.name}（${summary.site.code}）/ ${summary.channel.name}（${summary.channel.path}）`,
    `  处理 ${summary.processed} 条，用时 ${(summary.elapsedMs / 1000).toFixed(1)} 秒（${summary.rate.toFixed(0)} 条/秒）`,
    `  已导入 ${summary.imported} 条`,
    `  已跳过 ${summary.skipped.length} 条${summary.skipped.length ? "：" : ""}`,
  ];
  for (const [reason, count] of Object.entries(summary.skippedByReason))
    lines.push(`    ${SKIP_REASON_LABELS[reason as SkipReason]}：${count} 条`);
  for (const item of summary.skipped.slice(0, 50))
    lines.push(
      `      第 ${item.line} 行 ${SKIP_REASON_LABELS[item.reason]}${item.title ? `：${item.title}` : ""}`,
    );
  if (summary.skipped.length > 50) lines.push(`      …… 另有 ${summary.skipped.length - 50} 条`);
  if (summary.droppedImages.length) {
    const images = summary.droppedImages.reduce((sum, item) => sum + item.count, 0);
    lines.push(
      `  移除站外图片 ${images} 张（${summary.droppedImages.length} 条）：门户只显示资源库中的图片，请上传到资源库后重新插入`,
    );
    for (const item of summary.droppedImages.slice(0, 20))
      lines.push(`      第 ${item.line} 行 ${item.title}：${item.count} 张`);
    if (summary.droppedImages.length > 20)
      lines.push(`      …… 另有 ${summary.droppedImages.length - 20} 条`);
  }
  lines.push(`  失败 ${summary.failures.length} 条`);
  for (const failure of summary.failures)
    lines.push(`      第 ${failure.line} 行${failure.title ? `（${failure.title}）` : ""}：${failure.error}`);
  return lines.join("\n");
}
