import type { ArticleResolvers } from "../../../generated/resolvers-types";

export const Article: ArticleResolvers = {
  canReview: (row, _args, { services }) => services.workflow.canReview(row),
};
