import { DateTime } from "../../../scalars";
import { Article } from "./Article";
import { createArticle } from "./Mutation/createArticle";
import { deleteArticle } from "./Mutation/deleteArticle";
import { restoreArticle } from "./Mutation/restoreArticle";
import { saveArticle } from "./Mutation/saveArticle";
import { setArticleFlags } from "./Mutation/setArticleFlags";
import { article } from "./Query/article";
import { articles } from "./Query/articles";
import { recycleBinRetentionDays } from "./Query/recycleBinRetentionDays";
import { revision } from "./Query/revision";
import { revisionDiff } from "./Query/revisionDiff";
import { Revision } from "./Revision";

export const articleResolvers = {
  DateTime,
  Query: { article, articles, revision, revisionDiff, recycleBinRetentionDays },
  Mutation: { createArticle, saveArticle, deleteArticle, restoreArticle, setArticleFlags },
  Article,
  Revision,
  User: { __resolveReference: (reference: { id: string }) => reference },
  ArticleStatus: {
    DRAFT: "draft",
    IN_REVIEW: "in_review",
    APPROVED: "approved",
    PUBLISHED: "published",
    WITHDRAWN: "withdrawn",
  },
  DiffPartKind: { EQUAL: "equal", INSERT: "insert", DELETE: "delete" },
};
