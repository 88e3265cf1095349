import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { articleResolvers } from "./modules/article/resolvers";
import { assistResolvers } from "./modules/assist/resolvers";
import { guardClientAccess } from "./modules/changefeed/client-policy";
import { changefeedResolvers } from "./modules/changefeed/resolvers";
import { channelResolvers } from "./modules/channel/resolvers";
import { distributionResolvers } from "./modules/distribution/resolvers";
import { mediaResolvers } from "./modules/media/resolvers";
import { publishingResolvers } from "./modules/publishing/resolvers";
import { recheckResolvers } from "./modules/recheck/resolvers";
import { searchResolvers } from "./modules/search/resolvers";
import { syndicationResolvers } from "./modules/syndication/resolvers";
import { textcheckResolvers } from "./modules/textcheck/resolvers";
import { topicResolvers } from "./modules/topic/resolvers";
import { workflowResolvers } from "./modules/workflow/resolvers";

// API clients (third parties) may read only published content of their sites: see client-policy.ts.
export const resolvers: Resolvers = guardClientAccess(
  mergeResolvers([
    channelResolvers,
    articleResolvers,
    workflowResolvers,
    publishingResolvers,
    mediaResolvers,
    searchResolvers,
    syndicationResolvers,
    topicResolvers,
    changefeedResolvers,
    assistResolvers,
    distributionResolvers,
    textcheckResolvers,
    recheckResolvers,
  ]),
);
