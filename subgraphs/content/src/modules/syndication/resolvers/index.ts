import type { ArticleResolvers, PublishedArticleResolvers } from "../../../generated/resolvers-types";
import { ArticleOrigin } from "./ArticleOrigin";
import { ArticlePush } from "./ArticlePush";
import { acceptPush } from "./Mutation/acceptPush";
import { declinePush } from "./Mutation/declinePush";
import { pushArticle } from "./Mutation/pushArticle";
import { PushSnapshot } from "./PushSnapshot";
import { PushTargetSite } from "./PushTargetSite";
import { incomingPushes } from "./Query/incomingPushes";
import { pushTargets } from "./Query/pushTargets";
import { TakedownTarget } from "./TakedownTarget";

const Article: ArticleResolvers = {
  pushes: (row, _args, { loaders }) => loaders.pushesByOrigin.load(row.id),
  origin: (row) =>
    row.originArticleId && row.originSiteId
      ? { articleId: row.originArticleId, siteId: row.originSiteId }
      : null,
  takedownReport: (row, _args, { loaders }) => loaders.takedownByOrigin.load(row.id),
};

const PublishedArticle: PublishedArticleResolvers = {
  origin: ({ article }) =>
    article.originArticleId && article.originSiteId
      ? { articleId: article.originArticleId, siteId: article.originSiteId }
      : null,
};

export const syndicationResolvers = {
  Query: { incomingPushes, pushTargets },
  Mutation: { pushArticle, acceptPush, declinePush },
  Article,
  PublishedArticle,
  ArticlePush,
  PushSnapshot,
  ArticleOrigin,
  TakedownTarget,
  PushTargetSite,
  PushStatus: {
    PENDING: "pending",
    ACCEPTED: "accepted",
    DECLINED: "declined",
    SUPERSEDED: "superseded",
    WITHDRAWN: "withdrawn",
  },
};
