// Seeds the demo city's articles once: after content has built the sites' channels from identity's events,
// and only while the content schema has no articles at all.
import { createDatabase, createPool } from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import * as schema from "../../db/schema";
import type { ChannelRow } from "../channel/channel.sql";
import { DEMO_TAG, generateDemoArticles } from "./demo-articles";
import { parseItemDate } from "./import.dates";
import { ImportRepository } from "./import.repository";
import { type PreparedItem, writePublishedBatch } from "./importer";

/** A content database for scripts (import command, demo seed); close it when done. */
export function openContentDatabase(databaseUrl: string, application = "content-import") {
  const pool = createPool(databaseUrl, { max: 4, application });
  const { db } = createDatabase(pool, schema);
  return { db: db as ContentDb, close: () => pool.end() };
}

/** Waits until every site content knows has its channels and the count stopped changing (or the timeout). */
export async function waitForChannels(db: ContentDb, timeoutMs = 60_000): Promise<boolean> {
  const repository = new ImportRepository(db);
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < deadline) {
    const sites = await repository.allSites();
    const channels = await repository.channelsOfSites(sites.map((site) => site.siteId));
    const withChannels = new Set(channels.map((channel) => channel.siteId));
    const ready = sites.length > 0 && sites.every((site) => withChannels.has(site.siteId));
    if (ready && channels.length === last) return true;
    last = ready ? channels.length : -1;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** Writes the demo articles when the content schema has none; returns how many were written. */
export async function seedDemoArticles(
  db: ContentDb,
  options: { log?: (line: string) => void; now?: Date; waitForChannelsMs?: number } = {},
): Promise<number> {
  const log = options.log ?? (() => {});
  const repository = new ImportRepository(db);
  if ((await repository.articleCount()) > 0) return 0;
  if (options.waitForChannelsMs && !(await waitForChannels(db, options.waitForChannelsMs)))
    log("✖ 等待内容子图建好栏目超时，示例稿件只写入已有栏目");
  const sites = (await repository.allSites()).filter((site) => site.status === "online");
  const channels = await repository.channelsOfSites(sites.map((site) => site.siteId));
  const channelOf = new Map<string, ChannelRow>(
    channels.map((channel) => [`${channel.siteId}|${channel.path}`, channel]),
  );
  const siteIdOf = new Map(sites.map((site) => [site.code, site.siteId]));
  const demo = generateDemoArticles(
    sites.map((site) => ({ code: site.code, name: site.name })).sort((a, b) => a.code.localeCompare(b.code)),
    options.now ?? new Date(),
  );
  const byChannel = new Map<ChannelRow, PreparedItem[]>();
  demo.forEach((article, index) => {
    const channel = channelOf.get(`${siteIdOf.get(article.siteCode)}|${article.channelPath}`);
    const publishedAt = parseItemDate(article.date);
    if (!channel || !publishedAt) return;
    const items = byChannel.get(channel) ?? [];
    items.push({
      line: index + 1,
      title: article.title,
      body: article.body,
      publishedAt,
      source: article.source,
      sourceUrl: null,
      tags: [DEMO_TAG],
      pinned: article.pinned,
      headline: article.headline,
      carousel: article.carousel,
    });
    byChannel.set(channel, items);
  });
  const started = Date.now();
  let written = 0;
  let reported = 0;
  for (const [channel, items] of byChannel) {
    written += (await writePublishedBatch(db, channel, items)).imported.length;
    if (written - reported >= 50) {
      reported = written;
      log(`  示例稿件 ${written} 篇…`);
    }
  }
  log(
    `  示例稿件共 ${written} 篇，${sites.length} 个站点，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
  );
  return written;
}
