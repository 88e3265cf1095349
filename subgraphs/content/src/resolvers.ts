import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { articleResolvers } from "./modules/article/resolvers";
import { channelResolvers } from "./modules/channel/resolvers";
import { mediaResolvers } from "./modules/media/resolvers";
import { publishingResolvers } from "./modules/publishing/resolvers";
import { searchResolvers } from "./modules/search/resolvers";
import { workflowResolvers } from "./modules/workflow/resolvers";

export const resolvers: Resolvers = mergeResolvers([
  channelResolvers,
  articleResolvers,
  workflowResolvers,
  publishingResolvers,
  mediaResolvers,
  searchResolvers,
]);
