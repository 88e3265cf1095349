// The content subgraph: channels, articles, publishing (see ARCHITECTURE.md).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteEventPayload, SubgraphDefinition } from "@jiyue/server-kit";
import { type ContentContext, type ContentSchema, createContext } from "./context";
import * as schema from "./db/schema";
import { startRecycleBinPurge } from "./modules/article/article.purge";
import { createStandardChannels } from "./modules/channel/channel.service";
import { configureMediaRoutes } from "./modules/media/media.routes";
import { pendingSchedules, runScheduledJob } from "./modules/publishing/publishing.service";
import { startScheduler } from "./modules/publishing/scheduler";
import { resolvers } from "./resolvers";

const here = path.dirname(fileURLToPath(import.meta.url));

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
    const stopScheduler = await startScheduler(deps.pool, (job) => runScheduledJob(deps.db, job), {
      pending: () => pendingSchedules(deps.db),
    });
    const stopPurge = await startRecycleBinPurge(deps.pool, deps.db);
    return async () => {
      await stopPurge();
      await stopScheduler?.();
    };
  },
  consumes: {
    producers: ["identity"],
    handles: (event) => event.producer === "identity" && event.type === "site.created",
    async handle(event, tx) {
      const { site, template } = event.payload as unknown as SiteEventPayload;
      if ((template ?? "standard") === "standard") await createStandardChannels(tx, site);
    },
  },
};
