// Per request: the verified caller, the database, and fresh DataLoaders.
import {
  type BaseContext,
  createDirectoryLoaders,
  type Database,
  loaderByKey,
  type SubgraphDeps,
} from "@jiyue/server-kit";
import type * as schema from "./db/schema";
import { createArticleLoaders } from "./modules/article/article.loaders";
import { ArticleService } from "./modules/article/article.service";
import { createChannelLoaders } from "./modules/channel/channel.loaders";
import { ChannelRepository } from "./modules/channel/channel.repository";
import { ChannelService } from "./modules/channel/channel.service";
import { createMediaLoaders } from "./modules/media/media.loaders";
import { MediaService } from "./modules/media/media.service";
import { channelPageLoader } from "./modules/publishing/publishing.loaders";
import { PublishingRepository } from "./modules/publishing/publishing.repository";
import { PublishingService } from "./modules/publishing/publishing.service";
import { schedulerFor } from "./modules/publishing/scheduler";
import { SearchService } from "./modules/search/search.service";
import { WorkflowService } from "./modules/workflow/workflow.service";

export type ContentSchema = typeof schema;
export type ContentDb = Database<ContentSchema>;

export function createContext(base: BaseContext, deps: SubgraphDeps<ContentSchema>) {
  const { db } = deps;
  const directory = createDirectoryLoaders(db, "content");
  const publishing = new PublishingRepository(db);
  const loaders = {
    ...createChannelLoaders(new ChannelRepository(db)),
    ...createArticleLoaders(db),
    ...createMediaLoaders(db),
    publishedById: loaderByKey(
      (ids: readonly string[]) => publishing.publishedByIds(ids),
      (row) => row.article.id,
    ),
    channelPublishedPage: channelPageLoader(publishing),
  };
  const { caller, request } = base;
  return {
    ...base,
    db,
    directory,
    loaders,
    services: {
      media: new MediaService(db, caller, request, loaders, directory),
      search: new SearchService(db, (id) => loaders.publishedById.load(id)),
      channel: new ChannelService(db, caller, request, loaders, directory),
      article: new ArticleService(db, caller, request, loaders, directory),
      workflow: new WorkflowService(db, caller, request, loaders, directory),
      publishing: new PublishingService(
        db,
        caller,
        request,
        loaders,
        directory,
        () => schedulerFor(deps.pool),
        (id) => loaders.publishedById.load(id),
        (key) => loaders.channelPublishedPage.load(key),
      ),
    },
  };
}
export type ContentContext = ReturnType<typeof createContext>;
