import { Channel } from "./Channel";
import { cancelScheduledAction } from "./Mutation/cancelScheduledAction";
import { publishArticle } from "./Mutation/publishArticle";
import { unpublishArticle } from "./Mutation/unpublishArticle";
import { PublishedArticle } from "./PublishedArticle";
import { publishedArticle } from "./Query/publishedArticle";
import { publishedArticles } from "./Query/publishedArticles";

export const publishingResolvers = {
  Query: { publishedArticle, publishedArticles },
  Mutation: { publishArticle, unpublishArticle, cancelScheduledAction },
  PublishedArticle,
  Channel,
};
