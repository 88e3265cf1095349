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
import { AssistService } from "./modules/assist/assist.service";
import { ChangefeedService } from "./modules/changefeed/changefeed.service";
import { createChannelLoaders } from "./modules/channel/channel.loaders";
import { ChannelRepository } from "./modules/channel/channel.repository";
import { ChannelService } from "./modules/channel/channel.service";
import { createDistributionLoaders } from "./modules/distribution/distribution.loaders";
import { DistributionService } from "./modules/distribution/distribution.service";
import { createMediaLoaders } from "./modules/media/media.loaders";
import { MediaService } from "./modules/media/media.service";
import { channelPageLoader } from "./modules/publishing/publishing.loaders";
import { PublishingRepository } from "./modules/publishing/publishing.repository";
import { PublishingService } from "./modules/publishing/publishing.service";
import { schedulerFor } from "./modules/publishing/scheduler";
import { RecheckService } from "./modules/recheck/recheck.service";
import { SearchService } from "./modules/search/search.service";
import { createSyndicationLoaders } from "./modules/syndication/syndication.loaders";
import { SyndicationService } from "./modules/syndication/syndication.service";
import { createTextCheckLoaders } from "./modules/textcheck/textcheck.loaders";
import { lexiconCacheFor } from "./modules/textcheck/textcheck.runtime";
import { TextCheckService } from "./modules/textcheck/textcheck.service";
import { createTopicLoaders } from "./modules/topic/topic.loaders";
import { TopicRepository } from "./modules/topic/topic.repository";
import { TopicService } from "./modules/topic/topic.service";
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
    ...createDistributionLoaders(db),
    ...createSyndicationLoaders(db),
    ...createTopicLoaders(new TopicRepository(db)),
    ...createTextCheckLoaders(db),
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
      distribution: new DistributionService(db, caller, request, loaders, directory),
      search: new SearchService(db, (id) => loaders.publishedById.load(id)),
      channel: new ChannelService(db, caller, request, loaders, directory),
      topic: new TopicService(db, caller, request, loaders, directory),
      article: new ArticleService(db, caller, request, loaders, directory),
      workflow: new WorkflowService(db, caller, request, loaders, directory),
      syndication: new SyndicationService(db, caller, request, loaders, directory),
      changefeed: new ChangefeedService(db, caller, directory),
      assist: new AssistService(db, caller, loaders, directory, lexiconCacheFor(deps)),
      recheck: new RecheckService(db, caller, request, directory),
      textcheck: new TextCheckService(db, caller, request, loaders, directory, lexiconCacheFor(deps), (id) =>
        loaders.checkOverridesByRevision.load(id),
      ),
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
