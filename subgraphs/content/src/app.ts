// The content subgraph: channels, articles, publishing (see ARCHITECTURE.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteEventPayload, SubgraphDefinition } from "@jiyue/server-kit";
import { registerContentCapabilities } from "./capabilities";
import { type ContentContext, type ContentSchema, createContext } from "./context";
import * as schema from "./db/schema";
import { startJobQueue, stopJobQueue } from "./jobs";
import { startRecycleBinPurge } from "./modules/article/article.purge";
import { createStandardChannels } from "./modules/channel/channel.service";
import { startDistribution } from "./modules/distribution/distribution.queue";
import { configureMediaRoutes } from "./modules/media/media.routes";
import { pendingSchedules, runScheduledJob } from "./modules/publishing/publishing.service";
import { startScheduler } from "./modules/publishing/scheduler";
import { startRecheckWorker } from "./modules/recheck/recheck.service";
import { lexiconCacheFor, startTextcheck } from "./modules/textcheck/textcheck.runtime";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

registerContentCapabilities();

export const contentSubgraph: SubgraphDefinition<ContentSchema, ContentContext> = {
  name: "content",
  schema,
  srcDir: here,
  migrationsFolder: path.resolve(here, "../drizzle"),
  resolvers,
  createContext,
  // Upload and serving of the media library (multipart and files, outside GraphQL).
  configure: configureMediaRoutes,
  // Scheduled publish / takedown jobs (pg-boss in schema content_jobs), one worker per instance.
  // Plus the daily recycle-bin purge (pg-boss cron, same schema).
  onStart: async (deps) => {
    const boss = await startJobQueue(deps.pool);
    const stopScheduler = await startScheduler(boss, deps.pool, (job) => runScheduledJob(deps.db, job), {
      pending: () => pendingSchedules(deps.db),
    });
    const stopPurge = await startRecycleBinPurge(boss, deps.db);
    const stopDistribution = await startDistribution(boss, deps.db);
    const stopRecheck = await startRecheckWorker(boss, deps.db, lexiconCacheFor(deps));
    // The text-check publish gate with supervision's lexicon, hot-swapped on lexicon.version_published.
    const stopTextcheck = startTextcheck(deps);
    return async () => {
      stopTextcheck();
      await stopRecheck();
      await stopDistribution();
      await stopPurge();
      await stopScheduler();
      await stopJobQueue(boss);
    };
  },
  consumes: {
    producers: ["identity", "supervision"],
    handles: (event) =>
      (event.producer === "identity" && event.type === "site.created") ||
      (event.producer === "supervision" && event.type === "lexicon.version_published"),
    async handle(event, tx, deps) {
      if (event.producer === "supervision") {
        // Fetched and compiled outside the consumer's transaction; the cache ignores versions it has.
        void lexiconCacheFor(deps).refresh();
        return;
      }
      const { site, template } = event.payload as unknown as SiteEventPayload;
      if ((template ?? "standard") === "standard") await createStandardChannels(tx, site);
    },
  },
};
